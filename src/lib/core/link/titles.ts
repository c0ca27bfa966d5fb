/**
 * link/titles: classify every title written in 《》. Policy documents are laws; books and
 * newspapers are publications; speech titles are events; media works (《万山磅礴看主峰》,
 * rumour-debunking videos) are none of these. An unknown title that looks like a policy
 * document (…法, …条例, …办法, …规定, …意见, …战略, …倡议, …预案) still becomes a law,
 * flagged unregistered; anything else unknown is reported, never guessed.
 */
import { normalizeForMatch } from '../ingest/text';

export type TitleClass = 'law' | 'publication' | 'work' | 'event' | 'unregistered-law' | 'unknown';

const POLICY_SUFFIXES: [RegExp, string][] = [
	[/(?:条例)$/, 'regulation'],
	[/(?:办法|规定|细则|规则)$/, 'rule'],
	[/(?:战略)$/, 'strategy'],
	[/(?:倡议|倡议书)$/, 'initiative'],
	[/(?:预案|规划|计划|纲要)$/, 'plan'],
	[/(?:意见|决定|通知|指导意见|责任制)$/, 'policy'],
	[/(?:标准)$/, 'standard'],
	[/法$/, 'law']
];

/** The law category a title's ending suggests, if it reads like a policy document. */
export function policyCategoryOf(title: string): string | undefined {
	const clean = title.replace(/[“”"'‘’\s]/g, '');
	// A book titled 论…, 习近平谈… or 关于…的论述 is not a policy even if it ends in 法.
	if (/^(?:论|习近平谈|习近平关于)/.test(clean)) return undefined;
	return POLICY_SUFFIXES.find(([pattern]) => pattern.test(clean))?.[1];
}

export interface TitleLookup {
	laws: Map<string, string>;
	publications: Map<string, string>;
	works: Map<string, string>;
	events: Map<string, string>;
}

/** All `《title》` in a text, with their offsets. */
export function findTitles(text: string): { title: string; from: number; to: number }[] {
	const result: { title: string; from: number; to: number }[] = [];
	const pattern = /《([^《》\n]{1,80})》/g;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		if (m[1].trim()) result.push({ title: m[1].trim(), from: m.index, to: m.index + m[0].length });
	}
	return result;
}

export function classifyTitle(
	title: string,
	lookup: TitleLookup
): { class: TitleClass; key?: string; category?: string } {
	const norm = normalizeForMatch(title);
	const stripped = norm.replace(/^中华人民共和国/, '');
	for (const candidate of [norm, stripped]) {
		if (lookup.laws.has(candidate)) return { class: 'law', key: lookup.laws.get(candidate) };
		if (lookup.publications.has(candidate))
			return { class: 'publication', key: lookup.publications.get(candidate) };
		if (lookup.works.has(candidate)) return { class: 'work', key: lookup.works.get(candidate) };
		if (lookup.events.has(candidate)) return { class: 'event', key: lookup.events.get(candidate) };
	}
	if (/(?:上的讲话|时的讲话|的讲话|讲话|指示|贺信|致辞|演讲)$/.test(title))
		return { class: 'event' };
	const category = policyCategoryOf(title);
	return category ? { class: 'unregistered-law', category } : { class: 'unknown' };
}
