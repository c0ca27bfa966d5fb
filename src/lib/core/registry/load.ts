/**
 * registry/load: the curated registries (events, laws, concepts, people, organizations,
 * publications, works) are YAML data, validated on load. A malformed entry stops the build
 * with the file, line, entry and field named: curation errors must never pass silently.
 */
import { LineCounter, parseDocument, isSeq, isMap, type Node as YamlNode } from 'yaml';

export class RegistryError extends Error {}

export type FieldType =
	| 'string'
	| 'string?'
	| 'date'
	| 'date?'
	| 'strings'
	| 'strings?'
	| 'enum'
	| 'enum?'
	| 'ids?'
	| 'id?'
	| 'number?'
	| 'any?';

export interface FieldSpec {
	type: FieldType;
	values?: readonly string[];
	/** For `ids?`/`id?`: which registry the ids point into (checked after all are loaded). */
	refers?: string;
}

export type Schema = Record<string, FieldSpec>;

const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** True for a real calendar date in ISO form of any precision. */
export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	if (value.length < 10) return true;
	const [y, m, d] = value.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

export interface LoadedEntry {
	id: string;
	line: number;
	[field: string]: unknown;
}

/**
 * Parse and validate one registry file. `label` is the path shown in messages.
 * Unknown fields are allowed (curators add notes); missing or mistyped known fields are not.
 */
export function loadRegistry(label: string, text: string, schema: Schema): LoadedEntry[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true });
	if (document.errors.length) {
		const error = document.errors[0];
		const pos = error.linePos?.[0];
		throw new RegistryError(
			`registry: ${label}:${pos?.line ?? '?'}: ${locateYamlError(document.contents, error.pos[0])}YAML syntax error: ${error.message.split('\n')[0]}`
		);
	}
	const root = document.contents;
	if (root === null || root === undefined) return [];
	if (!isSeq(root))
		throw new RegistryError(`registry: ${label}: expected a list of entries at the top level`);
	const lineOf = (node: YamlNode | null | undefined) =>
		node?.range ? lineCounter.linePos(node.range[0]).line : 0;
	const entries: LoadedEntry[] = [];
	const seen = new Map<string, number>();
	root.items.forEach((item, index) => {
		const line = lineOf(item as YamlNode);
		if (!isMap(item))
			throw new RegistryError(`registry: ${label}:${line}: entry ${index + 1} is not a mapping`);
		const value = (item as YamlNode).toJSON() as Record<string, unknown>;
		const where = (field: string) => {
			const pair = item.items.find((p) => (p.key as { value?: unknown })?.value === field);
			const fieldLine = pair
				? lineOf(pair.value as YamlNode) || lineOf(pair.key as YamlNode)
				: line;
			return `registry: ${label}:${fieldLine}: entry ${index + 1} (id "${value.id ?? '?'}"), field "${field}"`;
		};
		if (typeof value.id !== 'string' || !ID.test(value.id))
			throw new RegistryError(
				`${where('id')}: id must be kebab-case ASCII, got ${JSON.stringify(value.id)}`
			);
		if (seen.has(value.id))
			throw new RegistryError(
				`${where('id')}: duplicate id "${value.id}" (first at line ${seen.get(value.id)})`
			);
		seen.set(value.id, line);
		for (const [field, spec] of Object.entries(schema))
			checkField(value[field], spec, where(field));
		entries.push({ ...value, id: value.id, line });
	});
	return entries;
}

/**
 * The entry and field a YAML error falls in, from what the parser recovered around it:
 * `entry 2 (id "x"), field "name": `. Fix: syntax errors used to name only file and line,
 * although the contract (module comment) is file, line, entry and field for every malformed entry.
 */
function locateYamlError(root: unknown, offset: number): string {
	if (!isSeq(root)) return '';
	const index = root.items.findLastIndex((item) => {
		const range = (item as YamlNode | null)?.range;
		return !!range && range[0] <= offset;
	});
	if (index < 0) return '';
	const item = root.items[index];
	if (!isMap(item)) return `entry ${index + 1}: `;
	const id = item.get('id');
	const pair = item.items.findLast((p) => {
		const range = (p.key as YamlNode | null)?.range;
		return !!range && range[0] <= offset;
	});
	const field = (pair?.key as { value?: unknown } | undefined)?.value;
	return `entry ${index + 1} (id "${typeof id === 'string' ? id : '?'}")${field === undefined ? '' : `, field "${String(field)}"`}: `;
}

function checkField(value: unknown, spec: FieldSpec, where: string): void {
	const optional = spec.type.endsWith('?');
	if (value === undefined || value === null) {
		if (!optional) throw new RegistryError(`${where}: missing`);
		return;
	}
	switch (spec.type.replace('?', '')) {
		case 'string':
			if (typeof value !== 'string' || !value.trim())
				throw new RegistryError(`${where}: expected non-empty text, got ${JSON.stringify(value)}`);
			return;
		case 'date':
			if (!isIsoDate(String(value)))
				throw new RegistryError(
					`${where}: not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY): ${JSON.stringify(value)}`
				);
			return;
		case 'strings':
		case 'ids':
			if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()))
				throw new RegistryError(`${where}: expected a list of non-empty texts`);
			return;
		case 'id':
			if (typeof value !== 'string') throw new RegistryError(`${where}: expected an id`);
			return;
		case 'enum':
			if (!spec.values?.includes(String(value)))
				throw new RegistryError(
					`${where}: ${JSON.stringify(value)} is not one of ${spec.values?.join(', ')}`
				);
			return;
		case 'number':
			if (typeof value !== 'number' && !/^\d+$/.test(String(value)))
				throw new RegistryError(`${where}: expected a number`);
			return;
	}
}

/** Check that every reference (`broader`, `parent`, `partOf`) points to an existing id. */
export function checkReferences(
	label: string,
	entries: LoadedEntry[],
	field: string,
	targets: Set<string>
): void {
	for (const entry of entries) {
		const value = entry[field];
		const ids = Array.isArray(value) ? value : value ? [value] : [];
		for (const id of ids) {
			if (!targets.has(String(id)))
				throw new RegistryError(
					`registry: ${label}:${entry.line}: entry "${entry.id}", field "${field}": unknown id "${id}"`
				);
		}
	}
}
