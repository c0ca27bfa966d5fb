/**
 * kinds: the node kinds of CONTRACT §3. A module of its own so the browser can import the list
 * without pulling in the build pipeline.
 */
export type NodeKind =
	| 'quote'
	| 'event'
	| 'date'
	| 'law'
	| 'concept'
	| 'document'
	| 'person'
	| 'organization'
	| 'publication'
	| 'theme';

export const NODE_KINDS: NodeKind[] = [
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
