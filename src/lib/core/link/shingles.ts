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
	/** Shingle → its number; postings and counters are indexed by numbers, not strings. */
	private readonly ids = new Map<string, number>();
	private readonly postings: number[][] = [];
	/** Scratch counters, one per text id, always left at zero between queries. */
	private counts = new Int32Array(0);

	add(id: number, shingles: Iterable<string>): void {
		for (const shingle of shingles) {
			let key = this.ids.get(shingle);
			if (key === undefined) {
				key = this.postings.length;
				this.ids.set(shingle, key);
				this.postings.push([]);
			}
			this.postings[key].push(id);
		}
		if (id >= this.counts.length) {
			const grown = new Int32Array(Math.max(id + 1, this.counts.length * 2, 64));
			grown.set(this.counts);
			this.counts = grown;
		}
	}

	/**
	 * Ids sharing at least `minShared` candidate-generating shingles with `shingles`, with the
	 * counts, in the order they were first met. Counting runs on a typed array (a Map per query
	 * made this the build's hottest loop on thousands of documents).
	 */
	candidates(shingles: Iterable<string>, minShared: number): Map<number, number> {
		const counts = this.counts;
		const touched: number[] = [];
		for (const shingle of shingles) {
			const key = this.ids.get(shingle);
			if (key === undefined) continue;
			const list = this.postings[key];
			if (list.length > MAX_POSTING) continue;
			for (let i = 0; i < list.length; i++) if (counts[list[i]]++ === 0) touched.push(list[i]);
		}
		const result = new Map<number, number>();
		for (const id of touched) {
			if (counts[id] >= minShared) result.set(id, counts[id]);
			counts[id] = 0;
		}
		return result;
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
	return longestSharedRunOf(shingleSequence(text), other);
}

/** The shingle at every position of a normalised text, in order (repeats kept). */
export function shingleSequence(norm: string): string[] {
	const sequence: string[] = [];
	for (let i = 0; i + SHINGLE <= norm.length; i++) sequence.push(norm.slice(i, i + SHINGLE));
	return sequence;
}

/**
 * longestSharedRun over a text's precomputed shingle sequence: a text compared with many
 * candidates is sliced once, not once per candidate.
 */
export function longestSharedRunOf(
	sequence: string[],
	other: Set<string>
): { start: number; length: number } {
	let best = { start: 0, length: 0 };
	let runStart = -1;
	for (let i = 0; i <= sequence.length; i++) {
		const inside = i < sequence.length && other.has(sequence[i]);
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
