/**
 * ingest/layout: what each line of a document is, by its shape alone: blank, heading,
 * an attribution line (dash, title with date, 摘自/【出处】), a numbered item, a page
 * artefact, or running text. Markdown markers are recognised and removed here.
 */
import { cleanLine, endsSentence, simplifyChars } from './text';

export type LineKind =
	'blank' | 'heading' | 'dash' | 'title-attribution' | 'source' | 'item' | 'artefact' | 'text';

export interface ClassifiedLine {
	/** 1-based line number in the original file. */
	line: number;
	kind: LineKind;
	/** Cleaned text with markers (markdown, list numbering) removed. */
	text: string;
	/** A removed list number such as `1、`, kept for reference. */
	marker?: string;
	/** Heading level: 1 for `#`/一、, 2 for `##`, … */
	level?: number;
}

const DATE_START = String.raw`[0-9０-９〇零一二三四五六七八九○Ｏ]{4}\s*年`;
/** `《在…上的讲话》（2016年4月19日）…`, including a missing 《 or 》 and a doubled `（（`. */
const TITLE_ATTRIBUTION = new RegExp(
	String.raw`^[《〈]?[^。！？!?“”]{2,120}?[》〉]?\s*[（(]{1,2}\s*${DATE_START}`
);
const DASH = /^(?:[—–―]{1,2}|-{2,})\s*/;
const SOURCE = /^[（(]?\s*(?:摘自|选自|节选自|【出处】|出处[:：]|来源[:：])/;
const ORDINAL_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]\s*/;
const MARKDOWN_HEADING = /^(#{1,6})\s+/;
const NUMBERED_ITEM =
	/^(?:\d{1,3}[、．]|[（(]\d{1,3}[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[①-⑳])\s*/;
const MARKDOWN_LIST = /^(?:[-*+]|\d{1,3}[.)])\s+/;
const PAGE_ARTEFACT =
	/^(?:-?\s*\d{1,4}\s*-?|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** Longest line that can be a standalone heading (a compiler's section title). */
const HEADING_MAX_CHARS = 40;

/**
 * Classify every line of a document. `markdownHeadingsOnly` is set for documents that use
 * `#` headings (OCR'd pages, Markdown files): there, short lines are text fragments, not headings.
 */
export function classifyLines(rawLines: string[]): ClassifiedLine[] {
	const cleaned = rawLines.map((raw) => cleanLine(raw).trim());
	const usesMarkdownHeadings = cleaned.some((text) => MARKDOWN_HEADING.test(text));
	const wrapped = isHardWrapped(cleaned);
	const result: ClassifiedLine[] = [];
	let seenText = false;
	for (let i = 0; i < cleaned.length; i++) {
		// In a hard-wrapped (PDF) document every wrapped line stands alone between blank lines,
		// so only the title area before the first running text can hold unnumbered headings.
		const headingsAllowed = !usesMarkdownHeadings && (!wrapped || !seenText);
		const classified = classifyOne(cleaned, i, headingsAllowed);
		if (classified.kind !== 'blank' && classified.kind !== 'heading') seenText = true;
		result.push(classified);
	}
	return result;
}

/**
 * PDF extraction often emits every wrapped line followed by a blank line. Such a document
 * has many standalone lines that visibly continue (ending in ，or 、).
 */
export function isHardWrapped(cleaned: string[]): boolean {
	let continuing = 0;
	for (let i = 0; i < cleaned.length; i++) {
		if (/[，、,]$/.test(cleaned[i]) && (i + 1 >= cleaned.length || !cleaned[i + 1])) continuing++;
		if (continuing >= 5) return true;
	}
	return false;
}

function classifyOne(cleaned: string[], index: number, headingsAllowed: boolean): ClassifiedLine {
	const line = index + 1;
	let text = cleaned[index];
	if (!text) return { line, kind: 'blank', text: '' };

	const markdown = MARKDOWN_HEADING.exec(text);
	if (markdown)
		return {
			line,
			kind: 'heading',
			text: text.slice(markdown[0].length).trim(),
			level: markdown[1].length
		};
	// Markdown block quotes carry quotations: keep their text.
	if (text.startsWith('>')) text = text.replace(/^(?:>\s?)+/, '').trim();
	if (!text) return { line, kind: 'blank', text: '' };
	if (PAGE_ARTEFACT.test(text)) return { line, kind: 'artefact', text };
	if (DASH.test(text)) return { line, kind: 'dash', text };
	// 選自, 【出處】 (traditional) as well: the markers are matched on a simplified copy.
	if (SOURCE.test(simplifyChars(text))) return { line, kind: 'source', text };
	if (TITLE_ATTRIBUTION.test(text) && !/[。！？]/.test(text.split(/[（(]/)[0])) {
		return { line, kind: 'title-attribution', text };
	}
	const ordinal = ORDINAL_HEADING.exec(text);
	if (
		ordinal &&
		text.length <= HEADING_MAX_CHARS + ordinal[0].length &&
		!endsSentence(text.replace(/[”」]$/, ''))
	) {
		return {
			line,
			kind: 'heading',
			text: text.slice(ordinal[0].length).trim(),
			marker: ordinal[0].trim(),
			level: 1
		};
	}
	const numbered = NUMBERED_ITEM.exec(text) ?? MARKDOWN_LIST.exec(text);
	if (numbered)
		return {
			line,
			kind: 'item',
			text: text.slice(numbered[0].length).trim(),
			marker: numbered[0].trim()
		};
	// A run-in subhead standing alone: 强化网络空间综合治理——
	if (/[—–]{1,2}$/.test(text) && text.length <= HEADING_MAX_CHARS + 2 && !/[。！？]/.test(text)) {
		return { line, kind: 'heading', text: text.replace(/[—–]+$/, '').trim(), level: 3 };
	}
	if (headingsAllowed && looksLikeStandaloneHeading(cleaned, index)) {
		return { line, kind: 'heading', text, level: 2 };
	}
	return { line, kind: 'text', text };
}

/** A short line with no closing punctuation, standing alone between blank lines. */
function looksLikeStandaloneHeading(cleaned: string[], index: number): boolean {
	const text = cleaned[index];
	if (text.length > HEADING_MAX_CHARS || endsSentence(text) || /[，、；：,;:]$/.test(text))
		return false;
	if (!/\p{L}/u.test(text)) return false;
	const before = index === 0 || !cleaned[index - 1];
	const after = index === cleaned.length - 1 || !cleaned[index + 1];
	return before && after;
}
