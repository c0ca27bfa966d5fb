/**
 * view/url: the explorer's view lives in the URL query (CONTRACT §4) so any view can be
 * shared, bookmarked and reloaded. Parsing is defensive: unknown or malformed values are
 * ignored, never an error.
 */
import { NODE_KINDS, type NodeKind } from '../kinds';

export type Lang = 'zh' | 'en';
export type SizeBy = 'pagerank' | 'degree' | 'quotes';
export type ColorBy = 'kind' | 'community';
export type LayoutName = 'force' | 'time';

export interface ViewState {
	node?: string;
	q?: string;
	kinds?: NodeKind[];
	from?: string;
	to?: string;
	path?: [string, string];
	story?: string;
	step?: number;
	lang: Lang;
	/** Extensions beyond the contract. */
	depth?: number;
	size?: SizeBy;
	color?: ColorBy;
	layout?: LayoutName;
	doc?: string;
	community?: number;
	/** Right-hand panel tab for the selected node. */
	tab?: 'trace';
	/** Label density, 1 (sparse) to 5 (dense). */
	labels?: number;
	/** Show the sortable list of visible nodes instead of the canvas. */
	list?: boolean;
	/** Selected edge, whose evidence the panel shows. */
	edge?: string;
	/** Nodes compared in "what links these?" (2 or more). */
	with?: string[];
}

const ISO = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_PARAM = 500;

function clean(value: string | null): string | undefined {
	if (value === null) return undefined;
	const trimmed = value.trim();
	return trimmed && trimmed.length <= MAX_PARAM ? trimmed : undefined;
}

/** Read a view from URL search params. `hasNode` validates node keys against the loaded graph. */
export function parseView(
	params: URLSearchParams,
	hasNode: (key: string) => boolean = () => true,
	hasEdge: (key: string) => boolean = () => true
): ViewState {
	const view: ViewState = { lang: params.get('lang') === 'en' ? 'en' : 'zh' };
	const node = clean(params.get('node'));
	if (node && hasNode(node)) view.node = node;
	const q = clean(params.get('q'));
	if (q) view.q = q;
	const kinds = clean(params.get('kinds'))
		?.split(',')
		.map((k) => k.trim())
		.filter((k): k is NodeKind => (NODE_KINDS as string[]).includes(k));
	if (kinds?.length) view.kinds = [...new Set(kinds)];
	const from = clean(params.get('from'));
	const to = clean(params.get('to'));
	if (from && ISO.test(from)) view.from = from;
	if (to && ISO.test(to)) view.to = to;
	if (view.from && view.to && view.to < view.from) delete view.to;
	const path = clean(params.get('path'))?.split(',');
	if (
		path?.length === 2 &&
		path[0] &&
		path[1] &&
		path[0] !== path[1] &&
		hasNode(path[0]) &&
		hasNode(path[1])
	)
		view.path = [path[0], path[1]];
	const story = clean(params.get('story'));
	if (story && /^[a-z0-9-]{1,80}$/.test(story)) view.story = story;
	const step = Number(params.get('step'));
	if (params.get('step') !== null && Number.isInteger(step) && step >= 1 && step <= 1000)
		view.step = step;
	const depth = Number(params.get('depth'));
	if (Number.isInteger(depth) && depth >= 1 && depth <= 3) view.depth = depth;
	const size = params.get('size');
	if (size === 'degree' || size === 'quotes') view.size = size;
	const color = params.get('color');
	if (color === 'community') view.color = color;
	if (params.get('layout') === 'time') view.layout = 'time';
	const doc = clean(params.get('doc'));
	if (doc && hasNode(doc)) view.doc = doc;
	const community = Number(params.get('community'));
	if (params.get('community') !== null && Number.isInteger(community) && community >= 0)
		view.community = community;
	if (params.get('tab') === 'trace') view.tab = 'trace';
	const labels = Number(params.get('labels'));
	if (Number.isInteger(labels) && labels >= 1 && labels <= 5) view.labels = labels;
	if (params.get('list') === '1') view.list = true;
	const compared = clean(params.get('with'))
		?.split(',')
		.filter((k) => k && hasNode(k));
	if (compared?.length) view.with = [...new Set(compared)].slice(0, 8);
	const edge = clean(params.get('edge'));
	if (edge && hasEdge(edge)) view.edge = edge;
	return view;
}

/** Write a view as a query string (defaults left out, so URLs stay short). */
export function serializeView(view: ViewState): string {
	const params = new URLSearchParams();
	if (view.story) params.set('story', view.story);
	if (view.story && view.step) params.set('step', String(view.step));
	if (view.node) params.set('node', view.node);
	if (view.q) params.set('q', view.q);
	if (view.kinds?.length) params.set('kinds', view.kinds.join(','));
	if (view.from) params.set('from', view.from);
	if (view.to) params.set('to', view.to);
	if (view.path) params.set('path', view.path.join(','));
	if (view.depth) params.set('depth', String(view.depth));
	if (view.size && view.size !== 'pagerank') params.set('size', view.size);
	if (view.color && view.color !== 'kind') params.set('color', view.color);
	if (view.layout && view.layout !== 'force') params.set('layout', view.layout);
	if (view.doc) params.set('doc', view.doc);
	if (view.community !== undefined) params.set('community', String(view.community));
	if (view.tab) params.set('tab', view.tab);
	if (view.labels && view.labels !== 3) params.set('labels', String(view.labels));
	if (view.list) params.set('list', '1');
	if (view.edge) params.set('edge', view.edge);
	if (view.with?.length) params.set('with', view.with.join(','));
	if (view.lang === 'en') params.set('lang', 'en');
	const text = params.toString();
	return text ? `?${text}` : '';
}
