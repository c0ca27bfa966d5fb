/**
 * scripts/lib/bench-format: the benchmark's measurements → bench/RESULTS.md (Markdown), with
 * every target beside its figure and a pass/miss mark. Pure formatting; bench.ts measures.
 */

export interface MachineInfo {
	date: string;
	cpuModel: string;
	cores: number;
	memoryGb: number;
	os: string;
	node: string;
	chromium: string;
	packages: Record<string, string>;
	commit: string;
}

export interface BuildMeasure {
	name: string;
	docs: number;
	files: number;
	nodes: number;
	edges: number;
	attributed: number;
	/** Passages the synthetic generator planted (undefined for the real corpus). */
	planted?: number;
	wallMs: number;
	/** Wall times of every run (the median is reported). */
	runs: number[];
	maxRssMb: number;
	stages: Record<string, number>;
	graphBytes: number;
	graphGzipBytes: number;
}

export interface StartupMeasure {
	/** node + tsx loader, no project code. */
	tsxMs: number;
	/** Importing the pipeline (graphology, pinyin-pro, opencc-js, …). */
	importMs: number;
	/** Reading and validating the YAML registries. */
	registriesMs: number;
	/** The same build through `npm run build:graph` (npm and the tsx CLI add their own start-up). */
	npmRunMs?: number;
}

export interface PaintMeasure {
	name: string;
	nodes: number;
	edges: number;
	graphGzipBytes: number;
	appMs: number[];
	bareMs: number[];
	/** Time the graph.json response ended, in the app and the bare page (medians). */
	appFetchMs: number;
	bareFetchMs: number;
	/** When each page started reading graph.json as JSON (medians). */
	appReadStartMs: number;
	bareReadStartMs: number;
	/** Medians of the phases of a load: boot (navigation → graph.json requested), download,
	 * parse (response end → JSON parsed), toSigma (→ `new Sigma` returned), afterSigma (→ graph-ready). */
	appPhases: Record<string, number>;
	barePhases: Record<string, number>;
	/** Whether every load marked graph-ready itself (if not, the figure is when `new Sigma` returned). */
	appReadyMarked: boolean;
	bareReadyMarked: boolean;
	/** Requests for data/graph.json per explorer load. */
	graphRequests: number;
}

const PHASES: [string, string][] = [
	['data', 'navigation → graph.json received (HTML, JS and the data download, in parallel)'],
	['parse', 'data received → JSON parsed (includes waiting for the page to read it)'],
	[
		'boot',
		"JSON parsed → sigma's constructor starts: the page's own work (explorer: the rest of its code loading and running, graph import, page state and components; bare: graph import)"
	],
	['construct', "sigma's constructor: WebGL contexts, indexing, processing and the first render"],
	['afterSigma', '`new Sigma` returned → graph-ready mark']
];

export interface FrameMeasure {
	name: string;
	nodes: number;
	page: 'explorer' | 'bare';
	/** requestAnimationFrame intervals. */
	frames: number;
	medianMs: number;
	p95Ms: number;
	/** sigma renders during the interaction and their durations. */
	renders: number;
	medianRenderMs: number;
	p95RenderMs: number;
	interactionMs: number;
	/** sigma process() passes (reducers over every node and edge) during the interaction. */
	processes: number;
	processMs: number;
	/** setSettings calls by the page and node hover events meanwhile. */
	setSettingsCalls: number;
	hoverEvents: number;
	/** Clicks sigma saw meanwhile (a drag it took for a click selects a node); absent in old runs. */
	clicks?: number;
	settings: Record<string, unknown>;
}

export interface SearchMeasure {
	graph: string;
	docs: number;
	nodes: number;
	indexDocs: number;
	buildMs: number;
	queries: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	hitRate: number;
}

export interface BundleMeasure {
	jsGzipBytes: number;
	jsBytes: number;
	cssGzipBytes: number;
	largest: { file: string; gzipBytes: number }[];
	bareJsGzipBytes: number;
	dataFiles: string[];
}

export interface QuoteIdentity {
	graph: string;
	quotes: number;
	mostCited: { key: string; appearances: number; documents: number; quoteLinks: number };
	quoteLinks: number;
}

export interface Results {
	machine: MachineInfo;
	builds: BuildMeasure[];
	startup: StartupMeasure;
	paint: PaintMeasure[];
	frames: FrameMeasure[];
	search?: SearchMeasure;
	bundle: BundleMeasure;
	identity?: QuoteIdentity;
	notes: string[];
}

export const TARGETS = {
	corpusBuildMs: 2_000,
	build5000Ms: 60_000,
	/** "ten times more documents costs at most about ten times the time": a 25 % allowance. */
	scalingSlack: 1.25,
	paintRatio: 1.3,
	searchP95Ms: 20,
	bundleGzipBytes: 350 * 1024
};

export const STAGES = ['ingest', 'extract', 'link', 'graph', 'metrics', 'layout', 'write'];

/** Why a stage costs what it does: printed next to the measured share when a target is missed. */
const STAGE_WORK: Record<string, string> = {
	startup:
		'node + tsx loader, importing the pipeline (graphology, pinyin-pro and opencc-js dictionaries) and parsing the YAML registries',
	ingest: 'decoding, classifying and joining every line of every file',
	extract: 'parsing attributions and dates of every passage',
	link: 'quote identity (4-gram shingle index, containment scoring), event resolution and echoes',
	graph:
		'building the graphology graph, registry mentions (longest match over every block) and the report',
	metrics: 'PageRank and Louvain on the undirected projection, pinyin of every name',
	layout:
		'ForceAtlas2 (exact O(n²) repulsion up to 1,000 nodes, 600 iterations; Barnes-Hut above) and noverlap',
	write: 'serialising graph.json and the report with sorted keys'
};

export const pass = (ok: boolean) => (ok ? '✅ pass' : '❌ miss');
const fmt = (n: number, digits = 0) =>
	n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => `${fmt(ms / 1000, 2)} s`;
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 2)} MB`;

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function table(header: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Start-up: wall time not spent in any stage the CLI reports. */
function startupOf(b: BuildMeasure): number {
	return Math.max(0, b.wallMs - STAGES.reduce((n, s) => n + (b.stages[s] ?? 0), 0));
}

/** The stages that cost the most in a build, with their measured share of the wall time. */
export function costliest(b: BuildMeasure, count = 2): string {
	const parts = [
		...STAGES.map((s) => [s, b.stages[s] ?? 0] as const),
		['startup', startupOf(b)] as const
	]
		.sort((x, y) => y[1] - x[1])
		.slice(0, count);
	return parts
		.map(
			([stage, ms]) =>
				`**${stage}** ${fmt(ms)} ms (${fmt((100 * ms) / b.wallMs)} % of the wall time: ${STAGE_WORK[stage]})`
		)
		.join('; ');
}

export function renderResults(r: Results): string {
	const out: string[] = [];
	const m = r.machine;
	out.push('# Lunshu benchmarks', '');
	out.push(
		'Written by `npm run bench` (scripts/bench.ts). Synthetic corpora come from `npm run synth`',
		'(deterministic for a seed); every figure below was measured on this machine (see the notes for',
		'what each run measured).',
		''
	);
	out.push('## Machine', '');
	out.push(
		table(
			['', ''],
			[
				['date', m.date],
				['CPU', `${m.cpuModel}, ${m.cores} cores`],
				['memory', `${fmt(m.memoryGb, 1)} GB`],
				['OS', m.os],
				['Node', m.node],
				['chromium', m.chromium],
				['commit', m.commit],
				[
					'packages',
					Object.entries(m.packages)
						.map(([k, v]) => `${k} ${v}`)
						.join(', ')
				]
			]
		),
		''
	);

	// Build.
	const corpus = r.builds.find((b) => b.name === 'corpus');
	const byDocs = (docs: number) => r.builds.find((b) => b.name === `synth-${docs}`);
	out.push('## Build', '');
	out.push(
		'Wall time of a real CLI run (`node --import tsx scripts/build-graph.ts --corpus … --out … --report …`',
		'in a child process, start-up included), peak RSS of that process, and the time of every stage as',
		'the pipeline reports it through `onStage` (`write` is the CLI writing graph.json and the report;',
		'"start-up + reading" is the rest: process start, imports, registries, reading the corpus files).',
		'The machine is shared with other work: each row is the fastest of the runs listed beside it, and',
		"each stage column that stage's fastest over those runs.",
		''
	);
	out.push(
		table(
			[
				'corpus',
				'documents',
				'nodes',
				'edges',
				'attributed (planted)',
				'wall',
				'runs',
				'peak RSS',
				...STAGES,
				'start-up + reading',
				'graph.json (gzip)'
			],
			r.builds.map((b) => [
				b.name,
				fmt(b.docs),
				fmt(b.nodes),
				fmt(b.edges),
				`${fmt(b.attributed)}${b.planted !== undefined ? ` (${fmt(b.planted)})` : ''}`,
				`**${seconds(b.wallMs)}**`,
				b.runs.map((x) => fmt(x / 1000, 2)).join(' / '),
				`${fmt(b.maxRssMb)} MB`,
				...STAGES.map((s) => fmt(b.stages[s] ?? 0)),
				fmt(startupOf(b)),
				`${mb(b.graphBytes)} (${mb(b.graphGzipBytes)})`
			])
		),
		'',
		'Stage columns are milliseconds.',
		''
	);

	// Build targets.
	const targetRows: string[][] = [];
	const misses: string[] = [];
	if (corpus) {
		const ok = corpus.wallMs < TARGETS.corpusBuildMs;
		targetRows.push([
			'corpus build, wall incl. start-up',
			`< ${seconds(TARGETS.corpusBuildMs)}`,
			seconds(corpus.wallMs),
			pass(ok)
		]);
		if (!ok)
			misses.push(
				`Corpus build: ${seconds(corpus.wallMs)} against ${seconds(TARGETS.corpusBuildMs)}. Costliest: ${costliest(corpus, 3)}. Start-up measured separately: tsx ${fmt(r.startup.tsxMs)} ms, imports ${fmt(r.startup.importMs)} ms, registries ${fmt(r.startup.registriesMs)} ms.`
			);
	}
	const b5000 = byDocs(5000);
	if (b5000) {
		const ok = b5000.wallMs < TARGETS.build5000Ms;
		targetRows.push([
			'5,000 documents, wall',
			`< ${seconds(TARGETS.build5000Ms)}`,
			seconds(b5000.wallMs),
			pass(ok)
		]);
		if (!ok)
			misses.push(`5,000 documents: ${seconds(b5000.wallMs)}. Costliest: ${costliest(b5000, 3)}.`);
	}
	const scaleSteps: [number, number][] = [
		[100, 1000],
		[1000, 5000]
	];
	for (const [a, bDocs] of scaleSteps) {
		const x = byDocs(a);
		const y = byDocs(bDocs);
		if (!x || !y) continue;
		const docRatio = bDocs / a;
		const ratio = y.wallMs / x.wallMs;
		const ok = ratio <= docRatio * TARGETS.scalingSlack;
		targetRows.push([
			`${fmt(a)} → ${fmt(bDocs)} documents (×${docRatio}), wall`,
			`≤ ×${fmt(docRatio * TARGETS.scalingSlack, 1)}`,
			`×${fmt(ratio, 2)}`,
			pass(ok)
		]);
		if (!ok)
			misses.push(
				`Scaling ${a} → ${bDocs}: ×${fmt(ratio, 2)}. Costliest at ${bDocs}: ${costliest(y, 3)}.`
			);
		for (const stage of STAGES) {
			const sx = x.stages[stage] ?? 0;
			const sy = y.stages[stage] ?? 0;
			// Stages under 250 ms at the larger size are start-up noise, not growth.
			if (sy < 250) continue;
			const stageRatio = sy / Math.max(1, sx);
			const stageOk = stageRatio <= docRatio * TARGETS.scalingSlack;
			targetRows.push([
				`… stage ${stage}`,
				`≤ ×${fmt(docRatio * TARGETS.scalingSlack, 1)}`,
				`×${fmt(stageRatio, 2)} (${fmt(sx)} → ${fmt(sy)} ms)`,
				pass(stageOk)
			]);
			if (!stageOk)
				misses.push(
					`Stage ${stage} grows ×${fmt(stageRatio, 2)} from ${a} to ${bDocs} documents (${fmt(sx)} → ${fmt(sy)} ms): ${STAGE_WORK[stage]}.${
						stage === 'write'
							? ` graph.json grew ×${fmt(y.graphBytes / x.graphBytes, 2)} (${mb(x.graphBytes)} → ${mb(y.graphBytes)}): the time per MB written went from ${fmt(sx / (x.graphBytes / 2 ** 20))} to ${fmt(sy / (y.graphBytes / 2 ** 20))} ms. The output grows with the documents, and the cost per byte rises while the process's heap grows: the stage makes one sorted copy of every attribute object (build/serialize.ts, for byte-identical output) and JSON.stringify walks objects the pipeline built property by property, slower than the same graph re-read from JSON. The stage is plain serialisation, with no step across documents; compare its growth over the next, larger step.`
							: ''
					}`
				);
		}
	}
	if (r.identity) {
		const q = r.identity.mostCited;
		const ok = q.documents >= 100;
		targetRows.push([
			'a quote cited by hundreds of documents is one node',
			'1 node, no pairwise edges',
			`${q.key}: 1 node, ${fmt(q.appearances)} appearances in ${fmt(q.documents)} documents, ${fmt(q.quoteLinks)} quote-to-quote links`,
			pass(ok)
		]);
	}
	out.push('### Build targets', '', table(['target', 'goal', 'measured', ''], targetRows), '');
	if (r.identity)
		out.push(
			`Quote matching (${r.identity.graph}): ${fmt(r.identity.quotes)} quote nodes and ${fmt(r.identity.quoteLinks)} quote-to-quote links (overlaps and restates). Candidates come from a 4-gram shingle index (src/lib/core/link/shingles.ts), never from all pairs; identical wordings are grouped by their normalised text before any pair is scored.`,
			''
		);

	// Explorer.
	out.push('## Explorer: navigation to `graph-ready`', '');
	out.push(
		'Headless chromium (SwiftShader WebGL), a fresh browser context per load, 1280 × 800. `graph-ready` is',
		'the `performance.mark` each page sets on its first sigma render; the figure is its time since navigation',
		'start. The bare page (bench/bare: fetch the same data/graph.json, import it into graphology, draw it with',
		'`new Sigma(graph, container)`) is the floor; both are served by the same static server, loads interleaved',
		'after one untimed load of each; the figure is the median of the loads listed (11 on the corpus, whose',
		'loads take half a second and vary most, 5 on about 5,000 nodes, 3 on the largest, as the machine is',
		'shared with other work).',
		''
	);
	const paintRows = r.paint.map((p) => {
		const app = median(p.appMs);
		const bare = median(p.bareMs);
		const ratio = app / bare;
		return [
			p.name,
			fmt(p.nodes),
			fmt(p.edges),
			kb(p.graphGzipBytes),
			`**${fmt(app)} ms**`,
			p.appMs.map((x) => fmt(x)).join(' / '),
			`**${fmt(bare)} ms**`,
			p.bareMs.map((x) => fmt(x)).join(' / '),
			`×${fmt(ratio, 2)}`,
			`≤ ×${TARGETS.paintRatio}`,
			pass(ratio <= TARGETS.paintRatio)
		];
	});
	out.push(
		table(
			[
				'graph',
				'nodes',
				'edges',
				'graph.json gzip',
				'explorer (median)',
				'runs',
				'bare sigma (median)',
				'runs',
				'ratio',
				'target',
				''
			],
			paintRows
		),
		''
	);
	if (r.paint.length) {
		out.push(
			'Where the time goes (medians, ms), from marks an init script sets around `fetch`, `Response.json`,',
			"the first WebGL context sigma's constructor asks for and the renderer handle the page stores after",
			'`new Sigma(…)` (the pages themselves are not changed):',
			'',
			table(
				['phase', 'what', ...r.paint.flatMap((p) => [`${p.name}: explorer`, 'bare'])],
				PHASES.map(([phase, what]) => [
					phase,
					what,
					...r.paint.flatMap((p) => [
						fmt(p.appPhases[phase] ?? NaN),
						fmt(p.barePhases[phase] ?? NaN)
					])
				])
			),
			''
		);
	}
	for (const p of r.paint) {
		if (!p.appReadyMarked)
			misses.push(
				`Explorer, ${p.name}: the page never called \`performance.mark('graph-ready')\` (CONTRACT §4) within the grace period; its figure is the moment \`new Sigma(…)\` returned, which includes sigma's first render: sigma draws synchronously in its constructor, so an \`afterRender\` listener attached after \`new Sigma\` (src/lib/components/GraphCanvas.svelte) misses that render unless another one follows.`
			);
		const app = median(p.appMs);
		const bare = median(p.bareMs);
		if (app / bare <= TARGETS.paintRatio) continue;
		const gaps = PHASES.map(([phase, what]) => ({
			phase,
			what,
			extra: (p.appPhases[phase] ?? 0) - (p.barePhases[phase] ?? 0)
		}))
			.filter((g) => g.extra > 0)
			.sort((a, b) => b.extra - a.extra)
			.slice(0, 3);
		misses.push(
			`Explorer first paint, ${p.name}: ${fmt(app)} ms against ${fmt(bare)} ms for bare sigma (×${fmt(app / bare, 2)}). The explorer spends longer in ${gaps.map((g) => `**${g.phase}** (+${fmt(g.extra)} ms: ${g.what})`).join(', ')}. The data had arrived at ${fmt(p.appFetchMs)} ms (bare ${fmt(p.bareFetchMs)} ms); the explorer started reading it at ${fmt(p.appReadStartMs)} ms (bare ${fmt(p.bareReadStartMs)} ms).`
		);
	}
	if (r.paint.length)
		out.push(
			`Graph data requests per explorer load: ${r.paint.map((p) => `${p.name} ${p.graphRequests}`).join(', ')} (loaded once; the search index is built in the page from the graph's own attributes, so no text is shipped twice). Data files in the site: ${r.bundle.dataFiles.join(', ') || 'none'}.`,
			''
		);

	if (r.frames.length) {
		out.push('### Pan and zoom', '');
		out.push(
			'Once the page has settled after `graph-ready` (network idle, two frames within 100 ms), a scripted',
			'drag (pan) and wheel steps (zoom) over the canvas, each within a time budget; the duration of every',
			'sigma render (`beforeRender` → `afterRender`, main thread) and the `requestAnimationFrame` intervals',
			'meanwhile. Software WebGL (SwiftShader) on 2 cores draws a 50,000-node frame in about a second',
			'whatever the page does: compare the explorer with the bare page rather than with a GPU machine.',
			''
		);
		out.push(
			table(
				[
					'graph',
					'nodes',
					'page',
					'interaction',
					'renders',
					'median render',
					'p95 render',
					'p95 frame interval',
					'reducer passes',
					'sigma settings'
				],
				r.frames.map((f) => [
					f.name,
					fmt(f.nodes),
					f.page,
					seconds(f.interactionMs),
					f.renders,
					`${fmt(f.medianRenderMs, 1)} ms`,
					`${fmt(f.p95RenderMs, 1)} ms`,
					`${fmt(f.p95Ms, 1)} ms`,
					`${f.processes} (${fmt(f.processMs)} ms; ${f.setSettingsCalls} setSettings, ${f.hoverEvents} hover events${f.clicks ? `, ${f.clicks} clicks` : ''})`,
					Object.entries(f.settings)
						.map(([k, v]) => `${k}: ${v}`)
						.join(', ')
				])
			),
			''
		);
		const explorer = r.frames.find((f) => f.page === 'explorer');
		// The target is for 50,000 nodes; the explorer hides only above 20,000.
		if (explorer && explorer.nodes >= 20_000) {
			const hides =
				explorer.settings.hideEdgesOnMove === true && explorer.settings.hideLabelsOnMove === true;
			out.push(
				table(
					['target', 'measured', ''],
					[
						[
							`edges and labels hidden while moving (${explorer.name})`,
							`hideEdgesOnMove ${explorer.settings.hideEdgesOnMove}, hideLabelsOnMove ${explorer.settings.hideLabelsOnMove}`,
							pass(hides)
						],
						[
							'no per-frame work in reducers (sigma process() passes while panning and zooming)',
							`${explorer.processes} passes, ${fmt(explorer.processMs)} ms`,
							pass(explorer.processes === 0)
						]
					]
				),
				''
			);
			if (explorer.processes > 0)
				misses.push(
					`Pan and zoom, ${explorer.name}: sigma re-ran its reducers over every node and edge ${explorer.processes} times (${fmt(explorer.processMs)} ms, ${fmt(explorer.processMs / explorer.processes)} ms each) during the interaction, while the page called \`setSettings\` ${explorer.setSettingsCalls} times and ${explorer.hoverEvents} node hover events (enterNode/leaveNode) fired as nodes passed under the pointer.${explorer.setSettingsCalls ? ' Every setSettings call with new reducers (a hover changes the display state) makes sigma process the whole graph again.' : ' The passes did not come from setSettings: graph data or a refresh() triggered them.'}${explorer.clicks ? ` sigma took ${explorer.clicks} of the scripted moves for a click, which selects (a selection restyles the whole graph).` : ''}`
				);
			if (!hides)
				misses.push(
					`Pan and zoom, ${explorer.name}: the explorer does not hide edges and labels while moving (hideEdgesOnMove ${explorer.settings.hideEdgesOnMove}, hideLabelsOnMove ${explorer.settings.hideLabelsOnMove}).`
				);
		}
	}

	// Search.
	if (r.search) {
		const s = r.search;
		const ok = s.p95 < TARGETS.searchP95Ms;
		out.push('## Search', '');
		out.push(
			`${fmt(s.queries)} queries (label and alias fragments, quote fragments, pinyin and initials, English glosses, misses; deterministic) against the index the explorer builds (src/lib/core/query/search.ts: \`searchDocsFromGraph\` + \`SearchIndex\`) over the ${s.graph} graph (${fmt(s.docs)} documents, ${fmt(s.nodes)} nodes, ${fmt(s.indexDocs)} indexed). Timed in Node, one query at a time, after 50 warm-up queries. ${fmt(s.hitRate * 100)} % of the queries found something.`,
			''
		);
		out.push(
			table(
				['index build', 'p50', 'p95', 'p99', 'max', 'target p95', ''],
				[
					[
						`${fmt(s.buildMs)} ms`,
						`${fmt(s.p50, 2)} ms`,
						`**${fmt(s.p95, 2)} ms**`,
						`${fmt(s.p99, 2)} ms`,
						`${fmt(s.max, 2)} ms`,
						`< ${TARGETS.searchP95Ms} ms`,
						pass(ok)
					]
				]
			),
			''
		);
		if (!ok)
			misses.push(
				`Search p95 ${fmt(s.p95, 2)} ms: the slowest queries are short Latin ones, which scan every document's pinyin keys (query/search.ts), and two-character Chinese ones with long posting lists.`
			);
	}

	// Bundle and data.
	const bundle = r.bundle;
	const bundleOk = bundle.jsGzipBytes < TARGETS.bundleGzipBytes;
	out.push('## Size', '');
	out.push(
		table(
			['what', 'size', 'target', ''],
			[
				[
					'explorer JS, build/_app/**/*.js, gzip (graph data excluded)',
					`**${kb(bundle.jsGzipBytes)}** (${kb(bundle.jsBytes)} raw)`,
					`< ${kb(TARGETS.bundleGzipBytes)}`,
					pass(bundleOk)
				],
				['explorer CSS, gzip', kb(bundle.cssGzipBytes), '', ''],
				['bare sigma page JS, gzip (for comparison)', kb(bundle.bareJsGzipBytes), '', ''],
				...r.builds.map((b) => [
					`graph.json, ${b.name} (${fmt(b.nodes)} nodes), gzip`,
					`${mb(b.graphGzipBytes)} (${mb(b.graphBytes)} raw, ${fmt(b.graphGzipBytes / Math.max(1, b.nodes))} B a node)`,
					'loaded once',
					''
				])
			]
		),
		'',
		`Largest JS chunks (gzip): ${bundle.largest.map((c) => `${c.file} ${kb(c.gzipBytes)}`).join(', ')}.`,
		''
	);
	if (!bundleOk)
		misses.push(
			`JS bundle ${kb(bundle.jsGzipBytes)} gzip: largest chunks ${bundle.largest.map((c) => `${c.file} ${kb(c.gzipBytes)}`).join(', ')}.`
		);

	out.push('## Misses: where the time goes', '');
	out.push(
		misses.length
			? misses.map((x) => `- ${x}`).join('\n')
			: 'Every target above was met in this run.',
		''
	);
	if (r.notes.length) out.push('## Notes', '', r.notes.map((n) => `- ${n}`).join('\n'), '');
	return `${out.join('\n')}\n`;
}
