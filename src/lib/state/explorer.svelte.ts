/**
 * state/explorer: the one runes state module of the explorer. The URL is the source of truth
 * for the view (CONTRACT §4): actions write the URL, the view is derived from it, so reload
 * and back/forward restore any view. Hover is the only view state outside the URL.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { asset } from '$app/paths';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { computeVisible, countVisibleEdges } from '$lib/core/query/filter';
import { quoteSetOf } from '$lib/core/query/details';
import { shortestPaths, type GraphPath } from '$lib/core/query/paths';
import { yearRange } from '$lib/core/query/timeline';
import { parseView, serializeView, type ViewState } from '$lib/core/view/url';
import { strings } from '$lib/i18n';
import type { Story, StoryStep } from '$lib/core/story/story';
import type { NodeKind } from '$lib/core/kinds';

// Visible sets are replaced as a whole on every view change, never mutated: a plain Set is right.
const NO_NODES: Set<string> = new Set();

async function fetchGraph(): Promise<SerializedGraph> {
	const response = await fetch(asset('/data/graph.json'));
	if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
	return response.json();
}

/**
 * The graph.json read that src/app.html starts before the app's modules have loaded (first
 * paint waits on the data, not on booting). Taken once: a later load fetches afresh.
 */
function takePrefetchedGraph(): Promise<SerializedGraph> | undefined {
	const holder = window as unknown as { __lunshuGraph?: Promise<SerializedGraph> };
	const prefetched = holder.__lunshuGraph;
	delete holder.__lunshuGraph;
	return prefetched;
}

export class ExplorerState {
	graph = $state.raw<Graph | null>(null);
	loadError = $state<string | null>(null);
	hovered = $state<string | undefined>(undefined);

	view: ViewState = $derived(
		parseView(
			page.url.searchParams,
			(key) => this.graph?.hasNode(key) ?? false,
			(key) => this.graph?.hasEdge(key) ?? false
		)
	);
	t = $derived(strings(this.view.lang));
	/** Stories shipped in graph.json (validated at build time). */
	stories: Story[] = $derived((this.graph?.getAttribute('stories') as Story[] | undefined) ?? []);
	/** The story being presented (story=… in the URL), and its current step (1-based). */
	story: Story | undefined = $derived(this.stories.find((s) => s.id === this.view.story));
	stepNumber = $derived(
		this.story ? Math.min(Math.max(1, this.view.step ?? 1), this.story.steps.length) : 0
	);
	step: StoryStep | undefined = $derived(this.story?.steps[this.stepNumber - 1]);

	visible: Set<string> = $derived(
		this.graph
			? computeVisible(this.graph, {
					kinds: (this.step?.kinds as NodeKind[] | undefined) ?? this.view.kinds,
					from: this.step ? this.step.from : this.view.from,
					to: this.step ? this.step.to : this.view.to,
					doc: this.view.doc,
					community: this.view.community,
					center: this.view.node,
					depth: this.view.depth
				})
			: NO_NODES
	);
	visibleEdgeCount = $derived(this.graph ? countVisibleEdges(this.graph, this.visible) : 0);
	/** What the timeline histogram counts: the filters without the time window. */
	visibleIgnoringTime: Set<string> = $derived(
		this.graph
			? computeVisible(this.graph, {
					kinds: this.view.kinds,
					doc: this.view.doc,
					community: this.view.community,
					center: this.view.node,
					depth: this.view.depth
				})
			: NO_NODES
	);
	/** The selection's quotations, drawn dark on the timeline. */
	selectionQuotes: Set<string> | undefined = $derived(
		this.graph && this.view.node ? quoteSetOf(this.graph, this.view.node) : undefined
	);
	years: [number, number] | undefined = $derived(this.graph ? yearRange(this.graph) : undefined);
	/** The path shown: the story step's, or the URL's. */
	pathEnds: [string, string] | undefined = $derived(this.step ? this.step.path : this.view.path);
	paths: GraphPath[] = $derived(
		this.graph && this.pathEnds ? shortestPaths(this.graph, this.pathEnds[0], this.pathEnds[1]) : []
	);
	/** First end of a path being chosen (transient: the path itself goes into the URL). */
	pathStart = $state<string | undefined>(undefined);

	async load(): Promise<void> {
		try {
			const data = await (takePrefetchedGraph() ?? fetchGraph());
			const graph = new Graph({ multi: true, type: 'directed' });
			graph.import(data);
			this.graph = graph;
		} catch (error) {
			this.loadError = (error as Error).message;
		}
	}

	/** Change the view: the URL changes, the view follows. */
	navigate(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
		const next = { ...this.view, ...patch };
		const query = serializeView(next);
		// Only the query changes: the page stays where it is (explorer, presenter, handout).
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(`${page.url.pathname}${query}`, {
			keepFocus: true,
			noScroll: true,
			replaceState: options.replace ?? false
		});
	}

	select(node: string | undefined): void {
		if (node === this.view.node) return;
		this.navigate({ node });
	}

	/** Go to step n of the current story (the URL's step follows). */
	goToStep(n: number): void {
		if (!this.story) return;
		const step = Math.min(Math.max(1, n), this.story.steps.length);
		if (step !== this.stepNumber) this.navigate({ step });
	}

	/** The current view as an absolute link, for "copy link". */
	shareLink(): string {
		return `${page.url.origin}${page.url.pathname}${serializeView(this.view)}`;
	}
}

export const explorer = new ExplorerState();
