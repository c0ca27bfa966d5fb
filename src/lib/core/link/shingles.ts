/**
 * link/shingles: character 4-gram shingles and an inverted index over them, the one tool
 * behind quote identity, overlaps and echoes. Candidates come from the index, never from
 * comparing all pairs; n-grams shared by very many texts (stock phrases) are skipped as
 * candidate generators so a quote cited hundreds of times stays near-linear.
 */

export const SHINGLE = 4;
/** A shingle found in more texts than this generates no candidates (it still counts once a pair is scored). */
export const MAX_POSTING = 200;

/** Distinct shingles of a normalised text (a text shorter than one shingle is its own shingle). */
export function shinglesOf(norm: string): Set<string> {
	const result = new Set<string>();
	if (norm.length < SHINGLE) {
		if (norm) result.add(norm);
		return result;
	}
	for (let i = 0; i + SHINGLE <= norm.length; i++) result.add(norm.slice(i, i + SHINGLE));
	return result;
}

export class ShingleIndex {
	private readonly postings = new Map<string, number[]>();

	add(id: number, shingles: Iterable<string>): void {
		for (const shingle of shingles) {
			let list = this.postings.get(shingle);
			if (!list) this.postings.set(shingle, (list = []));
			list.push(id);
		}
	}

	/** Ids sharing at least `minShared` candidate-generating shingles with `shingles`, with the counts. */
	candidates(shingles: Iterable<string>, minShared: number): Map<number, number> {
		const counts = new Map<number, number>();
		for (const shingle of shingles) {
			const list = this.postings.get(shingle);
			if (!list || list.length > MAX_POSTING) continue;
			for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		for (const [id, count] of counts) if (count < minShared) counts.delete(id);
		return counts;
	}
}

/**
 * Longest run of `text` (a normalised string) whose consecutive shingles all occur in
 * `other`: the longest shared passage, approximately, in characters. Returns its start and length.
 */
export function longestSharedRun(
	text: string,
	other: Set<string>
): { start: number; length: number } {
	let best = { start: 0, length: 0 };
	let runStart = -1;
	for (let i = 0; i + SHINGLE <= text.length + 1; i++) {
		const inside = i + SHINGLE <= text.length && other.has(text.slice(i, i + SHINGLE));
		if (inside && runStart < 0) runStart = i;
		if (!inside && runStart >= 0) {
			const length = i - 1 - runStart + SHINGLE;
			if (length > best.length) best = { start: runStart, length };
			runStart = -1;
		}
	}
	return best;
}

/** Union-find over integer ids, for quote families. */
export class UnionFind {
	private readonly parent: number[];
	constructor(size: number) {
		this.parent = Array.from({ length: size }, (_, i) => i);
	}
	find(x: number): number {
		while (this.parent[x] !== x) {
			this.parent[x] = this.parent[this.parent[x]];
			x = this.parent[x];
		}
		return x;
	}
	union(a: number, b: number): void {
		const ra = this.find(a);
		const rb = this.find(b);
		// The smaller root wins, so family ids do not depend on the order of union calls.
		if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
	}
}
