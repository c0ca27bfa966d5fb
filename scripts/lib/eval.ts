/**
 * eval: how well the real pipeline reads hand-labelled documents (issue 14's measure).
 * Labelled statements are matched to the attributed passages a build produced; a set is scored
 * by recall, dates, occasion and family clustering (pairwise F1) and false attributions, page
 * by page. Also checks that documents do not change each other: a file built alone and built
 * with every other file must give the same attributed passages, dates and events.
 * Pure functions over labels and build results; scripts/eval.ts does the reading and printing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Graph from 'graphology';
import { parse } from 'yaml';
import type { CorpusFile } from '../../src/lib/core/ingest/corpus';
import { normalizeForMatch, simplify } from '../../src/lib/core/ingest/text';
import type { BuildReport } from '../../src/lib/core/graph/report';

// ---------------------------------------------------------------------------------------------
// Labels

export interface LabelledStatement {
	file: string;
	line: number;
	endLine: number;
	startsWith: string;
	endsWith: string;
	speaker: string;
	/** ISO date (or start/end range) as the page establishes it; null: not placeable; absent: not labelled. */
	date?: string | null;
	/** The occasion's date on record, accepted when the page cannot establish one. */
	dateOnRecord?: string;
	dateInferred?: boolean;
	occasion: string | null;
	family: string | null;
}

export interface PartialStatement {
	line: number;
	speaker: string;
	startsWith: string;
	why?: string;
}

export interface OtherQuote {
	line: number;
	endLine?: number;
	speaker: string;
	startsWith: string;
	endsWith?: string;
}

export interface PageLabels {
	file: string;
	url?: string;
	genre?: string;
	script?: string;
	noise?: string[];
	derivedFrom?: string;
	documentDate?: string | null;
	statements: LabelledStatement[];
	partialStatements: PartialStatement[];
	otherQuotes: OtherQuote[];
	notStatements: { line: number; why: string }[];
}

type RawPage = Omit<
	PageLabels,
	'statements' | 'partialStatements' | 'otherQuotes' | 'notStatements'
> & {
	statements?: Omit<LabelledStatement, 'file'>[];
	partialStatements?: PartialStatement[];
	otherQuotes?: OtherQuote[];
	notStatements?: { line: number; why: string }[];
};

/** A labels.yaml of tests/fixtures/real-pages/<set>/ (see its header for the conventions). */
export function parseRealLabels(yamlText: string): PageLabels[] {
	const parsed = parse(yamlText) as { pages: RawPage[] };
	return parsed.pages.map((page) => ({
		...page,
		statements: (page.statements ?? []).map((s) => ({ ...s, file: page.file })),
		partialStatements: page.partialStatements ?? [],
		otherQuotes: page.otherQuotes ?? [],
		notStatements: page.notStatements ?? []
	}));
}

/** tests/fixtures/corpus-labels.yaml (the seed corpus labels; see its header). */
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

/**
 * tests/fixtures/corpus-labels.yaml in the same shape: passages and other speakers' statements
 * are statements, the registered event is the occasion, the family lists give family ids.
 * Other speakers' dates were not labelled there, so they are not scored for dates.
 */
export function parseSeedLabels(yamlText: string): PageLabels[] {
	const labels = parse(yamlText) as CorpusLabels;
	const familyOf = new Map<string, string>();
	labels.families.forEach((members, i) => {
		for (const member of members) familyOf.set(member, `seed-family-${i + 1}`);
	});
	const pages = new Map<string, PageLabels>();
	const pageOf = (file: string) => {
		let page = pages.get(file);
		if (!page) {
			page = { file, statements: [], partialStatements: [], otherQuotes: [], notStatements: [] };
			pages.set(file, page);
		}
		return page;
	};
	const statementOf = (
		entry: CorpusLabels['otherSpeakers'][number] | LabelledPassage,
		date?: string | null
	): LabelledStatement => ({
		file: entry.file,
		line: entry.line,
		endLine: entry.endLine,
		startsWith: entry.startsWith,
		endsWith: entry.endsWith,
		speaker: entry.speaker,
		date,
		occasion: entry.event,
		family: familyOf.get(`${entry.file}:${entry.line}`) ?? null
	});
	for (const p of labels.passages) pageOf(p.file).statements.push(statementOf(p, p.date));
	for (const o of labels.otherSpeakers) pageOf(o.file).statements.push(statementOf(o));
	for (const u of labels.unattributed)
		pageOf(u.file).notStatements.push({ line: u.line, why: u.why });
	return [...pages.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Text

/** Pinyin ruby groups as copy-paste leaves them: `習(xí)`, `年(nian)`. Capitals never match (ZTE, AI). */
const RUBY = /\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]){1,7}\)/g;

/** A label string as it must appear in a correct quote: ruby removed, then the match key. */
export function normalizeLabelText(text: string): string {
	return normalizeForMatch(text.replace(RUBY, ''));
}

/** Decode a fixture page as its labels expect (Big5 variants are Big5 bytes). */
export function decodePage(bytes: Uint8Array, page: Pick<PageLabels, 'noise'>): string {
	const encoding = page.noise?.includes('big5') ? 'big5' : 'utf-8';
	return new TextDecoder(encoding).decode(bytes).replace(/^\ufeff/, '');
}

/**
 * The labelled statement's text in the page: from startsWith to endsWith within its lines
 * (trimmed, joined without separator); undefined when the label does not fit the page.
 */
export function labelledText(
	pageText: string,
	statement: Pick<LabelledStatement, 'line' | 'endLine' | 'startsWith' | 'endsWith'>
): string | undefined {
	const lines = pageText.split(/\r\n|\r|\n/);
	const joined = lines
		.slice(statement.line - 1, statement.endLine)
		.map((l) => l.trim())
		.join('');
	const start = joined.indexOf(statement.startsWith);
	if (start < 0) return undefined;
	const end = joined.indexOf(statement.endsWith, start);
	if (end < 0) return undefined;
	return joined.slice(start, end + statement.endsWith.length);
}

/** Problems of a page's labels against its text: substrings not found, lines out of range. */
export function checkPageLabels(pageText: string, page: PageLabels): string[] {
	const problems: string[] = [];
	const lineCount = pageText.split(/\r\n|\r|\n/).length;
	for (const s of page.statements) {
		const where = `${page.file}:${s.line}`;
		if (s.line < 1 || s.endLine < s.line || s.endLine > lineCount)
			problems.push(`${where}: line range ${s.line}-${s.endLine} outside 1-${lineCount}`);
		else if (labelledText(pageText, s) === undefined)
			problems.push(
				`${where}: "${s.startsWith}" … "${s.endsWith}" not found in lines ${s.line}-${s.endLine}`
			);
		if (s.date !== undefined && s.date !== null && !isIsoDate(s.date))
			problems.push(`${where}: date "${s.date}" is not ISO`);
		if (s.dateOnRecord !== undefined && !isIsoDate(s.dateOnRecord))
			problems.push(`${where}: dateOnRecord "${s.dateOnRecord}" is not ISO`);
	}
	const lines = pageText.split(/\r\n|\r|\n/);
	for (const p of page.partialStatements)
		if (!lines[p.line - 1]?.includes(p.startsWith))
			problems.push(`${page.file}:${p.line}: partial statement "${p.startsWith}" not on its line`);
	for (const n of page.notStatements)
		if (n.line < 1 || n.line > lineCount)
			problems.push(`${page.file}:${n.line}: notStatement outside 1-${lineCount}`);
	return problems;
}

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function isIsoDate(value: string): boolean {
	return value.split('/').every((part) => ISO.test(part));
}

// ---------------------------------------------------------------------------------------------
// Extracted passages

/** One attributed passage of a build, as eval sees it. */
export interface ExtractedPassage {
	file: string;
	line: number;
	endLine: number;
	/** The quote's text (the fullest wording of the passage in the build). */
	text: string;
	quote: string;
	speaker?: string;
	/** As this document states it (start/end for ranges), else the quote's date. */
	date?: string;
	/** The `said_at` event of this appearance, if any. */
	event?: string;
	/** The quote's family id, or the quote itself when it has no family. */
	family: string;
}

interface Appearance {
	file: string;
	line: number;
	endLine: number;
	date?: string;
	speaker?: string;
}

/** Every attributed passage of a build (report entries joined with their quote node). */
export function passagesOfBuild(graph: Graph, report: BuildReport): ExtractedPassage[] {
	const passages: ExtractedPassage[] = [];
	for (const [file, fileReport] of Object.entries(report.files)) {
		for (const entry of fileReport.attributed ?? []) {
			if (!graph.hasNode(entry.quote)) continue;
			const attributes = graph.getNodeAttributes(entry.quote);
			const appearance = (attributes.appearances as Appearance[]).find(
				(a) => a.file === file && a.line === entry.line && a.endLine === entry.endLine
			);
			passages.push({
				file,
				line: entry.line,
				endLine: entry.endLine,
				text: attributes.text as string,
				quote: entry.quote,
				speaker: appearance?.speaker ?? (attributes.speaker as string | undefined),
				date: appearance?.date ?? (attributes.date as string | undefined),
				event: entry.event,
				family: (attributes.family as string | undefined) ?? entry.quote
			});
		}
	}
	return passages;
}

// ---------------------------------------------------------------------------------------------
// Matching

export type MatchStatus = 'found' | 'split' | 'missing';

export interface StatementMatch {
	status: MatchStatus;
	/** Index into the passages of the match (found), or of an overlapping passage (split). */
	passage?: number;
}

function overlaps(a: { line: number; endLine: number }, b: { line: number; endLine: number }) {
	return a.line <= b.endLine && b.line <= a.endLine;
}

/**
 * Each statement's passage: same file, overlapping lines, both label substrings (normalised,
 * in order) in the passage text. Of several, the tightest (shortest text) wins. `split` when a
 * passage overlaps and holds one of the two substrings only (the statement is cut or merged
 * wrongly); `missing` otherwise.
 */
export function matchStatements(
	statements: LabelledStatement[],
	passages: ExtractedPassage[]
): StatementMatch[] {
	const norms = passages.map((p) => normalizeForMatch(p.text));
	return statements.map((s) => {
		const start = normalizeLabelText(s.startsWith);
		const end = normalizeLabelText(s.endsWith);
		let best: number | undefined;
		let partial: number | undefined;
		passages.forEach((p, i) => {
			if (p.file !== s.file || !overlaps(p, s)) return;
			const at = norms[i].indexOf(start);
			const holdsBoth = at >= 0 && norms[i].indexOf(end, at) >= 0;
			if (holdsBoth) {
				if (best === undefined || norms[i].length < norms[best].length) best = i;
			} else if (partial === undefined && (at >= 0 || norms[i].includes(end))) partial = i;
		});
		if (best !== undefined) return { status: 'found', passage: best };
		if (partial !== undefined) return { status: 'split', passage: partial };
		return { status: 'missing' };
	});
}

// ---------------------------------------------------------------------------------------------
// Dates

function startAndEnd(iso: string): [string, string | undefined] {
	const [start, end] = iso.split('/');
	return [start, end];
}

/** `got` equals `label` at the label's precision (a more precise `got` is fine). */
function samePrefix(label: string, got: string): boolean {
	return got.startsWith(label) && (got.length === label.length || got[label.length] === '-');
}

/**
 * Whether an extracted date is the labelled one at the labelled precision: 2016 accepts
 * 2016-10-09; a labelled range also needs the same end.
 */
export function datesMatch(label: string, got: string | undefined): boolean {
	if (!got) return false;
	const [labelStart, labelEnd] = startAndEnd(label);
	const [gotStart, gotEnd] = startAndEnd(got);
	if (!samePrefix(labelStart, gotStart)) return false;
	return labelEnd === undefined || (gotEnd !== undefined && samePrefix(labelEnd, gotEnd));
}

/**
 * A statement is correctly dated when the extracted date matches the label, or matches the
 * date on record; a statement the page cannot place is also right left undated. Undefined
 * when the label has no date to score.
 */
export function isCorrectlyDated(
	statement: Pick<LabelledStatement, 'date' | 'dateOnRecord'>,
	got: string | undefined
): boolean | undefined {
	if (statement.date === undefined) return undefined;
	if (statement.dateOnRecord && datesMatch(statement.dateOnRecord, got)) return true;
	if (statement.date === null) return !got;
	return datesMatch(statement.date, got);
}

// ---------------------------------------------------------------------------------------------
// Pairwise clustering

export interface PairScore {
	goldPairs: number;
	predictedPairs: number;
	truePairs: number;
	precision: number | null;
	recall: number | null;
	/** null when neither side has a pair (nothing to score). */
	f1: number | null;
}

const pairsIn = (n: number) => (n * (n - 1)) / 2;

function countPairs(keys: (string | null)[]): number {
	const counts = new Map<string, number>();
	for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
	let total = 0;
	for (const n of counts.values()) total += pairsIn(n);
	return total;
}

/**
 * Pairwise F1 of a clustering: a pair of items is together in the gold standard when both
 * have the same non-null gold key, predicted together when both have the same non-null
 * predicted key. Precision = true pairs / predicted pairs, recall = true pairs / gold pairs.
 */
export function pairF1(items: { gold: string | null; predicted: string | null }[]): PairScore {
	const goldPairs = countPairs(items.map((i) => i.gold));
	const predictedPairs = countPairs(items.map((i) => i.predicted));
	const truePairs = countPairs(
		items.map((i) =>
			i.gold !== null && i.predicted !== null ? `${i.gold}\u0000${i.predicted}` : null
		)
	);
	const precision = predictedPairs ? truePairs / predictedPairs : null;
	const recall = goldPairs ? truePairs / goldPairs : null;
	let f1: number | null;
	if (!goldPairs && !predictedPairs) f1 = null;
	else if (!truePairs) f1 = 0;
	else f1 = (2 * precision! * recall!) / (precision! + recall!);
	return { goldPairs, predictedPairs, truePairs, precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface StatementResult {
	statement: LabelledStatement;
	status: MatchStatus;
	passage?: ExtractedPassage;
	dated?: boolean;
	speakerOk?: boolean;
}

export interface FalseAttribution {
	file: string;
	line: number;
	endLine: number;
	text: string;
	speaker?: string;
	why: string;
}

/** The counts and pair scores shared by a page and a set. */
interface Tally {
	statements: number;
	found: number;
	/** Statements whose label has a date to score (all but the seeds' other speakers). */
	dateScored: number;
	dated: number;
	occasion: PairScore;
	family: PairScore;
}

export interface PageScore extends Tally {
	file: string;
	genre?: string;
	falseAttributions: FalseAttribution[];
	results: StatementResult[];
}

export interface SetScore extends Tally {
	name: string;
	pages: PageScore[];
	falseAttributions: number;
	/** Label problems (substrings not in the page…); a set with problems is not trustworthy. */
	labelProblems: string[];
}

/** Speaker names as comparable keys: simplified; a collective label lists names with 、. */
function speakerMatches(label: string, got: string | undefined): boolean {
	if (!got) return false;
	const names = simplify(label).split('、');
	return names.includes(simplify(got));
}

/** Passages of a page not explained by its labels, with the reason they are wrong. */
function falseAttributionsOf(
	page: PageLabels,
	passages: ExtractedPassage[],
	results: StatementResult[]
): FalseAttribution[] {
	const matched = new Set(results.filter((r) => r.status === 'found').map((r) => r.passage!));
	const out: FalseAttribution[] = [];
	const describe = (p: ExtractedPassage, why: string) =>
		out.push({
			file: p.file,
			line: p.line,
			endLine: p.endLine,
			text: p.text,
			speaker: p.speaker,
			why
		});
	for (const r of results)
		if (r.status === 'found' && r.speakerOk === false)
			describe(r.passage!, `wrong speaker: labelled ${r.statement.speaker}`);
	for (const p of passages) {
		if (p.file !== page.file || matched.has(p)) continue;
		const norm = normalizeForMatch(p.text);
		const partial = page.partialStatements.find(
			(s) =>
				s.line >= p.line && s.line <= p.endLine && norm.includes(normalizeLabelText(s.startsWith))
		);
		if (partial) continue;
		const other = page.otherQuotes.find(
			(q) =>
				overlaps(p, { line: q.line, endLine: q.endLine ?? q.line }) &&
				norm.includes(normalizeLabelText(q.startsWith))
		);
		if (other) {
			if (!speakerMatches(other.speaker, p.speaker))
				describe(p, `words of ${other.speaker} attributed to ${p.speaker ?? 'nobody'}`);
			continue;
		}
		const split = results.find((r) => r.status === 'split' && r.passage === p);
		const not = page.notStatements.find((n) => n.line >= p.line && n.line <= p.endLine);
		describe(
			p,
			split
				? `part of the statement at line ${split.statement.line}, cut or merged wrongly`
				: not
					? `not a statement: ${not.why}`
					: 'matches no labelled statement'
		);
	}
	return out.sort((a, b) => a.line - b.line);
}

/** Score one page against the passages of the build it was part of. */
export function scorePage(page: PageLabels, passages: ExtractedPassage[]): PageScore {
	const own = passages.filter((p) => p.file === page.file);
	const matches = matchStatements(page.statements, own);
	const results: StatementResult[] = page.statements.map((statement, i) => {
		const match = matches[i];
		const passage = match.passage === undefined ? undefined : own[match.passage];
		if (match.status !== 'found') return { statement, status: match.status, passage };
		// Only a found statement can be correctly dated: a missing one earns no credit even
		// where its label says the page cannot place it.
		return {
			statement,
			status: match.status,
			passage,
			dated: isCorrectlyDated(statement, passage!.date),
			speakerOk: speakerMatches(statement.speaker, passage!.speaker)
		};
	});
	const foundResults = results.filter((r) => r.status === 'found');
	return {
		file: page.file,
		genre: page.genre,
		statements: results.length,
		found: foundResults.length,
		dateScored: results.filter((r) => r.statement.date !== undefined).length,
		dated: results.filter((r) => r.statement.date !== undefined && r.dated).length,
		occasion: pairF1(
			foundResults.map((r) => ({ gold: r.statement.occasion, predicted: r.passage!.event ?? null }))
		),
		family: pairF1(
			foundResults.map((r) => ({ gold: r.statement.family, predicted: r.passage!.family }))
		),
		falseAttributions: falseAttributionsOf(page, own, results),
		results
	};
}

/** Score a set: every page, and the pairwise scores over all found statements of the set. */
export function scoreSet(
	name: string,
	pages: PageLabels[],
	passages: ExtractedPassage[],
	labelProblems: string[] = []
): SetScore {
	const scored = pages.map((page) => scorePage(page, passages));
	const found = scored.flatMap((p) => p.results.filter((r) => r.status === 'found'));
	return {
		name,
		pages: scored,
		statements: scored.reduce((n, p) => n + p.statements, 0),
		found: found.length,
		dateScored: scored.reduce((n, p) => n + p.dateScored, 0),
		dated: scored.reduce((n, p) => n + p.dated, 0),
		occasion: pairF1(
			found.map((r) => ({ gold: r.statement.occasion, predicted: r.passage!.event ?? null }))
		),
		family: pairF1(found.map((r) => ({ gold: r.statement.family, predicted: r.passage!.family }))),
		falseAttributions: scored.reduce((n, p) => n + p.falseAttributions.length, 0),
		labelProblems
	};
}

// ---------------------------------------------------------------------------------------------
// Isolation: documents must not change each other

export interface IsolationDifference {
	file: string;
	/** Passages (lines, date, event, speaker, text) only in the file's own build. */
	onlyAlone: string[];
	/** … only in the build with every other file. */
	onlyTogether: string[];
}

/** What must not change: where the passage is, when and where it was said, and by whom. */
function placeKey(p: ExtractedPassage): string {
	return `${p.line}-${p.endLine} date=${p.date ?? '-'} event=${p.event ?? '-'} speaker=${p.speaker ?? '-'}`;
}

function describePassage(p: ExtractedPassage): string {
	return `${placeKey(p)} ${preview(normalizeForMatch(p.text), 24)}`;
}

/**
 * Files whose attributed passages differ between their own build and the build together
 * with everything else. Families may grow, and a quote may take a fuller wording of the same
 * passage from another document, so texts only differ when neither contains the other; lines,
 * date, event and speaker must be equal. Both lists name files alike.
 */
export function compareIsolation(
	alone: ExtractedPassage[],
	together: ExtractedPassage[]
): IsolationDifference[] {
	const files = [...new Set([...alone, ...together].map((p) => p.file))].sort();
	const differences: IsolationDifference[] = [];
	for (const file of files) {
		const own = alone.filter((p) => p.file === file);
		const joint = together.filter((p) => p.file === file);
		const unpaired = new Set(joint);
		const onlyAlone: string[] = [];
		for (const p of own) {
			const text = normalizeForMatch(p.text);
			const partner = [...unpaired].find((q) => {
				if (placeKey(q) !== placeKey(p)) return false;
				const other = normalizeForMatch(q.text);
				return other.includes(text) || text.includes(other);
			});
			if (partner) unpaired.delete(partner);
			else onlyAlone.push(describePassage(p));
		}
		const onlyTogether = [...unpaired].map(describePassage);
		if (onlyAlone.length || onlyTogether.length)
			differences.push({ file, onlyAlone: onlyAlone.sort(), onlyTogether: onlyTogether.sort() });
	}
	return differences;
}

// ---------------------------------------------------------------------------------------------
// Fixture sets on disk

export interface FixtureSet {
	name: string;
	/** The corpus folder the set is built from. */
	dir: string;
	pages: PageLabels[];
}

/** The labelled sets: the seed corpus and the real pages (dev, heldout). */
export function fixtureSets(root = '.'): FixtureSet[] {
	const seeds: FixtureSet = {
		name: 'seeds',
		dir: join(root, 'graph-data/corpus'),
		pages: parseSeedLabels(readFileSync(join(root, 'tests/fixtures/corpus-labels.yaml'), 'utf8'))
	};
	const real = ['dev', 'heldout'].map((set) => {
		const dir = join(root, 'tests/fixtures/real-pages', set);
		return {
			name: `real-${set}`,
			dir,
			pages: parseRealLabels(readFileSync(join(dir, 'labels.yaml'), 'utf8'))
		};
	});
	return [seeds, ...real];
}

/** Problems of a set's labels against the files in its folder. */
export function checkSetLabels(set: FixtureSet, files: CorpusFile[]): string[] {
	const problems: string[] = [];
	const byPath = new Map(files.map((f) => [f.path, f]));
	for (const page of set.pages) {
		const file = byPath.get(page.file);
		if (!file) {
			problems.push(`${set.name}: labelled file ${page.file} is not in ${set.dir}`);
			continue;
		}
		const text = decodePage(file.bytes, page);
		problems.push(...checkPageLabels(text, page).map((p) => `${set.name}: ${p}`));
	}
	const labelled = new Set(set.pages.map((p) => p.file));
	for (const file of files)
		if (!labelled.has(file.path) && set.name !== 'seeds')
			problems.push(`${set.name}: ${file.path} has no labels`);
	return problems;
}

/** Seed files without labelled statements (the speech outline) still count for false attributions. */
export function withUnlabelledFiles(pages: PageLabels[], files: CorpusFile[]): PageLabels[] {
	const labelled = new Set(pages.map((p) => p.file));
	const extra = files
		.filter((f) => !labelled.has(f.path))
		.map((f) => ({
			file: f.path,
			statements: [],
			partialStatements: [],
			otherQuotes: [],
			notStatements: []
		}));
	return [...pages, ...extra].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Report

const percent = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
const f1Text = (score: PairScore) => (score.f1 === null ? '–' : score.f1.toFixed(2));

/** The readable table of one set: a row per page, a total row, then what went wrong. */
export function formatSetScore(set: SetScore, verbose = false): string {
	const width = Math.max(24, ...set.pages.map((p) => p.file.length)) + 2;
	const row = (cells: (string | number)[]) =>
		`${String(cells[0]).padEnd(width)}${cells
			.slice(1)
			.map((c) => String(c).padStart(8))
			.join('')}`;
	const lines = [
		`${set.name}: ${set.pages.length} pages, ${set.statements} labelled statements`,
		row(['page', 'stmts', 'found', 'dated', 'occF1', 'famF1', 'false']),
		...set.pages.map((p) =>
			row([
				p.file,
				p.statements,
				p.found,
				p.dateScored ? `${p.dated}/${p.dateScored}` : '–',
				f1Text(p.occasion),
				f1Text(p.family),
				p.falseAttributions.length
			])
		),
		row([
			'total',
			set.statements,
			`${set.found} ${percent(set.found, set.statements)}`,
			`${set.dated} ${percent(set.dated, set.dateScored)}`,
			f1Text(set.occasion),
			f1Text(set.family),
			set.falseAttributions
		]),
		`  found ${set.found}/${set.statements} (${percent(set.found, set.statements)}), correctly dated ${set.dated}/${set.dateScored} (${percent(set.dated, set.dateScored)}), occasion pair F1 ${f1Text(set.occasion)} (${set.occasion.truePairs}/${set.occasion.goldPairs} gold pairs, ${set.occasion.predictedPairs} predicted), family pair F1 ${f1Text(set.family)} (${set.family.truePairs}/${set.family.goldPairs} gold pairs, ${set.family.predictedPairs} predicted), false attributions ${set.falseAttributions} (max ${Math.max(0, ...set.pages.map((p) => p.falseAttributions.length))} on one page)`
	];
	for (const problem of set.labelProblems) lines.push(`  LABEL PROBLEM ${problem}`);
	const falseOnes = set.pages.flatMap((p) => p.falseAttributions);
	if (falseOnes.length) {
		lines.push('  false attributions:');
		for (const f of falseOnes)
			lines.push(
				`    ${f.file}:${f.line}${f.endLine !== f.line ? `-${f.endLine}` : ''} [${f.speaker ?? '?'}] ${preview(f.text)} — ${f.why}`
			);
	}
	if (verbose) {
		const missed = set.pages.flatMap((p) => p.results.filter((r) => r.status !== 'found'));
		if (missed.length) lines.push('  statements not found:');
		for (const r of missed)
			lines.push(
				`    ${r.statement.file}:${r.statement.line} ${r.status} ${preview(r.statement.startsWith)}…${preview(r.statement.endsWith)}`
			);
		const misdated = set.pages.flatMap((p) =>
			p.results.filter((r) => r.status === 'found' && r.dated === false)
		);
		if (misdated.length) lines.push('  found but not correctly dated:');
		for (const r of misdated)
			lines.push(
				`    ${r.statement.file}:${r.statement.line} labelled ${r.statement.date ?? 'null'}${r.statement.dateOnRecord ? ` (on record ${r.statement.dateOnRecord})` : ''}, got ${r.passage!.date ?? 'none'}`
			);
	}
	return lines.join('\n');
}

function preview(text: string, max = 28): string {
	const chars = [...text.replace(/\s+/g, '')];
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** The isolation check as text. */
export function formatIsolation(differences: IsolationDifference[], files: number): string {
	if (!differences.length)
		return `isolation: ${files} files built alone and all together give the same attributed passages, dates and events`;
	const lines = [
		`isolation: ${differences.length} of ${files} files read differently alone and together with the rest`
	];
	for (const d of differences) {
		lines.push(`  ${d.file}`);
		for (const k of d.onlyAlone) lines.push(`    alone only:    ${k}`);
		for (const k of d.onlyTogether) lines.push(`    together only: ${k}`);
	}
	return lines.join('\n');
}
