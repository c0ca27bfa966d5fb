/**
 * build/serialize: graphology's `graph.export()` with nodes and edges sorted by key and
 * object keys sorted, so the same graph always gives the same bytes.
 */
import type Graph from 'graphology';
import { compareCodePoints, stableStringify } from '../util/hash';

export function serializeGraph(graph: Graph): string {
	const exported = graph.export();
	exported.nodes.sort((a, b) => compareCodePoints(a.key, b.key));
	exported.edges.sort((a, b) => compareCodePoints(a.key ?? '', b.key ?? ''));
	return `${stableStringify(exported)}\n`;
}
