/**
 * concepts:suggest: help curate graph-data/concepts.yaml. Segments every passage of the corpus
 * with jieba (registry terms loaded as user words so 网络强国 and 关键信息基础设施 stay whole),
 * keeps nouns, noun-verbs and set phrases,
 * ranks the terms by corpus TF-IDF and prints the best candidates that are not registered yet,
 * with counts and an example passage.
 * Usage: npm run concepts:suggest -- [--corpus DIR] [--registries DIR] [--limit N]
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { ingestCorpus } from '../src/lib/core/ingest/corpus';
import { suggestConcepts, type SegmentedPassage } from '../src/lib/core/discover/suggest';
import { loadRegistries } from '../src/lib/core/registry/registries';
import { readCorpus, readRegistryTexts } from './lib/corpus-files';

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(name);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const corpusDir = option('--corpus', 'graph-data/corpus');
const registryDir = option('--registries', 'graph-data');
const limit = Number(option('--limit', '40'));

const registries = loadRegistries(readRegistryTexts(registryDir));
const registered = [
	...registries.concepts.flatMap((c) => [c.name, ...c.aliases]),
	...registries.laws.flatMap((l) => [l.name, l.short ?? '', ...l.aliases]),
	...registries.people.flatMap((p) => [p.name, ...p.aliases]),
	...registries.organizations.flatMap((o) => [o.name, ...o.aliases]),
	...registries.events.flatMap((e) => [e.name, ...e.aliases])
].filter(Boolean);

const jieba = Jieba.withDict(dict);
// Registry terms as user words, with a high frequency so they are never split.
jieba.loadDict(
	new TextEncoder().encode(
		registered
			.filter((t) => !/\s/.test(t))
			.map((t) => `${t} 100000 n`)
			.join('\n')
	)
);

const { files } = readCorpus(corpusDir);
const passages: SegmentedPassage[] = [];
for (const doc of ingestCorpus(files)) {
	for (const block of doc.blocks) {
		if (block.kind !== 'paragraph') continue;
		passages.push({
			where: `${doc.file}:${block.line}`,
			text: block.text,
			tokens: jieba.tag(block.text, false).map((t) => ({ word: t.word, tag: t.tag }))
		});
	}
}

const suggestions = suggestConcepts(passages, registered, limit);
process.stdout.write(
	`concepts:suggest: ${passages.length} passages, ${suggestions.length} candidates not in concepts.yaml\n\n`
);
for (const s of suggestions) {
	const at = s.example.text.indexOf(s.term);
	const context = s.example.text.slice(Math.max(0, at - 12), at + s.term.length + 12);
	process.stdout.write(
		`${s.term.padEnd(10, '　')} ×${String(s.count).padStart(3)} in ${String(s.passages).padStart(3)} passages  score ${s.score}\n    ${s.example.where}: …${context}…\n`
	);
}
