/**
 * link/quotes: quote identity, excerpts, overlaps, restatements and families, on hand-made
 * records. The texts are built from clauses whose character 4-grams are all distinct, so the
 * shingle counts below can be worked out by hand:
 *   X (26 characters normalised, 23 shingles), C (20, 17), Y (25, 22), W (21, 18).
 */
import { describe, expect, it } from 'vitest';
import type { PassageRecord } from '../../src/lib/core/extract/passages';
import { linkQuotes, type QuoteGroup } from '../../src/lib/core/link/quotes';
import { UnionFind, longestSharedRun, shinglesOf } from '../../src/lib/core/link/shingles';
import { hashString } from '../../src/lib/core/util/hash';

const X = '各级领导干部要学网、懂网、用网，积极谋划、推动、引导互联网发展';
const C = '坚持安全可控和开放创新并重，立足于开放环境';
const Y = '加强国际交流合作，提升广大人民群众在网络空间的获得感';
const Y2 = '加强国际交流合作，提高广大人民群众在网络空间的获得感'; // 升 → 高: four shingles differ
const W = '网信事业发展必须贯彻以人民为中心的发展思想';

const X_NORM = '各级领导干部要学网懂网用网积极谋划推动引导互联网发展';
const C_NORM = '坚持安全可控和开放创新并重立足于开放环境';

function record(
	file: string,
	line: number,
	text: string,
	occasion = '网络安全和信息化工作座谈会'
): PassageRecord {
	return {
		file,
		line,
		endLine: line,
		text,
		attribution: { form: 'dash', raw: occasion, line: line + 2, endLine: line + 2, occasion }
	};
}

/** Two quotes may be excerpts of one text when some of their appearances share an occasion. */
const sameOccasion = (a: QuoteGroup, b: QuoteGroup) => {
	const occasions = new Set(a.records.map((r) => r.attribution.occasion));
	return b.records.some((r) => occasions.has(r.attribution.occasion));
};

const quoteOf = (quotes: QuoteGroup[], file: string) =>
	quotes.find((q) => q.records.some((r) => r.file === file))!;

describe('the clauses used below', () => {
	it('have the lengths and distinct shingles the hand counts assume', () => {
		expect(X_NORM).toHaveLength(26);
		expect(C_NORM).toHaveLength(20);
		expect(
			shinglesOf(X_NORM + C_NORM + '加强国际交流合作提升广大人民群众在网络空间的获得感').size
		).toBe(68);
		expect(shinglesOf('网信事业发展必须贯彻以人民为中心的发展思想').size).toBe(18);
	});
});

describe('quote identity', () => {
	it('identical passages in two files are one quote with two records', () => {
		const { quotes, links } = linkQuotes(
			[record('a.txt', 7, `${X}。`), record('b.txt', 12, `${X}。`)],
			sameOccasion
		);
		expect(quotes).toHaveLength(1);
		expect(quotes[0].records.map((r) => `${r.file}:${r.line}`)).toEqual(['a.txt:7', 'b.txt:12']);
		expect(quotes[0].norm).toBe(X_NORM);
		expect(quotes[0].key).toBe(`quote:q${hashString(X_NORM)}`);
		expect(links).toEqual([]);
	});

	it('punctuation and spacing differences are one quote', () => {
		const { quotes } = linkQuotes(
			[
				record('a.txt', 1, '网络安全为人民，网络安全靠人民。'),
				record('b.txt', 1, '网络安全为人民 网络安全靠人民'),
				record('c.txt', 1, '“网络安全为人民、网络安全靠人民”！')
			],
			sameOccasion
		);
		expect(quotes).toHaveLength(1);
		expect(quotes[0].records).toHaveLength(3);
		expect(quotes[0].key).toBe(`quote:q${hashString('网络安全为人民网络安全靠人民')}`);
	});

	it('traditional and simplified writings are one quote', () => {
		const { quotes } = linkQuotes(
			[
				record('simplified.txt', 1, '网络安全为人民，网络安全靠人民。'),
				record('traditional.txt', 1, '網絡安全為人民，網絡安全靠人民。'),
				record('taiwan.txt', 1, '網路安全為人民，網路安全靠人民。')
			],
			sameOccasion
		);
		expect(quotes).toHaveLength(1);
		expect(quotes[0].records.map((r) => r.file).sort()).toEqual([
			'simplified.txt',
			'taiwan.txt',
			'traditional.txt'
		]);
	});

	it('a one-character difference in a long passage is the same quote (64 of 68 shingles both ways)', () => {
		const { quotes } = linkQuotes(
			[record('a.txt', 1, `${X}，${C}，${Y}。`), record('b.txt', 1, `${X}，${C}，${Y2}。`)],
			sameOccasion
		);
		expect(quotes).toHaveLength(1);
		expect(quotes[0].records).toHaveLength(2);
	});

	it('records with no text after normalisation are dropped', () => {
		expect(linkQuotes([record('a.txt', 1, '……')], sameOccasion).quotes).toEqual([]);
	});
});

describe('links between quotes', () => {
	it('an exact excerpt is excerpt_of the longer passage with score 1', () => {
		const { quotes, links, families } = linkQuotes(
			[record('long.txt', 1, `${X}，${C}，${Y}。`), record('short.txt', 1, `${C}。`)],
			sameOccasion
		);
		expect(quotes).toHaveLength(2);
		const long = quoteOf(quotes, 'long.txt');
		const short = quoteOf(quotes, 'short.txt');
		expect(links).toEqual([
			{ source: short.key, target: long.key, relation: 'excerpt_of', score: 1, shared: C_NORM }
		]);
		expect(families.get(short.key)).toBe(families.get(long.key));
	});

	it('an excerpt with one changed character is still excerpt_of (38 of 42 shingles: 0.905)', () => {
		const { quotes, links } = linkQuotes(
			[record('long.txt', 1, `${X}，${C}，${Y}。`), record('short.txt', 1, `${C}，${Y2}。`)],
			sameOccasion
		);
		const long = quoteOf(quotes, 'long.txt');
		const short = quoteOf(quotes, 'short.txt');
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({
			source: short.key,
			target: long.key,
			relation: 'excerpt_of',
			score: 0.905
		});
		expect(links[0].score).toBeGreaterThanOrEqual(0.8);
		// The longest shared run: C and Y up to the changed character (29 characters).
		expect(links[0].shared).toBe(`${C_NORM}加强国际交流合作提`);
	});

	it('two excerpts sharing a 20-character clause overlap (17 of 42 shingles: 0.405)', () => {
		const { quotes, links } = linkQuotes(
			[record('a.txt', 1, `${X}，${C}。`), record('b.txt', 1, `${C}，${Y}。`)],
			sameOccasion
		);
		const a = quoteOf(quotes, 'a.txt'); // 46 characters
		const b = quoteOf(quotes, 'b.txt'); // 45 characters: the shorter one is the source
		expect(links).toEqual([
			{ source: b.key, target: a.key, relation: 'overlap', score: 0.405, shared: C_NORM }
		]);
	});

	it('shared wording across different occasions restates, and forms no family', () => {
		const { quotes, links, families } = linkQuotes(
			[
				record('a.txt', 1, `${X}，${C}。`, '网络安全和信息化工作座谈会'),
				record('b.txt', 1, `${C}，${Y}。`, '全国网络安全和信息化工作会议')
			],
			sameOccasion
		);
		const a = quoteOf(quotes, 'a.txt');
		const b = quoteOf(quotes, 'b.txt');
		expect(links).toEqual([
			{ source: b.key, target: a.key, relation: 'restates', score: 0.405, shared: C_NORM }
		]);
		expect(families.size).toBe(0);
	});

	it('passages sharing less than 14 characters are not linked', () => {
		const { links } = linkQuotes(
			[record('a.txt', 1, `${X}。`), record('b.txt', 1, `${W}。`)],
			sameOccasion
		);
		expect(links).toEqual([]);
	});
});

describe('families', () => {
	it('excerpt_of and overlap links join quotes into one family; restates and unrelated quotes stay out', () => {
		const { quotes, links, families } = linkQuotes(
			[
				record('long.txt', 1, `${X}，${C}，${Y}。`),
				record('excerpt.txt', 1, `${C}，${Y2}。`),
				record('overlap.txt', 1, `${X}，${W}。`),
				record('restated.txt', 1, `${W}。`, '全国网络安全和信息化工作会议'),
				record('other.txt', 1, '人心是最大的政治。')
			],
			sameOccasion
		);
		expect(quotes).toHaveLength(5);
		const [long, excerpt, overlap, restated, other] = [
			'long.txt',
			'excerpt.txt',
			'overlap.txt',
			'restated.txt',
			'other.txt'
		].map((f) => quoteOf(quotes, f).key);
		const relation = (source: string, target: string) =>
			links.find((l) => l.source === source && l.target === target)?.relation;
		expect(relation(excerpt, long)).toBe('excerpt_of');
		// X shared: 23 of the 44 shingles of X + W.
		expect(relation(overlap, long)).toBe('overlap');
		expect(links.find((l) => l.source === overlap && l.target === long)?.score).toBe(0.523);
		// W is all of restated.txt, but said on another occasion.
		expect(relation(restated, overlap)).toBe('restates');
		expect(links).toHaveLength(3);
		// The family id is named after the smallest quote key in the family.
		const id = `family:${[long, excerpt, overlap].sort()[0].slice('quote:'.length)}`;
		expect(families.get(long)).toBe(id);
		expect(families.get(excerpt)).toBe(id);
		expect(families.get(overlap)).toBe(id);
		expect(families.has(restated)).toBe(false);
		expect(families.has(other)).toBe(false);
		expect(families.size).toBe(3);
	});

	it('UnionFind keeps the smallest id as the root, whatever the order of unions', () => {
		const uf = new UnionFind(6);
		uf.union(5, 4);
		uf.union(4, 2);
		uf.union(1, 3);
		expect([0, 1, 2, 3, 4, 5].map((i) => uf.find(i))).toEqual([0, 1, 2, 1, 2, 2]);
		uf.union(3, 5);
		expect([0, 1, 2, 3, 4, 5].map((i) => uf.find(i))).toEqual([0, 1, 1, 1, 1, 1]);
	});

	it('longestSharedRun finds the longest run of shared shingles', () => {
		const other = shinglesOf(C_NORM);
		expect(longestSharedRun(`${X_NORM}${C_NORM}`, other)).toEqual({ start: 26, length: 20 });
		expect(longestSharedRun(X_NORM, other)).toEqual({ start: 0, length: 0 });
	});
});
