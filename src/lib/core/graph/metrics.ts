/**
 * graph/metrics: degree, PageRank and Louvain communities, computed once at build time on
 * the undirected projection of the graph (who is connected to whom, whatever the direction),
 * with a seeded random source so the same corpus gives the same communities.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { createRng } from '../util/hash';

export const DEFAULT_SEED = 20160419;
/** Weight of a document's own mention of a term, relative to a quote's. */
const DOCUMENT_MENTION_WEIGHT = 0.15;

/** Undirected, simple projection of any graph (parallel and reciprocal edges merged, weights summed). */
export function undirectedProjection(graph: Graph): Graph {
	const projection = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	graph.forEachNode((node) => projection.addNode(node));
	// Weights are summed per pair first, in edge order (the same floating-point sums as adding
	// them edge by edge), then every pair becomes one edge in order of first appearance,
	// oriented as it first appeared: querying and updating the graph per edge cost three times more.
	const pairs = new Map<string, { source: string; target: string; weight: number }>();
	graph.forEachEdge((_edge, attributes, source, target) => {
		// co_occurs restates what mentions already say (two concepts in one quote): counting it
		// again would pull every concept into one hairball.
		if (source === target || attributes.kind === 'co_occurs') return;
		// A document names dozens of concepts in passing; its quotes carry the real structure,
		// so those links pull only lightly.
		const weight =
			attributes.kind === 'mentions' && source.startsWith('doc:') ? DOCUMENT_MENTION_WEIGHT : 1;
		const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
		const pair = pairs.get(key);
		if (pair) pair.weight += weight;
		else pairs.set(key, { source, target, weight });
	});
	for (const { source, target, weight } of pairs.values())
		projection.addEdge(source, target, { weight });
	return projection;
}

export interface Metrics {
	degree: Record<string, number>;
	pagerank: Record<string, number>;
	community: Record<string, number>;
	communityCount: number;
	modularity: number;
	/** The undirected projection the metrics were computed on (the force layout reuses it). */
	projection: Graph;
}

export function computeMetrics(graph: Graph, seed = DEFAULT_SEED): Metrics {
	const projection = undirectedProjection(graph);
	const degree: Record<string, number> = {};
	graph.forEachNode((node) => (degree[node] = graph.degree(node)));
	const ranks = projection.size
		? pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-9 })
		: {};
	const pagerankRounded: Record<string, number> = {};
	projection.forEachNode(
		(node) => (pagerankRounded[node] = round(ranks[node] ?? 1 / Math.max(1, projection.order), 8))
	);
	let community: Record<string, number> = {};
	let communityCount = 0;
	let modularity = 0;
	if (projection.size) {
		const detailed = louvain.detailed(projection, {
			rng: createRng(seed),
			getEdgeWeight: 'weight',
			resolution: 1
		});
		community = detailed.communities;
		communityCount = detailed.count;
		modularity = round(detailed.modularity, 6);
	} else {
		projection.forEachNode((node, _a) => (community[node] = communityCount++));
	}
	return { degree, pagerank: pagerankRounded, community, communityCount, modularity, projection };
}

/** Round to fixed decimals, so the output bytes do not depend on floating-point noise. */
export function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}
