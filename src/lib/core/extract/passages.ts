/**
 * extract/passages: bind each attribution to the passage it closes (or opens) and account
 * for every passage of a document: attributed, unattributed (the compiler's own text), or
 * rejected with a reason. Section headings become themes; the document's leading headings
 * are its title.
 */
import { MAX_BLOCK_CHARS, type Block } from '../ingest/paragraphs';
import type { Rejection, Warning } from '../types';
import {
	parseDashAttribution,
	parseSourceAttribution,
	parseTitleAttribution,
	splitInlineAttribution,
	splitSpokenAttribution,
	type Attribution,
	type AttributionContext
} from './attribution';

/** Paragraphs longer than this are not passages (a 10 MB line is not a quotation). */
export const MAX_PASSAGE_CHARS = MAX_BLOCK_CHARS;

export interface PassageRecord {
	file: string;
	line: number;
	endLine: number;
	/** Display text: wrapped lines joined, list numbering removed. */
	text: string;
	theme?: string;
	attribution: Attribution;
	/** Blocks joined from further down an OCR page. */
	rejoinedFrom?: number[];
}

export interface UnattributedPassage {
	line: number;
	endLine: number;
	text: string;
	reason: string;
	dangling?: boolean;
}

export interface ExtractedDocument {
	file: string;
	title?: string;
	/** Headings in order, with the line they stand on. */
	headings: { line: number; text: string }[];
	records: PassageRecord[];
	unattributed: UnattributedPassage[];
	rejected: Rejection[];
	warnings: Warning[];
}

function parseAttributionBlock(block: Block, context: AttributionContext): Attribution {
	if (block.form === 'dash')
		return parseDashAttribution(block.text, block.line, block.endLine, context);
	if (block.form === 'source')
		return parseSourceAttribution(block.text, block.line, block.endLine, context);
	return parseTitleAttribution(block.text, block.line, block.endLine, context);
}

/** Where a speaker is not named in the attribution, the corpus's default speaker said it. */
function withSpeaker(attribution: Attribution, defaultSpeaker: string | undefined): Attribution {
	return attribution.speaker || !defaultSpeaker
		? attribution
		: { ...attribution, speaker: defaultSpeaker };
}

/** Map a character offset in a block's text back to its original line. */
export function lineAtOffset(block: Block, offset: number): number {
	for (const piece of block.pieces) if (offset < piece.end) return piece.line;
	return block.pieces[block.pieces.length - 1].line;
}

export function extractPassages(
	file: string,
	blocks: Block[],
	context: AttributionContext & { defaultSpeaker?: string }
): ExtractedDocument {
	const doc: ExtractedDocument = {
		file,
		headings: [],
		records: [],
		unattributed: [],
		rejected: [],
		warnings: []
	};
	const titleParts: string[] = [];
	let theme: string | undefined;
	let seenParagraph = false;
	// Paragraphs since the last attribution or heading, waiting for an attribution.
	let pending: { block: Block; theme?: string }[] = [];

	const settleUnbound = (entries: { block: Block; theme?: string }[]) => {
		for (const { block, theme: entryTheme } of entries) settleParagraph(block, entryTheme);
	};

	const settleParagraph = (block: Block, entryTheme: string | undefined) => {
		if (block.text.length > MAX_PASSAGE_CHARS) {
			doc.rejected.push({
				line: block.line,
				endLine: block.endLine,
				reason: `paragraph of ${block.text.length} characters is too long to be a passage (limit ${MAX_PASSAGE_CHARS})`
			});
			return;
		}
		const inline = splitInlineAttribution(block.text, context);
		if (inline) {
			const attribution = withSpeaker(
				{ ...inline.attribution, line: block.endLine, endLine: block.endLine },
				context.defaultSpeaker
			);
			addRecord(block, inline.passage, attribution, entryTheme);
			return;
		}
		const spoken = splitSpokenAttribution(block.text, context);
		if (spoken) {
			const attribution = { ...spoken.attribution, line: block.line, endLine: block.line };
			addRecord(block, spoken.passage, attribution, entryTheme);
			return;
		}
		doc.unattributed.push({
			line: block.line,
			endLine: block.endLine,
			text: block.text,
			reason: block.dangling
				? 'no attribution; ends mid-sentence (cut text or OCR column break)'
				: 'no attribution',
			dangling: block.dangling || undefined
		});
		if (block.dangling)
			doc.warnings.push({
				line: block.endLine,
				message: 'paragraph ends mid-sentence and no continuation was found; left as a fragment'
			});
	};

	const addRecord = (
		block: Block,
		text: string,
		attribution: Attribution,
		entryTheme: string | undefined
	) => {
		if (attribution.dateError) {
			doc.rejected.push({
				line: block.line,
				endLine: block.endLine,
				reason: `attribution on line ${attribution.line}: ${attribution.dateError}`
			});
			return;
		}
		checkBalance(text, block.line, doc.warnings);
		if (block.dangling)
			doc.warnings.push({
				line: block.endLine,
				message:
					'attributed passage ends mid-sentence (cut text or OCR column break); kept as written'
			});
		doc.records.push({
			file,
			line: block.line,
			endLine: block.endLine,
			text,
			theme: entryTheme,
			attribution,
			rejoinedFrom: block.rejoinedFrom
		});
	};

	for (const block of blocks) {
		if (block.kind === 'heading') {
			settleUnbound(pending);
			pending = [];
			doc.headings.push({ line: block.line, text: block.text });
			// Unnumbered headings before any text are the document's title; 一、 headings are sections.
			if (!seenParagraph && !block.marker) titleParts.push(block.text);
			else theme = block.text;
			continue;
		}
		if (block.kind === 'paragraph') {
			seenParagraph = true;
			pending.push({ block, theme });
			continue;
		}
		// An attribution: it closes the paragraph right before it. In a numbered list, a PDF line
		// that happened to end with 。 may have split one item in two: bind from the item's start.
		seenParagraph = true;
		const attribution = withSpeaker(parseAttributionBlock(block, context), context.defaultSpeaker);
		if (!pending.length) {
			doc.warnings.push({
				line: block.line,
				message: `attribution with no passage before it: "${block.text.slice(0, 60)}"`
			});
			continue;
		}
		let start = pending.length - 1;
		if (!pending[start].block.marker) {
			const itemStart = pending.findLastIndex((entry) => entry.block.marker);
			if (itemStart >= 0 && pending.slice(itemStart + 1).every((entry) => !entry.block.marker))
				start = itemStart;
		}
		settleUnbound(pending.slice(0, start));
		const bound = pending.slice(start);
		const merged = mergeBlocks(bound.map((entry) => entry.block));
		addRecord(merged, merged.text, attribution, bound[0].theme);
		pending = [];
	}
	settleUnbound(pending);
	if (titleParts.length) doc.title = titleParts.join('');
	return doc;
}

function mergeBlocks(blocks: Block[]): Block {
	if (blocks.length === 1) return blocks[0];
	const merged: Block = { ...blocks[0], pieces: [...blocks[0].pieces] };
	for (const next of blocks.slice(1)) {
		const offset = merged.text.length;
		merged.text += next.text;
		merged.pieces.push(
			...next.pieces.map((p) => ({ ...p, start: p.start + offset, end: p.end + offset }))
		);
		merged.endLine = Math.max(merged.endLine, next.endLine);
	}
	return merged;
}

/** Unbalanced 《》 or “” are kept as written, but reported. */
function checkBalance(text: string, line: number, warnings: Warning[]): void {
	const count = (ch: string) => text.split(ch).length - 1;
	if (count('《') !== count('》')) warnings.push({ line, message: 'unbalanced 《》 in passage' });
	if (count('“') !== count('”')) warnings.push({ line, message: 'unbalanced “” in passage' });
}
