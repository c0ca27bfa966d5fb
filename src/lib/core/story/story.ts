/**
 * story/story: guided presentations ("stories") for training sessions. A story is YAML in
 * graph-data/stories/<id>.yaml: a title and steps, each with a caption, the nodes to frame and
 * to highlight, optional filters, time window, path and speaker notes. Stories are validated
 * when the graph is built: a malformed story stops the build with file, line, step and field;
 * a reference to a node the corpus no longer has is reported and left out of the step.
 * Quotations are referred to by where they stand (`file.txt:57`), since their keys are hashes.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { RegistryError } from '../registry/load';

export interface StoryStep {
	title: string;
	caption: string;
	captionEn?: string;
	/** Nodes the camera frames. */
	focus: string[];
	/** Nodes emphasised besides the focus. */
	highlight: string[];
	kinds?: string[];
	from?: string;
	to?: string;
	path?: [string, string];
	layout?: 'force' | 'time';
	notes?: string;
}

export interface Story {
	id: string;
	title: string;
	titleEn?: string;
	description?: string;
	steps: StoryStep[];
}

export interface StoryProblem {
	file: string;
	line: number;
	message: string;
}

const ISO = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const STEP_FIELDS = new Set([
	'title',
	'caption',
	'captionEn',
	'focus',
	'highlight',
	'kinds',
	'from',
	'to',
	'path',
	'layout',
	'notes'
]);

/**
 * Parse one story file. `resolve` turns a reference (node key or `file:line`) into a node key,
 * or undefined when the graph has no such node (reported in `problems`, left out of the step).
 */
export function parseStory(
	label: string,
	id: string,
	text: string,
	resolve: (ref: string) => string | undefined
): { story: Story; problems: StoryProblem[] } {
	if (!ID.test(id))
		throw new RegistryError(`story: ${label}: the file name must be a kebab-case id, got "${id}"`);
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true });
	if (document.errors.length) {
		const error = document.errors[0];
		throw new RegistryError(
			`story: ${label}:${error.linePos?.[0]?.line ?? '?'}: YAML syntax error: ${error.message.split('\n')[0]}`
		);
	}
	const lineOf = (node: unknown) => {
		const range = (node as YamlNode | undefined)?.range;
		return range ? lineCounter.linePos(range[0]).line : 1;
	};
	const root = document.contents;
	if (!isMap(root))
		throw new RegistryError(`story: ${label}:1: expected a mapping with title and steps`);
	const value = root.toJSON() as Record<string, unknown>;
	const fail = (line: number, where: string, message: string): never => {
		throw new RegistryError(`story: ${label}:${line}: ${where}: ${message}`);
	};
	if (typeof value.title !== 'string' || !value.title.trim())
		fail(lineOf(root), 'field "title"', 'missing or empty');
	const stepsNode = root.get('steps', true);
	if (!isSeq(stepsNode) || !stepsNode.items.length)
		fail(lineOf(root), 'field "steps"', 'expected a non-empty list of steps');
	const problems: StoryProblem[] = [];
	const steps: StoryStep[] = (stepsNode as unknown as { items: unknown[] }).items.map(
		(item, index) => {
			const line = lineOf(item);
			const where = (field: string) => `step ${index + 1}, field "${field}"`;
			if (!isMap(item)) fail(line, `step ${index + 1}`, 'expected a mapping');
			const step = (item as YamlNode).toJSON() as Record<string, unknown>;
			for (const key of Object.keys(step))
				if (!STEP_FIELDS.has(key))
					fail(line, where(key), `unknown field (expected one of ${[...STEP_FIELDS].join(', ')})`);
			for (const field of ['title', 'caption'])
				if (typeof step[field] !== 'string' || !(step[field] as string).trim())
					fail(line, where(field), 'missing or empty');
			const refs = (field: string): string[] => {
				const list = step[field];
				if (list === undefined) return [];
				if (!Array.isArray(list) || list.some((r) => typeof r !== 'string'))
					fail(line, where(field), 'expected a list of node keys or file:line references');
				const keys: string[] = [];
				for (const ref of list as string[]) {
					const key = resolve(ref);
					if (key) keys.push(key);
					else
						problems.push({
							file: label,
							line,
							message: `step ${index + 1}, field "${field}": no node for "${ref}" in the graph; left out`
						});
				}
				return keys;
			};
			for (const field of ['from', 'to']) {
				if (step[field] !== undefined && !ISO.test(String(step[field])))
					fail(line, where(field), `not an ISO date: ${JSON.stringify(step[field])}`);
			}
			if (step.layout !== undefined && step.layout !== 'force' && step.layout !== 'time')
				fail(line, where('layout'), 'expected force or time');
			const path = refs('path');
			if (step.path !== undefined && (step.path as unknown[]).length !== 2)
				fail(line, where('path'), 'expected two nodes');
			return {
				title: String(step.title),
				caption: String(step.caption),
				captionEn: typeof step.captionEn === 'string' ? step.captionEn : undefined,
				focus: refs('focus'),
				highlight: refs('highlight'),
				kinds: step.kinds as string[] | undefined,
				from: step.from === undefined ? undefined : String(step.from),
				to: step.to === undefined ? undefined : String(step.to),
				path: path.length === 2 ? [path[0], path[1]] : undefined,
				layout: step.layout as StoryStep['layout'],
				notes: typeof step.notes === 'string' ? step.notes : undefined
			};
		}
	);
	return {
		story: {
			id,
			title: String(value.title),
			titleEn: typeof value.titleEn === 'string' ? value.titleEn : undefined,
			description: typeof value.description === 'string' ? value.description : undefined,
			steps
		},
		problems
	};
}

/** A story as YAML again (the composer's export), with quotations referred to by file:line. */
export function storyToYaml(story: Story, refOf: (key: string) => string): string {
	const quote = (s: string) => JSON.stringify(s);
	const list = (keys: string[]) => `[${keys.map((k) => quote(refOf(k))).join(', ')}]`;
	const lines = [`title: ${quote(story.title)}`];
	if (story.titleEn) lines.push(`titleEn: ${quote(story.titleEn)}`);
	lines.push('steps:');
	for (const step of story.steps) {
		lines.push(`  - title: ${quote(step.title)}`, `    caption: ${quote(step.caption)}`);
		if (step.captionEn) lines.push(`    captionEn: ${quote(step.captionEn)}`);
		if (step.focus.length) lines.push(`    focus: ${list(step.focus)}`);
		if (step.highlight.length) lines.push(`    highlight: ${list(step.highlight)}`);
		if (step.kinds?.length) lines.push(`    kinds: [${step.kinds.join(', ')}]`);
		if (step.from) lines.push(`    from: ${quote(step.from)}`);
		if (step.to) lines.push(`    to: ${quote(step.to)}`);
		if (step.path) lines.push(`    path: ${list(step.path)}`);
		if (step.layout) lines.push(`    layout: ${step.layout}`);
		if (step.notes) lines.push(`    notes: ${quote(step.notes)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** Every node a story's steps show (focus, highlight, path ends), in order, without repeats. */
export function storyNodes(story: Story): string[] {
	return [...new Set(story.steps.flatMap((s) => [...s.focus, ...s.highlight, ...(s.path ?? [])]))];
}
