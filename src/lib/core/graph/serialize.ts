/**
 * graph/serialize: the graph as graphology's `graph.export()` JSON, with nodes and edges sorted
 * by key and object keys sorted, so the same graph always gives the same bytes. The entries are
 * built straight from the graph (one sorted copy of each attribute object, not graphology's
 * copy and then a sorted copy of that).
 */
import type Graph from 'graphology';
import { compareCodePoints, sortKeysDeep } from '../util/hash';

export function serializeGraph(graph: Graph): string {
	// As graphology exports them: no `attributes` member when there are none.
	const attributesOf = (attributes: Record<string, unknown>) =>
		Object.keys(attributes).length ? sortKeysDeep(attributes) : undefined;
	const edges = graph
		.edges()
		.sort(compareCodePoints)
		.map((key) => ({
			attributes: attributesOf(graph.getEdgeAttributes(key)),
			key,
			source: graph.source(key),
			target: graph.target(key),
			undirected: graph.type === 'mixed' && graph.isUndirected(key) ? true : undefined
		}));
	const nodes = graph
		.nodes()
		.sort(compareCodePoints)
		.map((key) => ({ attributes: attributesOf(graph.getNodeAttributes(key)), key }));
	const exported = {
		attributes: sortKeysDeep(graph.getAttributes()),
		edges,
		nodes,
		options: { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type }
	};
	return `${JSON.stringify(exported)}\n`;
}
