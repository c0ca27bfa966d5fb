/**
 * npm run eval: the metric functions on tiny hand-made inputs whose answers were worked out by
 * hand, and the integrity of the labelled fixture sets (every label fits its page, derived
 * pages are what their derivation gives). The extraction's scores on the real pages are a
 * measurement, printed by `npm run eval`, not asserted here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus-files';
import {
	checkPageLabels,
	checkSetLabels,
	compareIsolation,
	datesMatch,
	fixtureSets,
	isCorrectlyDated,
	labelledText,
	matchStatements,
	normalizeLabelText,
	pairF1,
	scorePage,
	type ExtractedPassage,
	type LabelledStatement,
	type PageLabels
} from '../../scripts/lib/eval';
import { encodeBig5, insertRuby } from '../../scripts/lib/page-variants';

const statement = (over: Partial<LabelledStatement>): LabelledStatement => ({
	file: 'a.txt',
	line: 3,
	endLine: 3,
	startsWith: '网络安全',
	endsWith: '国家安全',
	speaker: '习近平',
	date: null,
	occasion: null,
	family: null,
	...over
});

const passage = (over: Partial<ExtractedPassage>): ExtractedPassage => ({
	file: 'a.txt',
	line: 3,
	endLine: 3,
	text: '没有网络安全就没有国家安全。',
	quote: 'quote:1',
	speaker: '习近平',
	family: 'quote:1',
	...over
});

describe('pairF1', () => {
	it('scores pairs: gold A A B B -, predicted x x x y y → P 1/4, R 1/2, F1 1/3', () => {
		// Gold pairs: (0,1) in A, (2,3) in B = 2. Predicted pairs: x has 0,1,2 → 3, y has 3,4 → 1 = 4.
		// True pairs (same gold and same predicted): only (0,1) = 1.
		const score = pairF1([
			{ gold: 'A', predicted: 'x' },
			{ gold: 'A', predicted: 'x' },
			{ gold: 'B', predicted: 'x' },
			{ gold: 'B', predicted: 'y' },
			{ gold: null, predicted: 'y' }
		]);
		expect(score).toMatchObject({ goldPairs: 2, predictedPairs: 4, truePairs: 1 });
		expect(score.precision).toBe(0.25);
		expect(score.recall).toBe(0.5);
		expect(score.f1).toBeCloseTo(1 / 3, 10);
	});

	it('is 1 for the same clustering under other names, null when nobody pairs', () => {
		expect(
			pairF1([
				{ gold: 'A', predicted: 'e1' },
				{ gold: 'A', predicted: 'e1' },
				{ gold: 'B', predicted: 'e2' },
				{ gold: 'B', predicted: 'e2' },
				{ gold: 'C', predicted: 'e3' }
			]).f1
		).toBe(1);
		expect(
			pairF1([
				{ gold: 'A', predicted: null },
				{ gold: null, predicted: 'e' }
			]).f1
		).toBeNull();
	});

	it('is 0 when the gold pairs are not predicted (everything left unresolved)', () => {
		const score = pairF1([
			{ gold: 'A', predicted: null },
			{ gold: 'A', predicted: null },
			{ gold: 'A', predicted: 'e' }
		]);
		// Gold: 3 items in A → 3 pairs; predicted: one item with e → 0 pairs.
		expect(score).toMatchObject({ goldPairs: 3, predictedPairs: 0, truePairs: 0, f1: 0 });
		expect(score.precision).toBeNull();
		expect(score.recall).toBe(0);
	});
});

describe('dates', () => {
	it('match at the labelled precision, ranges need their end', () => {
		expect(datesMatch('2016', '2016-10-09')).toBe(true);
		expect(datesMatch('2016-10', '2016-10-09')).toBe(true);
		expect(datesMatch('2016-10-09', '2016-10')).toBe(false);
		expect(datesMatch('2016', '2017-01')).toBe(false);
		expect(datesMatch('2016-1', '2016-10')).toBe(false);
		expect(datesMatch('2016-10-09', undefined)).toBe(false);
		expect(datesMatch('2018-04-20/2018-04-21', '2018-04-20')).toBe(false);
		expect(datesMatch('2018-04-20/2018-04-21', '2018-04-20/2018-04-21')).toBe(true);
		// A range found for a single labelled day is still that day.
		expect(datesMatch('2018-04-20', '2018-04-20/2018-04-21')).toBe(true);
	});

	it('a page that cannot place a statement wants it undated, or dated as on record', () => {
		expect(isCorrectlyDated({ date: null }, undefined)).toBe(true);
		expect(isCorrectlyDated({ date: null }, '2016-02-27')).toBe(false);
		expect(isCorrectlyDated({ date: null, dateOnRecord: '2022-10-25' }, '2022-10-25')).toBe(true);
		expect(isCorrectlyDated({ date: null, dateOnRecord: '2022-10-25' }, '2022-10-26')).toBe(false);
		expect(isCorrectlyDated({ date: '2016', dateOnRecord: '2016-10-09' }, '2016-10-08')).toBe(true);
		expect(isCorrectlyDated({ date: '2016' }, undefined)).toBe(false);
		expect(isCorrectlyDated({}, '2016')).toBeUndefined();
	});
});

describe('matching labels to passages', () => {
	it('removes pinyin ruby from label strings, not Latin words in brackets', () => {
		expect(normalizeLabelText('習(xí)近平強(qiáng)調(diào)')).toBe('习近平强调');
		expect(normalizeLabelText('2021年(nian)是(shi)')).toBe('2021年是');
		expect(normalizeLabelText('中興通訊(ZTE)')).toBe('中兴通讯zte');
	});

	it('finds the tightest passage holding both ends, in order, on overlapping lines', () => {
		const passages = [
			passage({ line: 2, endLine: 4, text: '标题。没有网络安全就没有国家安全。还有别的话。' }),
			passage({ text: '没有网络安全就没有国家安全。' }),
			passage({ file: 'b.txt', text: '没有网络安全就没有国家安全。' })
		];
		expect(matchStatements([statement({})], passages)).toEqual([{ status: 'found', passage: 1 }]);
		// Lines that do not overlap, another file, or the ends in the wrong order: not found.
		expect(matchStatements([statement({ line: 5, endLine: 6 })], passages)[0].status).toBe(
			'missing'
		);
		expect(
			matchStatements([statement({ startsWith: '国家安全', endsWith: '网络安全' })], passages)[0]
				.status
		).toBe('split');
	});

	it('compares traditional with simplified and ignores punctuation and emoji', () => {
		const label = statement({ startsWith: '沒有網絡安全', endsWith: '國家安全。' });
		expect(
			matchStatements([label], [passage({ text: '“没有网络安全🦌，就没有国家安全”' })])[0].status
		).toBe('found');
	});

	it('a label with ruby matches a clean quote, a quote that kept the ruby does not', () => {
		const label = statement({ startsWith: '沒有網(wǎng)絡(luò)安全', endsWith: '國(guó)家安全' });
		expect(
			matchStatements([label], [passage({ text: '沒有網絡安全就沒有國家安全' })])[0].status
		).toBe('found');
		expect(
			matchStatements([label], [passage({ text: '沒有網(wǎng)絡(luò)安全就沒有國(guó)家安全' })])[0]
				.status
		).toBe('missing');
	});
});

describe('scorePage', () => {
	const page: PageLabels = {
		file: 'a.txt',
		statements: [
			statement({ line: 3, endLine: 3, date: '2025-04-25', occasion: 'S', family: 'F' }),
			statement({
				line: 5,
				endLine: 5,
				startsWith: '人工智能',
				endsWith: '主动权',
				date: '2025-04-25',
				occasion: 'S',
				family: null
			}),
			statement({
				line: 7,
				endLine: 7,
				startsWith: '前不久',
				endsWith: '数字未来',
				speaker: '李书磊',
				date: null,
				occasion: 'T',
				family: null
			})
		],
		partialStatements: [{ line: 9, speaker: '习近平', startsWith: '我国数据资源' }],
		otherQuotes: [{ line: 11, speaker: '王巍', startsWith: '作为考古学工作者' }],
		notStatements: [{ line: 1, why: 'headline' }]
	};
	const passages = [
		passage({ line: 1, endLine: 1, text: '习近平：坚持自立自强', quote: 'q0', family: 'q0' }),
		passage({ line: 3, date: '2025-04-25', event: 'event:s', quote: 'q1', family: 'fam' }),
		passage({
			line: 5,
			endLine: 5,
			text: '人工智能……牢牢掌握主动权。',
			date: '2025-04-27',
			event: 'event:s',
			quote: 'q2',
			family: 'q2'
		}),
		passage({
			line: 7,
			endLine: 7,
			text: '前不久……创造美好数字未来。',
			speaker: '习近平',
			quote: 'q3',
			family: 'q3'
		}),
		passage({ line: 9, endLine: 9, text: '我国数据资源丰富，', quote: 'q4', family: 'q4' }),
		passage({
			line: 11,
			endLine: 11,
			text: '作为考古学工作者，将……',
			speaker: '习近平',
			quote: 'q5',
			family: 'q5'
		})
	];
	const score = scorePage(page, passages);

	it('counts found and correctly dated statements', () => {
		expect(score.found).toBe(3);
		// 3: 2025-04-25 right; 5: 2025-04-27 wrong; 7: labelled null, none extracted → right.
		expect(score.dated).toBe(2);
		expect(score.dateScored).toBe(3);
	});

	it('scores occasions and families over the found statements', () => {
		// Gold occasion pairs: (3,5) in S. Predicted: 3 and 5 share event:s, 7 has none → 1 pair.
		expect(score.occasion).toMatchObject({ goldPairs: 1, predictedPairs: 1, truePairs: 1, f1: 1 });
		// Gold families: only line 3 has one → no pair; predicted families all differ → no pair.
		expect(score.family.f1).toBeNull();
	});

	it('lists false attributions: the headline, the wrong speaker, others’ words given to Xi', () => {
		expect(score.falseAttributions.map((f) => [f.line, f.why])).toEqual([
			[1, 'not a statement: headline'],
			[7, 'wrong speaker: labelled 李书磊'],
			[11, 'words of 王巍 attributed to 习近平']
		]);
	});
});

describe('compareIsolation', () => {
	const alone = [
		passage({ file: 'x.txt', line: 3, endLine: 3, text: '甲乙丙丁。' }),
		passage({ file: 'y.txt', line: 5, endLine: 5, text: '戊己庚辛。' }),
		passage({ file: 'z.txt', line: 7, endLine: 7, text: '子丑寅卯。', date: '2016' })
	];

	it('passes a fuller wording of the same passage and reports moved lines, dates or texts', () => {
		const together = [
			// x: a fuller wording from another document (contains the own text): fine.
			passage({ file: 'x.txt', line: 3, endLine: 3, text: '甲乙丙丁。戊。' }),
			// y: rejoined with lines of another passage.
			passage({ file: 'y.txt', line: 5, endLine: 9, text: '戊己庚辛。壬癸。' }),
			// z: same lines, another date.
			passage({ file: 'z.txt', line: 7, endLine: 7, text: '子丑寅卯。', date: '2019' })
		];
		const differences = compareIsolation(alone, together);
		expect(differences.map((d) => d.file)).toEqual(['y.txt', 'z.txt']);
		expect(differences[0].onlyAlone[0]).toMatch(/^5-5 /);
		expect(differences[0].onlyTogether[0]).toMatch(/^5-9 /);
		expect(compareIsolation(alone, alone)).toEqual([]);
	});
});

describe('label checks', () => {
	it('rebuilds a statement across wrapped lines and reports labels that do not fit', () => {
		const text = '标题\n  习近平强调，网络安全\n和信息化是一体之两翼。\n';
		expect(
			labelledText(text, { line: 2, endLine: 3, startsWith: '网络安全', endsWith: '两翼。' })
		).toBe('网络安全和信息化是一体之两翼。');
		const page: PageLabels = {
			file: 'p.txt',
			statements: [
				statement({ file: 'p.txt', line: 2, endLine: 2, startsWith: '没有', endsWith: '两翼' })
			],
			partialStatements: [],
			otherQuotes: [],
			notStatements: [{ line: 9, why: 'x' }]
		};
		expect(checkPageLabels(text, page)).toHaveLength(2);
	});
});

describe('the labelled fixture sets', () => {
	const sets = fixtureSets();

	it.each(sets.map((s) => [s.name, s] as const))(
		'%s: every label fits its page, every page is labelled',
		(_name, set) => {
			const { files } = readCorpus(set.dir);
			expect(checkSetLabels(set, files)).toEqual([]);
		}
	);

	it('the real sets are big enough and every page records where it came from', () => {
		const [, dev, heldout] = sets;
		const real = (set: typeof dev) => set.pages.filter((p) => !p.derivedFrom);
		expect(real(dev).length).toBeGreaterThanOrEqual(12);
		expect(real(heldout).length).toBeGreaterThanOrEqual(8);
		for (const page of [...dev.pages, ...heldout.pages]) {
			expect(page.url, page.file).toMatch(/^https?:\/\//);
			expect(page.genre, page.file).toBeTruthy();
		}
	});

	it('derived pages are their source page through the named derivation', () => {
		const dev = sets[1];
		const derived = dev.pages.filter((p) => p.derivedFrom);
		expect(derived.map((p) => p.noise)).toEqual(expect.arrayContaining([['ruby'], ['big5']]));
		for (const page of derived) {
			const source = readFileSync(join(dev.dir, page.derivedFrom!), 'utf8');
			const bytes = new Uint8Array(readFileSync(join(dev.dir, page.file)));
			const expected = page.noise?.includes('big5')
				? encodeBig5(source)
				: new TextEncoder().encode(insertRuby(source));
			expect(Buffer.from(bytes).equals(Buffer.from(expected)), page.file).toBe(true);
		}
	});
});

describe('page variants', () => {
	it('ruby goes after every character whose simplified form differs, as copy-paste leaves it', () => {
		expect(insertRuby('習近平強調')).toBe('習(xí)近平強(qiáng)調(diào)');
		expect(insertRuby('习近平强调\n網絡')).toBe('习近平强调\n網(wǎng)絡(luò)');
	});

	it('Big5 refuses characters it cannot encode instead of losing them', () => {
		expect(new TextDecoder('big5').decode(encodeBig5('習近平強調'))).toBe('習近平強調');
		expect(() => encodeBig5('網絡🦌')).toThrow(/Big5/);
	});
});
