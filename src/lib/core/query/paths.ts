/**
 * query/paths: how two nodes connect. All shortest paths (up to a few alternatives of equal
 * length) over the undirected graph, by breadth-first search with predecessor lists. Dates and
 * documents are not used as stepping stones (every quote of a day or a compilation would
 * otherwise be two steps apart), and each step carries its evidence: the quotations behind it.
 */
import type Graph from 'graphology';

export interface PathStep {
	from: string;
	to: string;
	/** The edges that join the two nodes (any direction). */
	edges: string[];
}

export interface GraphPath {
	nodes: string[];
	steps: PathStep[];
}

export interface PathOptions {
	/** At most this many paths of the shortest length. */
	limit?: number;
	/** Node kinds never used as intermediate nodes. */
	avoidKinds?: string[];
	/** Edge kinds not followed. */
	avoidEdges?: string[];
}

const DEFAULTS: Required<PathOptions> = {
	limit: 5,
	avoidKinds: ['date', 'document'],
	avoidEdges: []
};

/**
 * Shortest paths avoiding generic stepping stones; when only a document joins the two ends
 * (a law that only news pages name), paths through documents are returned instead.
 */
export function shortestPaths(
	graph: Graph,
	source: string,
	target: string,
	options: PathOptions = {}
): GraphPath[] {
	const strict = searchPaths(graph, source, target, options);
	if (strict.length || options.avoidKinds) return strict;
	return searchPaths(graph, source, target, { ...options, avoidKinds: ['date'] });
}

function searchPaths(
	graph: Graph,
	source: string,
	target: string,
	options: PathOptions
): GraphPath[] {
	const { limit, avoidKinds, avoidEdges } = { ...DEFAULTS, ...options };
	if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return [];
	const avoid = new Set(avoidKinds);
	const skipEdges = new Set(avoidEdges);
	const distance = new Map<string, number>([[source, 0]]);
	const predecessors = new Map<string, string[]>();
	let frontier = [source];
	let found = false;
	while (frontier.length && !found) {
		const next: string[] = [];
		for (const node of frontier) {
			if (node !== source && avoid.has(graph.getNodeAttribute(node, 'kind'))) continue;
			const d = distance.get(node)!;
			graph.forEachEdge(node, (_edge, attributes, s, t) => {
				if (skipEdges.has(attributes.kind)) return;
				const other = s === node ? t : s;
				const seen = distance.get(other);
				if (seen === undefined) {
					distance.set(other, d + 1);
					predecessors.set(other, [node]);
					next.push(other);
				} else if (seen === d + 1 && !predecessors.get(other)!.includes(node)) {
					predecessors.get(other)!.push(node);
				}
			});
			if (distance.has(target)) found = true;
		}
		frontier = next.sort();
	}
	if (!distance.has(target)) return [];
	const paths: string[][] = [];
	const walk = (node: string, suffix: string[]) => {
		if (paths.length >= limit) return;
		if (node === source) {
			paths.push([source, ...suffix]);
			return;
		}
		for (const p of [...(predecessors.get(node) ?? [])].sort()) walk(p, [node, ...suffix]);
	};
	walk(target, []);
	return paths.map((nodes) => ({
		nodes,
		steps: nodes
			.slice(1)
			.map((to, i) => ({ from: nodes[i], to, edges: edgesBetween(graph, nodes[i], to, skipEdges) }))
	}));
}

function edgesBetween(graph: Graph, a: string, b: string, skip: Set<string>): string[] {
	return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])]
		.filter((e) => !skip.has(graph.getEdgeAttribute(e, 'kind')))
		.sort();
}

/**
 * The quotations that stand behind an edge: the quote itself when one end is a quote, the
 * quotes mentioning both concepts for co_occurs, the quotes said there for an event link.
 */
export function evidenceOf(graph: Graph, edge: string): string[] {
	const kind = graph.getEdgeAttribute(edge, 'kind');
	const [source, target] = graph.extremities(edge);
	const isQuote = (n: string) => graph.getNodeAttribute(n, 'kind') === 'quote';
	if (isQuote(source) && isQuote(target)) return [source, target];
	if (isQuote(source)) return [source];
	if (isQuote(target)) return [target];
	// A document's own mention is evidenced by its line (edge attribute), not by its quotes.
	if (kind === 'mentions' && graph.getNodeAttribute(source, 'kind') === 'document') return [];
	if (
		kind === 'co_occurs' ||
		kind === 'broader' ||
		kind === 'mentions' ||
		kind === 'part_of' ||
		kind === 'on'
	) {
		const a = new Set(graph.neighbors(source).filter(isQuote));
		return graph
			.neighbors(target)
			.filter((n) => isQuote(n) && a.has(n))
			.sort();
	}
	return [];
}

/** Quotes that mention every one of the given nodes ("what links these?"). */
export function quotesLinking(graph: Graph, nodes: string[]): string[] {
	if (!nodes.length || nodes.some((n) => !graph.hasNode(n))) return [];
	const sets = nodes.map(
		(n) => new Set(graph.neighbors(n).filter((m) => graph.getNodeAttribute(m, 'kind') === 'quote'))
	);
	return [...sets[0]]
		.filter((q) => sets.every((s) => s.has(q)))
		.sort(
			(a, b) =>
				String(graph.getNodeAttribute(a, 'date') ?? '9999').localeCompare(
					String(graph.getNodeAttribute(b, 'date') ?? '9999')
				) || (a < b ? -1 : 1)
		);
}

/** Nodes and edges of a set of paths, for highlighting on the canvas. */
export function pathHighlight(paths: GraphPath[]): { nodes: Set<string>; edges: Set<string> } {
	const nodes = new Set<string>();
	const edges = new Set<string>();
	for (const path of paths) {
		for (const n of path.nodes) nodes.add(n);
		for (const step of path.steps) for (const e of step.edges) edges.add(e);
	}
	return { nodes, edges };
}

/** Emphasis for a story step: its focus and highlighted nodes plus its path. */
export function stepHighlight(
	focus: string[],
	highlight: string[],
	paths: GraphPath[]
): { nodes: Set<string>; edges: Set<string> } {
	const fromPaths = pathHighlight(paths);
	for (const n of [...focus, ...highlight]) fromPaths.nodes.add(n);
	return fromPaths;
}
