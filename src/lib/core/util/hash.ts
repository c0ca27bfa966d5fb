/**
 * Small deterministic helpers: a string hash for stable node keys and a seeded PRNG,
 * so that the same corpus always gives the same graph bytes.
 */

/** FNV-1a 32-bit hash of a string, as 8 hex digits. */
export function hashString(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function createRng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** JSON with object keys sorted at every depth: byte-identical output for equal values. */
export function stableStringify(value: unknown, indent = 0): string {
	return JSON.stringify(sortKeysDeep(value), null, indent || undefined);
}

/** A copy of `value` with object keys sorted at every depth and undefined members dropped. */
export function sortKeysDeep(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeysDeep);
	if (value && typeof value === 'object') {
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const inner = (value as Record<string, unknown>)[key];
			if (inner !== undefined) sorted[key] = sortKeysDeep(inner);
		}
		return sorted;
	}
	return value;
}

/** Compare strings by code point, independent of locale (Array.sort default is UTF-16 order). */
export function compareCodePoints(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
