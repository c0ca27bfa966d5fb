/**
 * ingest/paragraphs: assemble classified lines into blocks (paragraphs, headings and
 * attribution lines), undoing PDF line wrapping and page-break spaces. Every block keeps an
 * offset map (`pieces`) from its text back to the original lines.
 *
 * OCR'd newspaper pages cut columns and interleave them, so a paragraph can continue many
 * lines further down. Such a fragment is rejoined only when `links` (see ingest/rejoin)
 * says the evidence is clear; otherwise it stays where it is, flagged `dangling`.
 */
import type { ClassifiedLine } from './layout';
import { endsSentence, joinWrapped, simplifyChars } from './text';

export interface Piece {
	line: number;
	start: number;
	end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'attribution';

export interface Block {
	kind: BlockKind;
	/** For attribution blocks: which layout form the attribution has. */
	form?: 'dash' | 'title' | 'source';
	text: string;
	line: number;
	endLine: number;
	pieces: Piece[];
	/** The list number removed from the start (`1、`), or a heading's ordinal (`二、`). */
	marker?: string;
	level?: number;
	/** The paragraph ends mid-sentence (OCR column break or truncated text). */
	dangling: boolean;
	/** Lines joined from further down the page on evidence (OCR columns). */
	rejoinedFrom?: number[];
}

/** Words that end a complete attribution; a dash line without one continues on the next line. */
const ATTRIBUTION_COMPLETE =
	/(?:讲话|指示|批示|贺信|贺词|致辞|演讲|谈话|报告|发言|回信|书信|文章|序言|答问|说明|会见|会谈|讲话精神|页|）|\))[。.]?$/;
const ATTRIBUTION_TAIL_MAX = 24;
/**
 * No block grows past this many characters by joining lines: a megabyte of text without a full
 * stop (a damaged export) stays a block of its own, to be rejected, instead of swallowing the
 * real passage after it. Same bound as a passage (extract/passages MAX_PASSAGE_CHARS).
 */
export const MAX_BLOCK_CHARS = 20_000;

/**
 * Build blocks from classified lines. `links` maps a dangling line to the line (further down)
 * where its sentence continues, as established by ingest/rejoin.
 */
export function assembleBlocks(
	lines: ClassifiedLine[],
	links: Map<number, number> = new Map()
): Block[] {
	const blocks: Block[] = [];
	const byLine = new Map(lines.map((l) => [l.line, l]));
	const claimed = new Set(links.values());
	const consumed = new Set<number>();
	let open: Block | null = null;

	const close = () => {
		if (open) {
			open.dangling = open.kind === 'paragraph' && !endsSentence(open.text);
			blocks.push(open);
		}
		open = null;
	};
	const startBlock = (entry: ClassifiedLine, kind: BlockKind, form?: Block['form']): Block => ({
		kind,
		form,
		text: entry.text,
		line: entry.line,
		endLine: entry.line,
		pieces: [{ line: entry.line, start: 0, end: entry.text.length }],
		marker: entry.marker,
		level: entry.level,
		dangling: false
	});
	const append = (block: Block, entry: ClassifiedLine) => {
		const joined = joinWrapped(block.text, entry.text);
		const start = joined.length - entry.text.length;
		block.text = joined;
		block.pieces.push({ line: entry.line, start, end: joined.length });
		block.endLine = Math.max(block.endLine, entry.line);
	};
	/** Follow evidence links from the block's last line, appending each continuation. */
	const followLinks = (block: Block) => {
		let last = block.pieces[block.pieces.length - 1].line;
		while (links.has(last)) {
			const next = byLine.get(links.get(last)!);
			if (!next || consumed.has(next.line)) break;
			append(block, next);
			consumed.add(next.line);
			(block.rejoinedFrom ??= []).push(next.line);
			last = next.line;
			// A rejoined fragment may itself continue on the lines right below it.
			for (let n = last + 1; n <= lines.length; n++) {
				const below = byLine.get(n)!;
				if (below.kind === 'blank') continue;
				if (
					below.kind !== 'text' ||
					claimed.has(below.line) ||
					endsSentence(block.text) ||
					links.has(last)
				)
					break;
				append(block, below);
				consumed.add(below.line);
				last = below.line;
			}
		}
	};

	for (const entry of lines) {
		if (consumed.has(entry.line)) continue;
		const current = open as Block | null;
		switch (entry.kind) {
			case 'blank':
			case 'artefact':
				continue;
			case 'heading':
				close();
				blocks.push(startBlock(entry, 'heading'));
				continue;
			case 'dash':
				close();
				open = startBlock(entry, 'attribution', 'dash');
				continue;
			case 'title-attribution':
			case 'source':
				close();
				blocks.push(startBlock(entry, 'attribution', entry.kind === 'source' ? 'source' : 'title'));
				continue;
			case 'item':
				close();
				open = startBlock(entry, 'paragraph');
				followLinks(open);
				continue;
			case 'text': {
				if (current?.kind === 'attribution') {
					const lastLine = current.pieces[current.pieces.length - 1].line;
					if (
						current.line === lastLine &&
						// Read on a simplified copy: a traditional 講話 completes the line too.
						!ATTRIBUTION_COMPLETE.test(simplifyChars(current.text)) &&
						entry.text.length <= ATTRIBUTION_TAIL_MAX
					) {
						append(current, entry);
						close();
						continue;
					}
				}
				if (
					current?.kind === 'paragraph' &&
					current.text.length + entry.text.length <= MAX_BLOCK_CHARS &&
					!endsSentence(current.text) &&
					!claimed.has(entry.line) &&
					!links.has(current.pieces[current.pieces.length - 1].line)
				) {
					append(current, entry);
					followLinks(current);
					continue;
				}
				close();
				open = startBlock(entry, 'paragraph');
				followLinks(open);
				continue;
			}
		}
	}
	close();
	return blocks;
}
