/**
 * synth/generate: a deterministic synthetic corpus of N documents in the real corpus's
 * formats, for benchmarks and scale tests. The same `rng` seed gives the same bytes. The
 * corpus cites a pool of source quotations that grows with N (identical, excerpted, varied by
 * one character), a few of them by a share of all documents, so that in a corpus of
 * thousands some quotations are cited by hundreds of documents.
 *
 * Besides the files and a manifest, it returns what it planted: the number of attributed and
 * unattributed passages of every file, which a build of the corpus must find.
 */
import { RENDERERS, type DocContext, type DocFormat } from './documents';
import {
	conceptTerms,
	lawNames,
	policyTitles,
	quotePool,
	registeredOccasions,
	syntheticOccasions,
	type PoolQuote,
	type SynthRegistries
} from './sources';
import { Picker, type Rng } from './text';

export interface SynthOptions {
	/** Number of documents. */
	docs: number;
	/** Seeded random source (util/hash createRng). */
	rng: Rng;
	registries: SynthRegistries;
}

export interface SynthFile {
	/** Path relative to the corpus folder, with `/`. */
	path: string;
	text: string;
}

export interface SynthManifestEntry {
	title: string;
	publisher: string;
	date: string;
	kind: string;
}

export interface SynthExpected {
	docs: number;
	files: Record<string, { format: DocFormat; attributed: number; unattributed: number }>;
	totals: { attributed: number; unattributed: number; poolQuotes: number; occasions: number };
	/** How many documents cite each popular quotation. */
	popularCitations: number[];
}

export interface SynthCorpus {
	files: SynthFile[];
	manifest: Record<string, SynthManifestEntry>;
	expected: SynthExpected;
}

/** Share of documents of each format (the real corpus: web, PDF and plain compilations, news, outlines). */
const FORMAT_SHARES: [DocFormat, number][] = [
	['compilation', 0.3],
	['dash', 0.2],
	['pdf', 0.15],
	['markdown', 0.05],
	['news', 0.2],
	['article', 0.1]
];

/** Popular quotations, each cited by this share of compilations. */
const POPULAR_QUOTES = 6;
const POPULAR_SHARE = 0.1;

function pickFormat(pick: Picker): DocFormat {
	let r = pick.rng();
	for (const [format, share] of FORMAT_SHARES) {
		if (r < share) return format;
		r -= share;
	}
	return 'compilation';
}

export function generateCorpus(options: SynthOptions): SynthCorpus {
	const { docs, registries } = options;
	if (!Number.isInteger(docs) || docs < 1)
		throw new Error(`synth/generate: --docs must be a positive integer, got ${docs}`);
	const pick = new Picker(options.rng);
	const registered = registeredOccasions(registries);
	const synthetic = syntheticOccasions(pick, 12 + Math.ceil(docs / 10));
	const concepts = conceptTerms(registries);
	const laws = lawNames(registries);
	const titles = policyTitles(pick);
	const pool = quotePool(
		pick,
		40 + Math.ceil(docs * 2.5),
		POPULAR_QUOTES,
		{ registered, synthetic },
		concepts,
		registries
	);
	const popular = pool.filter((q) => q.popular);
	const regular = pool.filter((q) => !q.popular);
	const popularCitations = popular.map(() => 0);

	const files: SynthFile[] = [];
	const manifest: Record<string, SynthManifestEntry> = {};
	const expected: SynthExpected = {
		docs,
		files: {},
		totals: { attributed: 0, unattributed: 0, poolQuotes: pool.length, occasions: 0 },
		popularCitations
	};
	expected.totals.occasions = registered.length + synthetic.length;
	const width = String(docs).length;

	for (let serial = 1; serial <= docs; serial++) {
		const format = pickFormat(pick);
		const used = new Set<number>();
		// Skewed towards the start of the pool: early quotations are cited by many documents.
		const nextQuote = (): PoolQuote => {
			for (let attempt = 0; ; attempt++) {
				const quote = regular[Math.floor(regular.length * pick.rng() ** 2)];
				if (!used.has(quote.id) || attempt > 20) {
					used.add(quote.id);
					return quote;
				}
			}
		};
		const cites =
			format === 'news' || format === 'article'
				? []
				: popular.filter((q, i) => {
						const yes = pick.chance(POPULAR_SHARE);
						if (yes) popularCitations[i]++;
						return yes;
					});
		for (const q of cites) used.add(q.id);
		const ctx: DocContext = {
			pick,
			nextQuote,
			popular: cites,
			laws,
			concepts,
			policyTitles: titles,
			serial
		};
		const doc = RENDERERS[format](ctx);
		const extension = format === 'markdown' ? 'md' : 'txt';
		const path = `${format}/${format}-${String(serial).padStart(width, '0')}.${extension}`;
		// Some files carry a BOM or Windows line ends, as files from many sources do.
		const crlf = pick.chance(0.05);
		const bom = pick.chance(0.03);
		files.push({ path, text: `${bom ? '\ufeff' : ''}${doc.lines.join(crlf ? '\r\n' : '\n')}\n` });
		// Not every file has a manifest entry: the build infers what is missing.
		if (pick.chance(0.85))
			manifest[path] = {
				title: doc.title,
				publisher: doc.publisher,
				date: doc.date,
				kind: doc.kind
			};
		expected.files[path] = {
			format,
			attributed: doc.attributed,
			unattributed: doc.unattributed
		};
		expected.totals.attributed += doc.attributed;
		expected.totals.unattributed += doc.unattributed;
	}
	return { files, manifest, expected };
}
