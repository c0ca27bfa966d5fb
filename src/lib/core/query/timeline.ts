/**
 * query/timeline: quotations per year (or per month) for a set of nodes, and the dated marks
 * (occasions, laws adopted and in force) drawn over the histogram.
 */
import type Graph from 'graphology';

export type Granularity = 'year' | 'month';

export interface Bin {
	/** `2016` or `2016-04`. */
	key: string;
	count: number;
	/** Quotes in the bin, for hover and click. */
	quotes: string[];
}

export interface TimeMark {
	node: string;
	date: string;
	label: string;
	kind: 'event' | 'adopted' | 'effective';
}

/** Years spanned by the quotations and occasions (law dates far before them would squash the bars). */
export function yearRange(graph: Graph): [number, number] | undefined {
	let min = Infinity;
	let max = -Infinity;
	graph.forEachNode((_n, a) => {
		if (a.kind !== 'quote' && a.kind !== 'event') return;
		for (const value of [a.date, a.endDate]) {
			if (typeof value === 'string' && /^\d{4}/.test(value)) {
				const year = Number(value.slice(0, 4));
				min = Math.min(min, year);
				max = Math.max(max, year);
			}
		}
	});
	return Number.isFinite(min) ? [min, max] : undefined;
}

export function binKey(date: string, granularity: Granularity): string {
	return granularity === 'year'
		? date.slice(0, 4)
		: date.length >= 7
			? date.slice(0, 7)
			: `${date.slice(0, 4)}-??`;
}

/** Every year (or month) from the first to the last, so empty periods show as gaps. */
export function histogram(
	graph: Graph,
	nodes: Iterable<string>,
	range: [number, number],
	granularity: Granularity = 'year'
): Bin[] {
	const bins = new Map<string, Bin>();
	for (let year = range[0]; year <= range[1]; year++) {
		if (granularity === 'year') bins.set(String(year), { key: String(year), count: 0, quotes: [] });
		else
			for (let m = 1; m <= 12; m++) {
				const key = `${year}-${String(m).padStart(2, '0')}`;
				bins.set(key, { key, count: 0, quotes: [] });
			}
	}
	for (const node of nodes) {
		const a = graph.getNodeAttributes(node);
		if (a.kind !== 'quote' || typeof a.date !== 'string') continue;
		const bin = bins.get(binKey(a.date, granularity));
		if (!bin) continue;
		bin.count++;
		bin.quotes.push(node);
	}
	return [...bins.values()];
}

export function timeMarks(graph: Graph, nodes: Iterable<string>): TimeMark[] {
	const marks: TimeMark[] = [];
	for (const node of nodes) {
		const a = graph.getNodeAttributes(node);
		if (a.kind === 'event' && typeof a.date === 'string')
			marks.push({ node, date: a.date, label: a.label, kind: 'event' });
		if (a.kind === 'law') {
			if (typeof a.adopted === 'string')
				marks.push({ node, date: a.adopted, label: a.label, kind: 'adopted' });
			if (typeof a.effective === 'string')
				marks.push({ node, date: a.effective, label: a.label, kind: 'effective' });
		}
	}
	return marks.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
