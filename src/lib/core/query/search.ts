/**
 * query/search: find nodes by what a reader types. Chinese has no spaces, so matching is on
 * character bigrams with AND semantics (every bigram of the query must occur), which finds a
 * query inside a term (信息基础设施 → 关键信息基础设施). Latin queries match pinyin (full and
 * initials), aliases and English glosses by prefix. The fields and pinyin come from the
 * search index built at build time (build/search-index.ts).
 */

export interface SearchDoc {
	/** Node key. */
	k: string;
	/** Text fields (label, aliases, gloss, quote text), already normalised. */
	t: string;
	/** Pinyin keys (full syllables joined, and initials), lower case. */
	p?: string[];
	/** Rank boost (PageRank-based) for ordering ties. */
	r: number;
}

export interface SearchHit {
	key: string;
	score: number;
	/** Where the query matched in the label, for highlighting (start, end) in normalised label. */
	field: 'label' | 'alias' | 'text' | 'pinyin' | 'gloss';
}

/**
 * Search documents from the graph itself (labels, aliases, glosses, quote text, and the pinyin
 * computed at build time in the `py` attribute), so no text is shipped twice.
 */
export function searchDocsFromGraph(graph: {
	forEachNode: (cb: (key: string, a: Record<string, unknown>) => void) => void;
}): SearchDoc[] {
	const docs: SearchDoc[] = [];
	let maxRank = 1e-12;
	graph.forEachNode((_k, a) => (maxRank = Math.max(maxRank, (a.pagerank as number) ?? 0)));
	graph.forEachNode((key, a) => {
		if (a.kind === 'date') return;
		const fields = [
			a.label,
			a.name,
			a.title,
			...((a.aliases as string[]) ?? []),
			a.gloss,
			a.nameEn,
			a.kind === 'quote' ? a.text : undefined
		].filter((f): f is string => typeof f === 'string');
		docs.push({
			k: key,
			t: fields.map((f) => normalizeQuery(f)).join(' '),
			p: a.py as string[] | undefined,
			r: Math.round((((a.pagerank as number) ?? 0) / maxRank) * 10)
		});
	});
	return docs;
}

/** Lower-case, NFKC, drop spaces and punctuation: the same normal form as the index. */
export function normalizeQuery(query: string, simplify: (s: string) => string = (s) => s): string {
	return simplify(query.normalize('NFKC'))
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

function bigrams(text: string): string[] {
	if (text.length < 2) return text ? [text] : [];
	const result: string[] = [];
	for (let i = 0; i + 2 <= text.length; i++) result.push(text.slice(i, i + 2));
	return result;
}

export class SearchIndex {
	private readonly postings = new Map<string, number[]>();
	private readonly docs: SearchDoc[];
	private readonly labels: string[];

	constructor(docs: SearchDoc[], labelOf: (key: string) => string) {
		this.docs = docs;
		this.labels = docs.map((d) => normalizeQuery(labelOf(d.k)));
		docs.forEach((doc, i) => {
			for (const gram of new Set(bigrams(doc.t))) {
				const list = this.postings.get(gram);
				if (list) list.push(i);
				else this.postings.set(gram, [i]);
			}
		});
	}

	/** Best matches first: exact label, label prefix, label contains, alias/text contains, pinyin. */
	search(rawQuery: string, limit = 12, simplify?: (s: string) => string): SearchHit[] {
		const query = normalizeQuery(rawQuery, simplify);
		if (!query) return [];
		const hits = new Map<number, SearchHit>();
		const isLatin = /^[a-z0-9]+$/.test(query);
		if (!isLatin || query.length >= 2) {
			const grams = bigrams(query);
			let candidates: number[] | undefined;
			for (const gram of [...new Set(grams)].sort(
				(a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0)
			)) {
				const list = this.postings.get(gram);
				if (!list) {
					candidates = [];
					break;
				}
				if (!candidates) candidates = list;
				else {
					const set = new Set(list);
					candidates = candidates.filter((i) => set.has(i));
				}
				if (!candidates.length) break;
			}
			for (const i of candidates ?? []) {
				if (!this.docs[i].t.includes(query)) continue;
				const label = this.labels[i];
				const score =
					label === query ? 100 : label.startsWith(query) ? 80 : label.includes(query) ? 60 : 30;
				hits.set(i, {
					key: this.docs[i].k,
					score: score + this.docs[i].r,
					field: score >= 60 ? 'label' : 'text'
				});
			}
		}
		if (isLatin) {
			this.docs.forEach((doc, i) => {
				if (hits.has(i) || !doc.p) return;
				const match = doc.p.find((p) => p.startsWith(query));
				if (match)
					hits.set(i, { key: doc.k, score: (match === query ? 70 : 50) + doc.r, field: 'pinyin' });
			});
		}
		return [...hits.values()]
			.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
			.slice(0, limit);
	}
}
