/**
 * Test helper: build the real corpus once per test file through the same code path as
 * `npm run build:graph` (scripts/lib/corpus-files + core pipeline), without writing files.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type Graph from 'graphology';
import { buildCorpusGraph } from '../../src/lib/core/graph/pipeline';
import type { BuildReport } from '../../src/lib/core/graph/report';
import { loadRegistries, type Registries } from '../../src/lib/core/registry/registries';
import { readCorpus, readRegistryTexts } from '../../scripts/lib/corpus-files';
import type { CorpusLabels } from '../../scripts/lib/eval';

export const CORPUS_DIR = 'graph-data/corpus';

let cached: { graph: Graph; report: BuildReport; registries: Registries } | undefined;

export function loadCorpusRegistries(): Registries {
	return loadRegistries(readRegistryTexts('graph-data'));
}

export function buildRealCorpus(): { graph: Graph; report: BuildReport; registries: Registries } {
	if (!cached) {
		const registries = loadCorpusRegistries();
		const { files } = readCorpus(CORPUS_DIR);
		cached = { ...buildCorpusGraph({ files, registries }), registries };
	}
	return cached;
}

export type { CorpusLabels, LabelledPassage } from '../../scripts/lib/eval';

export function readLabels(): CorpusLabels {
	return parse(readFileSync('tests/fixtures/corpus-labels.yaml', 'utf8')) as CorpusLabels;
}

/** The quote node whose appearances include file:line. */
export function quoteAt(graph: Graph, file: string, line: number): string | undefined {
	return graph.findNode(
		(_key, attributes) =>
			attributes.kind === 'quote' &&
			(attributes.appearances as { file: string; line: number }[]).some(
				(a) => a.file === file && a.line === line
			)
	);
}
