/**
 * graph/noverlap: push overlapping nodes apart, as graphology-layout-noverlap 0.4 does, with
 * the same grid, the same order of floating-point operations and the same Float32Array
 * stores, so positions are bit-identical to the library's.
 *
 * Why a port: the library remembers which pairs of nodes it has already compared (a pair
 * spanning several grid cells is met in each) in a Set of strings built per pair, which
 * dominates its run time (31 s for a 7,000-node graph). Here a pair is compared only in the
 * first cell of the grid, in scan order, that both nodes cover: the same pairs, in the same
 * order, without the Set. The library jitters nodes lying exactly on each other with
 * Math.random; this takes an injected rng, so the build stays deterministic.
 */
import type Graph from 'graphology';

const PPN = 3;

export interface NoverlapSettings {
	maxIterations: number;
	gridSize: number;
	margin: number;
	expansion: number;
	ratio: number;
	speed: number;
}

export const NOVERLAP_DEFAULTS: Omit<NoverlapSettings, 'maxIterations'> = {
	gridSize: 20,
	margin: 5,
	expansion: 1.1,
	ratio: 1,
	speed: 3
};

/** Run noverlap on `graph` and merge the new x, y into its nodes, as `noverlap.assign` does. */
export function assignNoverlap(
	graph: Graph,
	settings: Partial<NoverlapSettings> & { maxIterations: number },
	rng: () => number
): void {
	const options = { ...NOVERLAP_DEFAULTS, ...settings };
	const matrix = new Float32Array(graph.order * PPN);
	let j = 0;
	graph.forEachNode((_node, attr) => {
		matrix[j] = attr.x;
		matrix[j + 1] = attr.y;
		matrix[j + 2] = attr.size || 1;
		j += PPN;
	});
	let converged = false;
	for (let i = 0; i < options.maxIterations && !converged; i++)
		converged = iterate(options, matrix, rng);
	let i = 0;
	graph.forEachNode((node) => {
		graph.mergeNodeAttributes(node, { x: matrix[i], y: matrix[i + 1] });
		i += PPN;
	});
}

function iterate(options: NoverlapSettings, N: Float32Array, rng: () => number): boolean {
	const { margin, ratio, expansion, gridSize, speed } = options;
	const length = N.length;
	const order = (length / PPN) | 0;
	let converged = true;
	const deltaX = new Float32Array(order);
	const deltaY = new Float32Array(order);

	let xMin = Infinity;
	let yMin = Infinity;
	let xMax = -Infinity;
	let yMax = -Infinity;
	for (let i = 0; i < length; i += PPN) {
		const x = N[i];
		const y = N[i + 1];
		const size = N[i + 2] * ratio + margin;
		xMin = Math.min(xMin, x - size);
		xMax = Math.max(xMax, x + size);
		yMin = Math.min(yMin, y - size);
		yMax = Math.max(yMax, y + size);
	}
	const width = xMax - xMin;
	const height = yMax - yMin;
	const xCenter = (xMin + xMax) / 2;
	const yCenter = (yMin + yMax) / 2;
	xMin = xCenter - (expansion * width) / 2;
	xMax = xCenter + (expansion * width) / 2;
	yMin = yCenter - (expansion * height) / 2;
	yMax = yCenter + (expansion * height) / 2;

	// Grid: every node goes into each cell its box touches, in node order.
	const cells = gridSize * gridSize;
	const grid: number[][] = Array.from({ length: cells }, () => []);
	const firstCol = new Int32Array(order);
	const firstRow = new Int32Array(order);
	for (let i = 0, k = 0; i < length; i += PPN, k++) {
		const x = N[i];
		const y = N[i + 1];
		const size = N[i + 2] * ratio + margin;
		const xMinBox = Math.floor((gridSize * (x - size - xMin)) / (xMax - xMin));
		const xMaxBox = Math.floor((gridSize * (x + size - xMin)) / (xMax - xMin));
		const yMinBox = Math.floor((gridSize * (y - size - yMin)) / (yMax - yMin));
		const yMaxBox = Math.floor((gridSize * (y + size - yMin)) / (yMax - yMin));
		firstCol[k] = xMinBox;
		firstRow[k] = yMinBox;
		for (let col = xMinBox; col <= xMaxBox; col++)
			for (let row = yMinBox; row <= yMaxBox; row++) grid[col * gridSize + row].push(i);
	}

	for (let c = 0; c < cells; c++) {
		const cell = grid[c];
		for (let i = 0, l = cell.length; i < l; i++) {
			const n1 = cell[i];
			const k1 = (n1 / PPN) | 0;
			const x1 = N[n1];
			const y1 = N[n1 + 1];
			const s1 = N[n1 + 2];
			const reach1 = s1 * ratio + margin;
			for (let j = i + 1; j < l; j++) {
				const n2 = cell[j];
				const k2 = (n2 / PPN) | 0;
				// Compare a pair once: in the first cell (scan order) both nodes cover.
				if (
					cells > 1 &&
					Math.max(firstCol[k1], firstCol[k2]) * gridSize + Math.max(firstRow[k1], firstRow[k2]) !==
						c
				)
					continue;
				const xDist = N[n2] - x1;
				const yDist = N[n2 + 1] - y1;
				const dist = Math.sqrt(xDist * xDist + yDist * yDist);
				if (dist < reach1 + (N[n2 + 2] * ratio + margin)) {
					converged = false;
					if (dist > 0) {
						deltaX[k2] += (xDist / dist) * (1 + s1);
						deltaY[k2] += (yDist / dist) * (1 + s1);
					} else {
						deltaX[k2] += width * (0.01 * (0.5 - rng()));
						deltaY[k2] += height * (0.01 * (0.5 - rng()));
					}
				}
			}
		}
	}

	for (let i = 0, j = 0; i < length; i += PPN, j++) {
		N[i] += deltaX[j] * 0.1 * speed;
		N[i + 1] += deltaY[j] * 0.1 * speed;
	}
	return converged;
}
