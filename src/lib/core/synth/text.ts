/**
 * synth/text: sentences, dates and PDF-style line wrapping for synthetic documents. Every
 * choice draws from the injected `rng`, so one seed always gives the same text.
 */
import {
	CHINESE_DIGITS,
	HEADS,
	LINKS,
	MODIFIERS,
	NEWS_RESULTS,
	NEWS_SUBJECTS,
	OPENERS,
	SWAP_CHARS,
	VERBS
} from './vocabulary';

export type Rng = () => number;

/** A seeded source of choices. */
export class Picker {
	constructor(readonly rng: Rng) {}

	/** Integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.rng() * n);
	}

	/** Integer in [min, max]. */
	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	one<T>(list: readonly T[]): T {
		return list[this.int(list.length)];
	}

	chance(p: number): boolean {
		return this.rng() < p;
	}
}

/** A compound noun: 网络安全体系, 数据治理能力. */
export function nounPhrase(pick: Picker): string {
	const first = pick.one(MODIFIERS);
	let second = pick.one(MODIFIERS);
	if (second === first) second = pick.one(MODIFIERS);
	return pick.chance(0.45) ? `${first}${second}${pick.one(HEADS)}` : `${first}${pick.one(HEADS)}`;
}

function verbPhrase(pick: Picker): string {
	return `${pick.one(VERBS)}${nounPhrase(pick)}`;
}

/**
 * One sentence of a directive, ending in 。. `terms` are registry names (concepts) that a
 * sentence sometimes mentions, so quotes get `mentions` edges as real ones do.
 */
export function directiveSentence(pick: Picker, terms: readonly string[]): string {
	const term = terms.length && pick.chance(0.35) ? pick.one(terms) : undefined;
	switch (pick.int(6)) {
		case 0:
			return `${nounPhrase(pick)}是${nounPhrase(pick)}的前提，${nounPhrase(pick)}是${nounPhrase(pick)}的保障。`;
		case 1:
			return `没有${nounPhrase(pick)}就没有${nounPhrase(pick)}，没有${nounPhrase(pick)}就没有${term ?? nounPhrase(pick)}。`;
		case 2:
			return `只有${verbPhrase(pick)}，才能${verbPhrase(pick)}${pick.one(LINKS)}${verbPhrase(pick)}。`;
		case 3:
			return `${pick.one(OPENERS)}把${term ?? nounPhrase(pick)}作为${nounPhrase(pick)}的重要${pick.one(HEADS)}，${verbPhrase(pick)}，${verbPhrase(pick)}。`;
		case 4:
			return `${pick.one(OPENERS)}${pick.one(VERBS)}${term ?? nounPhrase(pick)}和${nounPhrase(pick)}${pick.one(LINKS)}${verbPhrase(pick)}、${verbPhrase(pick)}。`;
		default:
			return `${pick.one(OPENERS)}${verbPhrase(pick)}${pick.one(LINKS)}${verbPhrase(pick)}${pick.one(LINKS)}${pick.one(VERBS)}${term ?? nounPhrase(pick)}。`;
	}
}

/** A passage of `count` directive sentences. */
export function directiveSentences(
	pick: Picker,
	count: number,
	terms: readonly string[]
): string[] {
	return Array.from({ length: count }, () => directiveSentence(pick, terms));
}

/**
 * One sentence of news prose, sometimes naming a law in 《》 or a concept. Never names a
 * speaker: `蔡奇强调，…` would make it reported speech.
 */
export function newsSentence(
	pick: Picker,
	laws: readonly string[],
	concepts: readonly string[],
	policyTitles: readonly string[]
): string {
	switch (pick.int(6)) {
		case 0:
			return laws.length
				? `深入宣传《${pick.one(laws)}》等法律法规，${verbPhrase(pick)}，${pick.one(NEWS_SUBJECTS)}${pick.one(NEWS_RESULTS)}。`
				: `${pick.one(NEWS_SUBJECTS)}${verbPhrase(pick)}，${pick.one(NEWS_RESULTS)}。`;
		case 1:
			return laws.length
				? `${pick.one(laws)}施行以来，${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}，${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}。`
				: `${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}。`;
		case 2:
			return concepts.length
				? `${pick.one(NEWS_SUBJECTS)}围绕${pick.one(concepts)}${verbPhrase(pick)}，${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}。`
				: `${pick.one(NEWS_SUBJECTS)}${verbPhrase(pick)}。`;
		case 3:
			return policyTitles.length
				? `出台《${pick.one(policyTitles)}》，${pick.one(NEWS_SUBJECTS)}${verbPhrase(pick)}，${verbPhrase(pick)}。`
				: `${pick.one(NEWS_SUBJECTS)}${verbPhrase(pick)}。`;
		case 4:
			return `${pick.between(2014, 2024)}年以来，${pick.one(NEWS_SUBJECTS)}${verbPhrase(pick)}，${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}。`;
		default:
			return `${pick.one(NEWS_SUBJECTS)}${verbPhrase(pick)}、${verbPhrase(pick)}，${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}。`;
	}
}

/** A policy document title that is not in the registry (an unregistered law in the graph). */
export function policyTitle(pick: Picker): string {
	const ending = pick.one(['的意见', '的指导意见', '管理规定', '实施办法', '行动计划', '的决定']);
	return ending.startsWith('的')
		? `关于${verbPhrase(pick)}${ending}`
		: `${nounPhrase(pick)}${ending}`;
}

/** Change one Han character of `text` (not the last few), as a reprint's typo would. */
export function varyOneCharacter(pick: Picker, text: string): string {
	const chars = [...text];
	const positions = chars
		.map((ch, i) => (/\p{Script=Han}/u.test(ch) && i < chars.length - 3 ? i : -1))
		.filter((i) => i >= 0);
	if (!positions.length) return text;
	const at = pick.one(positions);
	let replacement = pick.one([...SWAP_CHARS]);
	if (replacement === chars[at]) replacement = '之';
	chars[at] = replacement;
	return chars.join('');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** ISO day → [year, month, day]. */
export function dateParts(iso: string): [number, number, number] {
	return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** A random ISO day between two years (inclusive), valid in every month. */
export function randomDay(pick: Picker, fromYear: number, toYear: number): string {
	const year = pick.between(fromYear, toYear);
	const month = pick.between(1, 12);
	const day = pick.between(1, 28);
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** 19 → 十九, 10 → 十, 21 → 二十一, 4 → 四. */
export function chineseNumber(n: number): string {
	if (n < 10) return CHINESE_DIGITS[n];
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

export type DateStyle = 'full' | 'spaced' | 'chinese' | 'month';

/**
 * A date as an attribution writes it: `2016年4月19日`, PDF-spaced `2016年 4 月 19 日`,
 * `二〇一六年四月十九日`, or month only. A range (`至21日`) when the occasion lasted days.
 */
export function formatDate(iso: string, style: DateStyle, endIso?: string): string {
	const [y, m, d] = dateParts(iso);
	const end = endIso ? dateParts(endIso) : undefined;
	const range = end && (end[1] !== m || end[2] !== d) ? end : undefined;
	switch (style) {
		case 'month':
			return `${y}年${m}月`;
		case 'spaced':
			return `${y}年 ${m} 月 ${d} 日${range ? `至 ${range[2]}日` : ''}`;
		case 'chinese': {
			const year = [...String(y)].map((c) => CHINESE_DIGITS[Number(c)]).join('');
			return `${year}年${chineseNumber(m)}月${chineseNumber(d)}日`;
		}
		default:
			return `${y}年${m}月${d}日${range ? `至${range[1] !== m ? `${range[1]}月` : ''}${range[2]}日` : ''}`;
	}
}

/** A line the layout classifier would read as something other than running text. */
const SPECIAL_START =
	/^(?:[—–―]|-{2}|[（(《〈>#*+]|摘自|选自|节选自|【|出处|来源|[一二三四五六七八九十]{1,3}[、.．]|\d|[①-⑳])/;
const SENTENCE_END = /[。！？!?…”」』）)】]$/;

/**
 * Wrap a paragraph as PDF extraction does: lines of about `width` characters. A break falls
 * after a comma when one is near, never right after a sentence end (that would split the
 * paragraph) and never before text that would read as a list number or attribution.
 */
export function wrapLines(text: string, width = 28): string[] {
	const chars = [...text];
	const lines: string[] = [];
	let start = 0;
	while (chars.length - start > width + 2) {
		let cut = -1;
		for (let at = start + width + 2; at >= start + width - 3; at--) {
			if (chars[at - 1] === '，' || chars[at - 1] === '、') {
				cut = at;
				break;
			}
		}
		if (cut < 0) cut = start + width;
		// Move the break until the line does not end a sentence and the next does not look special.
		let tries = 0;
		while (
			tries++ < 8 &&
			(SENTENCE_END.test(chars[cut - 1]) || SPECIAL_START.test(chars.slice(cut).join('')))
		)
			cut--;
		lines.push(chars.slice(start, cut).join(''));
		start = cut;
	}
	lines.push(chars.slice(start).join(''));
	return lines;
}
