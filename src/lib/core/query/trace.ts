/**
 * query/trace: follow a concept (or any node) through time. Its quotations in date order with
 * their occasions, the first appearance marked, and within each family of overlapping quotes
 * how the wording changes from one dated version to the next (shared text and what differs).
 */
import type Graph from 'graphology';

export interface DiffPart {
	text: string;
	/** same: in both; added: only in this version; removed: only in the previous one. */
	op: 'same' | 'added' | 'removed';
}

export interface TraceEntry {
	quote: string;
	date?: string;
	occasions: string[];
	first: boolean;
	family?: string;
	/** Wording compared with the previous dated member of the same family. */
	diff?: DiffPart[];
	previous?: string;
}

/** Longest-common-subsequence diff over characters (quotations are short: a few hundred characters). */
export function diffWording(before: string, after: string): DiffPart[] {
	const a = [...before];
	const b = [...after];
	if (a.length * b.length > 4_000_000)
		return [
			{ text: before, op: 'removed' },
			{ text: after, op: 'added' }
		];
	const rows = a.length + 1;
	const cols = b.length + 1;
	const table = new Uint16Array(rows * cols);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			table[i * cols + j] =
				a[i] === b[j]
					? table[(i + 1) * cols + j + 1] + 1
					: Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
		}
	}
	const parts: DiffPart[] = [];
	const push = (text: string, op: DiffPart['op']) => {
		const last = parts[parts.length - 1];
		if (last && last.op === op) last.text += text;
		else parts.push({ text, op });
	};
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			push(a[i], 'same');
			i++;
			j++;
		} else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) push(a[i++], 'removed');
		else push(b[j++], 'added');
	}
	while (i < a.length) push(a[i++], 'removed');
	while (j < b.length) push(b[j++], 'added');
	return parts;
}

export function traceNode(graph: Graph, node: string): TraceEntry[] {
	if (!graph.hasNode(node)) return [];
	const quotes = new Set<string>();
	if (graph.getNodeAttribute(node, 'kind') === 'quote') quotes.add(node);
	graph.forEachNeighbor(node, (n) => {
		if (graph.getNodeAttribute(n, 'kind') === 'quote') quotes.add(n);
	});
	const entries: TraceEntry[] = [...quotes].map((quote) => ({
		quote,
		date: graph.getNodeAttribute(quote, 'date'),
		family: graph.getNodeAttribute(quote, 'family'),
		occasions: graph
			.outNeighbors(quote)
			.filter((n) => graph.getNodeAttribute(n, 'kind') === 'event'),
		first: false
	}));
	entries.sort(
		(x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || (x.quote < y.quote ? -1 : 1)
	);
	const firstDate = entries.find((e) => e.date)?.date;
	const lastOfFamily = new Map<string, string>();
	for (const entry of entries) {
		entry.first = !!firstDate && entry.date === firstDate;
		if (!entry.family) continue;
		const previous = lastOfFamily.get(entry.family);
		if (previous) {
			entry.previous = previous;
			entry.diff = diffWording(
				graph.getNodeAttribute(previous, 'text'),
				graph.getNodeAttribute(entry.quote, 'text')
			);
		}
		lastOfFamily.set(entry.family, entry.quote);
	}
	return entries;
}
