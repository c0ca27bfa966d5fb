/**
 * link/events: tie each attribution to a canonical occasion. A registry alias found in the
 * occasion or title names the candidates; the date decides between them (one name on two
 * dates is two events). A title that differs from an alias by one character (a typo such as
 * 新闻典论 for 新闻舆论) still resolves, with a warning. An occasion not in the registry becomes
 * an unregistered event, merged across documents when name and date agree.
 */
import type { Attribution } from '../extract/attribution';
import { datesAgree } from '../extract/date';
import { normalizeForMatch } from '../ingest/text';
import type { EventEntry } from '../registry/registries';
import { hashString } from '../util/hash';

export interface ResolvedEvent {
	id: string;
	name: string;
	nameEn?: string;
	kind: string;
	date?: string;
	endDate?: string;
	aliases: string[];
	registered: boolean;
	partOf?: string;
}

export interface EventResolution {
	event?: ResolvedEvent;
	/** How it was found: by alias, by a one-character-off title, or not at all (unregistered). */
	match?: 'alias' | 'fuzzy' | 'unregistered';
	warning?: string;
}

/** Date slack for matching a registry event: documents disagree by a day on multi-day meetings. */
const DATE_SLACK_DAYS = 1;
/** Occasion words too generic to name an event on their own. */
const GENERIC_OCCASION = /^(?:讲话|总结讲话|重要讲话|会议|重要指示|指示|讲话中)?$/;

interface AliasEntry {
	key: string;
	event: EventEntry;
}

export class EventResolver {
	private readonly aliases: AliasEntry[] = [];
	private readonly unregistered = new Map<string, ResolvedEvent>();
	/**
	 * Registry matches by occasion text and date. Thousands of passages cite a few hundred
	 * occasions: each distinct one is matched against every alias once (the one-character-off
	 * scan over every alias dominated event resolution on large corpora).
	 */
	private readonly matches = new Map<
		string,
		{ byAlias: AliasEntry[]; agreeing?: AliasEntry; fuzzy?: AliasEntry }
	>();

	constructor(private readonly events: EventEntry[]) {
		for (const event of events) {
			for (const alias of new Set([event.name, ...event.aliases])) {
				const key = normalizeForMatch(alias);
				if (key) this.aliases.push({ key, event });
			}
		}
		// Longest alias first: the most specific name wins.
		this.aliases.sort((a, b) => b.key.length - a.key.length || (a.event.id < b.event.id ? -1 : 1));
	}

	resolve(attribution: Attribution): EventResolution {
		const texts = [attribution.occasion, attribution.title]
			.filter((t): t is string => !!t && !GENERIC_OCCASION.test(t))
			.map(normalizeForMatch);
		if (!texts.length) return {};
		const date = attribution.date;
		const { byAlias, agreeing, fuzzy } = this.match(texts, date);
		if (agreeing) return { event: toResolved(agreeing.event), match: 'alias' };
		if (!byAlias.length) {
			if (fuzzy) {
				return {
					event: toResolved(fuzzy.event),
					match: 'fuzzy',
					warning: `occasion "${attribution.title ?? attribution.occasion}" differs by one character from registered "${fuzzy.event.name}"; resolved to it`
				};
			}
		}
		const name = attribution.occasion || attribution.title || '';
		const key = `${normalizeForMatch(name)}|${date?.iso.slice(0, 7) ?? ''}`;
		let event = this.unregistered.get(key);
		if (!event) {
			event = {
				id: `unregistered-${date?.iso ?? 'undated'}-${hashString(normalizeForMatch(name))}`,
				name,
				kind:
					attribution.occasionKind === 'instruction'
						? 'instruction'
						: attribution.occasionKind === 'letter'
							? 'letter'
							: 'speech',
				date: date?.iso,
				endDate: date?.end,
				aliases: [name],
				registered: false
			};
			this.unregistered.set(key, event);
		} else if (date && (!event.date || date.iso.length > event.date.length)) {
			event.date = date.iso;
		}
		const conflict = byAlias.length
			? ` (registered "${byAlias[0].event.name}" is dated ${byAlias[0].event.date}, which does not agree with ${date?.iso})`
			: '';
		return {
			event,
			match: 'unregistered',
			warning: `occasion not in events.yaml: "${name}"${conflict}`
		};
	}

	/** The aliases an occasion names, the first whose date agrees, or one a character off. */
	private match(
		texts: string[],
		date: Attribution['date']
	): { byAlias: AliasEntry[]; agreeing?: AliasEntry; fuzzy?: AliasEntry } {
		const key = `${texts.join('\u0000')}\u0001${date?.iso ?? ''}\u0001${date?.end ?? ''}`;
		const known = this.matches.get(key);
		if (known) return known;
		const byAlias = this.aliases.filter((a) =>
			texts.some((t) => t.includes(a.key) || (a.key.includes(t) && t.length >= 8))
		);
		const agreeing = byAlias.find(
			(a) =>
				!date ||
				datesAgree(
					{ iso: a.event.date, end: a.event.endDate },
					{ iso: date.iso, end: date.end },
					DATE_SLACK_DAYS
				)
		);
		const fuzzy =
			agreeing || byAlias.length
				? undefined
				: this.aliases.find(
						(a) =>
							a.key.length >= 8 &&
							texts.some((t) => oneCharOff(t, a.key)) &&
							(!date ||
								datesAgree({ iso: a.event.date, end: a.event.endDate }, date, DATE_SLACK_DAYS))
					);
		const result = { byAlias, agreeing, fuzzy };
		this.matches.set(key, result);
		return result;
	}

	/** Every unregistered event created so far, for the report. */
	unregisteredEvents(): ResolvedEvent[] {
		return [...this.unregistered.values()];
	}
}

function toResolved(entry: EventEntry): ResolvedEvent {
	return {
		id: entry.id,
		name: entry.name,
		nameEn: entry.nameEn,
		kind: entry.kind,
		date: entry.date,
		endDate: entry.endDate,
		aliases: [...new Set([entry.name, ...entry.aliases])],
		registered: true,
		partOf: entry.partOf
	};
}

/** Same length, exactly one differing character (a typo in a title). */
function oneCharOff(a: string, b: string): boolean {
	if (a.length !== b.length) {
		// The alias may be part of a longer title: slide it along.
		if (a.length < b.length) return false;
		for (let i = 0; i + b.length <= a.length; i++)
			if (oneCharOff(a.slice(i, i + b.length), b)) return true;
		return false;
	}
	let differences = 0;
	for (let i = 0; i < a.length && differences <= 1; i++) if (a[i] !== b[i]) differences++;
	return differences === 1;
}
