/**
 * registry: malformed registry entries stop the load with file, line, entry id and field
 * named; the real graph-data registries load.
 */
import { describe, expect, it } from 'vitest';
import { isIsoDate, RegistryError } from '../../src/lib/core/registry/load';
import { loadRegistries } from '../../src/lib/core/registry/registries';
import { loadCorpusRegistries } from '../helpers/corpus';

const concepts = (text: string) => () =>
	loadRegistries({ concepts: { label: 'test/concepts.yaml', text } });
const events = (text: string) => () =>
	loadRegistries({ events: { label: 'test/events.yaml', text } });

/** Expect a RegistryError whose message contains every one of `parts`. */
function expectRegistryError(load: () => unknown, parts: string[]): void {
	let caught: unknown;
	try {
		load();
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(RegistryError);
	for (const part of parts) expect((caught as Error).message).toContain(part);
}

const VALID_CONCEPTS = [
	/* 1 */ '# concepts for the test',
	/* 2 */ '- id: cyber-power',
	/* 3 */ '  name: 网络强国',
	/* 4 */ '  gloss: cyber power',
	/* 5 */ '  category: goal',
	/* 6 */ '',
	/* 7 */ '- id: cyber-power-strategy',
	/* 8 */ '  name: 网络强国战略',
	/* 9 */ '  gloss: the cyber-power strategy',
	/* 10 */ '  category: goal',
	/* 11 */ '  broader: [cyber-power]'
];

describe('registry validation', () => {
	it('loads a valid registry, keeping entry lines and giving missing aliases as []', () => {
		const loaded = concepts(VALID_CONCEPTS.join('\n'))();
		expect(loaded.concepts.map((c) => [c.id, c.line, c.aliases, c.broader])).toEqual([
			['cyber-power', 2, [], undefined],
			['cyber-power-strategy', 7, [], ['cyber-power']]
		]);
		expect(loaded.events).toEqual([]);
	});

	it('a YAML syntax error names file, line, entry and field', () => {
		const text = [...VALID_CONCEPTS];
		text[8] = '  gloss: the: cyber-power strategy'; // line 9: a nested mapping in a compact mapping
		expectRegistryError(concepts(text.join('\n')), [
			'test/concepts.yaml:9:',
			'id "cyber-power-strategy"',
			'field "gloss"',
			'YAML syntax error'
		]);
	});

	it('an unclosed flow sequence names the field it opened in', () => {
		const text = [...VALID_CONCEPTS];
		text[10] = '  broader: [cyber-power';
		text.push('- id: third', '  name: 第三', '  gloss: third', '  category: goal');
		expectRegistryError(concepts(text.join('\n')), [
			'test/concepts.yaml:',
			'id "cyber-power-strategy"',
			'field "broader"',
			'YAML syntax error'
		]);
	});

	it('a duplicate key inside an entry names file, line, entry and field', () => {
		const text = [...VALID_CONCEPTS];
		text.splice(8, 0, '  name: 网络强国战略二'); // new line 9 repeats `name`
		expectRegistryError(concepts(text.join('\n')), [
			'test/concepts.yaml:9:',
			'id "cyber-power-strategy"',
			'field "name"'
		]);
	});

	it('a duplicate id names file, line, entry and field, and where the id was first used', () => {
		const text = [...VALID_CONCEPTS];
		text[6] = '- id: cyber-power';
		text[10] = '  broader: []';
		expectRegistryError(concepts(text.join('\n')), [
			'test/concepts.yaml:7:',
			'entry 2 (id "cyber-power")',
			'field "id"',
			'duplicate id "cyber-power" (first at line 2)'
		]);
	});

	it.each([['2016-13-01'], ['2016-02-30'], ['2016/04/19'], ['19 April 2016']])(
		'a bad date %s names file, line, entry and field',
		(date) => {
			const text = [
				/* 1 */ '- id: 2016-04-19-cyber-symposium',
				/* 2 */ '  name: 网络安全和信息化工作座谈会',
				/* 3 */ '  kind: symposium',
				/* 4 */ '  date: 2016-04-19',
				/* 5 */ '- id: bad-date-event',
				/* 6 */ '  name: 某会议',
				/* 7 */ '  kind: meeting',
				/* 8 */ `  date: ${date}`
			].join('\n');
			expectRegistryError(events(text), [
				'test/events.yaml:8:',
				'entry 2 (id "bad-date-event")',
				'field "date"',
				`not an ISO date`,
				date
			]);
		}
	);

	it('a missing required field names file, line, entry and field', () => {
		const text = [...VALID_CONCEPTS];
		text.splice(8, 1); // drop line 9 (gloss) of the second entry
		expectRegistryError(concepts(text.join('\n')), [
			'test/concepts.yaml:7:',
			'entry 2 (id "cyber-power-strategy")',
			'field "gloss": missing'
		]);
	});

	it('an unknown broader id names file, line, entry and field', () => {
		const text = [...VALID_CONCEPTS];
		text[10] = '  broader: [cyber-powr]';
		expectRegistryError(concepts(text.join('\n')), [
			'test/concepts.yaml:7:',
			'entry "cyber-power-strategy"',
			'field "broader"',
			'unknown id "cyber-powr"'
		]);
	});

	it('a value outside an enumeration, or a bad id, is refused', () => {
		const text = [
			/* 1 */ '- id: some-meeting',
			/* 2 */ '  name: 某会议',
			/* 3 */ '  kind: party',
			/* 4 */ '  date: 2016-04'
		];
		expectRegistryError(events(text.join('\n')), [
			'test/events.yaml:3:',
			'id "some-meeting"',
			'field "kind"',
			'"party" is not one of'
		]);
		text[0] = '- id: Some_Meeting';
		expectRegistryError(events(text.join('\n')), [
			'test/events.yaml:1:',
			'field "id"',
			'kebab-case'
		]);
	});

	it('reads dates as text: a bare year stays a year, a month stays a month', () => {
		const loaded = events(
			[
				'- id: a',
				'  name: 甲',
				'  kind: meeting',
				'  date: 2019',
				'- id: b',
				'  name: 乙',
				'  kind: meeting',
				'  date: 2019-09'
			].join('\n')
		)();
		expect(loaded.events.map((e) => e.date)).toEqual(['2019', '2019-09']);
	});

	it('isIsoDate accepts real dates of any precision only', () => {
		expect(['2016', '2016-02', '2016-02-29'].map(isIsoDate)).toEqual([true, true, true]);
		expect(['2015-02-29', '2016-13', '2016-00-10', '16-04-19', '2016-4-19'].map(isIsoDate)).toEqual(
			[false, false, false, false, false]
		);
	});
});

describe('the real registries in graph-data/', () => {
	const registries = loadCorpusRegistries();

	it('load without error, with at least 80 concepts, each with a gloss', () => {
		expect(registries.concepts.length).toBeGreaterThanOrEqual(80);
		for (const concept of registries.concepts) {
			expect(typeof concept.gloss, concept.id).toBe('string');
			expect(concept.gloss.trim().length, concept.id).toBeGreaterThan(0);
		}
	});

	it('have unique ids and valid references', () => {
		for (const name of [
			'events',
			'laws',
			'concepts',
			'people',
			'organizations',
			'publications',
			'works'
		] as const) {
			const ids = registries[name].map((e) => e.id);
			expect(new Set(ids).size, name).toBe(ids.length);
		}
		const conceptIds = new Set(registries.concepts.map((c) => c.id));
		for (const c of registries.concepts)
			for (const b of c.broader ?? []) expect(conceptIds.has(b), `${c.id} → ${b}`).toBe(true);
	});

	it('name exactly one default speaker, 习近平', () => {
		expect(registries.people.filter((p) => p.defaultSpeaker === true).map((p) => p.name)).toEqual([
			'习近平'
		]);
	});
});
