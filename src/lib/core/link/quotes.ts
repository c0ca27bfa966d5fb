/**
 * link/quotes: one node per quotation. Passages are normalised (NFKC, traditional →
 * simplified, no punctuation or spaces); identical ones, or ones that differ only by a
 * stray character, are one quote with several appearances. An excerpt of a longer passage,
 * or two excerpts of one speech sharing text, are linked by overlaps (`excerpt_of` /
 * `overlap`) and form a family. Wording shared across different occasions (a formulation
 * reused in a later speech) is a `restates` link, not a family.
 */
import type { PassageRecord } from '../extract/passages';
import { normalizeForMatch } from '../ingest/text';
import { hashString } from '../util/hash';
import {
	ShingleIndex,
	UnionFind,
	longestSharedRunOf,
	shingleSequence,
	shinglesOf
} from './shingles';

/** Both ways contained at least this much: the same passage (a typo or a dropped word apart). */
const SAME_PASSAGE = 0.93;
/** Share of the shorter passage found in the longer one for `excerpt_of`. */
const EXCERPT = 0.8;
/** A shared run of at least this many characters links two passages. */
const MIN_SHARED_RUN = 14;

export interface QuoteGroup {
	key: string;
	norm: string;
	records: PassageRecord[];
}

export interface QuoteLink {
	source: string;
	target: string;
	relation: 'excerpt_of' | 'overlap' | 'restates';
	score: number;
	/** The shared text, normalised. */
	shared: string;
}

export interface QuoteLinking {
	quotes: QuoteGroup[];
	links: QuoteLink[];
	/** Quote key → family id (the smallest key in its family); only for families of 2+. */
	families: Map<string, string>;
	/** Every record's normalised text, as computed for grouping (callers need not redo it). */
	normOf: Map<PassageRecord, string>;
}

/**
 * Group records into quotes and link them. `sameOccasion(a, b)` says whether two quotes may
 * be excerpts of one source text (same event, or an event unknown on either side).
 */
export function linkQuotes(
	records: PassageRecord[],
	sameOccasion: (a: QuoteGroup, b: QuoteGroup) => boolean
): QuoteLinking {
	// 1. Exact groups by normalised text.
	const byNorm = new Map<string, PassageRecord[]>();
	const normOf = new Map<PassageRecord, string>();
	for (const record of records) {
		const norm = normalizeForMatch(record.text);
		normOf.set(record, norm);
		if (!norm) continue;
		const list = byNorm.get(norm);
		if (list) list.push(record);
		else byNorm.set(norm, [record]);
	}
	const norms = [...byNorm.keys()].sort();
	const shingles = norms.map(shinglesOf);
	const index = new ShingleIndex();
	norms.forEach((_, i) => index.add(i, shingles[i]));

	// 2. Candidate pairs from the index; merge near-identical passages.
	const same = new UnionFind(norms.length);
	const pairs: { a: number; b: number; shared: number }[] = [];
	norms.forEach((norm, a) => {
		const minShared = Math.min(shingles[a].size, Math.max(1, MIN_SHARED_RUN - 3));
		for (const [b, shared] of index.candidates(shingles[a], minShared)) {
			if (b <= a) continue;
			const containA = shared / shingles[a].size;
			const containB = shared / shingles[b].size;
			if (containA >= SAME_PASSAGE && containB >= SAME_PASSAGE) same.union(a, b);
			else pairs.push({ a, b, shared });
		}
	});
	const groupsByRoot = new Map<number, number[]>();
	norms.forEach((_, i) => {
		const root = same.find(i);
		const members = groupsByRoot.get(root);
		if (members) members.push(i);
		else groupsByRoot.set(root, [i]);
	});
	const quoteOf = new Map<number, QuoteGroup>();
	const quotes: QuoteGroup[] = [];
	const usedKeys = new Set<string>();
	for (const members of groupsByRoot.values()) {
		// The fullest wording names the quote: the longest normalised text of the group.
		const longest = members.reduce(
			(best, i) => (norms[i].length > norms[best].length ? i : best),
			members[0]
		);
		let key = `quote:q${hashString(norms[longest])}`;
		for (let n = 2; usedKeys.has(key); n++) key = `quote:q${hashString(norms[longest])}-${n}`;
		usedKeys.add(key);
		const group: QuoteGroup = {
			key,
			norm: norms[longest],
			records: members.flatMap((i) => byNorm.get(norms[i])!)
		};
		quotes.push(group);
		for (const i of members) quoteOf.set(i, group);
	}
	quotes.sort((x, y) => (x.key < y.key ? -1 : 1));

	// 3. Links between different quotes.
	const links = new Map<string, QuoteLink>();
	// A quote's norm is one of `norms`: reuse its shingles rather than recompute them per pair.
	const normIndex = new Map(norms.map((norm, i) => [norm, i]));
	const shinglesOfQuote = (q: QuoteGroup) => shingles[normIndex.get(q.norm)!];
	const sequences = new Map<QuoteGroup, string[]>();
	const sequenceOf = (q: QuoteGroup) => {
		let sequence = sequences.get(q);
		if (!sequence) sequences.set(q, (sequence = shingleSequence(q.norm)));
		return sequence;
	};
	for (const { a, b } of pairs) {
		const qa = quoteOf.get(a)!;
		const qb = quoteOf.get(b)!;
		if (qa === qb) continue;
		const [short, long] = qa.norm.length <= qb.norm.length ? [qa, qb] : [qb, qa];
		const shortShingles = shinglesOfQuote(short);
		const longShingles = shinglesOfQuote(long);
		let shared = 0;
		for (const s of shortShingles) if (longShingles.has(s)) shared++;
		const containment = shared / shortShingles.size;
		const run = longestSharedRunOf(sequenceOf(short), longShingles);
		if (run.length < MIN_SHARED_RUN && containment < EXCERPT) continue;
		const relation = !sameOccasion(short, long)
			? 'restates'
			: containment >= EXCERPT
				? 'excerpt_of'
				: 'overlap';
		const link: QuoteLink = {
			source: short.key,
			target: long.key,
			relation,
			score: Math.round(containment * 1000) / 1000,
			shared: short.norm.slice(run.start, run.start + run.length)
		};
		const id = `${link.source}->${link.target}`;
		const existing = links.get(id);
		if (!existing || existing.score < link.score) links.set(id, link);
	}
	const sortedLinks = [...links.values()].sort((x, y) =>
		x.source + x.target < y.source + y.target ? -1 : 1
	);

	// 4. Families: connected by excerpt_of / overlap.
	const position = new Map(quotes.map((q, i) => [q.key, i]));
	const family = new UnionFind(quotes.length);
	for (const link of sortedLinks)
		if (link.relation !== 'restates')
			family.union(position.get(link.source)!, position.get(link.target)!);
	const sizes = new Map<number, number>();
	quotes.forEach((_, i) => sizes.set(family.find(i), (sizes.get(family.find(i)) ?? 0) + 1));
	const families = new Map<string, string>();
	quotes.forEach((q, i) => {
		const root = family.find(i);
		if ((sizes.get(root) ?? 0) > 1)
			families.set(q.key, `family:${quotes[root].key.slice('quote:'.length)}`);
	});
	return { quotes, links: sortedLinks, families, normOf };
}
