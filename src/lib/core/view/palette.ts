/**
 * view/palette: colours by node kind and by community, chosen to stay distinguishable on a
 * projector and for the common colour-vision deficiencies (Okabe–Ito based).
 */
import type { NodeKind } from '../kinds';

export const KIND_COLORS: Record<NodeKind, string> = {
	quote: '#0072B2',
	event: '#D55E00',
	date: '#999999',
	law: '#CC79A7',
	concept: '#009E73',
	document: '#56B4E9',
	person: '#E69F00',
	organization: '#8C6D31',
	publication: '#6A3D9A',
	theme: '#F0C808'
};

const COMMUNITY_COLORS = [
	'#1F77B4',
	'#FF7F0E',
	'#2CA02C',
	'#D62728',
	'#9467BD',
	'#8C564B',
	'#E377C2',
	'#7F7F7F',
	'#BCBD22',
	'#17BECF',
	'#393B79',
	'#AD494A'
];

export function communityColor(community: number): string {
	return COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length];
}

/** Faded colour for nodes and edges outside the focus. */
export const MUTED = '#E4E4E7';
/** Edges drawn when nothing is focused: light, so labels stay readable. */
export const AMBIENT_EDGE = '#CFCFD4';

/** CJK font stack for canvas labels and the interface (no web font: works offline). */
export const LABEL_FONT =
	'"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
