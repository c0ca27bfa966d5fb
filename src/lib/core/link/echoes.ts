/**
 * link/echoes: a document that repeats a quotation's wording without attributing it (a speech
 * outline restating Xi's phrases, a news review quoting without a source) gets an `echoes`
 * link to that quote, with the shared wording and the line it stands on. Documents that
 * attribute the quote themselves are not said to echo it.
 */
import type { UnattributedPassage } from '../extract/passages';
import { displaySpan, normalizeWithMap } from '../ingest/text';
import type { QuoteGroup } from './quotes';
import { ShingleIndex, longestSharedRunOf, shingleSequence, shinglesOf } from './shingles';

/** Shortest shared wording that counts as an echo: ten characters (建久安之势、成长治之业) is a formulation, not chance. */
export const MIN_ECHO_CHARS = 10;

/** A shorter shared run still counts when it is a whole clause (互联网不是法外之地，…). */
export const MIN_CLAUSE_ECHO_CHARS = 8;

const CLAUSE_BOUNDARY = /[\s，。！？；：、“”「」《》（）,.!?;:()]/;

function isWholeClause(text: string, from: number, to: number): boolean {
	const before = from === 0 || CLAUSE_BOUNDARY.test(text[from - 1]);
	const after = to >= text.length || CLAUSE_BOUNDARY.test(text[to]);
	return before && after;
}

export interface Echo {
	file: string;
	quote: string;
	line: number;
	/** The echoed wording as the echoing document writes it. */
	shared: string;
	/** Share of the quote's text that the document repeats. */
	score: number;
}

export function findEchoes(
	files: {
		file: string;
		passages: (UnattributedPassage & { lineAt: (offset: number) => number })[];
	}[],
	quotes: QuoteGroup[]
): Echo[] {
	const index = new ShingleIndex();
	const quoteShingles = quotes.map((q) => shinglesOf(q.norm));
	quotes.forEach((_, i) => index.add(i, quoteShingles[i]));
	// Files attributing each quote (a popular quote has hundreds of appearances).
	const attributedIn = quotes.map((q) => new Set(q.records.map((r) => r.file)));
	const echoes = new Map<string, Echo>();
	for (const { file, passages } of files) {
		for (const passage of passages) {
			const { norm, offsets } = normalizeWithMap(passage.text);
			if (norm.length < MIN_ECHO_CHARS) continue;
			const own = shinglesOf(norm);
			const sequence = shingleSequence(norm);
			for (const [i] of index.candidates(own, MIN_CLAUSE_ECHO_CHARS - 3)) {
				const quote = quotes[i];
				if (attributedIn[i].has(file)) continue;
				const run = longestSharedRunOf(sequence, quoteShingles[i]);
				if (run.length < MIN_CLAUSE_ECHO_CHARS) continue;
				const span = displaySpan(passage.text, offsets, run.start, run.length);
				if (run.length < MIN_ECHO_CHARS && !isWholeClause(passage.text, span.from, span.to))
					continue;
				const echo: Echo = {
					file,
					quote: quote.key,
					line: passage.lineAt(span.from),
					shared: passage.text.slice(span.from, span.to),
					score: Math.round((run.length / quote.norm.length) * 1000) / 1000
				};
				const id = `${file}|${quote.key}`;
				const existing = echoes.get(id);
				if (!existing || existing.shared.length < echo.shared.length) echoes.set(id, echo);
			}
		}
	}
	return [...echoes.values()].sort((a, b) => (a.file + a.quote < b.file + b.quote ? -1 : 1));
}
