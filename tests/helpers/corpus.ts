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

export interface LabelledPassage {
	file: string;
	line: number;
	endLine: number;
	attributionLine: number;
	attributionEndLine: number;
	startsWith: string;
	endsWith: string;
	date: string | null;
	event: string | null;
	theme: string | null;
	publication: string | null;
	page: string | null;
	speaker: string;
}

export interface CorpusLabels {
	passages: LabelledPassage[];
	otherSpeakers: {
		file: string;
		line: number;
		endLine: number;
		speaker: string;
		startsWith: string;
		endsWith: string;
		event: string;
	}[];
	families: string[][];
	echoes: {
		file: string;
		line: number;
		echoes: string;
		alsoIn?: string[];
		shared: string;
		kind: 'verbatim' | 'paraphrase' | 'phrase';
	}[];
	unattributed: { file: string; line: number; why: string }[];
}

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
