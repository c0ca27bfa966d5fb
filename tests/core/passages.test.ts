/**
 * extract/passages through the ingest pipeline: small hand-written documents, line numbers
 * counted by hand (1-based, as `cat -n` shows them).
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/lib/core/extract/passages';
import type { IngestedDocument } from '../../src/lib/core/ingest/corpus';
import { extractLines } from './support';

/** Every paragraph block is accounted for exactly once: in a record, unattributed, or rejected. */
function expectAccounted(
	ingested: IngestedDocument,
	extracted: ExtractedDocument,
	paragraphs: number
): void {
	const blocks = ingested.blocks.filter((b) => b.kind === 'paragraph');
	expect(blocks).toHaveLength(paragraphs);
	for (const block of blocks) {
		const covering = [
			...extracted.records.filter((r) => r.line <= block.line && block.line <= r.endLine),
			...extracted.unattributed.filter((u) => u.line <= block.line && block.line <= u.endLine),
			...extracted.rejected.filter(
				(r) => r.line <= block.line && block.line <= (r.endLine ?? r.line)
			)
		];
		expect(covering, `paragraph at line ${block.line}`).toHaveLength(1);
	}
}

describe('a compilation with themes, a compiler summary, an orphan attribution and a bad date', () => {
	const lines = [
		/* 1 */ '学习语｜网络安全为人民',
		/* 2 */ '',
		/* 3 */ '今天，党建网梳理了习近平总书记的部分相关重要论述，邀您一起学习领悟。',
		/* 4 */ '',
		/* 5 */ '一、树立正确的网络安全观',
		/* 6 */ '',
		/* 7 */ '网络安全观是这一组论述的主线，编者摘录如下。',
		/* 8 */ '',
		/* 9 */ '树立正确的网络安全观。理念决定行动。',
		/* 10 */ '',
		/* 11 */ '——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话',
		/* 12 */ '',
		/* 13 */ '二、依法治网',
		/* 14 */ '',
		/* 15 */ '——2017年2月17日，习近平在国家安全工作座谈会上的讲话',
		/* 16 */ '',
		/* 17 */ '互联网不是法外之地。',
		/* 18 */ '',
		/* 19 */ '——2016年13月45日，习近平在网络安全和信息化工作座谈会上的讲话',
		/* 20 */ '',
		/* 21 */ '网络空间是亿万民众共同的精神家园。（2016年4月19日，《在网络安全和信息化工作座谈会上的讲话》）',
		/* 22 */ '',
		/* 23 */ '2018年4月20日，习近平在全国网络安全和信息化工作会议上指出：“没有网络安全就没有国家安全。”',
		/* 24 */ '',
		/* 25 */ '本组论述到此结束。'
	];
	const { ingested, extracted } = extractLines(lines);

	it('takes the leading unnumbered heading as the title and 一、/二、 headings as themes', () => {
		expect(extracted.title).toBe('学习语｜网络安全为人民');
		expect(extracted.headings).toEqual([
			{ line: 1, text: '学习语｜网络安全为人民' },
			{ line: 5, text: '树立正确的网络安全观' },
			{ line: 13, text: '依法治网' }
		]);
	});

	it('binds the attribution to the paragraph it closes, not to the summary before it', () => {
		const record = extracted.records.find((r) => r.attribution.line === 11)!;
		expect(record).toBeDefined();
		expect(record.line).toBe(9);
		expect(record.endLine).toBe(9);
		expect(record.text).toBe('树立正确的网络安全观。理念决定行动。');
		expect(record.theme).toBe('树立正确的网络安全观');
		expect(record.attribution).toMatchObject({
			form: 'dash',
			speaker: '习近平',
			occasion: '网络安全和信息化工作座谈会'
		});
		expect(record.attribution.date?.iso).toBe('2016-04-19');
	});

	it('keeps the introduction, the summary and the closing remark unattributed', () => {
		expect(extracted.unattributed.map((u) => u.line)).toEqual([3, 7, 25]);
		for (const u of extracted.unattributed) expect(u.reason).toBe('no attribution');
	});

	it('warns about an attribution with no passage before it and makes no record of it', () => {
		expect(extracted.warnings).toEqual([
			{
				line: 15,
				message:
					'attribution with no passage before it: "——2017年2月17日，习近平在国家安全工作座谈会上的讲话"'
			}
		]);
		expect(extracted.records.some((r) => r.attribution.line === 15)).toBe(false);
	});

	it('rejects the passage whose attribution has an impossible date, naming the date', () => {
		expect(extracted.rejected).toHaveLength(1);
		expect(extracted.rejected[0].line).toBe(17);
		expect(extracted.rejected[0].endLine).toBe(17);
		expect(extracted.rejected[0].reason).toContain('attribution on line 19');
		expect(extracted.rejected[0].reason).toContain('2016年13月45日');
	});

	it('splits inline and leading attributions off their paragraphs, under the current theme', () => {
		const inline = extracted.records.find((r) => r.line === 21)!;
		expect(inline.text).toBe('网络空间是亿万民众共同的精神家园。');
		expect(inline.attribution).toMatchObject({
			form: 'inline',
			line: 21,
			speaker: '习近平',
			occasion: '网络安全和信息化工作座谈会'
		});
		expect(inline.theme).toBe('依法治网');
		const leading = extracted.records.find((r) => r.line === 23)!;
		expect(leading.text).toBe('没有网络安全就没有国家安全。');
		expect(leading.attribution).toMatchObject({
			form: 'leading',
			speaker: '习近平',
			occasion: '全国网络安全和信息化工作会议'
		});
		expect(leading.attribution.date?.iso).toBe('2018-04-20');
		expect(leading.theme).toBe('依法治网');
	});

	it('accounts for every paragraph: 3 records + 3 unattributed + 1 rejected = 7', () => {
		expect(extracted.records.map((r) => r.line)).toEqual([9, 21, 23]);
		expect(
			extracted.records.length + extracted.unattributed.length + extracted.rejected.length
		).toBe(7);
		expectAccounted(ingested, extracted, 7);
	});
});

describe('a PDF extraction: every wrapped line followed by a blank line', () => {
	const lines = [
		/* 1 */ ' 习近平总书记网络强国重要思想中网络安全 ',
		/* 2 */ '',
		/* 3 */ '相关重要论述 ',
		/* 4 */ '',
		/* 5 */ '一、网络安全工作“四个坚持” ',
		/* 6 */ '',
		/* 7 */ '国家网络安全工作要坚持网络安全为人民、网络安全靠人民，',
		/* 8 */ '',
		/* 9 */ '保障个人信息安全，维护公民在网络空间的合法权益。要坚持网络安全教育、',
		/* 10 */ '',
		/* 11 */ '技术、产业融合发展，形成人才培养、技术创新、',
		/* 12 */ '',
		/* 13 */ '产业发展的良性生态。 ',
		/* 14 */ '',
		/* 15 */ '——2019年 9 月 16 日，对国家网络安全宣传周的重要指示 ',
		/* 16 */ '',
		/* 17 */ '二、没有网络安全就没有国家安全 ',
		/* 18 */ '',
		/* 19 */ '1、在信息时代，网络安全对国家安全牵一发而动全身，同',
		/* 20 */ '',
		/* 21 */ '许多其他方面的安全都有着密切关系。 ',
		/* 22 */ '',
		/* 23 */ '——2016年 4 月 19 日，在网络安全和信息化工作座谈会上',
		/* 24 */ '',
		/* 25 */ '的讲话 ',
		/* 26 */ '',
		/* 27 */ '2、没有网络安全就没有国家安全，没有信息化就没有现代',
		/* 28 */ ' 化。建设网络强国，要有自己的技术，有过硬的技术；要有丰富',
		/* 29 */ '',
		/* 30 */ '全面的信息服务，繁荣发展的网络文化；要有良好的信息基础设',
		/* 31 */ '',
		/* 32 */ '施，形成实力雄厚的信息经济。 ',
		/* 33 */ '',
		/* 34 */ '——2014年 2 月 27 日，在中央网络安全和信息化领导小组',
		/* 35 */ '',
		/* 36 */ '第一次会议上的讲话 ',
		/* 37 */ '',
		/* 38 */ '3、网络安全和信息化是相辅相成的。安全是发展的前提，',
		/* 39 */ '',
		/* 40 */ '发展是安全的保障，安全和发展要同步推进。要树立正确的网络',
		/* 41 */ '',
		/* 42 */ '安全观，加快构建关键信息基础设施安全保障体系，',
		/* 43 */ '',
		/* 44 */ '全天候全方位感知网络安全态势，增强网络安全防御能力和威慑能力。 ',
		/* 45 */ '',
		/* 46 */ '——2016年 4 月 19 日，在网络安全和信息化工作座谈会上',
		/* 47 */ '',
		/* 48 */ '的讲话 '
	];
	const { ingested, extracted } = extractLines(lines);

	it('joins the two title lines into the title; numbered headings are themes', () => {
		expect(extracted.title).toBe('习近平总书记网络强国重要思想中网络安全相关重要论述');
		expect(extracted.headings.map((h) => h.line)).toEqual([1, 3, 5, 17]);
	});

	it('undoes the wrapping without inserting spaces', () => {
		expect(extracted.records.map((r) => [r.line, r.endLine])).toEqual([
			[7, 13],
			[19, 21],
			[27, 32],
			[38, 44]
		]);
		expect(extracted.records[0].text).toBe(
			'国家网络安全工作要坚持网络安全为人民、网络安全靠人民，保障个人信息安全，维护公民在网络空间的合法权益。要坚持网络安全教育、技术、产业融合发展，形成人才培养、技术创新、产业发展的良性生态。'
		);
		expect(extracted.records[0].theme).toBe('网络安全工作“四个坚持”');
		for (const r of extracted.records) expect(r.text).not.toMatch(/\s/);
	});

	it('removes the list numbering 1、 and keeps the item under its theme', () => {
		const record = extracted.records[1];
		expect(record.text).toBe(
			'在信息时代，网络安全对国家安全牵一发而动全身，同许多其他方面的安全都有着密切关系。'
		);
		expect(record.theme).toBe('没有网络安全就没有国家安全');
	});

	it('removes the page-break space at the start of a continuation line', () => {
		expect(extracted.records[2].text).toBe(
			'没有网络安全就没有国家安全，没有信息化就没有现代化。建设网络强国，要有自己的技术，有过硬的技术；要有丰富全面的信息服务，繁荣发展的网络文化；要有良好的信息基础设施，形成实力雄厚的信息经济。'
		);
	});

	it('joins an attribution wrapped onto a second short line', () => {
		const a = extracted.records[1].attribution;
		expect(a.line).toBe(23);
		expect(a.endLine).toBe(25);
		expect(a.raw).toBe('2016年 4 月 19 日，在网络安全和信息化工作座谈会上的讲话');
		expect(a.occasion).toBe('网络安全和信息化工作座谈会');
		expect(a.date?.iso).toBe('2016-04-19');
		const b = extracted.records[2].attribution;
		expect([b.line, b.endLine]).toEqual([34, 36]);
		expect(b.occasion).toBe('中央网络安全和信息化领导小组第一次会议');
		expect(b.date?.iso).toBe('2014-02-27');
	});

	it('gives unnamed speakers the default speaker', () => {
		const a = extracted.records[0].attribution;
		expect(a.speaker).toBe('习近平');
		expect(a.occasionKind).toBe('instruction');
		expect(a.date?.iso).toBe('2019-09-16');
	});

	it('accounts for every paragraph: 4 records, nothing else', () => {
		expect(extracted.unattributed).toEqual([]);
		expect(extracted.rejected).toEqual([]);
		expect(extracted.warnings).toEqual([]);
		expectAccounted(ingested, extracted, 4);
	});
});

describe('binding rules', () => {
	it('a numbered item split in two by a line ending in 。 is bound from the item start', () => {
		const { ingested, extracted } = extractLines([
			/* 1 */ '1、第一句话在这一行结束了。',
			/* 2 */ '',
			/* 3 */ '接着的第二句也属于这一条。',
			/* 4 */ '',
			/* 5 */ '——2016年4月19日，在网络安全和信息化工作座谈会上的讲话'
		]);
		expect(extracted.records).toHaveLength(1);
		expect(extracted.records[0]).toMatchObject({
			line: 1,
			endLine: 3,
			text: '第一句话在这一行结束了。接着的第二句也属于这一条。'
		});
		expectAccounted(ingested, extracted, 2);
	});

	it('an attribution after a heading has no passage: warning, no record', () => {
		const { extracted } = extractLines([
			'一、依法治网',
			'',
			'——2016年4月19日，在网络安全和信息化工作座谈会上的讲话'
		]);
		expect(extracted.records).toEqual([]);
		expect(extracted.warnings).toHaveLength(1);
		expect(extracted.warnings[0].line).toBe(3);
		expect(extracted.warnings[0].message).toMatch(/^attribution with no passage before it/);
	});

	it('a paragraph that ends mid-sentence is kept as a dangling fragment with a warning', () => {
		// Longer than a heading (40 characters), so it is running text; the document ends after it.
		const { extracted } = extractLines([
			'开头的一段话。',
			'',
			'这一段在句子中间断开了，后面的内容本来应该接在下一页上，但是下一页已经丢失了，所以这里只剩下半句话和'
		]);
		expect(extracted.unattributed.map((u) => [u.line, !!u.dangling])).toEqual([
			[1, false],
			[3, true]
		]);
		expect(extracted.unattributed[1].reason).toMatch(/ends mid-sentence/);
		expect(extracted.warnings.map((w) => w.line)).toEqual([3]);
	});

	it('a complete traditional attribution (…講話) does not swallow the short passage after it', () => {
		const { ingested, extracted } = extractLines([
			/* 1 */ '網路空間是億萬民眾共同的精神家園。',
			/* 2 */ '——2016年4月19日，在網路安全和資訊化工作座談會上的講話',
			/* 3 */ '網路安全為人民。',
			/* 4 */ '——2016年4月19日，在網路安全和資訊化工作座談會上的講話'
		]);
		expect(
			extracted.records.map((r) => [r.line, r.text, r.attribution.line, r.attribution.endLine])
		).toEqual([
			[1, '網路空間是億萬民眾共同的精神家園。', 2, 2],
			[3, '網路安全為人民。', 4, 4]
		]);
		expect(extracted.records[0].attribution.occasion).toBe('網路安全和資訊化工作座談會');
		expect(extracted.warnings).toEqual([]);
		expectAccounted(ingested, extracted, 2);
	});

	it('a title-line attribution binds like a dash line', () => {
		const { extracted } = extractLines([
			'要深刻认识舆论引导的重要性，主动加强引导。',
			'《在全国宣传思想工作会议上的讲话》（2013年8月19日）'
		]);
		expect(extracted.records).toHaveLength(1);
		expect(extracted.records[0]).toMatchObject({
			line: 1,
			endLine: 1,
			text: '要深刻认识舆论引导的重要性，主动加强引导。'
		});
		expect(extracted.records[0].attribution).toMatchObject({
			form: 'title',
			line: 2,
			occasion: '全国宣传思想工作会议',
			speaker: '习近平'
		});
	});
});
