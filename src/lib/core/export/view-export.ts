/**
 * export/view-export: the current view for other tools. The visible subgraph with scalar
 * attributes (lists joined, appearances as JSON) and display colour and size, for GEXF and
 * GraphML (Gephi); GraphML written here (graphology-graphml only parses); and a CSV of the
 * visible quotations with their sources. Everything is escaped: corpus text is data.
 */
import Graph from 'graphology';

type Scalar = string | number | boolean;

function scalar(value: unknown): Scalar | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
		return value;
	if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
		return value.join('; ');
	return JSON.stringify(value);
}

/** The visible part of the graph with every attribute made scalar, plus `color` for Gephi. */
export function viewSubgraph(
	graph: Graph,
	visible: Set<string>,
	colorOf: (attributes: Record<string, unknown>) => string
): Graph {
	const sub = new Graph({ type: 'directed', multi: true });
	graph.forEachNode((node, attributes) => {
		if (!visible.has(node)) return;
		const flat: Record<string, Scalar> = {};
		for (const [key, value] of Object.entries(attributes)) {
			if (key === 'spans' || key === 'py') continue;
			const s = scalar(value);
			if (s !== undefined) flat[key] = s;
		}
		flat.color = colorOf(attributes);
		sub.addNode(node, flat);
	});
	graph.forEachEdge((edge, attributes, source, target) => {
		if (!visible.has(source) || !visible.has(target)) return;
		const flat: Record<string, Scalar> = {};
		for (const [key, value] of Object.entries(attributes)) {
			const s = scalar(value);
			if (s !== undefined) flat[key] = s;
		}
		sub.addDirectedEdgeWithKey(edge, source, target, flat);
	});
	return sub;
}

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

export function escapeXml(text: string): string {
	// Characters XML 1.0 forbids are dropped; the rest escaped.
	return (
		text
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
	);
}

/** GraphML 1.0 with typed keys for every node and edge attribute. */
export function toGraphml(graph: Graph): string {
	const keys = new Map<
		string,
		{ for: 'node' | 'edge'; name: string; type: 'string' | 'double' | 'boolean' }
	>();
	const declare = (domain: 'node' | 'edge', name: string, value: Scalar) => {
		const id = `${domain === 'node' ? 'n' : 'e'}_${name}`;
		const type =
			typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
		const known = keys.get(id);
		if (!known) keys.set(id, { for: domain, name, type });
		else if (known.type !== type) known.type = 'string';
	};
	graph.forEachNode((_n, a) =>
		Object.entries(a).forEach(([k, v]) => declare('node', k, v as Scalar))
	);
	graph.forEachEdge((_e, a) =>
		Object.entries(a).forEach(([k, v]) => declare('edge', k, v as Scalar))
	);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
	];
	for (const [id, key] of keys)
		lines.push(
			`  <key id="${escapeXml(id)}" for="${key.for}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`
		);
	lines.push('  <graph id="lunshu" edgedefault="directed">');
	const data = (domain: 'n' | 'e', attributes: Record<string, unknown>) =>
		Object.entries(attributes)
			.map(([k, v]) => `<data key="${escapeXml(`${domain}_${k}`)}">${escapeXml(String(v))}</data>`)
			.join('');
	graph.forEachNode((node, a) =>
		lines.push(`    <node id="${escapeXml(node)}">${data('n', a)}</node>`)
	);
	graph.forEachEdge((edge, a, source, target) =>
		lines.push(
			`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data('e', a)}</edge>`
		)
	);
	lines.push('  </graph>', '</graphml>');
	return `${lines.join('\n')}\n`;
}

function csvField(value: unknown): string {
	const text = value === undefined || value === null ? '' : String(value);
	// Quote every field; a leading = + - @ would be read as a formula by spreadsheets.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

interface Appearance {
	file: string;
	line: number;
	endLine: number;
	attribution?: string;
	date?: string;
	page?: string;
	publication?: string;
}

/** The visible quotations, one row per appearance, with occasion and source (UTF-8 with BOM for spreadsheets). */
export function quotesCsv(graph: Graph, visible: Set<string>): string {
	const header = [
		'quote',
		'text',
		'date',
		'occasion',
		'file',
		'line',
		'endLine',
		'attribution',
		'date_as_stated',
		'publication',
		'page',
		'speaker'
	];
	const rows = [header.map(csvField).join(',')];
	graph.forEachNode((node, a) => {
		if (a.kind !== 'quote' || !visible.has(node)) return;
		const occasions = graph
			.outNeighbors(node)
			.filter((n) => graph.getNodeAttribute(n, 'kind') === 'event')
			.map((n) => graph.getNodeAttribute(n, 'label'))
			.join('; ');
		for (const ap of a.appearances as Appearance[]) {
			rows.push(
				[
					node,
					a.text,
					a.date,
					occasions,
					ap.file,
					ap.line,
					ap.endLine,
					ap.attribution,
					ap.date,
					ap.publication,
					ap.page,
					a.speaker
				]
					.map(csvField)
					.join(',')
			);
		}
	});
	return `\ufeff${rows.join('\r\n')}\r\n`;
}
