/**
 * eval: score the extraction against the hand-labelled fixture sets (issue 14): the seed
 * corpus (tests/fixtures/corpus-labels.yaml) and the real pages (tests/fixtures/real-pages/dev
 * and heldout). Builds each set with the real pipeline and prints, per set and per page,
 * statements found, correctly dated, occasion and family pair F1 and false attributions; then
 * checks that every file reads the same built alone and built with all the others.
 * Usage: npm run eval -- [--set seeds|real-dev|real-heldout]... [--json] [--verbose] [--no-isolation]
 */
import { parseArgs } from 'node:util';
import { buildCorpusGraph } from '../src/lib/core/graph/pipeline';
import type { CorpusFile } from '../src/lib/core/ingest/corpus';
import { loadRegistries, type Registries } from '../src/lib/core/registry/registries';
import { readCorpus, readRegistryTexts } from './lib/corpus-files';
import {
	checkSetLabels,
	compareIsolation,
	fixtureSets,
	formatIsolation,
	formatSetScore,
	passagesOfBuild,
	scoreSet,
	withUnlabelledFiles,
	type ExtractedPassage
} from './lib/eval';

const { values } = parseArgs({
	options: {
		set: { type: 'string', multiple: true, default: [] },
		json: { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false },
		'no-isolation': { type: 'boolean', default: false },
		registries: { type: 'string', default: 'graph-data' }
	}
});

const registries = loadRegistries(readRegistryTexts(values.registries));
const sets = fixtureSets();
const unknown = values.set.filter((name) => !sets.some((s) => s.name === name));
if (unknown.length) {
	process.stderr.write(
		`eval: unknown set ${unknown.join(', ')} (sets: ${sets.map((s) => s.name).join(', ')})\n`
	);
	process.exit(2);
}

const build = (files: CorpusFile[], reg: Registries) => {
	const { graph, report } = buildCorpusGraph({ files, registries: reg });
	return passagesOfBuild(graph, report);
};

const filesOf = new Map(sets.map((set) => [set.name, readCorpus(set.dir).files]));
const scores = sets
	.filter((set) => !values.set.length || values.set.includes(set.name))
	.map((set) => {
		const files = filesOf.get(set.name)!;
		const pages = set.name === 'seeds' ? withUnlabelledFiles(set.pages, files) : set.pages;
		return scoreSet(set.name, pages, build(files, registries), checkSetLabels(set, files));
	});

let isolation: ReturnType<typeof compareIsolation> | undefined;
let isolatedFiles = 0;
if (!values['no-isolation']) {
	// Every file of every set, alone and all together, named "<set>/<file>" in both builds.
	const all = sets.flatMap((set) =>
		filesOf.get(set.name)!.map((f) => ({ ...f, path: `${set.name}/${f.path}` }))
	);
	isolatedFiles = all.length;
	const alone: ExtractedPassage[] = all.flatMap((file) => build([file], registries));
	isolation = compareIsolation(alone, build(all, registries));
}

if (values.json) {
	process.stdout.write(
		`${JSON.stringify({ sets: scores, isolation: isolation ?? null, isolatedFiles }, null, 2)}\n`
	);
} else {
	const out = scores.map((s) => formatSetScore(s, values.verbose));
	if (isolation) out.push(formatIsolation(isolation, isolatedFiles));
	process.stdout.write(`${out.join('\n\n')}\n`);
}
