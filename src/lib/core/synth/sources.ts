/**
 * synth/sources: the occasions synthetic quotations were said on and the pool of source
 * quotations documents cite. Registered occasions come from events.yaml (passed in);
 * unregistered ones are made up (中央…委员会第…次会议, 在…考察时的讲话), more of them the
 * larger the corpus, as a real archive covers more speeches. A few pool quotations are
 * "popular": cited by a fixed share of documents, so by hundreds in a large corpus.
 */
import { policyTitle, directiveSentences, randomDay, chineseNumber, type Picker } from './text';
import { COMMITTEES, PLACES, TOPICS } from './vocabulary';

/** What the generator needs from graph-data/ (read by scripts/synth.ts). */
export interface SynthRegistries {
	events: { name: string; aliases?: string[]; date: string; endDate?: string; kind: string }[];
	laws: { name: string; short?: string; aliases?: string[] }[];
	concepts: { name: string; aliases?: string[] }[];
	publications?: { name: string; publisher?: string; kind?: string }[];
}

export interface Occasion {
	/** How an attribution names it after the date: `在…上的讲话`, `对…作出的重要指示`, or a title. */
	phrase: string;
	/** The title a title line puts in 《》. */
	title: string;
	/** For reported and leading forms: `在…上` (before 指出/强调). */
	where: string;
	date: string;
	endDate?: string;
	registered: boolean;
}

export interface Citation {
	publication: string;
	publisher: string;
	year: number;
	page: number;
	volume?: string;
}

export interface PoolQuote {
	id: number;
	sentences: string[];
	occasion: Occasion;
	citation?: Citation;
	popular: boolean;
}

const MEETING_KINDS = new Set(['meeting', 'symposium', 'conference', 'banquet', 'study-session']);

/** Occasions from the registry, phrased the ways documents write them. */
export function registeredOccasions(registries: SynthRegistries): Occasion[] {
	const occasions: Occasion[] = [];
	for (const event of registries.events) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(event.date)) continue;
		const name = event.name.replace(/（[^）]*）/g, '').replace(/[《》]/g, '');
		const base = { date: event.date, endDate: event.endDate, registered: true };
		if (MEETING_KINDS.has(event.kind)) {
			const at = event.kind === 'study-session' ? '时' : '上';
			occasions.push({
				...base,
				phrase: `在${name}${at}的讲话`,
				title: `在${name}${at}的讲话`,
				where: `在${name}${at}`
			});
		} else if (event.kind === 'instruction') {
			const core = name.replace(/^对/, '').replace(/作出的重要指示$/, '');
			occasions.push({
				...base,
				phrase: `对${core}作出的重要指示`,
				title: `对${core}作出的重要指示`,
				where: `对${core}`
			});
		} else if (event.kind === 'speech' && !/[，,]/.test(name)) {
			// A dash line must end in a word that completes it (讲话), or a short next line is read as its tail.
			occasions.push({ ...base, phrase: `《${name}》讲话`, title: name, where: `在《${name}》中` });
		}
	}
	return occasions;
}

/** `count` made-up occasions, with distinct names. */
export function syntheticOccasions(pick: Picker, count: number): Occasion[] {
	const occasions: Occasion[] = [];
	const seen = new Set<string>();
	for (let attempt = 0; occasions.length < count && attempt < count * 20; attempt++) {
		const date = randomDay(pick, 2013, 2025);
		let occasion: Omit<Occasion, 'date' | 'registered'>;
		const form = pick.int(5);
		if (form === 0) {
			const name = `中央${pick.one(COMMITTEES)}委员会第${chineseNumber(pick.between(1, 30))}次会议`;
			occasion = { phrase: `在${name}上的讲话`, title: `在${name}上的讲话`, where: `在${name}上` };
		} else if (form === 1) {
			const name = `${pick.one(PLACES)}考察`;
			occasion = { phrase: `在${name}时的讲话`, title: `在${name}时的讲话`, where: `在${name}时` };
		} else if (form === 2) {
			const name = `全国${pick.one(TOPICS)}工作会议`;
			occasion = { phrase: `在${name}上的讲话`, title: `在${name}上的讲话`, where: `在${name}上` };
		} else if (form === 3) {
			const topic = pick.one(TOPICS);
			occasion = {
				phrase: `对${topic}工作作出的重要指示`,
				title: `对${topic}工作作出的重要指示`,
				where: `对${topic}工作`
			};
		} else {
			const name = `${pick.one(TOPICS)}${pick.one(['座谈会', '专题研讨班', '论坛开幕式', '峰会'])}`;
			occasion = { phrase: `在${name}上的讲话`, title: `在${name}上的讲话`, where: `在${name}上` };
		}
		// One name on one date only: the same meeting name recurs only in another year.
		const key = `${occasion.title}|${date.slice(0, 4)}`;
		if (seen.has(key) || seen.has(occasion.title)) continue;
		seen.add(key);
		seen.add(occasion.title);
		occasions.push({ ...occasion, date, registered: false });
	}
	return occasions;
}

/** Registry names a passage may mention: concept names and aliases of two characters or more. */
export function conceptTerms(registries: SynthRegistries): string[] {
	const terms = new Set<string>();
	for (const c of registries.concepts)
		for (const name of [c.name, ...(c.aliases ?? [])])
			if (name.length >= 3 && /^\p{Script=Han}+$/u.test(name)) terms.add(name);
	return [...terms];
}

/** Law names as news prose writes them: the short name, without 中华人民共和国. */
export function lawNames(registries: SynthRegistries): string[] {
	return [
		...new Set(registries.laws.map((l) => (l.short ?? l.name).replace(/^中华人民共和国/, '')))
	].filter((n) => n.length >= 3);
}

/** A fixed set of unregistered policy titles, so their number does not grow with the corpus. */
export function policyTitles(pick: Picker, count = 40): string[] {
	return [...new Set(Array.from({ length: count }, () => policyTitle(pick)))];
}

/**
 * The pool of source quotations: each has 1–6 sentences, one occasion and, sometimes, a book
 * it is cited from with a page. `popular` of them are cited by a share of all documents.
 */
export function quotePool(
	pick: Picker,
	size: number,
	popular: number,
	occasions: { registered: Occasion[]; synthetic: Occasion[] },
	terms: readonly string[],
	registries: SynthRegistries
): PoolQuote[] {
	const books = (registries.publications ?? []).filter((p) => p.kind === 'book' && p.publisher);
	const pool: PoolQuote[] = [];
	for (let id = 0; id < size; id++) {
		const isPopular = id < popular;
		const fromRegistry =
			occasions.registered.length && (isPopular || !occasions.synthetic.length || pick.chance(0.3));
		const occasion = fromRegistry ? pick.one(occasions.registered) : pick.one(occasions.synthetic);
		const sentences = directiveSentences(pick, isPopular ? 3 : pick.between(1, 6), terms);
		let citation: Citation | undefined;
		if (books.length && pick.chance(0.4)) {
			const book = pick.one(books);
			const year = Math.max(Number(occasion.date.slice(0, 4)) + 1, pick.between(2017, 2024));
			citation = {
				publication: book.name,
				publisher: book.publisher!,
				year,
				page: pick.between(3, 420),
				volume: /谈治国理政$/.test(book.name) ? `第${pick.one(['一', '二', '三'])}卷` : undefined
			};
		}
		pool.push({ id, sentences, occasion, citation, popular: isPopular });
	}
	return pool;
}
