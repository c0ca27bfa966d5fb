/**
 * graph/pipeline: corpus → passages → records → graph. The one function scripts and tests
 * call; it does no I/O. Each stage reports its name and duration through `onStage`, so the
 * build script can print progress and the benchmark can time stages.
 */
import Graph from 'graphology';
export { NODE_KINDS, type NodeKind } from '../kinds';
import { pinyin } from 'pinyin-pro';
import {
	extractPassages,
	lineAtOffset,
	MAX_PASSAGE_CHARS,
	type ExtractedDocument,
	type PassageRecord
} from '../extract/passages';
import { datesAgree, parseDate, precisionOf } from '../extract/date';
import { ingestCorpus, type CorpusFile, type IngestedDocument } from '../ingest/corpus';
import { normalizeForMatch } from '../ingest/text';
import { findEchoes } from '../link/echoes';
import { EventResolver, type ResolvedEvent } from '../link/events';
import { TermMatcher, type Term } from '../link/mentions';
import { linkQuotes, type QuoteGroup } from '../link/quotes';
import { classifyTitle, findTitles, type TitleLookup } from '../link/titles';
import type { Registries } from '../registry/registries';
import { hashString, compareCodePoints } from '../util/hash';
import { parseStory } from '../story/story';
import { computeForceLayout, computeTimeLayout } from './layout';
import { computeMetrics, DEFAULT_SEED, round } from './metrics';
import { emptyFileReport, type BuildReport, type FileReport } from './report';

export const SCHEMA_VERSION = 1;

export interface BuildOptions {
	files: CorpusFile[];
	registries: Registries;
	seed?: number;
	/** Story files (graph-data/stories/<id>.yaml), validated against the built graph. */
	stories?: { id: string; label: string; text: string }[];
	/** Called after each stage with its name, a one-line summary and its duration in ms. */
	onStage?: (stage: string, summary: string, ms: number) => void;
}

export interface BuildResult {
	graph: Graph;
	report: BuildReport;
}

/** Canvas labels of quotes are shortened; the panel shows the full text. */
const QUOTE_LABEL_CHARS = 12;

export function shortLabel(text: string, max = QUOTE_LABEL_CHARS): string {
	const chars = [...text.replace(/\s+/g, '')];
	return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

export function buildCorpusGraph(options: BuildOptions): BuildResult {
	const seed = options.seed ?? DEFAULT_SEED;
	const { registries } = options;
	let clock = performance.now();
	const stage = (name: string, summary: string) => {
		const now = performance.now();
		options.onStage?.(name, summary, now - clock);
		clock = now;
	};
	const files = [...options.files].sort((a, b) => compareCodePoints(a.path, b.path));

	// ingest
	const ingested = ingestCorpus(files);
	stage(
		'ingest',
		`${files.length} files, ${ingested.reduce((n, d) => n + d.lineCount, 0)} lines, ${ingested.reduce((n, d) => n + d.blocks.length, 0)} blocks`
	);

	// extract
	const defaultSpeaker = registries.people.find((p) => p.defaultSpeaker === true)?.name;
	const speakers = [
		...new Set(
			registries.people.flatMap((p) => [
				p.name,
				...p.aliases.filter((a) => !/^(?:总书记|同志)$/.test(a))
			])
		)
	].sort((a, b) => b.length - a.length);
	const aliasToPerson = new Map(
		registries.people.flatMap((p) => [p.name, ...p.aliases].map((a) => [a, p.name] as const))
	);
	const extracted: ExtractedDocument[] = ingested.map((doc) =>
		extractPassages(doc.file, doc.blocks, { speakers, defaultSpeaker, documentDate: doc.meta.date })
	);
	// Documents by file: looked up per document below (a linear find there made the build quadratic).
	const ingestedByFile = new Map(ingested.map((d) => [d.file, d]));
	const extractedByFile = new Map(extracted.map((d) => [d.file, d]));
	for (const doc of extracted)
		for (const r of doc.records)
			if (r.attribution.speaker)
				r.attribution.speaker = aliasToPerson.get(r.attribution.speaker) ?? r.attribution.speaker;
	inheritReportedOccasions(extracted);
	assignLeadEvents(extracted, ingested, registries, defaultSpeaker);
	// Section headings are themes only where a compiler arranged quotations under them;
	// a news page's subheads are not themes.
	for (const doc of extracted) {
		const meta = ingestedByFile.get(doc.file)!.meta;
		const compilation = meta.kind
			? meta.kind === 'compilation'
			: inferDocKind(doc) === 'compilation';
		if (!compilation) for (const r of doc.records) r.theme = undefined;
	}
	const records = extracted.flatMap((d) => d.records);
	stage(
		'extract',
		`${records.length} attributed passages, ${extracted.reduce((n, d) => n + d.unattributed.length, 0)} unattributed, ${extracted.reduce((n, d) => n + d.rejected.length, 0)} rejected`
	);

	// link
	const resolver = new EventResolver(registries.events);
	const eventOf = new Map<PassageRecord, ResolvedEvent>();
	const fileWarnings = new Map<string, { line: number; message: string }[]>();
	const warn = (file: string, line: number, message: string) => {
		const list = fileWarnings.get(file) ?? [];
		list.push({ line, message });
		fileWarnings.set(file, list);
	};
	for (const record of records) {
		const resolution = resolver.resolve(record.attribution);
		if (resolution.event) eventOf.set(record, resolution.event);
		if (resolution.warning) warn(record.file, record.attribution.line, resolution.warning);
	}
	const eventsOfQuote = (q: QuoteGroup) =>
		new Set(q.records.map((r) => eventOf.get(r)?.id).filter(Boolean));
	const linking = linkQuotes(records, (a, b) => {
		const ea = eventsOfQuote(a);
		const eb = eventsOfQuote(b);
		if (!ea.size || !eb.size) return true;
		return [...ea].some((e) => eb.has(e));
	});
	const unattributedByFile = extracted.map((doc) => {
		const ingestedDoc = ingestedByFile.get(doc.file)!;
		return {
			file: doc.file,
			passages: doc.unattributed.map((u) => {
				const block = ingestedDoc.blocks.find((b) => b.line === u.line && b.kind === 'paragraph');
				return { ...u, lineAt: (offset: number) => (block ? lineAtOffset(block, offset) : u.line) };
			})
		};
	});
	const echoes = findEchoes(unattributedByFile, linking.quotes);
	stage(
		'link',
		`${linking.quotes.length} quotes, ${linking.links.length} quote links, ${linking.families.size} in families, ${echoes.length} echoes`
	);

	// graph
	const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
	const report = newReport(ingested, extracted);
	const addNode = (key: string, attributes: Record<string, unknown>) => {
		if (!graph.hasNode(key)) graph.addNode(key, attributes);
		return key;
	};
	const addEdge = (
		kind: string,
		source: string,
		target: string,
		attributes: Record<string, unknown> = {}
	) => {
		const key = `${kind}|${source}|${target}`;
		if (source === target || graph.hasEdge(key)) return;
		graph.addDirectedEdgeWithKey(key, source, target, { kind, ...attributes });
	};

	// documents
	for (const doc of ingested) {
		const ext = extractedByFile.get(doc.file)!;
		const title = doc.meta.title ?? ext.title ?? doc.file;
		addNode(`doc:${doc.file}`, {
			kind: 'document',
			label: shortLabel(title, 14),
			title,
			file: doc.file,
			publisher: doc.meta.publisher,
			docDate: doc.meta.date,
			docKind: doc.meta.kind ?? inferDocKind(ext),
			error: doc.error
		});
	}

	// events
	const addEvent = (event: ResolvedEvent) => {
		const key = `event:${event.id}`;
		addNode(key, {
			kind: 'event',
			label: event.name,
			date: event.date,
			endDate: event.endDate,
			aliases: event.aliases,
			nameEn: event.nameEn,
			eventKind: event.kind,
			registered: event.registered
		});
		if (event.date) addEdge('on', key, addDateNode(graph, event.date));
		if (event.partOf) {
			const parent = registries.events.find((e) => e.id === event.partOf);
			if (parent) {
				addEvent({
					id: parent.id,
					name: parent.name,
					nameEn: parent.nameEn,
					kind: parent.kind,
					date: parent.date,
					endDate: parent.endDate,
					aliases: [...new Set([parent.name, ...parent.aliases])],
					registered: true
				});
				addEdge('part_of', key, `event:${parent.id}`);
			}
		}
		return key;
	};

	// quotes
	const publicationKeys = buildPublicationLookup(registries);
	const quoteOfRecord = new Map<PassageRecord, string>();
	for (const quote of linking.quotes) {
		const ordered = [...quote.records].sort(
			(a, b) => compareCodePoints(a.file, b.file) || a.line - b.line
		);
		// The first of the longest normalised wordings (lengths computed once, not per comparison).
		const normLengths = ordered.map(
			(r) => (linking.normOf.get(r) ?? normalizeForMatch(r.text)).length
		);
		const fullest =
			ordered[normLengths.reduce((best, length, i) => (length > normLengths[best] ? i : best), 0)];
		const events = new Map<string, ResolvedEvent>();
		for (const r of ordered) {
			const e = eventOf.get(r);
			if (e) events.set(e.id, e);
			quoteOfRecord.set(r, quote.key);
		}
		const registeredEvents = [...events.values()].filter((e) => e.registered);
		const event = registeredEvents[0] ?? [...events.values()][0];
		const { date, conflict } = chooseQuoteDate(ordered, event);
		if (conflict) {
			report.events.dateConflicts.push({
				quote: quote.key,
				dates: conflict,
				chosen: date ?? '',
				appearances: ordered.map((r) => `${r.file}:${r.line}`)
			});
		}
		const themes = [...new Set(ordered.map((r) => r.theme).filter((t): t is string => !!t))];
		addNode(quote.key, {
			kind: 'quote',
			label: shortLabel(fullest.text),
			text: fullest.text,
			date,
			datePrecision: date ? precisionOf(date) : undefined,
			dateInferred:
				ordered.some((r) => r.attribution.date?.inferred && r.attribution.date.iso === date) ||
				undefined,
			speaker: fullest.attribution.speaker,
			family: linking.families.get(quote.key),
			appearances: ordered.map((r) => ({
				file: r.file,
				line: r.line,
				endLine: r.endLine,
				attribution: r.attribution.raw,
				attributionLine: r.attribution.line,
				date: r.attribution.date?.end
					? `${r.attribution.date.iso}/${r.attribution.date.end}`
					: r.attribution.date?.iso,
				page: r.attribution.citation?.page,
				publication: r.attribution.citation?.publication,
				form: r.attribution.form,
				speaker: r.attribution.speaker,
				theme: r.theme
			}))
		});
		for (const e of events.values()) addEdge('said_at', quote.key, addEvent(e));
		if (date) addEdge('on', quote.key, addDateNode(graph, date));
		for (const r of ordered) {
			addEdge('appears_in', quote.key, `doc:${r.file}`, { lines: [] });
			graph.updateEdgeAttribute(
				`appears_in|${quote.key}|doc:${r.file}`,
				'lines',
				(lines: number[]) => [...lines, r.line]
			);
			const citation = r.attribution.citation;
			if (citation) {
				const norm = normalizeForMatch(citation.publication);
				let pubKey = publicationKeys.get(norm);
				if (!pubKey) {
					pubKey = `pub:unregistered-${hashString(norm)}`;
					const known = report.publications.unregistered.find((p) => p.key === pubKey);
					if (known) known.where.push(`${r.file}:${r.attribution.line}`);
					else
						report.publications.unregistered.push({
							key: pubKey,
							name: citation.publication,
							where: [`${r.file}:${r.attribution.line}`]
						});
				}
				const entry = registries.publications.find((p) => `pub:${p.id}` === pubKey);
				addNode(pubKey, {
					kind: 'publication',
					label: entry?.name ?? citation.publication,
					publisher: entry?.publisher ?? citation.publisher,
					pubKind: entry?.kind ?? (citation.issueDate ? 'newspaper' : 'book'),
					nameEn: entry?.nameEn,
					registered: !!entry
				});
				addEdge('cites', quote.key, pubKey, {
					page: citation.page,
					volume: citation.volume,
					edition: citation.year,
					issueDate: citation.issueDate
				});
			}
		}
		for (const theme of themes) {
			const themeKey = `theme:${normalizeForMatch(theme)}`;
			addNode(themeKey, { kind: 'theme', label: theme });
			addEdge('in_theme', quote.key, themeKey);
		}
	}
	for (const link of linking.links) {
		const kind = link.relation === 'restates' ? 'restates' : 'overlaps';
		addEdge(kind, link.source, link.target, {
			relation: link.relation,
			score: link.score,
			shared: link.shared
		});
	}
	for (const echo of echoes)
		addEdge('echoes', `doc:${echo.file}`, echo.quote, {
			line: echo.line,
			shared: echo.shared,
			score: echo.score
		});

	// mentions
	addMentions(graph, registries, ingested, report, addNode, addEdge);

	// report: attributed passages with their quote
	for (const doc of extracted) {
		const fileReport = report.files[doc.file];
		for (const r of doc.records) {
			const event = eventOf.get(r);
			fileReport.attributed.push({
				line: r.line,
				endLine: r.endLine,
				quote: quoteOfRecord.get(r)!,
				date: r.attribution.date?.iso,
				event: event ? `event:${event.id}` : undefined,
				form: r.attribution.form
			});
		}
		fileReport.warnings.push(...(fileWarnings.get(doc.file) ?? []));
		fileReport.warnings.sort((a, b) => a.line - b.line || compareCodePoints(a.message, b.message));
	}
	const recordsOfEvent = new Map<ResolvedEvent, PassageRecord[]>();
	for (const r of records) {
		const event = eventOf.get(r);
		if (!event) continue;
		const list = recordsOfEvent.get(event);
		if (list) list.push(r);
		else recordsOfEvent.set(event, [r]);
	}
	for (const event of resolver.unregisteredEvents()) {
		report.events.unregistered.push({
			id: `event:${event.id}`,
			name: event.name,
			date: event.date,
			appearances: (recordsOfEvent.get(event) ?? []).map((r) => `${r.file}:${r.attribution.line}`)
		});
	}
	markLooksLikeQuotes(report, echoes, extracted);
	stage('graph', `${graph.order} nodes, ${graph.size} edges`);

	// metrics
	const metrics = computeMetrics(graph, seed);
	// A loop, not Math.max(...values): spreading 50,000 arguments nears the engine's limit.
	let maxRank = 1e-12;
	for (const rank of Object.values(metrics.pagerank)) if (rank > maxRank) maxRank = rank;
	graph.forEachNode((node) => {
		const rank = metrics.pagerank[node] ?? 0;
		graph.mergeNodeAttributes(node, {
			degree: metrics.degree[node],
			pagerank: rank,
			community: metrics.community[node] ?? 0,
			size: round(4 + 16 * Math.sqrt(rank / maxRank), 3)
		});
	});
	addPinyin(graph);
	graph.forEachNode((node, attributes) => {
		if (attributes.kind === 'quote') return;
		let quotes = 0;
		graph.forEachNeighbor(node, (n) => {
			if (graph.getNodeAttribute(n, 'kind') === 'quote') quotes++;
		});
		graph.setNodeAttribute(node, 'quoteCount', quotes);
	});
	graph.setAttribute('communities', metrics.communityCount);
	graph.setAttribute('modularity', metrics.modularity);
	stage('metrics', `${metrics.communityCount} communities, modularity ${metrics.modularity}`);

	// layout
	const force = computeForceLayout(graph, seed, metrics.projection);
	const time = computeTimeLayout(graph);
	graph.forEachNode((node) => graph.mergeNodeAttributes(node, { ...force[node], ...time[node] }));
	stage('layout', `force and time layouts for ${graph.order} nodes`);

	const stories = (options.stories ?? []).map((s) =>
		parseStory(s.label, s.id, s.text, (ref) => resolveReference(graph, ref))
	);
	graph.setAttribute(
		'stories',
		stories.map((s) => s.story)
	);
	report.stories = stories.flatMap((s) => s.problems);
	graph.setAttribute('schemaVersion', SCHEMA_VERSION);
	graph.setAttribute('seed', seed);
	report.totals = {
		files: ingested.length,
		passages: Object.values(report.files).reduce((n, f) => n + f.passages, 0),
		attributed: records.length,
		unattributed: Object.values(report.files).reduce((n, f) => n + f.unattributed.length, 0),
		rejected: Object.values(report.files).reduce((n, f) => n + f.rejected.length, 0),
		quotes: linking.quotes.length,
		nodes: graph.order,
		edges: graph.size
	};
	return { graph, report };
}

/**
 * Pinyin (full and initials) of every name, computed at build time so the page can match
 * `wlqg` or `wangluoqiangguo` to 网络强国 without shipping a pinyin dictionary.
 */
function addPinyin(graph: Graph): void {
	graph.forEachNode((node, attributes) => {
		if (attributes.kind === 'quote' || attributes.kind === 'date') return;
		const names = [
			attributes.label as string,
			...((attributes.aliases as string[] | undefined) ?? [])
		]
			.filter((n) => /\p{Script=Han}/u.test(n ?? ''))
			.slice(0, 6);
		const keys = new Set<string>();
		for (const name of names) {
			const syllables = pinyin(name.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, ''), {
				toneType: 'none',
				type: 'array',
				nonZh: 'consecutive'
			}) as string[];
			if (!syllables.length) continue;
			keys.add(syllables.join('').toLowerCase());
			keys.add(
				syllables
					.map((s) => s[0] ?? '')
					.join('')
					.toLowerCase()
			);
		}
		if (keys.size) graph.setNodeAttribute(node, 'py', [...keys]);
	});
}

/** A node key, or `file.txt:57` for the quotation standing at that line of that file. */
export function resolveReference(graph: Graph, ref: string): string | undefined {
	if (graph.hasNode(ref)) return ref;
	const m = /^(.+):(\d+)$/.exec(ref);
	if (!m) return undefined;
	const [, file, lineText] = m;
	const line = Number(lineText);
	return graph.findNode(
		(_key, a) =>
			a.kind === 'quote' &&
			(a.appearances as { file: string; line: number; endLine: number }[]).some(
				(ap) => ap.file === file && ap.line <= line && line <= ap.endLine
			)
	);
}

function addDateNode(graph: Graph, iso: string): string {
	const key = `date:${iso}`;
	if (!graph.hasNode(key))
		graph.addNode(key, { kind: 'date', label: iso, date: iso, precision: precisionOf(iso) });
	return key;
}

function inferDocKind(doc: ExtractedDocument): string {
	if (
		doc.records.length >= 3 &&
		doc.records.filter((r) => r.attribution.form !== 'reported').length >= doc.records.length / 2
	)
		return 'compilation';
	if (doc.records.some((r) => r.attribution.form === 'reported')) return 'news-report';
	return 'other';
}

/**
 * A quote's date is the most precise value its appearances agree on. When they disagree
 * (2018-04-20 in one compilation, 2018-04-21 in another), the event's date wins and the
 * conflict is reported.
 */
function chooseQuoteDate(
	records: PassageRecord[],
	event: ResolvedEvent | undefined
): { date?: string; conflict?: string[] } {
	const dates = records
		.map((r) => r.attribution.date)
		.filter((d): d is NonNullable<typeof d> => !!d);
	if (!dates.length) return {};
	const mostPrecise = [...dates].sort(
		(a, b) =>
			b.iso.length - a.iso.length ||
			(a.end ? 1 : 0) - (b.end ? 1 : 0) ||
			compareCodePoints(a.iso, b.iso)
	)[0];
	const consistent = dates.every(
		(d) => datesAgree(d, { iso: mostPrecise.iso }) || datesAgree({ iso: mostPrecise.iso }, d)
	);
	if (consistent) return { date: mostPrecise.iso };
	const distinct = [...new Set(dates.map((d) => (d.end ? `${d.iso}/${d.end}` : d.iso)))].sort();
	const chosen = event?.date ?? [...dates].sort((a, b) => compareCodePoints(a.iso, b.iso))[0].iso;
	return { date: chosen, conflict: distinct };
}

/** For news: `习近平强调，…` right after the reported instruction is the same occasion. */
function inheritReportedOccasions(extracted: ExtractedDocument[]): void {
	for (const doc of extracted) {
		const headings = doc.headings.map((h) => h.line);
		const ordered = [...doc.records].sort((a, b) => a.line - b.line);
		for (let i = 1; i < ordered.length; i++) {
			const record = ordered[i];
			const a = record.attribution;
			if (a.form !== 'reported' || a.occasion || a.date) continue;
			const previous = ordered[i - 1];
			const p = previous.attribution;
			if (p.form !== 'reported' || p.speaker !== a.speaker || (!p.occasion && !p.date)) continue;
			if (headings.some((h) => h > previous.line && h < record.line)) continue;
			const between = doc.unattributed.some(
				(u) => u.line > previous.endLine && u.line < record.line
			);
			if (between) continue;
			record.attribution = {
				...a,
				occasion: p.occasion,
				occasionKind: p.occasionKind,
				date: p.date,
				raw: `${a.raw}（承上：${p.raw}）`
			};
		}
	}
}

/**
 * A meeting report opens with the meeting and its dates (`全国网络安全和信息化工作会议7月14日至15日
 * 在京召开`); officials reported as speaking (`蔡奇在讲话中指出`, `李书磊在总结讲话中表示`) spoke
 * there. This holds for the officials attending, not for the corpus's default speaker, whom
 * news pages also quote from earlier speeches: those keep no occasion unless one is stated.
 */
function assignLeadEvents(
	extracted: ExtractedDocument[],
	ingested: IngestedDocument[],
	registries: Registries,
	defaultSpeaker: string | undefined
): void {
	const ingestedByFile = new Map(ingested.map((d) => [d.file, d]));
	for (const doc of extracted) {
		const candidates = doc.records.filter(
			(r) =>
				r.attribution.form === 'reported' &&
				r.attribution.speaker !== defaultSpeaker &&
				!r.attribution.occasion &&
				!r.attribution.date
		);
		if (!candidates.length) continue;
		const source = ingestedByFile.get(doc.file)!;
		const recordLines = new Set(doc.records.map((r) => r.line));
		const lead = findLeadEvent(source, registries, recordLines);
		if (!lead) continue;
		for (const record of candidates) {
			if (record.line < lead.line) continue;
			record.attribution = {
				...record.attribution,
				occasion: lead.alias,
				occasionKind: 'speech',
				date: lead.date,
				raw: `${record.attribution.raw}（会议见第${lead.line}行）`
			};
		}
	}
}

const MEETING_KINDS = new Set(['meeting', 'symposium', 'conference', 'study-session', 'banquet']);

function findLeadEvent(
	doc: IngestedDocument,
	registries: Registries,
	recordLines: Set<number>
):
	| { line: number; alias: string; date: NonNullable<PassageRecord['attribution']['date']> }
	| undefined {
	for (const block of doc.blocks) {
		if (
			block.kind !== 'paragraph' ||
			recordLines.has(block.line) ||
			block.text.length > MAX_PASSAGE_CHARS
		)
			continue;
		const norm = normalizeForMatch(block.text);
		let date;
		try {
			date = parseDate(block.text, { documentDate: doc.meta.date });
		} catch {
			continue;
		}
		if (!date) continue;
		for (const event of registries.events) {
			if (!MEETING_KINDS.has(event.kind)) continue;
			const alias = [event.name, ...event.aliases].find(
				(a) => normalizeForMatch(a).length >= 6 && norm.includes(normalizeForMatch(a))
			);
			if (alias && datesAgree({ iso: event.date, end: event.endDate }, date, 1))
				return { line: block.line, alias, date };
		}
	}
	return undefined;
}

function newReport(ingested: IngestedDocument[], extracted: ExtractedDocument[]): BuildReport {
	const files: Record<string, FileReport> = {};
	const extractedByFile = new Map(extracted.map((e) => [e.file, e]));
	for (const doc of ingested) {
		const ext = extractedByFile.get(doc.file)!;
		const fileReport = emptyFileReport(doc.lineCount);
		fileReport.encoding = doc.encoding;
		fileReport.error = doc.error;
		if (doc.error) fileReport.rejected.push({ line: 1, reason: doc.error });
		fileReport.headings = ext.headings.length;
		fileReport.unattributed = ext.unattributed.map((u) => ({
			line: u.line,
			endLine: u.endLine,
			reason: u.reason
		}));
		fileReport.rejected.push(...ext.rejected);
		fileReport.warnings = [...doc.warnings, ...ext.warnings];
		fileReport.passages = ext.records.length + ext.unattributed.length + fileReport.rejected.length;
		files[doc.file] = fileReport;
	}
	return {
		schemaVersion: 1,
		totals: {
			files: 0,
			passages: 0,
			attributed: 0,
			unattributed: 0,
			rejected: 0,
			quotes: 0,
			nodes: 0,
			edges: 0
		},
		files,
		events: { unregistered: [], dateConflicts: [] },
		titles: { unregisteredLaws: [], unknown: [], works: [] },
		publications: { unregistered: [] },
		looksLikeQuotes: []
	};
}

function markLooksLikeQuotes(
	report: BuildReport,
	echoes: { file: string; line: number; quote: string }[],
	extracted: ExtractedDocument[]
): void {
	// Echoes by file, in their order, so each passage searches only its own file's echoes.
	const echoesOfFile = new Map<string, { file: string; line: number; quote: string }[]>();
	for (const e of echoes) {
		const list = echoesOfFile.get(e.file);
		if (list) list.push(e);
		else echoesOfFile.set(e.file, [e]);
	}
	for (const doc of extracted) {
		const fileReport = report.files[doc.file];
		const isCompilation = doc.records.filter((r) => r.attribution.form !== 'reported').length >= 3;
		for (const u of fileReport.unattributed) {
			const echo = echoesOfFile.get(doc.file)?.find((e) => e.line >= u.line && e.line <= u.endLine);
			const why = echo
				? `shares wording with ${echo.quote}`
				: isCompilation && u.line > (doc.headings[0]?.line ?? 0)
					? 'unattributed paragraph in a compilation'
					: undefined;
			if (why) {
				u.looksLikeQuote = true;
				report.looksLikeQuotes.push({ file: doc.file, line: u.line, why });
			}
		}
	}
}

function buildPublicationLookup(registries: Registries): Map<string, string> {
	const lookup = new Map<string, string>();
	for (const p of registries.publications)
		for (const name of [p.name, ...p.aliases]) lookup.set(normalizeForMatch(name), `pub:${p.id}`);
	return lookup;
}

function titleLookup(registries: Registries): TitleLookup {
	const map = (
		entries: { id: string; name: string; aliases?: string[]; short?: string }[],
		prefix: string
	) => {
		const m = new Map<string, string>();
		for (const e of entries)
			for (const n of [e.name, e.short, ...(e.aliases ?? [])])
				if (n) m.set(normalizeForMatch(n).replace(/^中华人民共和国/, ''), `${prefix}${e.id}`);
		for (const e of entries) m.set(normalizeForMatch(e.name), `${prefix}${e.id}`);
		return m;
	};
	return {
		laws: map(registries.laws, 'law:'),
		publications: map(registries.publications, 'pub:'),
		works: map(registries.works, 'work:'),
		events: map(registries.events, 'event:')
	};
}

type AddNode = (key: string, attributes: Record<string, unknown>) => string;
type AddEdge = (
	kind: string,
	source: string,
	target: string,
	attributes?: Record<string, unknown>
) => void;

/**
 * Registry terms found in quotes and documents become `mentions` edges; concepts get
 * `broader` edges and `co_occurs` edges weighted by the number of quotes mentioning both.
 * Only terms that are really mentioned become nodes.
 */
function addMentions(
	graph: Graph,
	registries: Registries,
	ingested: IngestedDocument[],
	report: BuildReport,
	addNode: AddNode,
	addEdge: AddEdge
): void {
	const terms: Term[] = [];
	const nodeAttributes = new Map<string, Record<string, unknown>>();
	for (const c of registries.concepts) {
		nodeAttributes.set(`concept:${c.id}`, {
			kind: 'concept',
			label: c.name,
			aliases: c.aliases,
			gloss: c.gloss,
			category: c.category,
			broader: c.broader
		});
		for (const alias of [c.name, ...c.aliases]) terms.push({ key: `concept:${c.id}`, alias });
	}
	for (const l of registries.laws) {
		nodeAttributes.set(`law:${l.id}`, {
			kind: 'law',
			label: l.short ?? l.name.replace(/^中华人民共和国/, ''),
			name: l.name,
			aliases: [...new Set([l.name, l.short, ...l.aliases].filter(Boolean))],
			category: l.category,
			issuer: l.issuer,
			adopted: l.adopted,
			effective: l.effective,
			amendments: l.amendments,
			nameEn: l.nameEn,
			registered: true
		});
		for (const alias of [l.name, l.short, ...l.aliases]) {
			if (!alias) continue;
			terms.push({ key: `law:${l.id}`, alias });
			if (!alias.startsWith('中华人民共和国') && l.name.startsWith('中华人民共和国'))
				terms.push({ key: `law:${l.id}`, alias: `中华人民共和国${alias}` });
		}
	}
	for (const p of registries.people) {
		nodeAttributes.set(`person:${p.id}`, {
			kind: 'person',
			label: p.name,
			aliases: p.aliases,
			nameEn: p.nameEn,
			roles: p.roles
		});
		for (const alias of [p.name, ...p.aliases])
			if (alias.length >= 2 && !/^(?:总书记|同志)$/.test(alias))
				terms.push({ key: `person:${p.id}`, alias });
	}
	for (const o of registries.organizations) {
		nodeAttributes.set(`organization:${o.id}`, {
			kind: 'organization',
			label: o.name,
			aliases: o.aliases,
			nameEn: o.nameEn,
			category: o.category
		});
		for (const alias of [o.name, ...o.aliases]) terms.push({ key: `organization:${o.id}`, alias });
	}
	for (const entry of [
		...registries.concepts,
		...registries.laws,
		...registries.people,
		...registries.organizations
	]) {
		for (const falsePositive of (entry.falsePositives as string[] | undefined) ?? [])
			terms.push({ key: '', alias: falsePositive });
	}
	const termMatcher = new TermMatcher(terms);
	// The same wording recurs (a quotation is scanned as a quote and in every document quoting
	// it verbatim): scan each distinct text once. Results are only read, never changed.
	const scanned = new Map<string, ReturnType<TermMatcher['find']>>();
	const matcher = {
		find: (text: string) => {
			let mentions = scanned.get(text);
			if (!mentions) scanned.set(text, (mentions = termMatcher.find(text)));
			return mentions;
		}
	};
	const blockNorms = new Map<string, string>();
	const normalizeBlock = (text: string) => {
		let norm = blockNorms.get(text);
		if (norm === undefined) blockNorms.set(text, (norm = normalizeForMatch(text)));
		return norm;
	};
	const conceptPairs = new Map<string, number>();
	const eventTerms = registries.events.flatMap((e) =>
		[e.name, ...e.aliases].map((alias) => ({ alias: normalizeForMatch(alias), event: e }))
	);
	const titles = titleLookup(registries);

	graph.forEachNode((quoteKey, attributes) => {
		if (attributes.kind !== 'quote') return;
		const mentions = matcher.find(attributes.text as string);
		const keys = [...new Set(mentions.map((m) => m.key))].sort();
		for (const key of keys) {
			addNode(key, nodeAttributes.get(key)!);
			addEdge('mentions', quoteKey, key, { count: mentions.filter((m) => m.key === key).length });
		}
		graph.setNodeAttribute(
			quoteKey,
			'spans',
			mentions.map((m) => [m.from, m.to, m.key])
		);
		const concepts = keys.filter((k) => k.startsWith('concept:'));
		for (let i = 0; i < concepts.length; i++)
			for (let j = i + 1; j < concepts.length; j++) {
				const pair = `${concepts[i]}\u0000${concepts[j]}`;
				conceptPairs.set(pair, (conceptPairs.get(pair) ?? 0) + 1);
			}
	});

	for (const doc of ingested) {
		const docKey = `doc:${doc.file}`;
		const counts = new Map<string, { count: number; line: number }>();
		const docYear = doc.meta.date?.slice(0, 4);
		for (const block of doc.blocks) {
			// Attribution lines are not the document's own words; rejected giant blocks are not text.
			if (block.kind === 'attribution' || block.text.length > MAX_PASSAGE_CHARS) continue;
			for (const m of matcher.find(block.text)) {
				const entry = counts.get(m.key);
				if (entry) entry.count++;
				else counts.set(m.key, { count: 1, line: lineAtOffset(block, m.from) });
			}
			for (const t of findTitles(block.text)) {
				const where = `${doc.file}:${lineAtOffset(block, t.from)}`;
				const result = classifyTitle(t.title, titles);
				if (result.class === 'law' && result.key && !counts.has(result.key))
					counts.set(result.key, { count: 1, line: lineAtOffset(block, t.from) });
				else if (result.class === 'work') pushWhere(report.titles.works, t.title, where);
				else if (result.class === 'unregistered-law') {
					const key = `law:unregistered-${hashString(normalizeForMatch(t.title))}`;
					nodeAttributes.set(key, {
						kind: 'law',
						label: t.title,
						name: t.title,
						aliases: [t.title],
						category: result.category,
						registered: false
					});
					const known = report.titles.unregisteredLaws.find((u) => u.key === key);
					if (known) known.where.push(where);
					else
						report.titles.unregisteredLaws.push({
							key,
							title: t.title,
							category: result.category!,
							registered: false,
							where: [where]
						});
					if (!counts.has(key)) counts.set(key, { count: 1, line: lineAtOffset(block, t.from) });
				} else if (result.class === 'unknown') pushWhere(report.titles.unknown, t.title, where);
			}
		}
		// Events the document names (国家网络安全宣传周, 全国网络安全和信息化工作会议): the one nearest its date.
		for (const block of doc.blocks) {
			// Attribution lines are not the document's own words; rejected giant blocks are not text.
			if (block.kind === 'attribution' || block.text.length > MAX_PASSAGE_CHARS) continue;
			const norm = normalizeBlock(block.text);
			const named = new Map<string, typeof registries.events>();
			for (const { alias, event } of eventTerms)
				if (alias.length >= 6 && norm.includes(alias))
					named.set(alias, [...(named.get(alias) ?? []), event]);
			for (const candidates of named.values()) {
				const chosen =
					candidates.length === 1
						? candidates[0]
						: docYear
							? candidates.find((e) => e.date.startsWith(docYear))
							: undefined;
				if (!chosen) continue;
				const key = `event:${chosen.id}`;
				if (!counts.has(key)) counts.set(key, { count: 1, line: block.line });
				if (!graph.hasNode(key)) {
					addNode(key, {
						kind: 'event',
						label: chosen.name,
						date: chosen.date,
						endDate: chosen.endDate,
						aliases: [...new Set([chosen.name, ...chosen.aliases])],
						nameEn: chosen.nameEn,
						eventKind: chosen.kind,
						registered: true
					});
					const dateKey = `date:${chosen.date}`;
					if (!graph.hasNode(dateKey))
						graph.addNode(dateKey, {
							kind: 'date',
							label: chosen.date,
							date: chosen.date,
							precision: precisionOf(chosen.date)
						});
					addEdge('on', key, dateKey);
				}
			}
		}
		for (const [key, { count, line }] of [...counts].sort((a, b) =>
			compareCodePoints(a[0], b[0])
		)) {
			if (!graph.hasNode(key)) {
				const attributes = nodeAttributes.get(key);
				if (!attributes) continue;
				addNode(key, attributes);
			}
			addEdge('mentions', docKey, key, { count, line });
		}
	}

	for (const c of registries.concepts) {
		if (!graph.hasNode(`concept:${c.id}`)) continue;
		for (const broader of c.broader ?? [])
			if (graph.hasNode(`concept:${broader}`))
				addEdge('broader', `concept:${c.id}`, `concept:${broader}`);
	}
	for (const [pair, weight] of [...conceptPairs].sort((a, b) => compareCodePoints(a[0], b[0]))) {
		const [a, b] = pair.split('\u0000');
		addEdge('co_occurs', a, b, { weight });
	}
}

function pushWhere(list: { title: string; where: string[] }[], title: string, where: string): void {
	const known = list.find((x) => x.title === title);
	if (known) {
		if (!known.where.includes(where)) known.where.push(where);
	} else list.push({ title, where: [where] });
}
