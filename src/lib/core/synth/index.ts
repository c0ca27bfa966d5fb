/** synth: deterministic synthetic corpora in the real corpus's formats (benchmarks, scale tests). */
export {
	generateCorpus,
	type SynthCorpus,
	type SynthExpected,
	type SynthFile,
	type SynthManifestEntry,
	type SynthOptions
} from './generate';
export type { SynthRegistries } from './sources';
export type { DocFormat } from './documents';
