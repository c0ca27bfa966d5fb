/**
 * extract/attribution: every attribution form of the genre, parsed from hand-written lines.
 * The wrapped dash line (two physical lines) is covered through the ingest pipeline in
 * passages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
	parseCitation,
	parseDashAttribution,
	parseSourceAttribution,
	parseTitleAttribution,
	splitInlineAttribution,
	splitOccasion,
	splitSpokenAttribution
} from '../../src/lib/core/extract/attribution';
import { classifyLines } from '../../src/lib/core/ingest/layout';
import { CONTEXT } from './support';

describe('dash lines', () => {
	it('reads date, speaker and occasion', () => {
		const a = parseDashAttribution(
			'——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话',
			9,
			9,
			CONTEXT
		);
		expect(a).toMatchObject({
			form: 'dash',
			raw: '2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话',
			line: 9,
			endLine: 9,
			speaker: '习近平',
			occasion: '网络安全和信息化工作座谈会',
			occasionKind: 'speech'
		});
		expect(a.date).toMatchObject({ iso: '2016-04-19', precision: 'day', inferred: false });
		expect(a.title).toBeUndefined();
		expect(a.dateError).toBeUndefined();
	});

	it('reads a dash line without a speaker (spaced PDF date)', () => {
		const a = parseDashAttribution(
			'——2016年 4 月 19 日，在网络安全和信息化工作座谈会上的讲话',
			33,
			35,
			CONTEXT
		);
		expect(a.speaker).toBeUndefined();
		expect(a.date?.iso).toBe('2016-04-19');
		expect(a.occasion).toBe('网络安全和信息化工作座谈会');
		expect(a.occasionKind).toBe('speech');
		expect(a.line).toBe(33);
		expect(a.endLine).toBe(35);
	});

	it('reads a date range and a 时的讲话 occasion', () => {
		const a = parseDashAttribution(
			'—— 2018 年 4月 20 日至 21日，在全国网络安全和信息化工作会议上的讲话',
			160,
			161,
			CONTEXT
		);
		expect(a.date).toMatchObject({ iso: '2018-04-20', end: '2018-04-21' });
		expect(a.occasion).toBe('全国网络安全和信息化工作会议');
		const b = parseDashAttribution(
			'——2016年10月9日，习近平在主持中共中央政治局就实施网络强国战略第三十六次集体学习时的重要讲话',
			31,
			31,
			CONTEXT
		);
		expect(b.speaker).toBe('习近平');
		expect(b.date?.iso).toBe('2016-10-09');
		expect(b.occasion).toBe('中共中央政治局就实施网络强国战略第三十六次集体学习');
	});

	it('reads an instruction with a month date', () => {
		const a = parseDashAttribution(
			'——2019年9月，习近平对国家网络安全宣传周作出的重要指示',
			13,
			13,
			CONTEXT
		);
		expect(a.date).toMatchObject({ iso: '2019-09', precision: 'month' });
		expect(a.speaker).toBe('习近平');
		expect(a.occasionKind).toBe('instruction');
		expect(a.occasion).toContain('国家网络安全宣传周');
	});

	it('keeps an impossible date as a dateError naming the text', () => {
		const a = parseDashAttribution(
			'——2016年13月45日，习近平在网络安全和信息化工作座谈会上的讲话',
			3,
			3,
			CONTEXT
		);
		expect(a.date).toBeUndefined();
		expect(a.dateError).toMatch(/2016年13月45日/);
	});

	it('a dash inside a sentence is not a dash line', () => {
		const [line] = classifyLines([
			'2025年国家网络安全宣传周于9月15日至21日举办，主题是“网络安全为人民，网络安全靠人民——以高水平安全守护高质量发展”。'
		]);
		expect(line.kind).toBe('text');
	});
});

describe('title lines', () => {
	it('reads title, date, speaker, publication, publisher, edition and page range', () => {
		const a = parseTitleAttribution(
			'《在网络安全和信息化工作座谈会上的讲话》（2016年4月19日），习近平《论党的宣传思想工作》，中央文献出版社2020年版，第195-196页',
			55,
			55,
			CONTEXT
		);
		expect(a).toMatchObject({
			form: 'title',
			title: '在网络安全和信息化工作座谈会上的讲话',
			occasion: '网络安全和信息化工作座谈会',
			occasionKind: 'speech',
			speaker: '习近平'
		});
		expect(a.date).toMatchObject({ iso: '2016-04-19', precision: 'day' });
		expect(a.citation).toEqual({
			publication: '论党的宣传思想工作',
			publisher: '中央文献出版社',
			year: '2020',
			page: '195-196'
		});
	});

	it('tolerates a missing 《', () => {
		const a = parseTitleAttribution(
			'在全国网络安全和信息化工作会议上的讲话》（2018年4月20日）',
			110,
			110,
			CONTEXT
		);
		expect(a.title).toBe('在全国网络安全和信息化工作会议上的讲话');
		expect(a.occasion).toBe('全国网络安全和信息化工作会议');
		expect(a.date?.iso).toBe('2018-04-20');
		expect(a.citation).toBeUndefined();
	});

	it('tolerates a doubled （（', () => {
		const a = parseTitleAttribution(
			'《在网络安全和信息化工作座谈会上的讲话》（（2016年4月19日），习近平《论党的宣传思想工作》，中央文献出版社2020年版，第196-197页',
			63,
			63,
			CONTEXT
		);
		expect(a.date?.iso).toBe('2016-04-19');
		expect(a.title).toBe('在网络安全和信息化工作座谈会上的讲话');
		expect(a.citation).toEqual({
			publication: '论党的宣传思想工作',
			publisher: '中央文献出版社',
			year: '2020',
			page: '196-197'
		});
	});

	it('reads a title without 《》 cited from a newspaper issue', () => {
		const a = parseTitleAttribution(
			'在十八届中央政治局第三十六次集体学习时的讲话（2016年10月9日），《人民日报》2016年10月10日',
			78,
			78,
			CONTEXT
		);
		expect(a.title).toBe('在十八届中央政治局第三十六次集体学习时的讲话');
		expect(a.occasion).toBe('十八届中央政治局第三十六次集体学习');
		expect(a.date?.iso).toBe('2016-10-09');
		expect(a.citation).toEqual({ publication: '人民日报', issueDate: '2016-10-10' });
	});

	it('reads a volume', () => {
		const a = parseTitleAttribution(
			'《努力把我国建设成为网络强国》（2014年2月27日），《习近平谈治国理政》第一卷，外文出版社2018年版，第197页',
			36,
			36,
			CONTEXT
		);
		expect(a.title).toBe('努力把我国建设成为网络强国');
		expect(a.date?.iso).toBe('2014-02-27');
		expect(a.occasionKind).toBe('speech');
		expect(a.citation).toEqual({
			publication: '习近平谈治国理政',
			volume: '第一卷',
			publisher: '外文出版社',
			year: '2018',
			page: '197'
		});
	});

	it('parseCitation reads page lists and ranges written with other dashes', () => {
		expect(
			parseCitation('，《论党的宣传思想工作》，中央文献出版社2020年版，第 201—202 页')?.page
		).toBe('201-202');
		expect(parseCitation('，《论党的宣传思想工作》，第183、185页')?.page).toBe('183,185');
		expect(parseCitation('，中央文献出版社2020年版')).toBeUndefined();
	});

	it('classifies title lines, including malformed ones, as attributions', () => {
		const lines = classifyLines([
			'《在全国宣传思想工作会议上的讲话》（2013年8月19日）',
			'在全国网络安全和信息化工作会议上的讲话》（2018年4月20日）',
			'《在网络安全和信息化工作座谈会上的讲话》（（2016年4月19日），习近平《论党的宣传思想工作》，中央文献出版社2020年版，第196-197页',
			'在十八届中央政治局第三十六次集体学习时的讲话（2016年10月9日），《人民日报》2016年10月10日'
		]);
		expect(lines.map((l) => l.kind)).toEqual([
			'title-attribution',
			'title-attribution',
			'title-attribution',
			'title-attribution'
		]);
	});
});

describe('source lines and inline attributions', () => {
	it('摘自《…》（date）', () => {
		const a = parseSourceAttribution(
			'摘自《在网络安全和信息化工作座谈会上的讲话》（2016年4月19日）',
			5,
			5,
			CONTEXT
		);
		expect(a.form).toBe('source');
		expect(a.title).toBe('在网络安全和信息化工作座谈会上的讲话');
		expect(a.occasion).toBe('网络安全和信息化工作座谈会');
		expect(a.date?.iso).toBe('2016-04-19');
	});

	it('【出处】《…》，date', () => {
		const a = parseSourceAttribution(
			'【出处】《在全国网络安全和信息化工作会议上的讲话》，2018年4月20日',
			8,
			8,
			CONTEXT
		);
		expect(a.form).toBe('source');
		expect(a.title).toBe('在全国网络安全和信息化工作会议上的讲话');
		expect(a.occasion).toBe('全国网络安全和信息化工作会议');
		expect(a.date?.iso).toBe('2018-04-20');
	});

	it('classifies 摘自 and 【出处】 lines as source lines', () => {
		const lines = classifyLines([
			'摘自《在网络安全和信息化工作座谈会上的讲话》（2016年4月19日）',
			'【出处】《在全国网络安全和信息化工作会议上的讲话》，2018年4月20日'
		]);
		expect(lines.map((l) => l.kind)).toEqual(['source', 'source']);
	});

	it('splits a trailing parenthetical attribution off its paragraph', () => {
		const split = splitInlineAttribution(
			'网络空间是亿万民众共同的精神家园。（2016年4月19日，《在网络安全和信息化工作座谈会上的讲话》）',
			CONTEXT
		);
		expect(split).not.toBeNull();
		expect(split!.passage).toBe('网络空间是亿万民众共同的精神家园。');
		expect(split!.attribution).toMatchObject({
			form: 'inline',
			raw: '2016年4月19日，《在网络安全和信息化工作座谈会上的讲话》',
			title: '在网络安全和信息化工作座谈会上的讲话',
			occasion: '网络安全和信息化工作座谈会',
			occasionKind: 'speech'
		});
		expect(split!.attribution.date?.iso).toBe('2016-04-19');
	});

	it('leaves an ordinary closing parenthesis alone', () => {
		expect(splitInlineAttribution('各级党委（党组）要加强组织领导。', CONTEXT)).toBeNull();
		expect(splitInlineAttribution('网民规模超10亿（截至2023年6月）', CONTEXT)).toBeNull();
	});
});

describe('leading and reported attributions', () => {
	it('date，习近平在…上指出：“…” (leading): the passage is the quotation', () => {
		const text =
			'2016年4月19日，习近平在网络安全和信息化工作座谈会上指出：“网络空间是亿万民众共同的精神家园。”';
		const split = splitSpokenAttribution(text, CONTEXT);
		expect(split).not.toBeNull();
		expect(split!.passage).toBe('网络空间是亿万民众共同的精神家园。');
		expect(text.slice(split!.passageOffset, split!.passageOffset + 4)).toBe('网络空间');
		expect(split!.attribution).toMatchObject({
			form: 'leading',
			speaker: '习近平',
			occasion: '网络安全和信息化工作座谈会',
			raw: '2016年4月19日，习近平在网络安全和信息化工作座谈会上指出'
		});
		expect(split!.attribution.date?.iso).toBe('2016-04-19');
	});

	it('习近平强调，… (reported speech, no occasion, no date)', () => {
		const split = splitSpokenAttribution(
			'习近平强调，新时代新征程，网信事业的重要地位作用日益凸显。',
			CONTEXT
		);
		expect(split!.passage).toBe('新时代新征程，网信事业的重要地位作用日益凸显。');
		expect(split!.attribution).toMatchObject({
			form: 'reported',
			speaker: '习近平',
			raw: '习近平强调'
		});
		expect(split!.attribution.date).toBeUndefined();
		expect(split!.attribution.occasion).toBeUndefined();
	});

	it('习近平总书记强调，“…”，彰显…: only the quoted part is the passage', () => {
		const split = splitSpokenAttribution(
			'习近平总书记强调，“没有网络安全就没有国家安全，就没有经济社会稳定运行”，彰显了网络安全的极端重要性。',
			CONTEXT
		);
		expect(split!.passage).toBe('没有网络安全就没有国家安全，就没有经济社会稳定运行');
		expect(split!.attribution.form).toBe('reported');
		expect(split!.attribution.speaker).toBe('习近平总书记');
	});

	it('an instruction reported 近日 takes the month of the document', () => {
		const split = splitSpokenAttribution(
			'中共中央总书记、国家主席、中央军委主席习近平近日对网络安全和信息化工作作出重要指示指出，党的十八大以来，我国网络安全和信息化事业取得重大成就。',
			{ ...CONTEXT, documentDate: '2023-07-15' }
		);
		expect(split).not.toBeNull();
		expect(split!.passage).toBe('党的十八大以来，我国网络安全和信息化事业取得重大成就。');
		expect(split!.attribution.speaker).toBe('习近平');
		expect(split!.attribution.occasionKind).toBe('instruction');
		expect(split!.attribution.occasion).toContain('网络安全和信息化工作');
		expect(split!.attribution.date).toEqual({
			iso: '2023-07',
			precision: 'month',
			inferred: true,
			raw: '近日'
		});
	});

	it('蔡奇在讲话中指出，…: another speaker, and 在讲话中 is no occasion', () => {
		const split = splitSpokenAttribution(
			'蔡奇在讲话中指出，习近平总书记重要指示鲜明提出网信工作的使命任务，我们要坚决贯彻落实。',
			CONTEXT
		);
		expect(split!.attribution.speaker).toBe('蔡奇');
		expect(split!.attribution.occasion).toBeUndefined();
		expect(split!.attribution.form).toBe('reported');
		expect(split!.passage).toBe(
			'习近平总书记重要指示鲜明提出网信工作的使命任务，我们要坚决贯彻落实。'
		);
	});

	it('a sentence with an em dash and 习近平同志 later on is not an attribution', () => {
		const text =
			'2025年国家网络安全宣传周于9月15日至21日举办，主题是“网络安全为人民，网络安全靠人民——以高水平安全守护高质量发展”。党的十八大以来，以习近平同志为核心的党中央高度重视网络安全工作。';
		expect(splitSpokenAttribution(text, CONTEXT)).toBeNull();
		expect(splitInlineAttribution(text, CONTEXT)).toBeNull();
	});

	it('needs a speech verb right after the speaker and occasion', () => {
		expect(
			splitSpokenAttribution(
				'党建网梳理了习近平总书记的部分相关重要论述，邀您一起学习领悟。',
				CONTEXT
			)
		).toBeNull();
	});
});

describe('splitOccasion', () => {
	it.each([
		['在网络安全和信息化工作座谈会上的讲话', '网络安全和信息化工作座谈会', 'speech'],
		[
			'在十八届中央政治局第三十六次集体学习时的讲话',
			'十八届中央政治局第三十六次集体学习',
			'speech'
		],
		['在第二届世界互联网大会开幕式上的讲话。', '第二届世界互联网大会开幕式', 'speech'],
		[
			'在中央网络安全和信息化领导小组第一次会议上的讲话',
			'中央网络安全和信息化领导小组第一次会议',
			'speech'
		],
		['致第二届世界互联网大会的贺信', '致第二届世界互联网大会', 'letter'],
		['同全国妇联新一届领导班子成员集体谈话', '同全国妇联新一届领导班子成员集体', 'talk'],
		['努力把我国建设成为网络强国', '努力把我国建设成为网络强国', undefined]
	])('%s → %s (%s)', (text, occasion, kind) => {
		expect(splitOccasion(text)).toEqual({ occasion, kind });
	});
});

describe('attributions written in traditional characters', () => {
	it('recognises the speaker and strips the name from the occasion', () => {
		const a = parseDashAttribution(
			'——2019年9月，習近平對國家網路安全宣傳週作出的重要指示',
			13,
			13,
			CONTEXT
		);
		expect(a.speaker).toBe('习近平');
		expect(a.occasion).toBe('對國家網路安全宣傳週作出');
		expect(a.occasionKind).toBe('instruction');
		expect(a.date?.iso).toBe('2019-09');
	});

	it('reads 總書記 after the name and the kind of statement from 講話', () => {
		const a = parseDashAttribution(
			'——2016年4月19日，習近平同志在網路安全和資訊化工作座談會上的講話',
			9,
			9,
			CONTEXT
		);
		expect(a.speaker).toBe('习近平同志');
		expect(a.occasion).toBe('網路安全和資訊化工作座談會');
		expect(a.occasionKind).toBe('speech');
		const b = parseDashAttribution(
			'——2016年4月19日，習近平在網路安全和資訊化工作座談會上的講話',
			9,
			9,
			CONTEXT
		);
		expect(b.speaker).toBe('习近平');
		expect(b.occasion).toBe('網路安全和資訊化工作座談會');
	});

	it('splitOccasion strips 在…上的講話 and 時的講話', () => {
		expect(splitOccasion('在網路安全和資訊化工作座談會上的講話')).toEqual({
			occasion: '網路安全和資訊化工作座談會',
			kind: 'speech'
		});
		expect(splitOccasion('在十八屆中央政治局第三十六次集體學習時的講話')).toEqual({
			occasion: '十八屆中央政治局第三十六次集體學習',
			kind: 'speech'
		});
		expect(splitOccasion('致第二屆世界互聯網大會的賀信')).toEqual({
			occasion: '致第二屆世界互聯網大會',
			kind: 'letter'
		});
	});

	it('reads reported speech: 習近平強調，…', () => {
		const split = splitSpokenAttribution(
			'習近平強調，新時代新征程，網信事業的重要地位作用日益凸顯。',
			CONTEXT
		);
		expect(split).not.toBeNull();
		expect(split!.passage).toBe('新時代新征程，網信事業的重要地位作用日益凸顯。');
		expect(split!.attribution).toMatchObject({
			form: 'reported',
			speaker: '习近平',
			raw: '習近平強調'
		});
	});

	it('reads a leading attribution and keeps the occasion as written', () => {
		const split = splitSpokenAttribution(
			'2016年4月19日，習近平在網路安全和資訊化工作座談會上指出：“網路空間是億萬民眾共同的精神家園。”',
			CONTEXT
		);
		expect(split!.passage).toBe('網路空間是億萬民眾共同的精神家園。');
		expect(split!.attribution).toMatchObject({
			form: 'leading',
			speaker: '习近平',
			occasion: '網路安全和資訊化工作座談會'
		});
		expect(split!.attribution.date?.iso).toBe('2016-04-19');
	});

	it('在講話中 is no occasion', () => {
		const split = splitSpokenAttribution(
			'蔡奇在講話中指出，習近平總書記重要指示鮮明提出網信工作的使命任務。',
			CONTEXT
		);
		expect(split!.attribution.speaker).toBe('蔡奇');
		expect(split!.attribution.occasion).toBeUndefined();
	});

	it('reads 選自《…》（date） as a source line', () => {
		const [line] = classifyLines(['選自《在網路安全和資訊化工作座談會上的講話》（2016年4月19日）']);
		expect(line.kind).toBe('source');
		const a = parseSourceAttribution(line.text, 1, 1, CONTEXT);
		expect(a.title).toBe('在網路安全和資訊化工作座談會上的講話');
		expect(a.occasion).toBe('網路安全和資訊化工作座談會');
		expect(a.date?.iso).toBe('2016-04-19');
	});

	it('splits a trailing parenthetical that names a 講話 without 《》', () => {
		const split = splitInlineAttribution(
			'網路空間是億萬民眾共同的精神家園。（2016年4月19日在網路安全和資訊化工作座談會上的講話）',
			CONTEXT
		);
		expect(split).not.toBeNull();
		expect(split!.passage).toBe('網路空間是億萬民眾共同的精神家園。');
		expect(split!.attribution.date?.iso).toBe('2016-04-19');
		expect(split!.attribution.occasion).toBe('網路安全和資訊化工作座談會');
	});
});
