/**
 * The extraction checked passage by passage against the hand-labelled corpus
 * (tests/fixtures/corpus-labels.yaml, written by reading the documents, not by running code).
 */
import { describe, expect, it } from 'vitest';
import { buildRealCorpus, quoteAt, readLabels } from '../helpers/corpus';

const labels = readLabels();
const { graph, report } = buildRealCorpus();

const outTargets = (node: string, kind: string) =>
	graph
		.outEdges(node)
		.filter((e) => graph.getEdgeAttribute(e, 'kind') === kind)
		.map((e) => graph.target(e));
type Appearance = {
	file: string;
	line: number;
	endLine: number;
	date?: string;
	page?: string;
	publication?: string;
	theme?: string;
	speaker?: string;
};

describe('every hand-labelled passage is extracted with its date, occasion and source', () => {
	it('finds exactly the labelled number of attributed passages per file', () => {
		const expected = new Map<string, number>();
		for (const p of labels.passages) expected.set(p.file, (expected.get(p.file) ?? 0) + 1);
		for (const o of labels.otherSpeakers) expected.set(o.file, (expected.get(o.file) ?? 0) + 1);
		for (const [file, fileReport] of Object.entries(report.files)) {
			expect(fileReport.attributed.length, file).toBe(expected.get(file) ?? 0);
		}
		const compilations = labels.passages.filter((p) => !p.file.startsWith('xinhua'));
		expect(compilations).toHaveLength(62);
	});

	it.each(labels.passages.map((p) => [`${p.file}:${p.line}`, p] as const))('%s', (_name, p) => {
		const record = report.files[p.file].attributed.find((a) => a.line === p.line);
		expect(record, 'attributed in the report').toBeDefined();
		expect(record!.endLine).toBe(p.endLine);
		const quote = quoteAt(graph, p.file, p.line)!;
		expect(quote).toBeDefined();
		const attributes = graph.getNodeAttributes(quote);
		const appearance = (attributes.appearances as Appearance[]).find(
			(a) => a.file === p.file && a.line === p.line
		)!;
		expect(appearance.date ?? null).toBe(p.date);
		expect(appearance.page ?? null).toBe(p.page);
		expect(appearance.publication ?? null).toBe(p.publication);
		expect(appearance.theme ?? null).toBe(p.theme);
		expect(appearance.speaker).toBe(p.speaker);
		const events = outTargets(quote, 'said_at');
		if (p.event) expect(events).toContain(`event:${p.event}`);
		else expect(events).toEqual([]);
		// The passage text, joined across wrapped lines, numbering removed.
		const text = (attributes.text as string).replace(/\s+/g, '');
		expect(text).toContain(p.startsWith.replace(/\s+/g, ''));
		expect(text).toContain(p.endsWith.replace(/\s+/g, ''));
	});

	it('attributes reported statements of other officials to them, at the 2023 conference', () => {
		for (const o of labels.otherSpeakers) {
			const quote = quoteAt(graph, o.file, o.line)!;
			expect(quote, `${o.file}:${o.line}`).toBeDefined();
			expect(graph.getNodeAttribute(quote, 'speaker')).toBe(o.speaker);
			expect(outTargets(quote, 'said_at')).toEqual([`event:${o.event}`]);
			expect(graph.getNodeAttribute(quote, 'text')).toContain(o.startsWith);
		}
	});

	it('rejoins OCR column fragments where the corpus gives evidence (19 → 47, 69 → 71) and reports the rest', () => {
		const warnings = report.files['xinhua-2023-07-cyber-work-conference.txt'].warnings;
		const text = (line: number) =>
			graph.getNodeAttribute(
				quoteAt(graph, 'xinhua-2023-07-cyber-work-conference.txt', line)!,
				'text'
			) as string;
		expect(text(19)).toContain('有习近平新时代中国特色社会主义思想科学指引。');
		expect(text(69)).toContain('防风险保安全');
		expect(text(7)).toContain('防风险保安全');
		expect(text(11)).toContain('善于开拓创新');
		// 49 ends mid-sentence; its continuation (67) has no corpus evidence, so it is not guessed.
		expect(text(49).endsWith('实施网络安全重大战略和')).toBe(true);
		expect(warnings.some((w) => w.line === 49 && /mid-sentence/.test(w.message))).toBe(true);
		expect(warnings.some((w) => w.line === 65 && /continues at line 81/.test(w.message))).toBe(
			true
		);
	});

	it('keeps the labelled compiler summaries and journalist paragraphs unattributed', () => {
		for (const u of labels.unattributed) {
			expect(
				report.files[u.file].unattributed.map((x) => x.line),
				`${u.file}:${u.line}`
			).toContain(u.line);
		}
	});

	it('gives no date to a quote whose attributions state none', () => {
		graph.forEachNode((node, attributes) => {
			if (attributes.kind !== 'quote') return;
			const stated = (attributes.appearances as Appearance[]).some((a) => a.date);
			if (!stated) expect(attributes.date, node).toBeUndefined();
		});
	});
});

describe('one node per quotation, families of one source text', () => {
	const familyOf = (ref: string) => {
		const [file, line] = ref.split(':');
		const quote = quoteAt(graph, file, Number(line));
		expect(quote, ref).toBeDefined();
		return (graph.getNodeAttribute(quote!, 'family') as string | undefined) ?? quote!;
	};

	it.each(labels.families.map((f) => [f.join(' + '), f] as const))(
		'%s is one connected family',
		(_name, members) => {
			const families = new Set(members.map(familyOf));
			expect(families.size).toBe(1);
		}
	);

	it('keeps different labelled families apart (stock phrases do not chain speeches together)', () => {
		const ids = labels.families.map((f) => familyOf(f[0]));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('the 网络空间是亿万民众共同的精神家园 passage quoted by three compilations is one family of excerpts', () => {
		const keys = [
			'dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt:7',
			'compilation-cyber-power-thought-cybersecurity.txt:122',
			'compilation-cyber-informatization-excerpts.txt:57'
		].map((ref) => {
			const [file, line] = ref.split(':');
			return quoteAt(graph, file, Number(line))!;
		});
		const overlaps = graph.filterEdges(
			(e, a) =>
				a.kind === 'overlaps' && keys.includes(graph.source(e)) && keys.includes(graph.target(e))
		);
		expect(overlaps.length).toBeGreaterThanOrEqual(2);
		for (const e of overlaps) expect(graph.getEdgeAttribute(e, 'relation')).toBe('excerpt_of');
	});

	it('the three datings of the 2018 conference resolve to one event', () => {
		const event = 'event:2018-04-20-cyber-work-conference';
		for (const [file, line] of [
			['dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt', 39],
			['compilation-cyber-power-thought-cybersecurity.txt', 152],
			['compilation-cyber-informatization-excerpts.txt', 124]
		] as const) {
			expect(outTargets(quoteAt(graph, file, line)!, 'said_at')).toEqual([event]);
		}
		expect(graph.getNodeAttribute(event, 'date')).toBe('2018-04-20');
		expect(graph.getNodeAttribute(event, 'endDate')).toBe('2018-04-21');
	});

	it('links every verbatim echo of the speech outline and the news page to the echoed wording', () => {
		for (const echo of labels.echoes.filter((e) => e.kind === 'verbatim')) {
			const targets = [echo.echoes, ...(echo.alsoIn ?? [])].map((ref) => {
				const [file, line] = ref.split(':');
				return quoteAt(graph, file, Number(line))!;
			});
			const edges = graph.filterEdges(`doc:${echo.file}`, (e, a) => a.kind === 'echoes');
			const echoed = edges.map((e) => graph.target(e));
			// Documents that quote the passage themselves are not said to echo it.
			const eligible = targets.filter(
				(t) =>
					!(graph.getNodeAttribute(t, 'appearances') as Appearance[]).some(
						(a) => a.file === echo.file
					)
			);
			if (!eligible.length) continue;
			expect(
				eligible.some((t) => echoed.includes(t)),
				`${echo.file}:${echo.line} echoes ${echo.shared}`
			).toBe(true);
		}
	});
});
