/**
 * ingest/text: character-level clean-up shared by every stage.
 * Display text keeps the document's own punctuation; match keys (NFKC, traditional →
 * simplified, no punctuation or spaces) are what quotations are compared and searched by.
 */
import { Converter } from 'opencc-js/t2cn';

// Zero-width characters, BOMs in the middle of text, bidi marks, line/paragraph separators
// and C0/C1 controls (except tab) carry no text: they are removed from every line.
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]/g;

/** Remove invisible characters and turn tabs and odd spaces into plain spaces. */
export function cleanLine(raw: string): string {
	return raw.replace(INVISIBLE, '').replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f]/g, ' ');
}

// Characters only (OpenCC standard traditional → simplified). The Taiwan phrase tables would
// also rewrite simplified words (文件 → 文档, 互动 → 交互), so a document and its traditional
// copy would no longer give the same quotes.
const toSimplified = Converter({ from: 't', to: 'cn' });
const SIMPLIFY_CACHE_LIMIT = 50_000;
const simplifyCache = new Map<string, string>();

/**
 * Taiwan vocabulary of this field, after character conversion, mapped to the mainland term.
 * Only same-length pairs, so offsets stay aligned; only terms with no other mainland meaning.
 */
const TAIWAN_TERMS: [RegExp, string][] = [
	[/网路/g, '网络'],
	[/资讯/g, '信息'],
	[/软体/g, '软件'],
	[/硬体/g, '硬件'],
	[/数位/g, '数字']
];

const SIMPLIFY_CHUNK = 4096;

function chunked(text: string): string[] {
	const chunks: string[] = [];
	for (let i = 0; i < text.length;) {
		let end = Math.min(text.length, i + SIMPLIFY_CHUNK);
		// Never split a surrogate pair.
		if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end++;
		chunks.push(text.slice(i, end));
		i = end;
	}
	return chunks;
}

/** Traditional → simplified characters, plus the Taiwan terms above. */
export function simplify(text: string): string {
	const cached = simplifyCache.get(text);
	if (cached !== undefined) return cached;
	// The converter recurses per character run: very long text goes through in chunks.
	let result =
		text.length > SIMPLIFY_CHUNK ? chunked(text).map(toSimplified).join('') : toSimplified(text);
	for (const [pattern, replacement] of TAIWAN_TERMS) result = result.replace(pattern, replacement);
	if (simplifyCache.size < SIMPLIFY_CACHE_LIMIT) simplifyCache.set(text, result);
	return result;
}

/**
 * Traditional → simplified character by character, keeping the length (in UTF-16 units), so
 * that an offset found in the result is the same offset in `text` (for reading names and
 * markers in traditional text with patterns written in simplified characters).
 */
export function simplifyChars(text: string): string {
	let out = '';
	for (const ch of text) {
		const converted = simplify(ch);
		out += converted.length === ch.length ? converted : ch;
	}
	return out;
}

/** Anything that is not a letter or a digit: punctuation, symbols, spaces. */
const NON_WORD = /[^\p{L}\p{N}]/gu;

/**
 * The key under which texts are compared: NFKC (full-width → half-width), traditional →
 * simplified, lower case, punctuation and spaces removed.
 */
export function normalizeForMatch(text: string): string {
	return simplify(text.normalize('NFKC')).toLowerCase().replace(NON_WORD, '');
}

/** Join two pieces of a wrapped line: no space between CJK characters, one space between Latin words. */
export function joinWrapped(left: string, right: string): string {
	if (!left) return right;
	if (!right) return left;
	const last = left[left.length - 1];
	const first = right[0];
	return /[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(first) ? `${left} ${right}` : left + right;
}

/** Characters that end a sentence or a paragraph in Chinese text. */
export const SENTENCE_END = /[。！？!?…”」』）)】]$/;

/** True when the text ends a sentence (so a following line starts a new paragraph). */
export function endsSentence(text: string): boolean {
	return SENTENCE_END.test(text.trimEnd());
}

/**
 * normalizeForMatch, character by character, with a map from every position of the
 * normalised text back to its offset in `text` (for highlighting matches in display text).
 */
// Per-character results of normalizeWithMap, memoised: the same few thousand characters recur
// in every text, and calling normalize() and a regex per character dominated the mention scan.
const nfkcCache = new Map<string, string>();
const matchKeyCache = new Map<string, string>();

function nfkcOf(ch: string): string {
	let n = nfkcCache.get(ch);
	if (n === undefined) nfkcCache.set(ch, (n = ch.normalize('NFKC')));
	return n;
}

function matchKeyOf(ch: string): string {
	let out = matchKeyCache.get(ch);
	if (out === undefined) matchKeyCache.set(ch, (out = ch.toLowerCase().replace(NON_WORD, '')));
	return out;
}

export function normalizeWithMap(text: string): { norm: string; offsets: number[] } {
	// `offsets` is indexed by UTF-16 code unit of `norm` (as `norm.startsWith(…, i)` and
	// `slice` are). Fix: it used to get one entry per code point, so every match after an
	// astral character (CJK Extension B, e.g. 𠮷) was shifted by one.
	// NFKC character by character, remembering the display offset of every NFKC code unit.
	let nfkc = '';
	const source: number[] = [];
	let offset = 0;
	for (const ch of text) {
		const n = nfkcOf(ch);
		for (let k = 0; k < n.length; k++) source.push(offset);
		nfkc += n;
		offset += ch.length;
	}
	// Traditional → simplified run by run (letters and digits between punctuation), so that
	// phrase conversions apply as in normalizeForMatch. Fix: converting character by character
	// missed Taiwan phrases (網路 → 网络, 資訊 → 信息), so registry terms were not found in
	// traditional text although quotes (keyed by normalizeForMatch) were. A run whose length
	// changes (網際網路 → 互联网) is mapped back proportionally, first and last unit exactly.
	let norm = '';
	const offsets: number[] = [];
	// Runs are capped in length: V8's regex iterator overflows its stack on multi-megabyte runs.
	for (const run of nfkc.matchAll(/[\p{L}\p{N}]{1,4096}/gu)) {
		const start = run.index;
		const converted = simplify(run[0]);
		const sameLength = converted.length === run[0].length;
		let j = 0;
		for (const ch of converted) {
			const at =
				sameLength || converted.length === 1
					? j
					: Math.round((j * (run[0].length - 1)) / (converted.length - 1));
			const out = matchKeyOf(ch);
			for (let k = 0; k < out.length; k++) offsets.push(source[start + at]);
			norm += out;
			j += ch.length;
		}
	}
	return { norm, offsets };
}

/** The display substring of `text` covering normalised positions [start, start + length). */
export function displaySpan(
	text: string,
	offsets: number[],
	start: number,
	length: number
): { from: number; to: number } {
	const from = offsets[start] ?? 0;
	const lastOffset = offsets[start + length - 1] ?? text.length - 1;
	const lastChar = text.codePointAt(lastOffset) ?? 0;
	return { from, to: lastOffset + (lastChar > 0xffff ? 2 : 1) };
}
