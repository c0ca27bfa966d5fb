/**
 * synth: write a deterministic synthetic corpus of N documents in the real corpus's formats
 * (npm run synth -- --docs N --seed S --out DIR). A thin shell: it reads the registries
 * (occasions, laws, concepts, publications to mention), calls src/lib/core/synth and writes
 * the files, a manifest.yaml and expected.json (what was planted, for tests and the benchmark).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { loadRegistries } from '../src/lib/core/registry/registries';
import { generateCorpus, type SynthCorpus } from '../src/lib/core/synth';
import { createRng, stableStringify } from '../src/lib/core/util/hash';
import { readRegistryTexts } from './lib/corpus-files';

export interface SynthArgs {
	docs: number;
	seed: number;
	out: string;
	registries: string;
}

export function parseSynthArgs(argv: string[]): SynthArgs {
	const args: Partial<SynthArgs> = { seed: 1, registries: 'graph-data' };
	for (let i = 0; i < argv.length; i++) {
		const [name, inline] = argv[i].split('=', 2);
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined) throw new Error(`${name} needs a value`);
			return v;
		};
		if (name === '--docs') args.docs = Number(value());
		else if (name === '--seed') args.seed = Number(value());
		else if (name === '--out') args.out = value();
		else if (name === '--registries') args.registries = value();
		else
			throw new Error(
				`unknown argument "${argv[i]}" (expected --docs N, --seed S, --out DIR, --registries DIR)`
			);
	}
	if (!args.docs || !Number.isInteger(args.docs) || args.docs < 1)
		throw new Error('--docs N (a positive integer) is required');
	if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer');
	if (!args.out) throw new Error('--out DIR is required');
	return args as SynthArgs;
}

export function synthesize(args: SynthArgs): SynthCorpus {
	const registries = loadRegistries(readRegistryTexts(args.registries));
	return generateCorpus({ docs: args.docs, rng: createRng(args.seed), registries });
}

/** Write a corpus into `out`, replacing an earlier synthetic corpus there (never other files). */
export function writeCorpus(corpus: SynthCorpus, out: string): void {
	if (existsSync(out) && readdirSync(out).length) {
		if (!existsSync(join(out, 'expected.json')))
			throw new Error(`${out} is not empty and holds no synthetic corpus: refusing to overwrite`);
		rmSync(out, { recursive: true, force: true });
	}
	mkdirSync(out, { recursive: true });
	for (const file of corpus.files) {
		const path = join(out, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
	writeFileSync(
		join(out, 'manifest.yaml'),
		`# Synthetic corpus (npm run synth): per-file metadata, as graph-data/corpus/manifest.yaml.\n${stringify(corpus.manifest)}`
	);
	writeFileSync(join(out, 'expected.json'), `${stableStringify(corpus.expected, 2)}\n`);
}

const isMain =
	process.argv[1] &&
	import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
	try {
		const args = parseSynthArgs(process.argv.slice(2));
		const start = performance.now();
		const corpus = synthesize(args);
		writeCorpus(corpus, args.out);
		const bytes = corpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
		process.stderr.write(
			`synth: ${corpus.files.length} documents (${(bytes / 1e6).toFixed(1)} MB), ${corpus.expected.totals.attributed} attributed passages from ${corpus.expected.totals.poolQuotes} source quotations, into ${args.out} (${Math.round(performance.now() - start)} ms)\n`
		);
	} catch (error) {
		process.stderr.write(`synth: ${(error as Error).message.split('\n')[0]}\n`);
		process.exit(1);
	}
}
