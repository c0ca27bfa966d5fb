/**
 * graph/layout: two precomputed layouts, so the page never lays anything out.
 * - force (x, y): seeded random start, a fixed number of ForceAtlas2 iterations, then
 *   noverlap so nodes do not sit on each other;
 * - time (tx, ty): x is the date, y separates kinds into lanes; undated nodes sit at the
 *   mean date of their dated neighbours, or in a column left of the axis.
 */
import type Graph from 'graphology';
import { spanOf } from '../extract/date';
import { createRng } from '../util/hash';
import { assignForceAtlas2 } from './forceatlas2';
import { assignNoverlap } from './noverlap';
import { round, undirectedProjection } from './metrics';

/**
 * Repulsion is exact (O(n²) a step) up to this order, which covers the real corpus; above it,
 * Barnes-Hut (O(n log n)) with Gephi's default accuracy θ = 1.2 (the library's default 0.5
 * costs 2.5 times as much on a 7,000-node graph for no visible difference).
 */
const EXACT_REPULSION_MAX = 1_000;
const LARGE_GRAPH_THETA = 1.2;

/**
 * Noverlap's grid: 20 × 20 cells for small graphs, finer for large ones so that a cell holds
 * a few dozen nodes, not thousands (pairs are compared within a cell). The grid decides only
 * which pairs are compared, not which collide, so it changes cost, not the result.
 */
export function noverlapGridFor(order: number): number {
	return order <= EXACT_REPULSION_MAX ? 20 : Math.max(20, Math.ceil(Math.sqrt(order) / 2));
}

/** Fewer iterations on large graphs: a fixed count keeps the build deterministic and bounded. */
export function iterationsFor(order: number): number {
	if (order <= 1_000) return 600;
	if (order <= 10_000) return 200;
	return 60;
}

/**
 * `projection` may be passed when the caller already has the graph's undirected projection
 * (graph/metrics computes one): building it again costs a second pass over every edge.
 */
export function computeForceLayout(
	graph: Graph,
	seed: number,
	projection: Graph = undirectedProjection(graph)
): Record<string, { x: number; y: number }> {
	const rng = createRng(seed);
	const radius = Math.sqrt(projection.order) * 10;
	projection.forEachNode((node) => {
		projection.mergeNodeAttributes(node, {
			x: (rng() - 0.5) * radius,
			y: (rng() - 0.5) * radius,
			size: graph.getNodeAttribute(node, 'size') ?? 5
		});
	});
	if (projection.order > 1) {
		// graphology-layout-forceatlas2 and -noverlap, ported for speed with bit-identical
		// results (see graph/forceatlas2 and graph/noverlap).
		assignForceAtlas2(projection, {
			iterations: iterationsFor(projection.order),
			gravity: 1,
			scalingRatio: 12,
			slowDown: 1 + Math.log(projection.order),
			barnesHutOptimize: projection.order > EXACT_REPULSION_MAX,
			barnesHutTheta: projection.order > EXACT_REPULSION_MAX ? LARGE_GRAPH_THETA : 0.5
		});
		if (projection.order <= 20_000)
			assignNoverlap(
				projection,
				{ maxIterations: 120, ratio: 1.3, margin: 2, gridSize: noverlapGridFor(projection.order) },
				rng
			);
	}
	const positions: Record<string, { x: number; y: number }> = {};
	projection.forEachNode((node, attributes) => {
		const x = Number.isFinite(attributes.x) ? attributes.x : 0;
		const y = Number.isFinite(attributes.y) ? attributes.y : 0;
		positions[node] = { x: round(x, 3), y: round(y, 3) };
	});
	return positions;
}

/** Lanes of the time layout, top to bottom. */
export const TIME_LANES = [
	'document',
	'event',
	'date',
	'quote',
	'theme',
	'publication',
	'law',
	'concept',
	'person',
	'organization'
];

export function computeTimeLayout(
	graph: Graph,
	width = 2000,
	laneHeight = 120
): Record<string, { tx: number; ty: number }> {
	const times = new Map<string, number>();
	graph.forEachNode((node, attributes) => {
		const date = attributes.date ?? attributes.adopted ?? attributes.docDate;
		if (typeof date === 'string' && /^\d{4}/.test(date)) times.set(node, spanOf(date)[0]);
	});
	// The axis spans the quotations and occasions; older or later law dates sit at its ends.
	const axis: number[] = [];
	times.forEach((t, node) => {
		const kind = graph.getNodeAttribute(node, 'kind');
		if (kind === 'quote' || kind === 'event') axis.push(t);
	});
	const values = axis.length ? axis : [...times.values()];
	// Loops, not Math.min(...values): spreading a large graph's dates nears the engine's limit.
	let min = values.length ? Infinity : 0;
	let max = values.length ? -Infinity : 1;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	const scale = (t: number) =>
		max === min ? 0 : ((Math.min(max, Math.max(min, t)) - min) / (max - min)) * width - width / 2;
	const positions: Record<string, { tx: number; ty: number }> = {};
	const laneCounts = new Map<string, number>();
	graph.forEachNode((node, attributes) => {
		let t = times.get(node);
		if (t === undefined) {
			const neighbours = graph
				.neighbors(node)
				.map((n) => times.get(n))
				.filter((v): v is number => v !== undefined);
			if (neighbours.length) t = neighbours.reduce((a, b) => a + b, 0) / neighbours.length;
		}
		const lane = Math.max(0, TIME_LANES.indexOf(attributes.kind));
		const order = laneCounts.get(attributes.kind) ?? 0;
		laneCounts.set(attributes.kind, order + 1);
		// Spread a lane over a band so equal dates do not stack exactly; deterministic by order.
		const offset = ((order * 37) % 9) * (laneHeight / 10) - laneHeight * 0.4;
		positions[node] = {
			tx: round(t === undefined ? -width / 2 - 150 - (order % 5) * 30 : scale(t), 3),
			ty: round(-(lane * laneHeight + offset), 3)
		};
	});
	return positions;
}
