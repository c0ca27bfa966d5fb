/**
 * link/mentions: find registry terms (concepts, laws, people, organizations, events) in text
 * by longest match over the normalised text, not by segmenting first (a segmenter splits
 * 网络强国 and 关键信息基础设施). Matches never overlap; the longest alias at a position wins.
 */
import { normalizeForMatch, normalizeWithMap, displaySpan } from '../ingest/text';

export interface Term {
	/** Node key the term stands for; an empty key marks a false positive (text that looks like a term but is not). */
	key: string;
	alias: string;
}

export interface Mention {
	key: string;
	/** Display offsets in the scanned text. */
	from: number;
	to: number;
}

export class TermMatcher {
	/** First character → aliases starting with it, longest first. */
	private readonly byFirst = new Map<string, { norm: string; key: string }[]>();

	constructor(terms: Term[]) {
		const seen = new Set<string>();
		for (const term of terms) {
			const norm = normalizeForMatch(term.alias);
			// One-character aliases would match everywhere.
			if (norm.length < 2 || seen.has(`${norm}|${term.key}`)) continue;
			seen.add(`${norm}|${term.key}`);
			const list = this.byFirst.get(norm[0]) ?? [];
			list.push({ norm, key: term.key });
			this.byFirst.set(norm[0], list);
		}
		for (const list of this.byFirst.values())
			list.sort((a, b) => b.norm.length - a.norm.length || (a.key < b.key ? -1 : 1));
	}

	/** Every non-overlapping longest match in `text`, with display offsets. */
	find(text: string): Mention[] {
		const { norm, offsets } = normalizeWithMap(text);
		const mentions: Mention[] = [];
		for (let i = 0; i < norm.length;) {
			const candidates = this.byFirst.get(norm[i]);
			const hit = candidates?.find((c) => norm.startsWith(c.norm, i));
			if (!hit) {
				i++;
				continue;
			}
			// A longer false-positive string (网络安全法律法规 for 网络安全法) consumes the text.
			if (hit.key) {
				const span = displaySpan(text, offsets, i, hit.norm.length);
				mentions.push({ key: hit.key, from: span.from, to: span.to });
			}
			i += hit.norm.length;
		}
		return mentions;
	}
}
