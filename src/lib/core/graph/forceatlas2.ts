/**
 * graph/forceatlas2: ForceAtlas2 as graphology-layout-forceatlas2 0.10 computes it, for the one
 * configuration the build uses (linear attraction and repulsion, no size adjustment, no
 * LinLog, no outbound distribution, linear gravity), with or without Barnes-Hut.
 *
 * Why a port: the library's `iterate` is one large function that handles every option in
 * its inner loops, and V8 runs its O(n²) repulsion at about 20 ns a pair (850 ms for the
 * 370-node corpus graph). This version keeps the same node matrix (Float32Array, same
 * layout, same order of every floating-point operation and store, so positions are
 * bit-identical to the library's) but hoists the options out of the loops and keeps the
 * Barnes-Hut tree in a typed array instead of a growing JS array.
 */
import type Graph from 'graphology';

/** Node matrix fields (10 per node), as in the library. */
const X = 0;
const Y = 1;
const DX = 2;
const DY = 3;
const OLD_DX = 4;
const OLD_DY = 5;
const MASS = 6;
const CONVERGENCE = 7;
const SIZE = 8;
const FIXED = 9;
const PPN = 10;
const PPE = 3;

/** Barnes-Hut region fields (9 per region). */
const R_NODE = 0;
const R_CENTER_X = 1;
const R_CENTER_Y = 2;
const R_SIZE = 3;
const R_NEXT = 4;
const R_CHILD = 5;
const R_MASS = 6;
const R_MASS_X = 7;
const R_MASS_Y = 8;
const PPR = 9;
const SUBDIVISION_ATTEMPTS = 3;

export interface ForceAtlas2Settings {
	iterations: number;
	gravity: number;
	scalingRatio: number;
	slowDown: number;
	barnesHutOptimize: boolean;
	barnesHutTheta: number;
}

export const FORCEATLAS2_DEFAULTS: Omit<ForceAtlas2Settings, 'iterations'> = {
	gravity: 1,
	scalingRatio: 1,
	slowDown: 1,
	barnesHutOptimize: false,
	barnesHutTheta: 0.5
};

/** The library's matrices: x, y, size from node attributes; mass 1 + weighted degree. */
export function toMatrices(
	graph: Graph,
	weightAttribute = 'weight'
): { nodes: Float32Array; edges: Float32Array } {
	const nodes = new Float32Array(graph.order * PPN);
	const edges = new Float32Array(graph.size * PPE);
	const index = new Map<string, number>();
	let j = 0;
	graph.forEachNode((node, attr) => {
		index.set(node, j);
		nodes[j + X] = attr.x;
		nodes[j + Y] = attr.y;
		nodes[j + MASS] = 1;
		nodes[j + CONVERGENCE] = 1;
		nodes[j + SIZE] = attr.size || 1;
		nodes[j + FIXED] = attr.fixed ? 1 : 0;
		j += PPN;
	});
	j = 0;
	graph.forEachEdge((_edge, attr, source, target) => {
		const sj = index.get(source)!;
		const tj = index.get(target)!;
		const value = attr[weightAttribute];
		const weight = typeof value === 'number' && !Number.isNaN(value) ? value : 1;
		nodes[sj + MASS] += weight;
		nodes[tj + MASS] += weight;
		edges[j] = sj;
		edges[j + 1] = tj;
		edges[j + 2] = weight;
		j += PPE;
	});
	return { nodes, edges };
}

/** Run ForceAtlas2 on `graph` and write x, y back, as `forceAtlas2.assign` does. */
export function assignForceAtlas2(graph: Graph, settings: ForceAtlas2Settings): void {
	const { nodes, edges } = toMatrices(graph);
	runForceAtlas2(nodes, edges, settings);
	let i = 0;
	graph.updateEachNodeAttributes((_node, attr) => {
		attr.x = nodes[i + X];
		attr.y = nodes[i + Y];
		i += PPN;
		return attr;
	});
}

export function runForceAtlas2(
	nodes: Float32Array,
	edges: Float32Array,
	settings: ForceAtlas2Settings
): void {
	const regions = new RegionTree();
	for (let i = 0; i < settings.iterations; i++) iterate(settings, nodes, edges, regions);
}

/** A growable Float64Array of regions (the library uses a plain array of doubles). */
class RegionTree {
	data = new Float64Array(PPR * 1024);
	ensure(regions: number): void {
		if (regions * PPR <= this.data.length) return;
		let length = this.data.length;
		while (length < regions * PPR) length *= 2;
		const grown = new Float64Array(length);
		grown.set(this.data);
		this.data = grown;
	}
}

function quadrant(R: Float64Array, r: number, x: number, y: number): number {
	if (x < R[r + R_CENTER_X]) return y < R[r + R_CENTER_Y] ? R[r + R_CHILD] : R[r + R_CHILD] + PPR;
	return y < R[r + R_CENTER_Y] ? R[r + R_CHILD] + PPR * 2 : R[r + R_CHILD] + PPR * 3;
}

function initRegion(
	R: Float64Array,
	g: number,
	cx: number,
	cy: number,
	size: number,
	next: number
): void {
	R[g + R_NODE] = -1;
	R[g + R_CENTER_X] = cx;
	R[g + R_CENTER_Y] = cy;
	R[g + R_SIZE] = size;
	R[g + R_NEXT] = next;
	R[g + R_CHILD] = -1;
	R[g + R_MASS] = 0;
	R[g + R_MASS_X] = 0;
	R[g + R_MASS_Y] = 0;
}

/** Build the Barnes-Hut quadtree exactly as the library does (including its give-up rule). */
function buildRegions(N: Float32Array, order: number, tree: RegionTree): Float64Array {
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	for (let n = 0; n < order; n += PPN) {
		minX = Math.min(minX, N[n + X]);
		maxX = Math.max(maxX, N[n + X]);
		minY = Math.min(minY, N[n + Y]);
		maxY = Math.max(maxY, N[n + Y]);
	}
	const dx = maxX - minX;
	const dy = maxY - minY;
	if (dx > dy) {
		minY -= (dx - dy) / 2;
		maxY = minY + dx;
	} else {
		minX -= (dy - dx) / 2;
		maxX = minX + dy;
	}
	let R = tree.data;
	initRegion(R, 0, (minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY), -1);
	let l = 1;
	for (let n = 0; n < order; n += PPN) {
		let r = 0;
		let attempts = SUBDIVISION_ATTEMPTS;
		for (;;) {
			if (R[r + R_CHILD] >= 0) {
				const q = quadrant(R, r, N[n + X], N[n + Y]);
				R[r + R_MASS_X] =
					(R[r + R_MASS_X] * R[r + R_MASS] + N[n + X] * N[n + MASS]) /
					(R[r + R_MASS] + N[n + MASS]);
				R[r + R_MASS_Y] =
					(R[r + R_MASS_Y] * R[r + R_MASS] + N[n + Y] * N[n + MASS]) /
					(R[r + R_MASS] + N[n + MASS]);
				R[r + R_MASS] += N[n + MASS];
				r = q;
				continue;
			}
			if (R[r + R_NODE] < 0) {
				R[r + R_NODE] = n;
				break;
			}
			// A leaf holding a node: split it in four and place both nodes.
			tree.ensure(l + 4);
			R = tree.data;
			R[r + R_CHILD] = l * PPR;
			const w = R[r + R_SIZE] / 2;
			let g = R[r + R_CHILD];
			initRegion(R, g, R[r + R_CENTER_X] - w, R[r + R_CENTER_Y] - w, w, g + PPR);
			g += PPR;
			initRegion(R, g, R[r + R_CENTER_X] - w, R[r + R_CENTER_Y] + w, w, g + PPR);
			g += PPR;
			initRegion(R, g, R[r + R_CENTER_X] + w, R[r + R_CENTER_Y] - w, w, g + PPR);
			g += PPR;
			initRegion(R, g, R[r + R_CENTER_X] + w, R[r + R_CENTER_Y] + w, w, R[r + R_NEXT]);
			l += 4;
			const old = R[r + R_NODE];
			const q = quadrant(R, r, N[old + X], N[old + Y]);
			R[r + R_MASS] = N[old + MASS];
			R[r + R_MASS_X] = N[old + X];
			R[r + R_MASS_Y] = N[old + Y];
			R[q + R_NODE] = old;
			R[r + R_NODE] = -1;
			const q2 = quadrant(R, r, N[n + X], N[n + Y]);
			if (q === q2) {
				if (attempts--) {
					r = q;
					continue;
				}
				// Out of precision: the library gives up on this node for this iteration.
				break;
			}
			R[q2 + R_NODE] = n;
			break;
		}
	}
	return R;
}

function iterate(
	settings: ForceAtlas2Settings,
	N: Float32Array,
	E: Float32Array,
	tree: RegionTree
): void {
	const order = N.length;
	const size = E.length;
	for (let n = 0; n < order; n += PPN) {
		N[n + OLD_DX] = N[n + DX];
		N[n + OLD_DY] = N[n + DY];
		N[n + DX] = 0;
		N[n + DY] = 0;
	}

	// Repulsion. Locals hold float32 values (Math.fround after each addition), so the
	// result is the same as the library's store-after-every-addition.
	const coefficient = settings.scalingRatio;
	if (settings.barnesHutOptimize) {
		const R = buildRegions(N, order, tree);
		const thetaSquared = settings.barnesHutTheta * settings.barnesHutTheta;
		for (let n = 0; n < order; n += PPN) {
			const x = N[n + X];
			const y = N[n + Y];
			const mass = N[n + MASS];
			let ndx = N[n + DX];
			let ndy = N[n + DY];
			let r = 0;
			for (;;) {
				if (R[r + R_CHILD] >= 0) {
					const distance = Math.pow(x - R[r + R_MASS_X], 2) + Math.pow(y - R[r + R_MASS_Y], 2);
					const s = R[r + R_SIZE];
					if ((4 * s * s) / distance < thetaSquared) {
						const xDist = x - R[r + R_MASS_X];
						const yDist = y - R[r + R_MASS_Y];
						if (distance > 0) {
							const factor = (coefficient * mass * R[r + R_MASS]) / distance;
							ndx = Math.fround(ndx + xDist * factor);
							ndy = Math.fround(ndy + yDist * factor);
						}
						r = R[r + R_NEXT];
						if (r < 0) break;
						continue;
					}
					r = R[r + R_CHILD];
					continue;
				}
				const rn = R[r + R_NODE];
				if (rn >= 0 && rn !== n) {
					const xDist = x - N[rn + X];
					const yDist = y - N[rn + Y];
					const distance = xDist * xDist + yDist * yDist;
					if (distance > 0) {
						const factor = (coefficient * mass * N[rn + MASS]) / distance;
						ndx = Math.fround(ndx + xDist * factor);
						ndy = Math.fround(ndy + yDist * factor);
					}
				}
				r = R[r + R_NEXT];
				if (r < 0) break;
			}
			N[n + DX] = ndx;
			N[n + DY] = ndy;
		}
	} else {
		for (let n1 = 0; n1 < order; n1 += PPN) {
			const x1 = N[n1 + X];
			const y1 = N[n1 + Y];
			const m1 = N[n1 + MASS];
			let dx1 = N[n1 + DX];
			let dy1 = N[n1 + DY];
			for (let n2 = 0; n2 < n1; n2 += PPN) {
				const xDist = x1 - N[n2 + X];
				const yDist = y1 - N[n2 + Y];
				const distance = Math.sqrt(xDist * xDist + yDist * yDist);
				if (distance > 0) {
					const factor = (coefficient * m1 * N[n2 + MASS]) / distance / distance;
					dx1 = Math.fround(dx1 + xDist * factor);
					dy1 = Math.fround(dy1 + yDist * factor);
					N[n2 + DX] -= xDist * factor;
					N[n2 + DY] -= yDist * factor;
				}
			}
			N[n1 + DX] = dx1;
			N[n1 + DY] = dy1;
		}
	}

	// Gravity (linear).
	const g = settings.gravity / settings.scalingRatio;
	for (let n = 0; n < order; n += PPN) {
		let factor = 0;
		const xDist = N[n + X];
		const yDist = N[n + Y];
		const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
		if (distance > 0) factor = (coefficient * N[n + MASS] * g) / distance;
		N[n + DX] -= xDist * factor;
		N[n + DY] -= yDist * factor;
	}

	// Attraction (linear; edge weight influence 1).
	for (let e = 0; e < size; e += PPE) {
		const n1 = E[e];
		const n2 = E[e + 1];
		const ewc = Math.pow(E[e + 2], 1);
		const xDist = N[n1 + X] - N[n2 + X];
		const yDist = N[n1 + Y] - N[n2 + Y];
		const factor = -1 * ewc;
		N[n1 + DX] += xDist * factor;
		N[n1 + DY] += yDist * factor;
		N[n2 + DX] -= xDist * factor;
		N[n2 + DY] -= yDist * factor;
	}

	// Apply forces.
	const slowDown = settings.slowDown;
	for (let n = 0; n < order; n += PPN) {
		if (N[n + FIXED] === 1) continue;
		const odx = N[n + OLD_DX];
		const ody = N[n + OLD_DY];
		const ndx = N[n + DX];
		const ndy = N[n + DY];
		const swinging = N[n + MASS] * Math.sqrt((odx - ndx) * (odx - ndx) + (ody - ndy) * (ody - ndy));
		const traction = Math.sqrt((odx + ndx) * (odx + ndx) + (ody + ndy) * (ody + ndy)) / 2;
		const nodespeed = (N[n + CONVERGENCE] * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
		N[n + CONVERGENCE] = Math.min(
			1,
			Math.sqrt((nodespeed * (Math.pow(ndx, 2) + Math.pow(ndy, 2))) / (1 + Math.sqrt(swinging)))
		);
		N[n + X] = N[n + X] + ndx * (nodespeed / slowDown);
		N[n + Y] = N[n + Y] + ndy * (nodespeed / slowDown);
	}
}
