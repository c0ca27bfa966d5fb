/**
 * discover/suggest: candidate concepts for curation. Given the segmented passages of the corpus
 * (segmentation happens outside the core, with jieba and the registry terms as user words), rank
 * terms by TF-IDF with the IDF taken from the corpus itself, drop what is already registered,
 * numbers, dates, single characters and function words, and keep an example passage for each.
 */
import { normalizeForMatch } from '../ingest/text';

export interface SegmentedPassage {
	/** `file:line` of the passage. */
	where: string;
	text: string;
	/** Words with their part-of-speech tag (jieba's: n, nz, vn, l, i, v, …). */
	tokens: { word: string; tag: string }[];
}

export interface Suggestion {
	term: string;
	/** Occurrences in the corpus. */
	count: number;
	/** Passages containing it. */
	passages: number;
	score: number;
	example: { where: string; text: string };
}

/** Words that carry no concept however often they occur. */
const FUNCTION_WORDS = new Set(
	'我们 他们 你们 自己 这个 那个 这些 那些 一个 一些 没有 不是 就是 还是 但是 而且 以及 或者 如果 因为 所以 同时 已经 进行 开展 加强 推进 推动 坚持 提高 要求 工作 方面 问题 重要 主要 全面 不断 积极 进一步 各级 有关 通过 实现 建设 发展 能力 体系 重大 必须 更加 不能 可以 需要 作为 这样 这种 什么 怎么 大家 一切 其中 特别 更好 充分 深入 有效'.split(
		' '
	)
);

/** Nouns, proper nouns, noun-verbs, idioms and set phrases: the parts of speech concepts take. */
const CONCEPT_TAGS = /^(?:n|nz|nt|nw|vn|an|l|i|j)$/;

export function isCandidateToken(token: string, tag = 'n'): boolean {
	if (!CONCEPT_TAGS.test(tag)) return false;
	if ([...token].length < 2) return false;
	if (!/^\p{Script=Han}+$/u.test(token)) return false;
	if (/[年月日号]$/.test(token) && /[〇零一二三四五六七八九十百千]/.test(token)) return false;
	if (/^[〇零一二三四五六七八九十百千万亿两几]+$/.test(token)) return false;
	return !FUNCTION_WORDS.has(token);
}

export function suggestConcepts(
	passages: SegmentedPassage[],
	registered: string[],
	limit = 40
): Suggestion[] {
	const known = new Set(registered.map(normalizeForMatch));
	const knownList = [...known];
	const documentFrequency = new Map<string, number>();
	const termFrequency = new Map<string, number>();
	const firstSeen = new Map<string, SegmentedPassage>();
	for (const passage of passages) {
		const seen = new Set<string>();
		// Concepts of this discourse are mostly compounds (网络 + 生态, 舆论 + 斗争): adjacent
		// noun-like words are candidates together as well as alone.
		const terms: string[] = [];
		passage.tokens.forEach(({ word, tag }, i) => {
			if (!isCandidateToken(word, tag)) return;
			terms.push(word);
			const next = passage.tokens[i + 1];
			if (next && isCandidateToken(next.word, next.tag)) terms.push(word + next.word);
		});
		for (const token of terms) {
			termFrequency.set(token, (termFrequency.get(token) ?? 0) + 1);
			if (!seen.has(token)) {
				seen.add(token);
				documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
			}
			if (!firstSeen.has(token)) firstSeen.set(token, passage);
		}
	}
	const total = Math.max(1, passages.length);
	const suggestions: Suggestion[] = [];
	for (const [term, count] of termFrequency) {
		const norm = normalizeForMatch(term);
		// Registered already, or part of a registered term (网络强 of 网络强国).
		if (known.has(norm) || knownList.some((k) => k.includes(norm))) continue;
		const df = documentFrequency.get(term) ?? 1;
		if (count < 2) continue;
		const idf = Math.log((1 + total) / (1 + df)) + 1;
		// Longer terms are more specific: a four-character compound outweighs a two-character word.
		const specificity = Math.min(3, [...term].length / 2);
		const example = firstSeen.get(term)!;
		suggestions.push({
			term,
			count,
			passages: df,
			score: Math.round(count * idf * specificity * 100) / 100,
			example: { where: example.where, text: example.text }
		});
	}
	return suggestions
		.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1))
		.slice(0, limit);
}
