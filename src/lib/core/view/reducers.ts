/**
 * view/reducers: the display is a pure function of the data graph and the view state.
 * Hover, selection, filters and highlights never touch graph data; they reach the canvas only
 * through these reducers (sigma's nodeReducer / edgeReducer). Everything that depends on the
 * view but not on the node (visible sets, neighbourhoods) is computed once per state change in
 * `prepareDisplay`, so the per-node work in a frame is a few lookups.
 */
import type Graph from 'graphology';
import { AMBIENT_EDGE, communityColor, KIND_COLORS, MUTED } from './palette';
import type { ColorBy, SizeBy } from './url';
import type { NodeKind } from '../kinds';

export interface DisplayInput {
	/** Nodes that pass the filters (kinds, time, document, community, neighbourhood). */
	visible: Set<string>;
	hovered?: string;
	selected?: string;
	/** Nodes to emphasise (search hits, path, story focus). */
	highlighted?: Set<string>;
	/** Edges to emphasise (a path). */
	highlightedEdges?: Set<string>;
	colorBy: ColorBy;
	sizeBy: SizeBy;
	/** Edge kinds drawn when nothing is focused (co_occurs is too dense to draw by default). */
	ambientEdgeKinds: Set<string>;
	/** Show English glosses beside labels. */
	english?: boolean;
	/**
	 * Focus (hover, selection) marks the node and its links without restyling the rest of the
	 * graph. On very large graphs restyling every node and edge takes seconds; this way a focus
	 * change redraws only the two neighbourhoods (see `focusArea`).
	 */
	lightFocus?: boolean;
}

export interface PreparedDisplay extends DisplayInput {
	focus?: string;
	focusNeighbours: Set<string>;
	sizeScale: (attributes: Record<string, unknown>) => number;
}

export function prepareDisplay(graph: Graph, input: DisplayInput): PreparedDisplay {
	const focus = input.hovered ?? input.selected;
	const focusNeighbours = new Set<string>();
	if (focus && graph.hasNode(focus)) {
		focusNeighbours.add(focus);
		graph.forEachNeighbor(focus, (neighbour) => focusNeighbours.add(neighbour));
	}
	return {
		...input,
		focus: focus && graph.hasNode(focus) ? focus : undefined,
		focusNeighbours,
		sizeScale: sizeScaleFor(graph, input.sizeBy)
	};
}

function sizeScaleFor(
	graph: Graph,
	sizeBy: SizeBy
): (attributes: Record<string, unknown>) => number {
	if (sizeBy === 'pagerank') return (a) => (a.size as number) ?? 4;
	const valueOf = (a: Record<string, unknown>) =>
		sizeBy === 'degree' ? ((a.degree as number) ?? 0) : quoteCount(a);
	let max = 1;
	graph.forEachNode((_n, a) => (max = Math.max(max, valueOf(a))));
	return (a) => 4 + 16 * Math.sqrt(valueOf(a) / max);
}

/** Quotes behind a node: appearances of a quote, or the quote neighbours counted at build time. */
function quoteCount(a: Record<string, unknown>): number {
	if (a.kind === 'quote') return ((a.appearances as unknown[]) ?? []).length;
	return (a.quoteCount as number) ?? 0;
}

export interface NodeDisplay {
	x: number;
	y: number;
	size: number;
	label: string;
	color: string;
	hidden?: boolean;
	highlighted?: boolean;
	forceLabel?: boolean;
	zIndex?: number;
}

/** With a light focus, neighbours' labels are forced up to this many neighbours. */
const LIGHT_FOCUS_LABELS = 40;

/**
 * What a light focus changes on screen: the old and the new focus with their neighbours, and
 * the edges of both foci. Redrawing these is enough when only the focus moved.
 */
export function focusArea(
	graph: Graph,
	before: PreparedDisplay,
	after: PreparedDisplay
): { nodes: string[]; edges: string[] } {
	const nodes = new Set([...before.focusNeighbours, ...after.focusNeighbours]);
	const edges = new Set<string>();
	for (const focus of [before.focus, after.focus])
		if (focus && graph.hasNode(focus)) graph.forEachEdge(focus, (edge) => void edges.add(edge));
	return { nodes: [...nodes], edges: [...edges] };
}

/**
 * Whether two display states differ only in their focus (hover, selection), both light: then
 * `focusArea` covers every change. Sets are compared by content (they are rebuilt on each view
 * change even when their members stay the same).
 */
export function onlyFocusMoved(before: DisplayInput, after: DisplayInput): boolean {
	return (
		!!before.lightFocus &&
		!!after.lightFocus &&
		before.colorBy === after.colorBy &&
		before.sizeBy === after.sizeBy &&
		before.english === after.english &&
		before.ambientEdgeKinds === after.ambientEdgeKinds &&
		sameMembers(before.visible, after.visible) &&
		sameMembers(before.highlighted, after.highlighted) &&
		sameMembers(before.highlightedEdges, after.highlightedEdges)
	);
}

function sameMembers(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
	if (a === b) return true;
	if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
	for (const member of a ?? []) if (!b?.has(member)) return false;
	return true;
}

export function reduceNode(
	node: string,
	attributes: Record<string, unknown>,
	display: PreparedDisplay
): NodeDisplay {
	const kind = attributes.kind as NodeKind;
	const base: NodeDisplay = {
		x: attributes.x as number,
		y: attributes.y as number,
		size: display.sizeScale(attributes),
		label: labelOf(attributes, display.english),
		color:
			display.colorBy === 'community'
				? communityColor((attributes.community as number) ?? 0)
				: (KIND_COLORS[kind] ?? '#666')
	};
	if (!display.visible.has(node)) return { ...base, hidden: true };
	const emphasised = display.highlighted?.has(node) || node === display.selected;
	if (display.focus && display.lightFocus && display.focusNeighbours.has(node)) {
		// The focus and its neighbours as they are without a focus, in their own colours, labelled
		// (neighbours when they are few enough) and the focus ringed. Size and stacking order stay,
		// so sigma redraws them without re-indexing the graph; other nodes are not touched.
		const unfocused = reduceNode(node, attributes, { ...display, focus: undefined });
		return {
			...unfocused,
			color: base.color,
			label: base.label,
			highlighted: node === display.focus || unfocused.highlighted,
			forceLabel: node === display.focus || display.focusNeighbours.size <= LIGHT_FOCUS_LABELS
		};
	}
	if (display.focus && !display.lightFocus) {
		if (!display.focusNeighbours.has(node) && !emphasised)
			return { ...base, color: MUTED, label: '', zIndex: 0 };
		return {
			...base,
			// Only the focus forces its label; its neighbours' labels go through sigma's label grid,
			// which keeps them from overlapping (muted nodes have no label to compete with).
			forceLabel: node === display.focus,
			highlighted: node === display.focus || emphasised,
			zIndex: node === display.focus ? 2 : 1
		};
	}
	if (display.highlighted?.size) {
		if (!emphasised) return { ...base, color: MUTED, label: '', zIndex: 0 };
		// No forced labels: the label grid keeps emphasised labels from overlapping (the camera
		// frames them, so there is room for most).
		return { ...base, highlighted: true, zIndex: 2 };
	}
	return base;
}

export interface EdgeDisplay {
	hidden?: boolean;
	color?: string;
	size?: number;
	zIndex?: number;
}

export function reduceEdge(
	edge: string,
	attributes: Record<string, unknown>,
	source: string,
	target: string,
	display: PreparedDisplay
): EdgeDisplay {
	if (!display.visible.has(source) || !display.visible.has(target)) return { hidden: true };
	if (display.highlightedEdges?.size) {
		if (display.highlightedEdges.has(edge)) return { color: '#D55E00', size: 3, zIndex: 2 };
		return { hidden: true };
	}
	if (display.focus) {
		if (source === display.focus || target === display.focus)
			return display.lightFocus
				? { color: '#555', size: attributes.kind === 'co_occurs' ? 1 : 1.5 }
				: { color: '#555', size: attributes.kind === 'co_occurs' ? 1 : 1.5, zIndex: 1 };
		if (!display.lightFocus) return { hidden: true };
	}
	if (display.highlighted?.size) {
		return display.highlighted.has(source) && display.highlighted.has(target)
			? { color: '#888', size: 1 }
			: { hidden: true };
	}
	if (!display.ambientEdgeKinds.has(attributes.kind as string)) return { hidden: true };
	return { color: AMBIENT_EDGE, size: 0.6 };
}

/** Canvas label: Chinese as in the data; in English mode the gloss or English name beside it. */
export function labelOf(attributes: Record<string, unknown>, english = false): string {
	const label = (attributes.label as string) ?? '';
	if (!english) return label;
	const en = (attributes.gloss as string | undefined) ?? (attributes.nameEn as string | undefined);
	return en ? `${label} · ${shortEnglish(en)}` : label;
}

function shortEnglish(text: string): string {
	const first = text.split(/[;(]/)[0].trim();
	return first.length > 32 ? `${first.slice(0, 31)}…` : first;
}
