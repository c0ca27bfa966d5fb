/**
 * npm run synth: a synthetic corpus is deterministic for a seed, has the documents asked for
 * in the corpus's real formats, and the real build finds exactly the attributed passages the
 * generator planted (expected.json), file by file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/core/synth';
import { createRng } from '../../src/lib/core/util/hash';
import { loadCorpusRegistries } from '../helpers/corpus';
import { runScript, tempDir } from '../helpers/cli';

const DOCS = 30;
const SEED = 7;

function listFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true })
		.flatMap((entry) =>
			entry.isDirectory()
				? listFiles(dir, join(prefix, entry.name))
				: [join(prefix, entry.name).split('\\').join('/')]
		)
		.sort();
}

let dirA: string;
let dirB: string;
let expected: {
	files: Record<string, { format: string; attributed: number; unattributed: number }>;
	totals: { attributed: number };
};
let report: {
	files: Record<string, { attributed: unknown[]; unattributed: unknown[]; rejected: unknown[] }>;
	totals: { attributed: number; files: number };
};

beforeAll(() => {
	dirA = tempDir('lunshu-synth-a-');
	dirB = tempDir('lunshu-synth-b-');
	for (const dir of [dirA, dirB]) {
		const run = runScript('scripts/synth.ts', [
			'--docs',
			String(DOCS),
			'--seed',
			String(SEED),
			'--out',
			join(dir, 'corpus')
		]);
		expect(run.status, run.stderr).toBe(0);
	}
	expected = JSON.parse(readFileSync(join(dirA, 'corpus', 'expected.json'), 'utf8'));
	const build = runScript('scripts/build-graph.ts', [
		'--corpus',
		join(dirA, 'corpus'),
		'--out',
		join(dirA, 'graph.json'),
		'--report',
		join(dirA, 'report.json')
	]);
	expect(build.status, build.stderr).toBe(0);
	report = JSON.parse(readFileSync(join(dirA, 'report.json'), 'utf8'));
});

describe('npm run synth', () => {
	it('writes the same bytes for the same seed', () => {
		const a = listFiles(join(dirA, 'corpus'));
		const b = listFiles(join(dirB, 'corpus'));
		expect(a).toEqual(b);
		for (const file of a)
			expect(readFileSync(join(dirA, 'corpus', file)), file).toEqual(
				readFileSync(join(dirB, 'corpus', file))
			);
	});

	it('gives different corpora for different seeds', () => {
		const registries = loadCorpusRegistries();
		const one = generateCorpus({ docs: 5, rng: createRng(1), registries });
		const two = generateCorpus({ docs: 5, rng: createRng(2), registries });
		expect(one.files.map((f) => f.text)).not.toEqual(two.files.map((f) => f.text));
	});

	it('writes N documents, a manifest and expected.json', () => {
		const files = listFiles(join(dirA, 'corpus'));
		const documents = files.filter((f) => /\.(txt|md)$/.test(f));
		expect(documents).toHaveLength(DOCS);
		expect(files).toContain('manifest.yaml');
		expect(files).toContain('expected.json');
		expect(Object.keys(expected.files).sort()).toEqual(documents);
	});

	it('mixes the real formats', () => {
		const texts = listFiles(join(dirA, 'corpus'))
			.filter((f) => /\.(txt|md)$/.test(f))
			.map((f) => readFileSync(join(dirA, 'corpus', f), 'utf8'))
			.join('\n');
		// Dash lines, title lines with a cited book and page, 摘自, inline parentheticals,
		// Chinese-numeral dates, PDF-spaced dates, numbered items, reported speech, laws in 《》.
		expect(texts).toMatch(/^——\d{4}年\d{1,2}月\d{1,2}日，习近平在.+上的讲话$/m);
		expect(texts).toMatch(
			/^《在.+的讲话》（\d{4}年\d{1,2}月\d{1,2}日）(，习近平《.+》.*出版社\d{4}年版，第\d+页)?$/m
		);
		expect(texts).toMatch(/^摘自《.+》（/m);
		expect(texts).toMatch(/。（\d{4}年\d{1,2}月\d{1,2}日，.+）$/m);
		expect(texts).toMatch(
			/[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日/
		);
		expect(texts).toMatch(/^——\d{4}年 \d{1,2} 月 \d{1,2} 日，/m);
		expect(texts).toMatch(/^\d{1,2}、/m);
		expect(texts).toMatch(/^习近平(?:总书记)?(?:强调|指出)，/m);
		expect(texts).toMatch(/《[^》]+法》/);
	});

	it('plants passages the real build attributes, file by file', () => {
		expect(report.totals.files).toBe(DOCS);
		expect(report.totals.attributed).toBe(expected.totals.attributed);
		for (const [file, planted] of Object.entries(expected.files)) {
			const found = report.files[file];
			expect(found, file).toBeDefined();
			expect(found.attributed.length, `${file} (${planted.format})`).toBe(planted.attributed);
			expect(found.unattributed.length, `${file} (${planted.format})`).toBe(planted.unattributed);
			expect(found.rejected, file).toEqual([]);
		}
	});

	it('reuses quotations across documents as one quote node with several appearances', () => {
		const graph = JSON.parse(readFileSync(join(dirA, 'graph.json'), 'utf8')) as {
			nodes: { key: string; attributes: Record<string, any> }[];
		};
		const quotes = graph.nodes.filter((n) => n.attributes.kind === 'quote');
		const reused = quotes.filter(
			(q) => new Set(q.attributes.appearances.map((a: { file: string }) => a.file)).size > 1
		);
		expect(reused.length).toBeGreaterThan(5);
		expect(quotes.length).toBeLessThan(expected.totals.attributed);
	});
});
