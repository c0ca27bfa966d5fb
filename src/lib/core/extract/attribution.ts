/**
 * extract/attribution: read an attribution (who said it, when, on which occasion, cited
 * where) out of its raw text, in every form the genre uses: a trailing dash line, a title
 * line `《在…上的讲话》（date），source`, `摘自《…》`, `【出处】…`, an inline trailing
 * parenthetical, a leading `date，习近平在…上指出：“…”`, and reported speech in news.
 */
import type { DateValue } from '../types';
import { DateError, parseDate, type DateContext } from './date';
import { simplifyChars } from '../ingest/text';

export type AttributionForm = 'dash' | 'title' | 'source' | 'inline' | 'leading' | 'reported';
export type OccasionKind = 'speech' | 'instruction' | 'letter' | 'talk' | 'article' | 'meeting';

export interface Citation {
	publication: string;
	volume?: string;
	publisher?: string;
	/** Edition year (`2020年版`) or, for a newspaper, the issue date. */
	year?: string;
	issueDate?: string;
	page?: string;
}

export interface Attribution {
	form: AttributionForm;
	/** The attribution as written (lines joined), for display and citation. */
	raw: string;
	line: number;
	endLine: number;
	speaker?: string;
	date?: DateValue;
	dateError?: string;
	/** Occasion phrase with 在…上的讲话 stripped: `网络安全和信息化工作座谈会`. */
	occasion?: string;
	/** A speech or article title (`努力把我国建设成为网络强国`), without 《》. */
	title?: string;
	occasionKind?: OccasionKind;
	citation?: Citation;
}

export interface AttributionContext extends DateContext {
	/** Registry names of people, longest first, used to recognise speakers. */
	speakers: string[];
}

const OCCASION_KIND: [RegExp, OccasionKind][] = [
	[/(?:指示|批示)$/, 'instruction'],
	[/(?:贺信|回信|书信|信|贺词)$/, 'letter'],
	[/谈话$/, 'talk'],
	[/(?:文章|署名文章|序言)$/, 'article'],
	[/(?:讲话|演讲|致辞|发言|报告|讲话精神)$/, 'speech']
];

/** `在X上的讲话`, `在X时的重要讲话`, `对X作出的重要指示`: the X, and what kind of statement it was. */
export function splitOccasion(text: string): { occasion: string; kind?: OccasionKind } {
	const core = text.trim().replace(/[。.，,\s]+$/, '');
	// The patterns are in simplified characters: they are read on a simplified copy and the
	// occasion is kept as written. Fix: 在…上的講話 (traditional) was neither split nor given a kind.
	const simple = simplifyChars(core);
	let kind: OccasionKind | undefined;
	for (const [pattern, k] of OCCASION_KIND) {
		if (pattern.test(simple)) {
			kind = k;
			break;
		}
	}
	let occasion = stripTrailing(
		core,
		/(?:上|时|中)?的?(?:重要)?(?:讲话|演讲|致辞|发言|报告|指示|批示|贺信|回信|谈话|文章)$/
	);
	occasion = stripLeading(occasion, /^(?:在|于)(?:主持)?/);
	occasion = stripTrailing(occasion, /(?:上|时|中)$/);
	return { occasion: occasion.trim(), kind };
}

/** Remove a leading match of `pattern` (written in simplified characters) from text in either script. */
function stripLeading(text: string, pattern: RegExp): string {
	const m = pattern.exec(simplifyChars(text));
	return m && m.index === 0 ? text.slice(m[0].length) : text;
}

/** Remove a trailing match of `pattern` (anchored with $, simplified characters) from text in either script. */
function stripTrailing(text: string, pattern: RegExp): string {
	const m = pattern.exec(simplifyChars(text));
	return m ? text.slice(0, m.index) : text;
}

const SOURCE_PREFIX = /^(?:摘自|选自|节选自|【出处】|出处[:：]|来源[:：])\s*/;

function readDate(text: string, context: DateContext): { date?: DateValue; dateError?: string } {
	try {
		return { date: parseDate(text, context) ?? undefined };
	} catch (error) {
		if (error instanceof DateError) return { dateError: error.message };
		throw error;
	}
}

/** `习近平《论党的宣传思想工作》，中央文献出版社2020年版，第195-196页`, `《人民日报》2016年10月10日`. */
export function parseCitation(rest: string): Citation | undefined {
	const publication = /《([^《》]{1,60})》\s*(第[一二三四五六七八九十\d]+卷)?/.exec(rest);
	if (!publication) return undefined;
	const citation: Citation = { publication: publication[1].trim() };
	if (publication[2]) citation.volume = publication[2];
	const publisher = /([\p{Script=Han}]{2,12}出版社)\s*(\d{4})\s*年版/u.exec(rest);
	if (publisher) {
		citation.publisher = publisher[1];
		citation.year = publisher[2];
	}
	const page = /第\s*(\d+(?:\s*[-–—－~至、,，]\s*\d+)*)\s*页/.exec(rest);
	if (page)
		citation.page = page[1]
			.replace(/\s+/g, '')
			.replace(/[–—－~至]/g, '-')
			.replace(/[、，]/g, ',');
	const after = rest.slice(publication.index + publication[0].length);
	const issue = /^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(after);
	if (issue) {
		const date = parseDate(issue[1]);
		if (date) citation.issueDate = date.iso;
	}
	return citation;
}

function findSpeaker(text: string, speakers: string[]): { speaker?: string; rest: string } {
	const trimmed = text.replace(/^[，,、\s]+/, '');
	// Names are compared on a simplified copy of the same length. Fix: in a traditional
	// document 習近平 was not recognised, and the name stayed in the occasion
	// (習近平對國家網路安全宣傳週作出), which then matched no registered event.
	const simple = simplifyChars(trimmed);
	for (const name of speakers) {
		if (simple.startsWith(name)) {
			const title = /^(?:总书记|同志)/.exec(simple.slice(name.length));
			return { speaker: name, rest: trimmed.slice(name.length + (title?.[0].length ?? 0)) };
		}
	}
	return { rest: trimmed };
}

/** Parse a dash line (`——2016年4月19日，习近平在…上的讲话`), with wrapped lines already joined. */
export function parseDashAttribution(
	raw: string,
	line: number,
	endLine: number,
	context: AttributionContext
): Attribution {
	const body = raw.replace(/^(?:[—–―]{1,2}|-{2,})\s*/, '').trim();
	const { date, dateError } = readDate(body, context);
	let rest = date ? body.replace(date.raw, '') : body;
	// The date was found on a normalised copy; remove whatever date-shaped text remains.
	rest = rest.replace(/^[\s\d０-９〇零一二三四五六七八九十年月日号至-]*[，,、\s]*/, '');
	const { speaker, rest: afterSpeaker } = findSpeaker(rest, context.speakers);
	const titled = /《([^《》]+)》/.exec(afterSpeaker);
	const { occasion, kind } = splitOccasion(
		titled ? afterSpeaker.replace(titled[0], '') || titled[1] : afterSpeaker
	);
	return {
		form: 'dash',
		raw: body,
		line,
		endLine,
		speaker,
		date,
		dateError,
		occasion: occasion || undefined,
		title: titled?.[1],
		occasionKind: kind
	};
}

/**
 * Parse a title line: `《在…上的讲话》（2016年4月19日），习近平《论…》，中央文献出版社2020年版，第195页`,
 * tolerating a missing 《 or 》, a doubled `（（`, no 《》 at all, and a newspaper as source.
 */
export function parseTitleAttribution(
	raw: string,
	line: number,
	endLine: number,
	context: AttributionContext,
	form: AttributionForm = 'title'
): Attribution {
	const body = raw.trim();
	const open = body.search(/[（(]/);
	const titlePart = stripLeading(open >= 0 ? body.slice(0, open) : body, SOURCE_PREFIX);
	const title = titlePart.replace(/[《》〈〉]/g, '').trim();
	const close = body.search(/[）)](?!.*[）)][，,])/);
	const dateText = open >= 0 ? body.slice(open, close > open ? close + 1 : undefined) : body;
	const { date, dateError } = readDate(dateText, context);
	const rest = close > open ? body.slice(close + 1) : '';
	const citation = parseCitation(rest);
	const speakerMatch = findSpeaker(rest.replace(/^[，,\s]+/, ''), context.speakers);
	const { occasion, kind } = splitOccasion(title);
	return {
		form,
		raw: body,
		line,
		endLine,
		speaker: speakerMatch.speaker,
		date,
		dateError,
		occasion: occasion || undefined,
		title: title || undefined,
		occasionKind: kind ?? 'speech',
		citation
	};
}

/** `摘自《…》（date）`, `【出处】《…》…`: a source line, read like a title line. */
export function parseSourceAttribution(
	raw: string,
	line: number,
	endLine: number,
	context: AttributionContext
): Attribution {
	const inner = raw
		.trim()
		.replace(/^[（(]/, '')
		.replace(/[）)]$/, '');
	if (/[（(]/.test(inner)) return parseTitleAttribution(inner, line, endLine, context, 'source');
	const body = stripLeading(inner, SOURCE_PREFIX);
	// No parenthesised date: `摘自《在…上的讲话》，2016年4月19日`.
	const titled = /《([^《》]+)》/.exec(body);
	const { date, dateError } = readDate(body, context);
	const { occasion, kind } = splitOccasion(titled ? titled[1] : body.split(/[，,]/)[0]);
	return {
		form: 'source',
		raw: raw.trim(),
		line,
		endLine,
		date,
		dateError,
		occasion: occasion || undefined,
		title: titled?.[1],
		occasionKind: kind ?? 'speech',
		citation: titled ? parseCitation(body.slice(titled.index + titled[0].length)) : undefined
	};
}

const INLINE_TRAILING = /[（(]([^（）()]{4,160})[）)]\s*$/;
const OCCASION_WORD = /讲话|指示|批示|贺信|回信|致辞|演讲|会议|座谈会|谈话|文章|报告/;

/** `…。（2016年4月19日，《在…上的讲话》）`: split a trailing attribution off a paragraph. */
export function splitInlineAttribution(
	text: string,
	context: AttributionContext
): { passage: string; attribution: Omit<Attribution, 'line' | 'endLine'> } | null {
	const m = INLINE_TRAILING.exec(text);
	if (!m) return null;
	const inner = m[1];
	const before = text.slice(0, m.index).trim();
	if (!before || !/[。！？!?…”]$/.test(before)) return null;
	const hasDate = (() => {
		try {
			return parseDate(inner, context) !== null;
		} catch {
			return true;
		}
	})();
	if (!hasDate && !/《[^》]+》/.test(inner)) return null;
	if (!OCCASION_WORD.test(simplifyChars(inner)) && !/《[^》]+》/.test(inner)) return null;
	const titled = /《([^《》]+)》/.exec(inner);
	const { date, dateError } = readDate(inner, context);
	const withoutTitle = titled ? inner.replace(titled[0], '') : inner;
	const occasionSource = titled ? titled[1] : withoutTitle.replace(date?.raw ?? '', '');
	const { speaker, rest } = findSpeaker(
		occasionSource.replace(/^[\s\d年月日，,]+/, ''),
		context.speakers
	);
	const { occasion, kind } = splitOccasion(rest);
	return {
		passage: before,
		attribution: {
			form: 'inline',
			raw: inner,
			speaker,
			date,
			dateError,
			occasion: occasion || undefined,
			title: titled?.[1],
			occasionKind: kind ?? 'speech',
			citation: parseCitation(withoutTitle)
		}
	};
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SPEECH_VERB = '(?:指出|强调|表示|说|讲道|要求)';

/**
 * `2016年4月19日，习近平在…上指出：“…”` (leading) and news reporting
 * (`习近平强调，…`, `习近平总书记强调，“…”`, `习近平近日对…作出重要指示指出，…`).
 * Returns the quoted passage and its attribution, or null.
 */
export function splitSpokenAttribution(
	text: string,
	context: AttributionContext
): {
	passage: string;
	passageOffset: number;
	attribution: Omit<Attribution, 'line' | 'endLine'>;
} | null {
	if (!context.speakers.length) return null;
	const names = context.speakers.map(escapeRegExp).join('|');
	const pattern = new RegExp(
		String.raw`^([^。！？“”]{0,80}?)(${names})(?:总书记|同志)?(近日|日前)?((?:在|对|出席|主持)[^。！？“”：:]{1,80}?)?(?:作出重要(?:指示|批示))?${SPEECH_VERB}[：:，,]\s*`,
		'd'
	);
	// Names and verbs are matched on a simplified copy of the same length; every piece is then
	// taken from the text as written. Fix: 習近平強調，… (traditional) was not read as speech.
	const m = pattern.exec(simplifyChars(text));
	if (!m) return null;
	const group = (i: number) => {
		const span = m.indices?.[i];
		return span ? text.slice(span[0], span[1]) : '';
	};
	let passage = text.slice(m[0].length);
	let passageOffset = m[0].length;
	if (passage.startsWith('“')) {
		const close = passage.indexOf('”');
		if (close > 1) {
			passage = passage.slice(1, close);
			passageOffset += 1;
		}
	}
	passage = passage.trim();
	if (passage.length < 8) return null;
	const prefix = group(1);
	const leadingDate = readDate(prefix, context);
	const when = m[3] ? readDate(m[3], context) : {};
	const occasionText = m[4] ? `${group(4)}${/作出重要(指示|批示)/.exec(m[0])?.[0] ?? ''}` : '';
	const indication = /作出重要(指示|批示)/.test(m[0]);
	const split = splitOccasion(occasionText.replace(/^出席|^主持/, ''));
	// 在讲话中, 在总结讲话中: says how, not where.
	const occasion = /^(?:总结|重要)?讲话$|^$/.test(simplifyChars(split.occasion))
		? undefined
		: split.occasion;
	const kind = split.kind;
	const date = leadingDate.date ?? when.date;
	return {
		passage,
		passageOffset,
		attribution: {
			form: leadingDate.date || leadingDate.dateError ? 'leading' : 'reported',
			raw: text.slice(0, m[0].length).replace(/[：:，,]\s*$/, ''),
			speaker: m[2],
			date,
			dateError: leadingDate.dateError ?? when.dateError,
			occasion: occasion || undefined,
			occasionKind: indication ? 'instruction' : kind
		}
	};
}
