/**
 * ingest: bytes → text (encoding detection), lines (every line-end convention), clean-up of
 * invisible characters, and the layout of Markdown, numbered and page-artefact lines.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../src/lib/core/ingest/decode';
import { ingestCorpus, splitLines } from '../../src/lib/core/ingest/corpus';
import { classifyLines, isHardWrapped } from '../../src/lib/core/ingest/layout';
import {
	cleanLine,
	joinWrapped,
	normalizeForMatch,
	normalizeWithMap,
	displaySpan
} from '../../src/lib/core/ingest/text';
import { extractLines, ingestText, utf16, utf8 } from './support';

const TEXT = '网络安全为人民，网络安全靠人民。\n没有网络安全就没有国家安全。\n';

describe('decodeBytes', () => {
	it('reads UTF-8', () => {
		expect(decodeBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', warnings: [] });
	});

	it('reads UTF-8 with a BOM, dropping the BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
		expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', warnings: [] });
	});

	it('reads UTF-16 LE and BE with a BOM', () => {
		const le = utf16(TEXT, 'le');
		expect([le[0], le[1]]).toEqual([0xff, 0xfe]);
		expect(decodeBytes(le)).toEqual({ text: TEXT, encoding: 'utf-16le', warnings: [] });
		const be = utf16(TEXT, 'be');
		expect([be[0], be[1]]).toEqual([0xfe, 0xff]);
		expect(decodeBytes(be)).toEqual({ text: TEXT, encoding: 'utf-16be', warnings: [] });
	});

	it('reads GB18030 without a BOM (including a four-byte character) and says so', () => {
		const text = TEXT + '生僻字：𠮷。\n';
		const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
		// 网 is CD F8 in GBK: not valid UTF-8.
		expect([bytes[0], bytes[1]]).toEqual([0xcd, 0xf8]);
		expect(decodeBytes(bytes)).toEqual({
			text,
			encoding: 'gb18030',
			warnings: ['decoded as GB18030 (not valid UTF-8)']
		});
	});

	it('reads an empty file as empty text', () => {
		expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
	});

	it('refuses binary content: NUL bytes', () => {
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
		expect(() => decodeBytes(zip)).toThrow(DecodeError);
		expect(() => decodeBytes(zip)).toThrow(/binary/);
	});

	it('refuses binary content: many control bytes without NUL', () => {
		const bytes = new Uint8Array(100).map((_, i) => (i % 2 ? 0x01 : 0x41));
		expect(() => decodeBytes(bytes)).toThrow(DecodeError);
	});

	it('ingestCorpus records a binary file as an error and goes on with the others', () => {
		const docs = ingestCorpus([
			{ path: 'a.bin', bytes: new Uint8Array([0x00, 0x01, 0x02]) },
			{ path: 'b.txt', bytes: utf8('没有网络安全就没有国家安全。\n') }
		]);
		expect(docs[0].error).toMatch(/binary/);
		expect(docs[0].blocks).toEqual([]);
		expect(docs[1].error).toBeUndefined();
		expect(docs[1].blocks.map((b) => b.text)).toEqual(['没有网络安全就没有国家安全。']);
	});
});

describe('line ends', () => {
	const expected = ['第一行。', '第二行。', '第三行。'];
	it.each([
		['LF', '第一行。\n第二行。\n第三行。\n'],
		['CRLF', '第一行。\r\n第二行。\r\n第三行。\r\n'],
		['CR only', '第一行。\r第二行。\r第三行。\r'],
		['mixed', '第一行。\r\n第二行。\r第三行。\n'],
		['no final newline', '第一行。\n第二行。\n第三行。'],
		['CRLF, no final newline', '第一行。\r\n第二行。\r\n第三行。']
	])('%s gives the same three lines', (_name, text) => {
		expect(splitLines(text)).toEqual(expected);
		const doc = ingestText(text);
		expect(doc.lineCount).toBe(3);
		expect(doc.lines.map((l) => [l.line, l.text])).toEqual(expected.map((t, i) => [i + 1, t]));
		expect(doc.blocks.map((b) => [b.line, b.text])).toEqual(expected.map((t, i) => [i + 1, t]));
	});

	it('counts blank lines as editors do', () => {
		expect(splitLines('甲\n\n乙\n')).toEqual(['甲', '', '乙']);
		expect(splitLines('甲\r\n\r\n')).toEqual(['甲', '']);
		expect(splitLines('')).toEqual(['']);
	});

	it('a CRLF UTF-16 file keeps its line numbers', () => {
		const docs = ingestCorpus([
			{ path: 'u.txt', bytes: utf16('标题\r\n\r\n没有网络安全就没有国家安全。\r\n', 'le') }
		]);
		expect(docs[0].encoding).toBe('utf-16le');
		expect(docs[0].lineCount).toBe(3);
		expect(docs[0].blocks.map((b) => [b.kind, b.line])).toEqual([
			['heading', 1],
			['paragraph', 3]
		]);
	});
});

describe('cleanLine and text helpers', () => {
	it('removes zero-width characters, U+2028/U+2029, soft hyphens, bidi marks and a BOM in the middle', () => {
		expect(
			cleanLine(
				'网络\u200b安全\u200c为\u200d人民\u2060，\ufeff网络\u2028安全\u2029靠\u202a人民\u00ad'
			)
		).toBe('网络安全为人民，网络安全靠人民');
	});

	it('removes control characters and turns tabs and odd spaces into plain spaces', () => {
		expect(cleanLine('甲\u0007乙\u001b丙')).toBe('甲乙丙');
		expect(cleanLine('a\tb\u00a0c\u2003d')).toBe('a b c d');
	});

	it('warns about a BOM in the middle of the text, with its line', () => {
		const doc = ingestText('第一行。\n第二\ufeff行。\n');
		expect(doc.warnings).toEqual([
			{ line: 2, message: 'byte order mark in the middle of the text (removed)' }
		]);
		expect(doc.lines[1].text).toBe('第二行。');
	});

	it('warns about a BOM in the middle of line 1 too (only a BOM at the very start is a byte order mark)', () => {
		const doc = ingestText('第一\ufeff行。\n第二行。\n');
		expect(doc.warnings).toEqual([
			{ line: 1, message: 'byte order mark in the middle of the text (removed)' }
		]);
		expect(doc.lines[0].text).toBe('第一行。');
		const withLeadingBom = ingestCorpus([
			{ path: 'b.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('第一行。\n')]) }
		])[0];
		expect(withLeadingBom.warnings).toEqual([]);
	});

	it('joinWrapped: no space between CJK, one space between Latin words', () => {
		expect(joinWrapped('没有信息化就没有现代', '化。')).toBe('没有信息化就没有现代化。');
		expect(joinWrapped('the cyber', 'space')).toBe('the cyber space');
		expect(joinWrapped('网络安全', 'App')).toBe('网络安全App');
		expect(joinWrapped('', '化。')).toBe('化。');
	});

	it('normalizeForMatch: NFKC, traditional → simplified, no punctuation or spaces, lower case', () => {
		expect(normalizeForMatch('網絡安全為人民，網絡安全靠人民。')).toBe(
			'网络安全为人民网络安全靠人民'
		);
		expect(normalizeForMatch('“网络安全为人民 网络安全靠人民”')).toBe(
			'网络安全为人民网络安全靠人民'
		);
		expect(normalizeForMatch('ＡＰＰ违法违规收集使用个人信息')).toBe('app违法违规收集使用个人信息');
		expect(normalizeForMatch('２０１６年')).toBe('2016年');
	});

	it('normalizeWithMap maps every normalised position back to the display text', () => {
		const text = '要“學網、懂網、用網”。';
		const { norm, offsets } = normalizeWithMap(text);
		expect(norm).toBe('要学网懂网用网');
		// 要0 “1 學2 網3 、4 懂5 網6 、7 用8 網9 ”10 。11
		expect(offsets).toEqual([0, 2, 3, 5, 6, 8, 9]);
		expect(displaySpan(text, offsets, 1, 6)).toEqual({ from: 2, to: 10 });
	});

	it('normalizeWithMap agrees with normalizeForMatch on Taiwan phrases and astral characters', () => {
		for (const text of ['網路安全和資訊化工作', '𠮷网络安全观', '樹立正確的網路安全觀。']) {
			const { norm, offsets } = normalizeWithMap(text);
			expect(norm).toBe(normalizeForMatch(text));
			expect(offsets).toHaveLength(norm.length);
		}
		// 𠮷 is two UTF-16 units: 网 is at display offset 2.
		const { offsets } = normalizeWithMap('𠮷网络安全观');
		expect(offsets).toEqual([0, 0, 2, 3, 4, 5, 6]);
	});
});

describe('layout: Markdown, numbered items, page artefacts', () => {
	it('recognises Markdown headings, lists and block quotes and removes their markers', () => {
		const lines = classifyLines([
			/* 1 */ '# 网络安全论述摘编',
			/* 2 */ '',
			/* 3 */ '> 网络安全为人民，网络安全靠人民。',
			/* 4 */ '>',
			/* 5 */ '> ——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话',
			/* 6 */ '',
			/* 7 */ '## 依法治网',
			/* 8 */ '',
			/* 9 */ '- 互联网不是法外之地。',
			/* 10 */ '* 网络空间不是法外之地。',
			/* 11 */ '1. 要依法加强网络空间治理。',
			/* 12 */ '',
			/* 13 */ '短行',
			/* 14 */ ''
		]);
		expect(lines.map((l) => [l.line, l.kind, l.text, l.level ?? l.marker ?? null])).toEqual([
			[1, 'heading', '网络安全论述摘编', 1],
			[2, 'blank', '', null],
			[3, 'text', '网络安全为人民，网络安全靠人民。', null],
			[4, 'blank', '', null],
			[5, 'dash', '——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话', null],
			[6, 'blank', '', null],
			[7, 'heading', '依法治网', 2],
			[8, 'blank', '', null],
			[9, 'item', '互联网不是法外之地。', '-'],
			[10, 'item', '网络空间不是法外之地。', '*'],
			[11, 'item', '要依法加强网络空间治理。', '1.'],
			[12, 'blank', '', null],
			// In a document with # headings, a short standalone line is text, not a heading.
			[13, 'text', '短行', null],
			[14, 'blank', '', null]
		]);
	});

	it('binds a dash attribution inside a block quote', () => {
		const { extracted } = extractLines([
			'# 网络安全论述摘编',
			'',
			'> 网络安全为人民，网络安全靠人民。',
			'>',
			'> ——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话'
		]);
		expect(extracted.title).toBe('网络安全论述摘编');
		expect(extracted.records).toHaveLength(1);
		expect(extracted.records[0]).toMatchObject({
			line: 3,
			text: '网络安全为人民，网络安全靠人民。'
		});
		expect(extracted.records[0].attribution).toMatchObject({
			line: 5,
			occasion: '网络安全和信息化工作座谈会'
		});
	});

	it.each([
		['1、网络安全为人民。', 'item', '1、', '网络安全为人民。'],
		['（1）网络安全为人民。', 'item', '（1）', '网络安全为人民。'],
		['(2) 网络安全靠人民。', 'item', '(2)', '网络安全靠人民。'],
		['（三）网络安全靠人民。', 'item', '（三）', '网络安全靠人民。'],
		['①网络安全为人民。', 'item', '①', '网络安全为人民。'],
		['一、网络安全为人民', 'heading', '一、', '网络安全为人民'],
		['十二、网络安全靠人民', 'heading', '十二、', '网络安全靠人民']
	])('%s is a %s with marker %s', (line, kind, marker, text) => {
		const [classified] = classifyLines(['前文。', line, '后文。']).slice(1, 2);
		expect(classified).toMatchObject({ kind, marker, text });
	});

	it('an 一、 line that is a whole sentence is an item of text, not a heading', () => {
		const [, classified] = classifyLines([
			'前文。',
			'一、网络安全为人民，网络安全靠人民。',
			'后文。'
		]);
		expect(classified.kind).toBe('text');
	});

	it.each([['12'], ['- 12 -'], ['第 3 页'], ['第3页 共10页'], ['3 / 10']])(
		'%s is a page artefact',
		(line) => {
			expect(classifyLines(['前文，', line, '后文。'])[1].kind).toBe('artefact');
		}
	);

	it('a page number between two wrapped lines is dropped and the lines joined', () => {
		const doc = ingestText('国家网络安全工作要坚持网络安全为人民，\n- 12 -\n网络安全靠人民。\n');
		expect(doc.blocks.map((b) => [b.kind, b.line, b.endLine, b.text])).toEqual([
			['paragraph', 1, 3, '国家网络安全工作要坚持网络安全为人民，网络安全靠人民。']
		]);
	});

	it('recognises a hard-wrapped (PDF) document by its many standalone continuing lines', () => {
		const wrapped = ['甲，', '', '乙、', '', '丙，', '', '丁，', '', '戊、', '', '完。'];
		expect(isHardWrapped(wrapped)).toBe(true);
		expect(isHardWrapped(wrapped.slice(0, 8))).toBe(false);
		expect(isHardWrapped(['甲，', '乙，', '丙，', '丁，', '戊，', '完。'])).toBe(false);
	});
});
