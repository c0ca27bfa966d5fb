/**
 * query/filter: which nodes a view shows. Kinds, a time window, one document, one community
 * and the neighbourhood of the selection (depth 1–3) each narrow the set; the result feeds
 * the reducers and the status line.
 */
import type Graph from 'graphology';
import { spanOf } from '../extract/date';
import type { NodeKind } from '../kinds';

export interface FilterState {
	kinds?: NodeKind[];
	from?: string;
	to?: string;
	/** Document node key: only what that document quotes or mentions. */
	doc?: string;
	community?: number;
	/** With `depth`: only nodes within that many steps of `center`. */
	center?: string;
	depth?: number;
}

/** Kinds whose own date decides whether they fall in a time window. */
const DATED_KINDS = new Set(['quote', 'event', 'date']);

export function nodeTime(attributes: Record<string, unknown>): [number, number] | undefined {
	const date = attributes.date as string | undefined;
	if (date && /^\d{4}/.test(date)) return spanOf(date, attributes.endDate as string | undefined);
	return undefined;
}

export function computeVisible(graph: Graph, filter: FilterState): Set<string> {
	const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : undefined;
	const windowed = !!(filter.from || filter.to);
	const start = filter.from ? spanOf(filter.from)[0] : -Infinity;
	const end = filter.to ? spanOf(filter.to)[1] : Infinity;
	const inWindow = (node: string): boolean => {
		const attributes = graph.getNodeAttributes(node);
		const span = nodeTime(attributes);
		if (span) return span[0] <= end && span[1] >= start;
		if (attributes.kind === 'law') {
			const dates = [attributes.adopted, attributes.effective].filter(
				(d): d is string => typeof d === 'string'
			);
			if (dates.some((d) => spanOf(d)[0] <= end && spanOf(d)[1] >= start)) return true;
		}
		return false;
	};
	// In a time window, undated nodes stay if something dated and visible links to them.
	const timeOk = new Set<string>();
	if (windowed) {
		graph.forEachNode((node, attributes) => {
			if (DATED_KINDS.has(attributes.kind) || attributes.kind === 'law') {
				if (inWindow(node)) timeOk.add(node);
			}
		});
		graph.forEachNode((node, attributes) => {
			if (DATED_KINDS.has(attributes.kind) || timeOk.has(node)) return;
			if (
				graph.someNeighbor(
					node,
					(n) => timeOk.has(n) && graph.getNodeAttribute(n, 'kind') === 'quote'
				)
			)
				timeOk.add(node);
		});
	}
	let scope: Set<string> | undefined;
	if (filter.doc && graph.hasNode(filter.doc)) {
		scope = new Set([filter.doc]);
		graph.forEachNeighbor(filter.doc, (n) => scope!.add(n));
		for (const n of [...scope])
			if (graph.getNodeAttribute(n, 'kind') === 'quote')
				graph.forEachNeighbor(n, (m) => scope!.add(m));
	}
	let near: Set<string> | undefined;
	if (filter.center && filter.depth && graph.hasNode(filter.center))
		near = neighbourhood(graph, filter.center, filter.depth);
	const visible = new Set<string>();
	graph.forEachNode((node, attributes) => {
		if (kinds && !kinds.has(attributes.kind)) return;
		if (windowed && !timeOk.has(node)) return;
		if (scope && !scope.has(node)) return;
		if (filter.community !== undefined && attributes.community !== filter.community) return;
		if (near && !near.has(node)) return;
		visible.add(node);
	});
	return visible;
}

/** Nodes within `depth` steps of `center`, either direction. */
export function neighbourhood(graph: Graph, center: string, depth: number): Set<string> {
	const seen = new Set([center]);
	let frontier = [center];
	for (let d = 0; d < depth; d++) {
		const next: string[] = [];
		for (const node of frontier)
			graph.forEachNeighbor(node, (n) => {
				if (!seen.has(n)) {
					seen.add(n);
					next.push(n);
				}
			});
		frontier = next;
	}
	return seen;
}

/** Edges whose two ends are visible. */
export function countVisibleEdges(graph: Graph, visible: Set<string>): number {
	let count = 0;
	graph.forEachEdge((_e, _a, source, target) => {
		if (visible.has(source) && visible.has(target)) count++;
	});
	return count;
}
