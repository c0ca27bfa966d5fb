/**
 * The build command as CONTRACT §2 and §3 describe it: flags, defaults, exit codes, report
 * accounting, deterministic bytes, and every node and edge of graph.json keeping the contract.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript, tempDir } from '../helpers/cli';

const KINDS = [
	'quote',
	'event',
	'date',
	'law',
	'concept',
	'document',
	'person',
	'organization',
	'publication',
	'theme'
];
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LAW_CATEGORIES = [
	'law',
	'regulation',
	'rule',
	'strategy',
	'policy',
	'plan',
	'initiative',
	'standard'
];
/** CONTRACT §3: edge kind → allowed source kinds → allowed target kinds. */
const EDGE_RULES: Record<string, [string[], string[]]> = {
	said_at: [['quote'], ['event']],
	appears_in: [['quote'], ['document']],
	overlaps: [['quote'], ['quote']],
	echoes: [['document'], ['quote']],
	mentions: [
		['quote', 'document'],
		['concept', 'law', 'person', 'organization', 'event']
	],
	on: [['event', 'quote'], ['date']],
	cites: [['quote'], ['publication']],
	in_theme: [['quote'], ['theme']],
	co_occurs: [['concept'], ['concept']]
};

interface Exported {
	attributes: Record<string, unknown>;
	options: Record<string, unknown>;
	nodes: { key: string; attributes: Record<string, any> }[];
	edges: { key: string; source: string; target: string; attributes: Record<string, any> }[];
}

let dir: string;
let first: string;
let graph: Exported;
let report: any;
let stderr: string;

beforeAll(() => {
	dir = tempDir();
	const run = runScript('scripts/build-graph.ts', [
		'--corpus',
		'graph-data/corpus',
		'--out',
		join(dir, 'a.json'),
		'--report',
		join(dir, 'report.json')
	]);
	expect(run.status, run.stderr).toBe(0);
	stderr = run.stderr;
	first = readFileSync(join(dir, 'a.json'), 'utf8');
	graph = JSON.parse(first);
	report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
});

describe('npm run build:graph (CONTRACT §2)', () => {
	it('prints a progress line per stage on stderr', () => {
		for (const stage of ['ingest', 'extract', 'link', 'graph', 'metrics', 'layout', 'write'])
			expect(stderr).toMatch(new RegExp(`build-graph: ${stage}`));
	});

	it('gives byte-identical graph.json on a rebuild, and with the corpus files in another order and locale', () => {
		const again = runScript(
			'scripts/build-graph.ts',
			[
				'--corpus',
				'graph-data/corpus',
				'--out',
				join(dir, 'b.json'),
				'--report',
				join(dir, 'r2.json')
			],
			{ LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }
		);
		expect(again.status).toBe(0);
		expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(first);
		// Same files copied in reverse order into a fresh folder (different directory order on disk).
		const copy = join(dir, 'corpus-copy');
		mkdirSync(copy);
		for (const name of readdirSync('graph-data/corpus').reverse())
			copyFileSync(join('graph-data/corpus', name), join(copy, name));
		const third = runScript('scripts/build-graph.ts', [
			'--corpus',
			copy,
			'--out',
			join(dir, 'c.json'),
			'--report',
			join(dir, 'r3.json')
		]);
		expect(third.status).toBe(0);
		expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(first);
	});

	it('exits non-zero with a one-line reason when the corpus folder does not exist', () => {
		const run = runScript('scripts/build-graph.ts', [
			'--corpus',
			join(dir, 'no-such-folder'),
			'--out',
			join(dir, 'x.json'),
			'--report',
			join(dir, 'x-report.json')
		]);
		expect(run.status).not.toBe(0);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/corpus folder not found/);
	});

	it('exits 0 and reports the problem when a file cannot be read as text', () => {
		const corpus = join(dir, 'mixed');
		mkdirSync(corpus);
		copyFileSync(
			'graph-data/corpus/dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt',
			join(corpus, 'good.txt')
		);
		writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 17]));
		const run = runScript('scripts/build-graph.ts', [
			'--corpus',
			corpus,
			'--out',
			join(dir, 'm.json'),
			'--report',
			join(dir, 'm-report.json')
		]);
		expect(run.status).toBe(0);
		const mixed = JSON.parse(readFileSync(join(dir, 'm-report.json'), 'utf8'));
		expect(mixed.files['binary.txt'].rejected[0].reason).toMatch(/binary/);
		expect(mixed.files['good.txt'].attributed.length).toBe(9);
	});

	it('stops with file, line, entry and field named when a registry entry is malformed', () => {
		const registries = join(dir, 'bad-registries');
		mkdirSync(registries);
		writeFileSync(
			join(registries, 'laws.yaml'),
			'- id: some-law\n  name: 某法\n  category: law\n  adopted: 2016-13-01\n'
		);
		const run = runScript('scripts/build-graph.ts', [
			'--corpus',
			'graph-data/corpus',
			'--registries',
			registries,
			'--out',
			join(dir, 'y.json'),
			'--report',
			join(dir, 'y-report.json')
		]);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/laws\.yaml:4: entry 1 \(id "some-law"\), field "adopted"/);
	});

	it('accounts for every passage of every file in the report', () => {
		for (const [file, f] of Object.entries<any>(report.files)) {
			expect(f.attributed.length + f.unattributed.length + f.rejected.length, file).toBe(
				f.passages
			);
			for (const r of f.rejected)
				expect(typeof r.line === 'number' && typeof r.reason === 'string').toBe(true);
			for (const w of f.warnings)
				expect(typeof w.line === 'number' && typeof w.message === 'string').toBe(true);
		}
		expect(report.totals.attributed).toBe(71);
	});
});

describe('graph.json keeps CONTRACT §3', () => {
	it('is graphology serialization with schemaVersion 1', () => {
		expect(Object.keys(graph).sort()).toEqual(['attributes', 'edges', 'nodes', 'options']);
		expect(graph.attributes.schemaVersion).toBe(1);
	});

	it('gives every node a kind, a label and finite x, y, size', () => {
		for (const { key, attributes: a } of graph.nodes) {
			expect(KINDS, key).toContain(a.kind);
			expect(typeof a.label === 'string' && a.label.length > 0, key).toBe(true);
			for (const field of ['x', 'y', 'size'])
				expect(Number.isFinite(a[field]), `${key}.${field}`).toBe(true);
			expect(a.type, `${key} must not use sigma's reserved "type"`).toBeUndefined();
		}
	});

	it('gives every kind its required attributes', () => {
		for (const { key, attributes: a } of graph.nodes) {
			switch (a.kind) {
				case 'quote':
					expect(typeof a.text).toBe('string');
					if (a.date !== undefined) expect(a.date, key).toMatch(ISO);
					expect(a.appearances.length, key).toBeGreaterThan(0);
					for (const ap of a.appearances) {
						expect(typeof ap.file).toBe('string');
						expect(ap.file).not.toContain('\\');
						expect(
							Number.isInteger(ap.line) &&
								Number.isInteger(ap.endLine) &&
								ap.line >= 1 &&
								ap.endLine >= ap.line,
							key
						).toBe(true);
					}
					expect(a.text, key).not.toMatch(/\n/);
					break;
				case 'event':
					if (a.date !== undefined) expect(a.date, key).toMatch(ISO);
					if (a.endDate !== undefined) expect(a.endDate).toMatch(ISO);
					expect(Array.isArray(a.aliases), key).toBe(true);
					break;
				case 'law':
					expect(Array.isArray(a.aliases), key).toBe(true);
					expect(LAW_CATEGORIES, key).toContain(a.category);
					for (const f of ['adopted', 'effective'])
						if (a[f] !== undefined) expect(a[f], key).toMatch(ISO);
					break;
				case 'concept':
					expect(Array.isArray(a.aliases)).toBe(true);
					expect(typeof a.gloss, key).toBe('string');
					expect(typeof a.category).toBe('string');
					break;
				case 'document':
					expect(typeof a.file).toBe('string');
					expect(typeof a.title).toBe('string');
					break;
				case 'date':
					expect(a.date, key).toMatch(ISO);
					break;
			}
		}
	});

	it('gives every edge a kind, with the endpoint kinds of the contract table', () => {
		const kindOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.kind]));
		for (const edge of graph.edges) {
			expect(typeof edge.attributes.kind, edge.key).toBe('string');
			const rule = EDGE_RULES[edge.attributes.kind];
			if (!rule) continue; // kinds added beyond the contract (restates, broader, part_of)
			expect(rule[0], edge.key).toContain(kindOf.get(edge.source));
			expect(rule[1], edge.key).toContain(kindOf.get(edge.target));
			if (edge.attributes.kind === 'overlaps') {
				expect(['excerpt_of', 'overlap']).toContain(edge.attributes.relation);
				expect(edge.attributes.score).toBeGreaterThanOrEqual(0);
				expect(edge.attributes.score).toBeLessThanOrEqual(1);
			}
			if (edge.attributes.kind === 'co_occurs')
				expect(edge.attributes.weight).toBeGreaterThanOrEqual(1);
		}
	});

	it('has one quote node per passage text: no two quote nodes with the same text', () => {
		const texts = graph.nodes
			.filter((n) => n.attributes.kind === 'quote')
			.map((n) => n.attributes.text.replace(/[^\p{L}\p{N}]/gu, ''));
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('gives every concept a mention by a quote or document line that really contains its name or an alias', async () => {
		const { normalizeForMatch } = await import('../../src/lib/core/ingest/text');
		const byKey = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
		const lines = (file: string) =>
			readFileSync(join('graph-data/corpus', file), 'utf8').split(/\r\n|\r|\n/);
		let concepts = 0;
		for (const { key, attributes } of graph.nodes) {
			if (attributes.kind !== 'concept') continue;
			concepts++;
			const names = [attributes.label, ...attributes.aliases].map((n: string) =>
				normalizeForMatch(n)
			);
			const mentions = graph.edges.filter(
				(e) => e.target === key && e.attributes.kind === 'mentions'
			);
			expect(mentions.length, key).toBeGreaterThan(0);
			const contains = mentions.some((e) => {
				const source = byKey.get(e.source)!;
				// A document's mention: its line and the next two (PDF lines wrap inside terms).
				const text =
					source.kind === 'quote'
						? source.text
						: lines(source.file)
								.slice(e.attributes.line - 1, e.attributes.line + 2)
								.join('');
				return names.some((n: string) => normalizeForMatch(text).includes(n));
			});
			expect(contains, key).toBe(true);
		}
		expect(concepts).toBeGreaterThan(80);
	});
});
