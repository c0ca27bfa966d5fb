/**
 * query/details: what the details panel shows about a node, computed from the graph:
 * its occasions, appearances, related quotes in date order (first appearance marked),
 * overlapping and restating quotes, echoing documents, and the rest of its connections
 * grouped by edge kind, each with the evidence the edge carries.
 */
import type Graph from 'graphology';
import { compareCodePoints } from '../util/hash';

export interface Connection {
	node: string;
	edge: string;
	kind: string;
	/** true when the edge points from the other node to this one. */
	incoming: boolean;
	label: string;
	nodeKind: string;
	attributes: Record<string, unknown>;
}

export interface QuoteSummary {
	node: string;
	label: string;
	text: string;
	date?: string;
	first: boolean;
}

export function connectionsOf(graph: Graph, node: string): Connection[] {
	const result: Connection[] = [];
	graph.forEachEdge(node, (edge, attributes, source, target) => {
		const other = source === node ? target : source;
		const otherAttributes = graph.getNodeAttributes(other);
		result.push({
			node: other,
			edge,
			kind: attributes.kind,
			incoming: target === node,
			label: otherAttributes.label,
			nodeKind: otherAttributes.kind,
			attributes
		});
	});
	return result.sort(
		(a, b) =>
			compareCodePoints(a.kind, b.kind) ||
			compareCodePoints(
				String(graph.getNodeAttribute(a.node, 'date') ?? '~'),
				String(graph.getNodeAttribute(b.node, 'date') ?? '~')
			) ||
			compareCodePoints(a.label, b.label)
	);
}

/** Quotes linked to a node (any edge), sorted by date; the earliest dated one is marked first. */
export function quotesOf(graph: Graph, node: string): QuoteSummary[] {
	const quotes = new Set<string>();
	graph.forEachNeighbor(node, (n) => {
		if (graph.getNodeAttribute(n, 'kind') === 'quote') quotes.add(n);
	});
	const list = [...quotes].map((q) => {
		const a = graph.getNodeAttributes(q);
		return {
			node: q,
			label: a.label as string,
			text: a.text as string,
			date: a.date as string | undefined,
			first: false
		};
	});
	list.sort(
		(a, b) =>
			compareCodePoints(a.date ?? '9999', b.date ?? '9999') || compareCodePoints(a.node, b.node)
	);
	const firstDated = list.find((q) => q.date);
	if (firstDated) for (const q of list) q.first = q.date === firstDated.date;
	return list;
}

/** Split a quote's text into plain runs and mention spans (for clickable highlights). */
export function splitBySpans(
	text: string,
	spans: [number, number, string][] = []
): { text: string; key?: string }[] {
	const parts: { text: string; key?: string }[] = [];
	let at = 0;
	for (const [from, to, key] of [...spans].sort((a, b) => a[0] - b[0])) {
		if (from < at || to > text.length) continue;
		if (from > at) parts.push({ text: text.slice(at, from) });
		parts.push({ text: text.slice(from, to), key });
		at = to;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}

/** Connections grouped by edge kind and direction (`mentions>` outgoing, `echoes<` incoming), quotes left out for non-quote nodes. */
export function groupConnections(list: Connection[], nodeKind: string): [string, Connection[]][] {
	const groups = new Map<string, Connection[]>();
	for (const c of list) {
		if (c.nodeKind === 'quote' && nodeKind !== 'quote') continue;
		const key = `${c.kind}${c.incoming ? '<' : '>'}`;
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	return [...groups];
}

/** The quotations of a node: its quote neighbours, and itself if it is a quote. */
export function quoteSetOf(graph: Graph, node: string): Set<string> {
	const quotes = new Set(
		graph.neighbors(node).filter((n) => graph.getNodeAttribute(n, 'kind') === 'quote')
	);
	if (graph.getNodeAttribute(node, 'kind') === 'quote') quotes.add(node);
	return quotes;
}

/** A story step's quotations: the ones it names, then (for concepts, laws, events) their earliest few. */
export function stepQuotes(
	graph: Graph,
	nodes: string[],
	perNode = 3
): { quote: string; direct: boolean }[] {
	const result: { quote: string; direct: boolean }[] = [];
	const seen = new Set<string>();
	for (const node of nodes) {
		if (!graph.hasNode(node)) continue;
		if (graph.getNodeAttribute(node, 'kind') === 'quote') {
			if (!seen.has(node)) result.push({ quote: node, direct: true });
			seen.add(node);
			continue;
		}
		for (const q of quotesOf(graph, node).slice(0, perNode)) {
			if (!seen.has(q.node)) result.push({ quote: q.node, direct: false });
			seen.add(q.node);
		}
	}
	return result;
}

/** Communities with their size and best-ranked member, largest first (for the community filter). */
export function communitiesOf(graph: Graph): { id: number; size: number; label: string }[] {
	const groups = new Map<number, { size: number; best: string; rank: number }>();
	graph.forEachNode((node, a) => {
		const id = (a.community as number) ?? 0;
		const rank = (a.pagerank as number) ?? 0;
		const group = groups.get(id);
		if (!group) groups.set(id, { size: 1, best: node, rank });
		else {
			group.size++;
			if (rank > group.rank) [group.best, group.rank] = [node, rank];
		}
	});
	return [...groups]
		.map(([id, g]) => ({
			id,
			size: g.size,
			label: graph.getNodeAttribute(g.best, 'label') as string
		}))
		.sort((a, b) => b.size - a.size || a.id - b.id);
}

/** Documents (key and title) in title order, for the document filter. */
export function documentsOf(graph: Graph): { key: string; title: string }[] {
	return graph
		.filterNodes((_n, a) => a.kind === 'document')
		.map((key) => ({ key, title: (graph.getNodeAttribute(key, 'label') as string) ?? key }))
		.sort((a, b) => compareCodePoints(a.title, b.title));
}
