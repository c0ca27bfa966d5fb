/**
 * synth/documents: one synthetic document in each of the corpus's real formats.
 * - `compilation`: title lines `《在…上的讲话》（date），习近平《…》，…出版社…年版，第…页`, with
 *   摘自 lines, inline trailing parentheticals and Chinese-numeral dates mixed in;
 * - `dash`: a web compilation, passages closed by `——date，习近平在…上的讲话`;
 * - `pdf`: a PDF extraction, every ~28-character line followed by a blank line, `一、` sections,
 *   `1、` items, the dash attribution wrapped over two lines with spaces inside the date;
 * - `markdown`: `#` headings and `>` block quotes;
 * - `news`: a news report, `习近平强调，…` reported speech among prose naming laws and concepts;
 * - `article`: a speech outline, mostly unattributed prose that echoes quotations.
 * Each renderer counts the attributed and unattributed passages it planted.
 */
import { isHardWrapped } from '../ingest/layout';
import type { Occasion, PoolQuote } from './sources';
import {
	directiveSentences,
	formatDate,
	newsSentence,
	nounPhrase,
	varyOneCharacter,
	wrapLines,
	type DateStyle,
	type Picker
} from './text';
import { NEWS_RESULTS, NEWS_SUBJECTS, PUBLISHERS, TOPICS, VERBS } from './vocabulary';

export type DocFormat = 'compilation' | 'dash' | 'pdf' | 'markdown' | 'news' | 'article';

export interface DocContext {
	pick: Picker;
	/** The next source quotation this document cites (never the same one twice in a document). */
	nextQuote: () => PoolQuote;
	/** Popular quotations this document also cites. */
	popular: PoolQuote[];
	laws: readonly string[];
	concepts: readonly string[];
	policyTitles: readonly string[];
	/** Serial number of the document, for distinct titles. */
	serial: number;
}

export interface RenderedDoc {
	lines: string[];
	attributed: number;
	unattributed: number;
	title: string;
	publisher: string;
	/** Publication date (ISO month or day). */
	date: string;
	kind: 'compilation' | 'news-report' | 'article';
}

/** The wording a document quotes: the whole passage, an excerpt, or with one character changed. */
function quotedText(pick: Picker, quote: PoolQuote): string {
	const r = pick.rng();
	const whole = quote.sentences.join('');
	if (r < 0.14 && quote.sentences.length >= 3) {
		const from = pick.int(quote.sentences.length - 1);
		const to = pick.between(from + 1, quote.sentences.length - (from === 0 ? 1 : 0));
		return quote.sentences.slice(from, to).join('');
	}
	if (r < 0.24) return varyOneCharacter(pick, whole);
	return whole;
}

const dateOf = (o: Occasion, style: DateStyle) => formatDate(o.date, style, o.endDate);

/** `——2016年4月19日，习近平在…上的讲话`. */
function dashLine(pick: Picker, o: Occasion, style: DateStyle, speaker = true): string {
	return `——${dateOf(o, style)}，${speaker ? '习近平' : ''}${o.phrase}`;
}

/** `《在…上的讲话》（2016年4月19日），习近平《论…》，…出版社2020年版，第195页`. */
function titleLine(quote: PoolQuote, style: DateStyle, withCitation: boolean): string {
	const o = quote.occasion;
	const c = quote.citation;
	const source =
		withCitation && c
			? `，${c.publication.startsWith('习近平') ? '' : '习近平'}《${c.publication}》${c.volume ?? ''}，${c.publisher}${c.year}年版，第${c.page}页`
			: '';
	return `《${o.title}》（${dateOf(o, style)}）${source}`;
}

function heading(pick: Picker, concepts: readonly string[]): string {
	const text =
		concepts.length && pick.chance(0.6)
			? `${pick.one(['坚持', '推进', '把握', '深刻认识', '加快'])}${pick.one(concepts)}`
			: `${pick.one(VERBS)}${nounPhrase(pick)}`;
	return text.slice(0, 30);
}

function prose(pick: Picker, ctx: DocContext, sentences: number): string {
	return Array.from({ length: sentences }, () =>
		newsSentence(pick, ctx.laws, ctx.concepts, ctx.policyTitles)
	).join('');
}

/** Prose that repeats a clause of a quotation without attributing it (an echo). */
function echoProse(pick: Picker, ctx: DocContext, quote: PoolQuote): string {
	const long = quote.sentences.filter((s) => s.length >= 14);
	if (!long.length) return prose(pick, ctx, 2);
	const clause = pick.one(long).replace(/[。；]$/, '');
	return `${pick.one(NEWS_SUBJECTS)}${pick.one(VERBS)}${nounPhrase(pick)}，${clause}，${nounPhrase(pick)}${pick.one(NEWS_RESULTS)}。`;
}

function compilationTitle(pick: Picker, serial: number): string {
	return `习近平关于${pick.one(TOPICS)}重要论述摘编第${serial}辑`;
}

function monthOf(pick: Picker): string {
	return `${pick.between(2016, 2025)}-${String(pick.between(1, 12)).padStart(2, '0')}`;
}

/** The quotations of a compilation: popular ones first, then `count` from the pool. */
function citations(ctx: DocContext, count: number): PoolQuote[] {
	return [...ctx.popular, ...Array.from({ length: count }, () => ctx.nextQuote())];
}

/** Split `items` into sections of 1–8. */
function sections<T>(pick: Picker, items: T[]): T[][] {
	const result: T[][] = [];
	for (let i = 0; i < items.length;) {
		const n = pick.between(1, 8);
		result.push(items.slice(i, i + n));
		i += n;
	}
	return result;
}

export function renderCompilation(ctx: DocContext): RenderedDoc {
	const { pick } = ctx;
	const title = compilationTitle(pick, ctx.serial);
	const lines = [title, ''];
	let attributed = 0;
	let unattributed = 0;
	if (pick.chance(0.6)) {
		lines.push(prose(pick, ctx, pick.between(1, 3)), '');
		unattributed++;
	}
	const quotes = citations(ctx, pick.between(4, 24));
	const parts = sections(pick, quotes);
	for (const part of parts) {
		if (parts.length > 1) lines.push(heading(pick, ctx.concepts), '');
		for (const quote of part) {
			const text = quotedText(pick, quote);
			const style: DateStyle = pick.chance(0.12) ? 'chinese' : 'full';
			const form = pick.rng();
			if (form < 0.12) {
				// Inline trailing parenthetical.
				lines.push(`${text}（${dateOf(quote.occasion, 'full')}，${quote.occasion.phrase}）`, '');
			} else if (form < 0.22) {
				lines.push(
					text,
					'',
					`摘自《${quote.occasion.title}》（${dateOf(quote.occasion, style)}）`,
					''
				);
			} else {
				if (form < 0.28) {
					// Two paragraphs before one attribution: only the last is bound to it.
					lines.push(directiveSentences(pick, pick.between(1, 3), ctx.concepts).join(''), '');
					unattributed++;
				}
				lines.push(text);
				if (pick.chance(0.6)) lines.push('');
				lines.push(titleLine(quote, style, pick.chance(0.7)), '');
			}
			attributed++;
		}
	}
	return {
		lines,
		attributed,
		unattributed,
		title,
		publisher: pick.one(PUBLISHERS),
		date: monthOf(pick),
		kind: 'compilation'
	};
}

export function renderDash(ctx: DocContext): RenderedDoc {
	const { pick } = ctx;
	const title = `学习语｜${heading(pick, ctx.concepts)}`;
	const lines = [title, '', prose(pick, ctx, pick.between(2, 4)), ''];
	let attributed = 0;
	const quotes = citations(ctx, pick.between(3, 14));
	const parts = sections(pick, quotes);
	for (const part of parts) {
		lines.push(heading(pick, ctx.concepts), '');
		for (const quote of part) {
			const r = pick.rng();
			const style: DateStyle = r < 0.15 ? 'month' : r < 0.3 ? 'chinese' : 'full';
			lines.push(
				quotedText(pick, quote),
				'',
				dashLine(pick, quote.occasion, style, !pick.chance(0.1)),
				''
			);
			attributed++;
		}
	}
	return {
		lines,
		attributed,
		unattributed: 1,
		title,
		publisher: pick.one(PUBLISHERS),
		date: monthOf(pick),
		kind: 'compilation'
	};
}

/** `——2016年 4 月 19 日，在网络安全和信息化工作座谈会上` + `的讲话`: a dash line wrapped as PDFs do. */
function wrappedDash(pick: Picker, o: Occasion): string[] {
	const text = `——${dateOf(o, 'spaced')}，${o.phrase}${pick.chance(0.2) ? '。' : ''}`;
	const chars = [...text];
	if (chars.length <= 30) return [text];
	// The first line must not end in a word that completes an attribution (讲话, 指示, …),
	// and the tail must be short, or the tail would not be read as its continuation.
	let cut = Math.max(26, chars.length - 20);
	while (
		cut < chars.length - 2 &&
		/(?:讲话|指示|批示|贺信|贺词|致辞|演讲|谈话|报告|发言|回信|书信|文章|序言|答问|说明|会见|会谈|页|）|\))[。.]?$/.test(
			chars.slice(0, cut).join('')
		)
	)
		cut++;
	return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

export function renderPdf(ctx: DocContext): RenderedDoc {
	const { pick } = ctx;
	const title = `习近平总书记${pick.one(TOPICS)}重要思想相关论述`;
	for (let attempt = 0; ; attempt++) {
		const lines = [` ${title} `, '', `第${ctx.serial}辑 `, '', ' '];
		let attributed = 0;
		const quotes = citations(ctx, pick.between(5, 16) + attempt * 4);
		const parts = sections(pick, quotes);
		parts.forEach((part, s) => {
			lines.push(`${'一二三四五六七八九十'[s % 10]}、${heading(pick, ctx.concepts)} `, '');
			part.forEach((quote, i) => {
				const marker = part.length > 1 ? `${i + 1}、` : '';
				for (const line of wrapLines(`${marker}${quotedText(pick, quote)}`))
					lines.push(`${line} `, '');
				for (const line of wrappedDash(pick, quote.occasion)) lines.push(`${line} `, '');
				attributed++;
			});
		});
		// The parser recognises a PDF by its wrapped lines; a document too short to show it
		// would be read line by line, so make it longer.
		if (isHardWrapped(lines.map((l) => l.trim())) || attempt >= 3)
			return {
				lines,
				attributed,
				unattributed: 0,
				title,
				publisher: '未署名（PDF 汇编）',
				date: monthOf(pick),
				kind: 'compilation'
			};
	}
}

export function renderMarkdown(ctx: DocContext): RenderedDoc {
	const { pick } = ctx;
	const title = compilationTitle(pick, ctx.serial);
	const lines = [`# ${title}`, ''];
	let attributed = 0;
	for (const part of sections(pick, citations(ctx, pick.between(3, 12)))) {
		lines.push(`## ${heading(pick, ctx.concepts)}`, '');
		for (const quote of part) {
			lines.push(`> ${quotedText(pick, quote)}`, '', dashLine(pick, quote.occasion, 'full'), '');
			attributed++;
		}
	}
	return {
		lines,
		attributed,
		unattributed: 0,
		title,
		publisher: pick.one(PUBLISHERS),
		date: monthOf(pick),
		kind: 'compilation'
	};
}

export function renderNews(ctx: DocContext): RenderedDoc {
	const { pick } = ctx;
	const topic = pick.one(TOPICS);
	const title = `${topic}工作综述之${ctx.serial}`;
	const markdown = pick.chance(0.4);
	const lines = [markdown ? `# ${title}` : title, ''];
	let attributed = 0;
	let unattributed = 0;
	const paragraphs = pick.between(4, 10);
	for (let p = 0; p < paragraphs; p++) {
		if (markdown && p > 0 && pick.chance(0.2)) lines.push(`## ${heading(pick, ctx.concepts)}`, '');
		const r = pick.rng();
		if (r < 0.3) {
			const quote = ctx.nextQuote();
			const text = quotedText(pick, quote);
			const verb = pick.one(['强调', '指出']);
			lines.push(
				pick.chance(0.5) ? `习近平${verb}，${text}` : `习近平总书记${verb}，“${text}”`,
				''
			);
			attributed++;
		} else if (r < 0.38) {
			const quote = ctx.nextQuote();
			const o = quote.occasion;
			const verb = o.phrase.endsWith('指示') ? '作出重要指示指出' : '指出';
			lines.push(`${dateOf(o, 'full')}，习近平${o.where}${verb}：“${quotedText(pick, quote)}”`, '');
			attributed++;
		} else if (r < 0.55) {
			lines.push(echoProse(pick, ctx, ctx.nextQuote()), '');
			unattributed++;
		} else {
			lines.push(prose(pick, ctx, pick.between(1, 4)), '');
			unattributed++;
		}
	}
	lines.push('（新华社）');
	unattributed++;
	const day = `${pick.between(2016, 2025)}-${String(pick.between(1, 12)).padStart(2, '0')}-${String(pick.between(1, 28)).padStart(2, '0')}`;
	return {
		lines,
		attributed,
		unattributed,
		title,
		publisher: '新华社',
		date: day,
		kind: 'news-report'
	};
}

export function renderArticle(ctx: DocContext): RenderedDoc {
	const { pick } = ctx;
	const title = `在${pick.one(TOPICS)}工作推进会上的讲话提纲`;
	const lines = [title, ''];
	let attributed = 0;
	let unattributed = 0;
	const paragraphs = pick.between(3, 8);
	for (let p = 0; p < paragraphs; p++) {
		const r = pick.rng();
		if (r < 0.2) {
			lines.push(`习近平总书记指出，“${quotedText(pick, ctx.nextQuote())}”`, '');
			attributed++;
		} else if (r < 0.6) {
			lines.push(`${echoProse(pick, ctx, ctx.nextQuote())}${prose(pick, ctx, 1)}`, '');
			unattributed++;
		} else {
			lines.push(prose(pick, ctx, pick.between(2, 5)), '');
			unattributed++;
		}
	}
	return {
		lines,
		attributed,
		unattributed,
		title,
		publisher: '未署名（地方）',
		date: monthOf(pick),
		kind: 'article'
	};
}

export const RENDERERS: Record<DocFormat, (ctx: DocContext) => RenderedDoc> = {
	compilation: renderCompilation,
	dash: renderDash,
	pdf: renderPdf,
	markdown: renderMarkdown,
	news: renderNews,
	article: renderArticle
};
