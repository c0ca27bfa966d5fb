/**
 * extract/date: read the closed set of date forms Chinese sources use in attributions:
 * `2016年4月19日`, spaced digits (`2018 年 4月 20 日`), full-width digits, Chinese numerals
 * (`二〇一六年四月十九日`), ranges with 至 (`4月20日至21日`), month or year only, a missing
 * year taken from the document's own date, and 近日/今年/去年. Every result keeps its
 * precision and whether a part was inferred. General-purpose parsers get ranges and
 * year-only dates wrong here, so this is done by hand.
 */
import type { DatePrecision, DateValue } from '../types';

/**
 * Full-width digits to ASCII, leaving CJK punctuation alone. Kept here rather than in
 * ingest/text: the explorer's filters parse dates, and ingest/text carries the traditional →
 * simplified tables, which the explorer loads only when the search field is first used.
 */
function toHalfWidthDigits(text: string): string {
	return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export interface DateContext {
	/** The document's own date (ISO, any precision): supplies a missing year, and the month for 近日. */
	documentDate?: string;
}

export class DateError extends Error {}

/** Earliest and latest plausible years of a statement in this corpus genre. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const CHINESE_DIGITS: Record<string, number> = {
	〇: 0,
	零: 0,
	'○': 0,
	Ｏ: 0,
	O: 0,
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** 十九 → 19, 二十一 → 21, 三十 → 30, 十 → 10, 九 → 9. */
function readChineseNumber(text: string): number {
	if (!text.includes('十'))
		return [...text].reduce((acc, ch) => acc * 10 + (CHINESE_DIGITS[ch] ?? NaN), 0);
	const [tens, ones] = text.split('十');
	return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
}

/** Rewrite Chinese-numeral dates and full-width digits as ASCII digits; drop spaces inside dates. */
export function normalizeDateText(text: string): string {
	let result = toHalfWidthDigits(text);
	result = result.replace(
		/([〇零○Ｏ一二三四五六七八九]{4})\s*年/g,
		(_, year: string) => `${[...year].map((c) => CHINESE_DIGITS[c]).join('')}年`
	);
	result = result.replace(
		/([一二三四五六七八九十]{1,3})\s*(月|日|号)/g,
		(_, n: string, unit: string) => `${readChineseNumber(n)}${unit}`
	);
	// Spaces PDF extraction puts inside dates: "2018 年 4月 20 日至 21日".
	result = result.replace(/(\d)\s+(?=[年月日号\d])/g, '$1').replace(/([年月至])\s+(?=\d)/g, '$1');
	return result;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkedIso(raw: string, year: number, month?: number, day?: number): string {
	if (year < MIN_YEAR || year > MAX_YEAR)
		throw new DateError(`extract/date: year out of range in "${raw}"`);
	if (month === undefined) return String(year);
	if (month < 1 || month > 12)
		throw new DateError(`extract/date: cannot read "${raw}" (no month ${month})`);
	if (day === undefined) return `${year}-${pad(month)}`;
	if (day < 1 || day > daysInMonth(year, month))
		throw new DateError(
			`extract/date: cannot read "${raw}" (no day ${day} in ${year}-${pad(month)})`
		);
	return `${year}-${pad(month)}-${pad(day)}`;
}

// Ordered from most to least specific; the first that matches wins.
const FULL_RANGE =
	/(\d{4})年(\d{1,2})月(\d{1,2})[日号]?\s*(?:至|到|—|–|-|－|~|～)\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})[日号]/;
const FULL_DAY = /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/;
const ISO_DAY = /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/;
const YEAR_MONTH = /(\d{4})年(\d{1,2})月(?!\d)/;
const YEAR_ONLY = /(\d{4})年(?![版度底初末\d])/;
const MONTH_DAY_RANGE =
	/(?<![\d年])(\d{1,2})月(\d{1,2})[日号]?\s*(?:至|到|—|–|-|－|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})[日号]/;
const MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})[日号]/;

/**
 * Find the first date in `text`. Returns null when there is none; throws DateError when a
 * date is written but impossible (2016年13月45日, year 3016), so callers can report it.
 */
export function parseDate(text: string, context: DateContext = {}): DateValue | null {
	const normalized = normalizeDateText(text);
	const docYear = context.documentDate ? Number(context.documentDate.slice(0, 4)) : undefined;
	const docMonth =
		context.documentDate && context.documentDate.length >= 7
			? Number(context.documentDate.slice(5, 7))
			: undefined;

	let m = FULL_RANGE.exec(normalized);
	if (m) {
		const year = Number(m[1]);
		const start = checkedIso(m[0], year, Number(m[2]), Number(m[3]));
		const end = checkedIso(
			m[0],
			m[4] ? Number(m[4]) : year,
			m[5] ? Number(m[5]) : Number(m[2]),
			Number(m[6])
		);
		if (end < start) throw new DateError(`extract/date: range ends before it starts in "${m[0]}"`);
		return { iso: start, precision: 'day', end, inferred: false, raw: m[0] };
	}
	m = FULL_DAY.exec(normalized) ?? ISO_DAY.exec(normalized);
	if (m)
		return {
			iso: checkedIso(m[0], Number(m[1]), Number(m[2]), Number(m[3])),
			precision: 'day',
			inferred: false,
			raw: m[0]
		};
	m = YEAR_MONTH.exec(normalized);
	if (m)
		return {
			iso: checkedIso(m[0], Number(m[1]), Number(m[2])),
			precision: 'month',
			inferred: false,
			raw: m[0]
		};
	if (docYear !== undefined) {
		m = MONTH_DAY_RANGE.exec(normalized);
		if (m) {
			const start = checkedIso(m[0], docYear, Number(m[1]), Number(m[2]));
			const end = checkedIso(m[0], docYear, m[3] ? Number(m[3]) : Number(m[1]), Number(m[4]));
			return { iso: start, precision: 'day', end, inferred: true, raw: m[0] };
		}
		m = MONTH_DAY.exec(normalized);
		if (m)
			return {
				iso: checkedIso(m[0], docYear, Number(m[1]), Number(m[2])),
				precision: 'day',
				inferred: true,
				raw: m[0]
			};
	}
	m = YEAR_ONLY.exec(normalized);
	if (m)
		return { iso: checkedIso(m[0], Number(m[1])), precision: 'year', inferred: false, raw: m[0] };
	if (docYear !== undefined) {
		if (normalized.includes('近日') || normalized.includes('日前')) {
			// 近日 says "in the last few days": the month of the document, never a day.
			const iso = docMonth ? `${docYear}-${pad(docMonth)}` : String(docYear);
			return { iso, precision: docMonth ? 'month' : 'year', inferred: true, raw: '近日' };
		}
		if (normalized.includes('今年'))
			return { iso: String(docYear), precision: 'year', inferred: true, raw: '今年' };
		if (normalized.includes('去年'))
			return { iso: String(docYear - 1), precision: 'year', inferred: true, raw: '去年' };
	}
	return null;
}

/** Precision of an ISO date string. */
export function precisionOf(iso: string): DatePrecision {
	return iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year';
}

/** True when two dates (of any precision, optionally ranges) can refer to the same time. */
export function datesAgree(
	a: { iso: string; end?: string },
	b: { iso: string; end?: string },
	slackDays = 0
): boolean {
	const [aStart, aEnd] = spanOf(a.iso, a.end);
	const [bStart, bEnd] = spanOf(b.iso, b.end);
	const slack = slackDays * 86_400_000;
	return aStart <= bEnd + slack && bStart <= aEnd + slack;
}

/** First and last millisecond a date of any precision covers. */
export function spanOf(iso: string, end?: string): [number, number] {
	const year = Number(iso.slice(0, 4));
	const month = iso.length >= 7 ? Number(iso.slice(5, 7)) : undefined;
	const day = iso.length >= 10 ? Number(iso.slice(8, 10)) : undefined;
	const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
	let last: number;
	if (end) last = spanOf(end)[1];
	else if (day !== undefined) last = start + 86_399_999;
	else if (month !== undefined) last = Date.UTC(year, month, 1) - 1;
	else last = Date.UTC(year + 1, 0, 1) - 1;
	return [start, last];
}
