/**
 * build-graph: corpus folder → graph-data/graph.json and build-report.json (CONTRACT §2).
 * A thin shell: argument parsing, file I/O and progress lines; the pipeline is in
 * src/lib/core/graph/pipeline.ts. Exits 0 whenever a graph was written.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildCorpusGraph } from '../src/lib/core/graph/pipeline';
import { serializeGraph } from '../src/lib/core/graph/serialize';
import { RegistryError } from '../src/lib/core/registry/load';
import { loadRegistries } from '../src/lib/core/registry/registries';
import { stableStringify } from '../src/lib/core/util/hash';
import { readCorpus, readRegistryTexts, readStories } from './lib/corpus-files';

export interface BuildArgs {
	corpus: string;
	out: string;
	report: string;
	registries: string;
	quiet: boolean;
}

export function parseArgs(argv: string[]): BuildArgs {
	const args: BuildArgs = {
		corpus: 'graph-data/corpus',
		out: 'graph-data/graph.json',
		report: 'graph-data/build-report.json',
		registries: 'graph-data',
		quiet: false
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const [name, inline] = flag.split('=', 2);
		const value = () => inline ?? argv[++i];
		if (name === '--corpus') args.corpus = value();
		else if (name === '--out') args.out = value();
		else if (name === '--report') args.report = value();
		else if (name === '--registries') args.registries = value();
		else if (name === '--quiet') args.quiet = true;
		else
			throw new Error(
				`unknown argument "${flag}" (expected --corpus DIR, --out FILE, --report FILE, --registries DIR)`
			);
		if (
			args.corpus === undefined ||
			args.out === undefined ||
			args.report === undefined ||
			args.registries === undefined
		)
			throw new Error(`${name} needs a value`);
	}
	return args;
}

export function runBuild(
	args: BuildArgs,
	log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
): { nodes: number; edges: number } {
	if (!existsSync(args.corpus) || !statSync(args.corpus).isDirectory())
		throw new Error(`corpus folder not found: ${args.corpus}`);
	const start = performance.now();
	const { files, unreadable, manifestError } = readCorpus(args.corpus);
	const registries = loadRegistries(readRegistryTexts(args.registries));
	log(
		`build-graph: read ${files.length} documents from ${args.corpus}${unreadable.length ? ` (${unreadable.length} unreadable)` : ''}`
	);
	const { graph, report } = buildCorpusGraph({
		files,
		registries,
		stories: readStories(args.registries),
		onStage: (stage, summary, ms) =>
			log(`build-graph: ${stage.padEnd(8)} ${summary} (${Math.round(ms)} ms)`)
	});
	for (const { path, reason } of unreadable) {
		// The whole file counts as one rejected passage, as a file that cannot be decoded does.
		report.files[path] = {
			lines: 0,
			passages: 1,
			headings: 0,
			attributed: [],
			unattributed: [],
			rejected: [{ line: 1, reason }],
			warnings: [],
			error: reason
		};
	}
	if (manifestError) (report as unknown as Record<string, unknown>).manifestError = manifestError;
	const writeStart = performance.now();
	for (const path of [args.out, args.report]) mkdirSync(dirname(path), { recursive: true });
	writeFileSync(args.out, serializeGraph(graph));
	writeFileSync(args.report, `${stableStringify(report, 2)}\n`);
	log(
		`build-graph: write    ${args.out}, ${args.report} (${Math.round(performance.now() - writeStart)} ms)`
	);
	log(
		`build-graph: done     ${graph.order} nodes, ${graph.size} edges, ${report.totals.attributed} attributed passages in ${Math.round(performance.now() - start)} ms`
	);
	return { nodes: graph.order, edges: graph.size };
}

const isMain =
	process.argv[1] &&
	import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
	try {
		runBuild(parseArgs(process.argv.slice(2)));
	} catch (error) {
		const message =
			error instanceof RegistryError ? error.message : `build-graph: ${(error as Error).message}`;
		process.stderr.write(`${message.split('\n')[0]}\n`);
		process.exit(1);
	}
}
