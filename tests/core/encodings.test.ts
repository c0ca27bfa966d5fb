/**
 * The same document in four byte forms and scripts gives the same quotes: the 党建网 page
 * as UTF-8, as GB18030, as UTF-16LE with BOM, and converted to traditional characters
 * (OpenCC standard traditional: the same text, character for character). Quote keys come from the normalised simplified text, so
 * they must be identical; dates and events are read from the same attributions.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { buildCorpusGraph } from '../../src/lib/core/graph/pipeline';
import { CORPUS_DIR, loadCorpusRegistries, quoteAt } from '../helpers/corpus';
import { readManifest } from '../../scripts/lib/corpus-files';
import { utf16, utf8 } from './support';

const FILE = 'dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt';
const text = readFileSync(`${CORPUS_DIR}/${FILE}`, 'utf8');
const meta = readManifest(CORPUS_DIR).meta[FILE];
const registries = loadCorpusRegistries();
const toTraditional = Converter({ from: 'cn', to: 't' });
const traditional = toTraditional(text);

const variants: [string, Uint8Array][] = [
	['utf-8', utf8(text)],
	['gb18030', new Uint8Array(iconv.encode(text, 'gb18030'))],
	['utf-16le', utf16(text, 'le')],
	['traditional', utf8(traditional)]
];
const builds = new Map(
	variants.map(([name, bytes]) => [
		name,
		buildCorpusGraph({ files: [{ path: FILE, bytes, meta }], registries })
	])
);

/** Passage line → date and event, as the document states them (see tests/fixtures/corpus-labels.yaml). */
const EXPECTED: [number, string, string][] = [
	[7, '2016-04-19', '2016-04-19-cyber-symposium'],
	[11, '2019-09', '2019-09-16-cyber-week-instruction'],
	[15, '2023-07', '2023-07-cyber-work-instruction'],
	[21, '2015-12-16', '2015-12-16-wic-2-opening'],
	[25, '2016-04-19', '2016-04-19-cyber-symposium'],
	[29, '2016-10-09', '2016-10-09-politburo-study-36'],
	[35, '2017-02-17', '2017-02-17-national-security-symposium'],
	[39, '2018-04-21', '2018-04-20-cyber-work-conference'],
	[43, '2019-09', '2019-09-16-cyber-week-instruction']
];

const quoteKeys = (name: string) =>
	builds
		.get(name)!
		.graph.filterNodes((_n, a) => a.kind === 'quote')
		.sort();

describe('one document in four encodings and scripts', () => {
	it('the traditional version really is in traditional characters', () => {
		expect(traditional).not.toBe(text);
		expect(traditional).toContain('習近平');
		expect(traditional).toContain('網絡安全');
	});

	it('every build reads the file with the right encoding and no error', () => {
		expect(builds.get('utf-8')!.report.files[FILE].encoding).toBe('utf-8');
		expect(builds.get('gb18030')!.report.files[FILE].encoding).toBe('gb18030');
		expect(builds.get('utf-16le')!.report.files[FILE].encoding).toBe('utf-16le');
		expect(builds.get('traditional')!.report.files[FILE].encoding).toBe('utf-8');
		for (const { report } of builds.values()) expect(report.files[FILE].error).toBeUndefined();
	});

	it('the UTF-8 build has the nine labelled quotations', () => {
		expect(quoteKeys('utf-8')).toHaveLength(9);
	});

	it.each(['gb18030', 'utf-16le'])('%s gives the same quote keys as UTF-8', (name) => {
		expect(quoteKeys(name)).toEqual(quoteKeys('utf-8'));
	});

	it('traditional gives the same quote keys as UTF-8', () => {
		expect(traditional).not.toBe(text);
		expect(traditional).toContain('網絡空間');
		expect(quoteKeys('traditional')).toEqual(quoteKeys('utf-8'));
	});

	it.each([...variants.map(([name]) => name)])(
		'%s gives every passage its date and event',
		(name) => {
			const { graph } = builds.get(name)!;
			for (const [line, date, event] of EXPECTED) {
				const quote = quoteAt(graph, FILE, line);
				expect(quote, `${name} line ${line}`).toBeDefined();
				expect(graph.getNodeAttribute(quote!, 'date'), `${name} line ${line}`).toBe(date);
				const events = graph
					.outEdges(quote!)
					.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'said_at')
					.map((e) => graph.target(e));
				expect(events, `${name} line ${line}`).toEqual([`event:${event}`]);
			}
		}
	);

	it.each(['gb18030', 'utf-16le'])('%s gives a graph identical to UTF-8, node for node', (name) => {
		const a = builds.get('utf-8')!.graph;
		const b = builds.get(name)!.graph;
		expect(b.order).toBe(a.order);
		expect(b.size).toBe(a.size);
		a.forEachNode((node, attributes) =>
			expect(b.getNodeAttributes(node), node).toEqual(attributes)
		);
	});

	it.each(['gb18030', 'utf-16le', 'traditional'])(
		'%s finds the same registry terms in every quotation',
		(name) => {
			const termsAt = (build: string, line: number) => {
				const { graph } = builds.get(build)!;
				const quote = quoteAt(graph, FILE, line)!;
				return graph
					.outEdges(quote)
					.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')
					.map((e) => graph.target(e))
					.sort();
			};
			for (const [line] of EXPECTED)
				expect(termsAt(name, line), `line ${line}`).toEqual(termsAt('utf-8', line));
		}
	);
});
