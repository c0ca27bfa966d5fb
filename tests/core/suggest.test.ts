/** discover/suggest on hand-segmented passages; the expected ranking worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
	isCandidateToken,
	suggestConcepts,
	type SegmentedPassage
} from '../../src/lib/core/discover/suggest';

const passage = (where: string, words: [string, string][]): SegmentedPassage => ({
	where,
	text: words.map(([w]) => w).join(''),
	tokens: words.map(([word, tag]) => ({ word, tag }))
});

describe('concept suggestions', () => {
	it('keeps nouns and set phrases, drops verbs, numbers, dates, single characters and function words', () => {
		expect(isCandidateToken('精神家园', 'n')).toBe(true);
		expect(isCandidateToken('牵一发而动全身', 'i')).toBe(true);
		expect(isCandidateToken('提升', 'v')).toBe(false);
		expect(isCandidateToken('二〇一六年', 'n')).toBe(false);
		expect(isCandidateToken('网', 'n')).toBe(false);
		expect(isCandidateToken('工作', 'vn')).toBe(false);
		expect(isCandidateToken('APP', 'nz')).toBe(false);
	});

	it('ranks unregistered compounds by corpus TF-IDF with an example passage', () => {
		const passages = [
			passage('a.txt:1', [
				['网络', 'n'],
				['生态', 'n'],
				['要', 'v'],
				['良好', 'a']
			]),
			passage('a.txt:3', [
				['网络', 'n'],
				['生态', 'n'],
				['和', 'c'],
				['精神家园', 'n']
			]),
			passage('b.txt:1', [
				['网络强国', 'n'],
				['精神家园', 'n']
			]),
			passage('b.txt:5', [
				['网络强国', 'n'],
				['建设', 'vn']
			])
		];
		const result = suggestConcepts(passages, ['网络强国'], 10);
		// 网络强国 is registered, and so 网络 (part of it) is not suggested. 精神家园 and 网络生态
		// occur twice each in 2 of 4 passages: 2 × idf (ln(5/3) + 1 = 1.5108) × specificity 2 = 6.04;
		// ties sort by code point (精 U+7CBE before 网 U+7F51). 生态: 2 × 1.5108 × 1 = 3.02.
		// 网络强国精神家园 occurs once: below the minimum count of 2.
		expect(result.map((s) => [s.term, s.count, s.score])).toEqual([
			['精神家园', 2, 6.04],
			['网络生态', 2, 6.04],
			['生态', 2, 3.02]
		]);
		expect(result[0].example).toEqual({ where: 'a.txt:3', text: '网络生态和精神家园' });
	});
});
