/**
 * registry/registries: the schemas of Lunshu's registries and one loader for all of them.
 * Dates in YAML are read as text (ISO), never as JS Dates, so `2019-09` stays a month.
 */
import { checkReferences, loadRegistry, type LoadedEntry, type Schema } from './load';

export const LAW_CATEGORIES = [
	'law',
	'regulation',
	'rule',
	'strategy',
	'policy',
	'plan',
	'initiative',
	'standard'
] as const;
export const EVENT_KINDS = [
	'meeting',
	'symposium',
	'conference',
	'study-session',
	'speech',
	'instruction',
	'letter',
	'banquet',
	'campaign',
	'talk',
	'article'
] as const;

export const SCHEMAS: Record<RegistryName, Schema> = {
	events: {
		name: { type: 'string' },
		nameEn: { type: 'string?' },
		kind: { type: 'enum', values: EVENT_KINDS },
		date: { type: 'date' },
		endDate: { type: 'date?' },
		aliases: { type: 'strings?' },
		partOf: { type: 'id?' }
	},
	laws: {
		name: { type: 'string' },
		short: { type: 'string?' },
		aliases: { type: 'strings?' },
		category: { type: 'enum', values: LAW_CATEGORIES },
		issuer: { type: 'string?' },
		adopted: { type: 'date?' },
		effective: { type: 'date?' },
		nameEn: { type: 'string?' }
	},
	concepts: {
		name: { type: 'string' },
		aliases: { type: 'strings?' },
		gloss: { type: 'string' },
		category: { type: 'string' },
		broader: { type: 'ids?' }
	},
	people: { name: { type: 'string' }, aliases: { type: 'strings?' }, nameEn: { type: 'string?' } },
	organizations: {
		name: { type: 'string' },
		aliases: { type: 'strings?' },
		nameEn: { type: 'string?' },
		parent: { type: 'id?' }
	},
	publications: {
		name: { type: 'string' },
		kind: { type: 'enum', values: ['book', 'newspaper', 'journal', 'website'] },
		aliases: { type: 'strings?' }
	},
	works: { name: { type: 'string' }, kind: { type: 'string' } }
};

export type RegistryName =
	'events' | 'laws' | 'concepts' | 'people' | 'organizations' | 'publications' | 'works';
export const REGISTRY_NAMES: RegistryName[] = [
	'events',
	'laws',
	'concepts',
	'people',
	'organizations',
	'publications',
	'works'
];

export interface EventEntry extends LoadedEntry {
	name: string;
	nameEn?: string;
	kind: string;
	date: string;
	endDate?: string;
	aliases: string[];
	partOf?: string;
}
export interface LawEntry extends LoadedEntry {
	name: string;
	short?: string;
	aliases: string[];
	category: string;
	issuer?: string;
	adopted?: string;
	effective?: string;
	nameEn?: string;
	amendments?: { adopted?: string; effective?: string; note?: string }[];
}
export interface ConceptEntry extends LoadedEntry {
	name: string;
	aliases: string[];
	gloss: string;
	category: string;
	broader?: string[];
}
export interface NamedEntry extends LoadedEntry {
	name: string;
	aliases: string[];
	nameEn?: string;
	kind?: string;
	category?: string;
	parent?: string;
}

export interface Registries {
	events: EventEntry[];
	laws: LawEntry[];
	concepts: ConceptEntry[];
	people: NamedEntry[];
	organizations: NamedEntry[];
	publications: NamedEntry[];
	works: NamedEntry[];
}

/**
 * Load every registry from its YAML text. `texts` maps a registry name to `{label, text}`;
 * a missing registry is empty. Throws RegistryError naming file, line, entry and field.
 */
export function loadRegistries(
	texts: Partial<Record<RegistryName, { label: string; text: string }>>
): Registries {
	const loaded = {} as Record<RegistryName, LoadedEntry[]>;
	for (const name of REGISTRY_NAMES) {
		const source = texts[name];
		loaded[name] = source
			? loadRegistry(source.label, normalizeDates(source.text), SCHEMAS[name]).map((e) => ({
					...e,
					aliases: (e.aliases as string[] | undefined) ?? []
				}))
			: [];
	}
	const ids = (name: RegistryName) => new Set(loaded[name].map((e) => e.id));
	if (texts.events) checkReferences(texts.events.label, loaded.events, 'partOf', ids('events'));
	if (texts.concepts)
		checkReferences(texts.concepts.label, loaded.concepts, 'broader', ids('concepts'));
	if (texts.organizations)
		checkReferences(
			texts.organizations.label,
			loaded.organizations,
			'parent',
			ids('organizations')
		);
	return loaded as unknown as Registries;
}

/** YAML 1.2 core schema reads 2016-04-19 as a string already; quote bare years so they stay text. */
function normalizeDates(text: string): string {
	return text.replace(
		/^(\s*(?:-\s+)?(?:date|endDate|adopted|effective|year):\s*)(\d{4})\s*$/gm,
		'$1"$2"'
	);
}
