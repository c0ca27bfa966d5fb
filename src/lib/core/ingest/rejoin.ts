/**
 * ingest/rejoin: find where a sentence cut by an OCR column break continues.
 *
 * A line that ends mid-sentence is joined to a line further down only on evidence: the text
 * across the junction (a few characters each side) must occur somewhere else in the corpus,
 * e.g. "维护网络安全|是全社会的共同责任" is a phrase another document writes in one piece.
 * The next line on the page is the default continuation; a later line wins only with more
 * evidence. Hard-wrapped (PDF) documents are not searched: there, wrapping is regular.
 */
import type { ClassifiedLine } from './layout';
import { endsSentence, normalizeForMatch } from './text';

/** Length of the junction-crossing n-grams looked up in the corpus. */
export const JUNCTION_GRAM = 8;
/** Characters taken from each side of a junction before normalising (punctuation drops out). */
const JUNCTION_CONTEXT = 32;
/** How far below a fragment its continuation may be (OCR pages are long but bounded). */
const SEARCH_WINDOW_LINES = 120;
/** At most this many fragments per document are examined (bounds the cost on hostile input). */
const MAX_FRAGMENTS = 200;

export interface JunctionProposal {
	from: number;
	adjacent?: number;
	candidates: { to: number; grams: string[] }[];
}

/** The n-grams that straddle the junction of `left` + `right` (at least two characters each side). */
export function junctionGrams(left: string, right: string): string[] {
	const tail = left.slice(-(JUNCTION_GRAM - 2));
	const head = right.slice(0, JUNCTION_GRAM - 2);
	const grams: string[] = [];
	for (let l = 2; l <= tail.length; l++) {
		const r = JUNCTION_GRAM - l;
		if (r < 2 || head.length < r) continue;
		grams.push(tail.slice(-l) + head.slice(0, r));
	}
	return grams;
}

/** For each line that ends mid-sentence, the lines below that could continue it. */
export function proposeJunctions(lines: ClassifiedLine[]): JunctionProposal[] {
	const proposals: JunctionProposal[] = [];
	const textLines = lines.filter((l) => l.kind === 'text' || l.kind === 'item');
	for (let i = 0; i < textLines.length && proposals.length < MAX_FRAGMENTS; i++) {
		const from = textLines[i];
		if (endsSentence(from.text)) continue;
		// Only the few characters at the junction matter: normalise the ends, not whole lines.
		const left = normalizeForMatch(from.text.slice(-JUNCTION_CONTEXT));
		if (left.length < 2) continue;
		const proposal: JunctionProposal = { from: from.line, candidates: [] };
		const nextNonBlank = lines
			.slice(from.line)
			.find((l) => l.kind !== 'blank' && l.kind !== 'artefact');
		if (nextNonBlank && (nextNonBlank.kind === 'text' || nextNonBlank.kind === 'item'))
			proposal.adjacent = nextNonBlank.line;
		for (
			let j = i + 1;
			j < textLines.length && textLines[j].line - from.line <= SEARCH_WINDOW_LINES;
			j++
		) {
			const grams = junctionGrams(
				left,
				normalizeForMatch(textLines[j].text.slice(0, JUNCTION_CONTEXT))
			);
			if (grams.length) proposal.candidates.push({ to: textLines[j].line, grams });
		}
		proposals.push(proposal);
	}
	return proposals;
}

/**
 * Decide the links: a fragment goes to the candidate with the most junction n-grams found in
 * the corpus, if that beats its adjacent line; each target line is used at most once.
 */
export function resolveJunctions(
	proposals: JunctionProposal[],
	found: (gram: string) => boolean
): Map<number, number> {
	const links = new Map<number, number>();
	const taken = new Set<number>();
	for (const proposal of proposals) {
		let best: { to: number; score: number } | null = null;
		let adjacentScore = 0;
		for (const candidate of proposal.candidates) {
			const score = candidate.grams.filter(found).length;
			if (candidate.to === proposal.adjacent) adjacentScore = score;
			else if (score > 0 && (!best || score > best.score)) best = { to: candidate.to, score };
		}
		if (best && best.score > adjacentScore && !taken.has(best.to)) {
			links.set(proposal.from, best.to);
			taken.add(best.to);
		}
	}
	return links;
}
