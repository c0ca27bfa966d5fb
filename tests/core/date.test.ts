/**
 * extract/date: every date form the genre writes, read by hand. Expected values are worked
 * out from the input text, not copied from a run.
 */
import { describe, expect, it } from 'vitest';
import {
	DateError,
	datesAgree,
	normalizeDateText,
	parseDate,
	precisionOf,
	spanOf
} from '../../src/lib/core/extract/date';

describe('parseDate: explicit dates', () => {
	it.each([
		// text, iso, precision, end
		['2016年4月19日', '2016-04-19', 'day', undefined],
		['2018 年 4月 20 日至 21日', '2018-04-20', 'day', '2018-04-21'],
		['2018年4月20日至21日', '2018-04-20', 'day', '2018-04-21'],
		['2015 年 12 月 16 日', '2015-12-16', 'day', undefined],
		['2019年9月', '2019-09', 'month', undefined],
		['2019年 9 月 16 日', '2019-09-16', 'day', undefined],
		['2019年', '2019', 'year', undefined],
		['二〇一六年四月十九日', '2016-04-19', 'day', undefined],
		['二〇一八年四月二十日至二十一日', '2018-04-20', 'day', '2018-04-21'],
		['二〇二〇年十月一日', '2020-10-01', 'day', undefined],
		['二〇一九年十二月', '2019-12', 'month', undefined],
		['２０１６年４月１９日', '2016-04-19', 'day', undefined],
		['2016-04-19', '2016-04-19', 'day', undefined],
		['2016.4.19', '2016-04-19', 'day', undefined],
		['2018年4月30日至5月1日', '2018-04-30', 'day', '2018-05-01'],
		['2016年2月29日', '2016-02-29', 'day', undefined],
		['——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话', '2016-04-19', 'day', undefined],
		['（2013年8月19日）', '2013-08-19', 'day', undefined]
	] as const)('%s → %s', (text, iso, precision, end) => {
		const date = parseDate(text);
		expect(date).not.toBeNull();
		expect(date!.iso).toBe(iso);
		expect(date!.precision).toBe(precision);
		expect(date!.end).toBe(end);
		expect(date!.inferred).toBe(false);
	});

	it('keeps the normalised text it read in `raw`', () => {
		expect(parseDate('2018 年 4月 20 日至 21日')!.raw).toBe('2018年4月20日至21日');
		expect(parseDate('二〇一六年四月十九日')!.raw).toBe('2016年4月19日');
		expect(parseDate('２０１６年４月１９日')!.raw).toBe('2016年4月19日');
	});

	it('normalises spaced, full-width and Chinese-numeral dates to one form', () => {
		expect(normalizeDateText('2018 年 4月 20 日至 21日')).toBe('2018年4月20日至21日');
		expect(normalizeDateText('二〇一八年四月二十日至二十一日')).toBe('2018年4月20日至21日');
		expect(normalizeDateText('２０１９年９月')).toBe('2019年9月');
	});
});

describe('parseDate: missing parts taken from the document date', () => {
	it('supplies a missing year from the document date and says so', () => {
		const date = parseDate('4月19日', { documentDate: '2016-05' });
		expect(date).toEqual({ iso: '2016-04-19', precision: 'day', inferred: true, raw: '4月19日' });
	});

	it('reads a yearless range with the document year', () => {
		const date = parseDate('全国网络安全和信息化工作会议7月14日至15日在京召开', {
			documentDate: '2023-07-15'
		});
		expect(date).toMatchObject({
			iso: '2023-07-14',
			end: '2023-07-15',
			precision: 'day',
			inferred: true
		});
	});

	it('reads no date from 4月19日 without a document date', () => {
		expect(parseDate('4月19日')).toBeNull();
	});

	it('近日 is the month of the document, never a day', () => {
		expect(
			parseDate('习近平近日对网络安全和信息化工作作出重要指示', { documentDate: '2023-07-15' })
		).toEqual({
			iso: '2023-07',
			precision: 'month',
			inferred: true,
			raw: '近日'
		});
		expect(parseDate('日前', { documentDate: '2023' })).toMatchObject({
			iso: '2023',
			precision: 'year',
			inferred: true
		});
	});

	it.each([
		['今年', '2023'],
		['去年', '2022']
	])('%s with document date 2023-07-15 → %s (year, inferred)', (text, iso) => {
		expect(parseDate(text, { documentDate: '2023-07-15' })).toEqual({
			iso,
			precision: 'year',
			inferred: true,
			raw: text
		});
	});

	it('relative words need a document date', () => {
		expect(parseDate('近日')).toBeNull();
		expect(parseDate('今年')).toBeNull();
	});
});

describe('parseDate: impossible dates and non-dates', () => {
	it.each([
		['2016年13月45日', /2016年13月45日/],
		['2016年2月30日', /2016年2月30日/],
		['2015年2月29日', /2015年2月29日/],
		['3016年4月19日', /3016年4月19日/],
		['2018年4月21日至20日', /2018年4月21日至20日/]
	])('%s throws DateError naming the text', (text, message) => {
		expect(() => parseDate(text)).toThrow(DateError);
		expect(() => parseDate(text)).toThrow(message);
	});

	it('names the impossible part', () => {
		expect(() => parseDate('2016年13月45日')).toThrow(/no month 13/);
		expect(() => parseDate('2016年2月30日')).toThrow(/no day 30 in 2016-02/);
		expect(() => parseDate('3016年')).toThrow(/year out of range/);
	});

	it.each([
		['中央文献出版社2020年版'],
		['2020年版'],
		['2019年度'],
		['网络安全为人民，网络安全靠人民'],
		['第195-196页']
	])('%s is not a date', (text) => {
		expect(parseDate(text)).toBeNull();
	});

	it('a publication edition does not hide the statement date before it', () => {
		expect(
			parseDate('（2016年4月19日），习近平《论党的宣传思想工作》，中央文献出版社2020年版')!.iso
		).toBe('2016-04-19');
	});
});

describe('precision, spans and agreement', () => {
	it('precisionOf reads the ISO length', () => {
		expect(precisionOf('2016')).toBe('year');
		expect(precisionOf('2016-04')).toBe('month');
		expect(precisionOf('2016-04-19')).toBe('day');
	});

	it('spanOf covers the whole day, month, year or range', () => {
		expect(spanOf('2016-04-19')).toEqual([Date.UTC(2016, 3, 19), Date.UTC(2016, 3, 20) - 1]);
		expect(spanOf('2016-02')).toEqual([Date.UTC(2016, 1, 1), Date.UTC(2016, 2, 1) - 1]);
		expect(spanOf('2016')).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1) - 1]);
		expect(spanOf('2018-04-20', '2018-04-21')).toEqual([
			Date.UTC(2018, 3, 20),
			Date.UTC(2018, 3, 22) - 1
		]);
	});

	it.each([
		[{ iso: '2018-04' }, { iso: '2018-04-20' }, 0, true],
		[{ iso: '2018' }, { iso: '2018-12-31' }, 0, true],
		[{ iso: '2018-04-20', end: '2018-04-21' }, { iso: '2018-04-21' }, 0, true],
		[{ iso: '2018-04-20', end: '2018-04-21' }, { iso: '2018-04-22' }, 0, false],
		[{ iso: '2018-04-20', end: '2018-04-21' }, { iso: '2018-04-22' }, 1, true],
		[{ iso: '2013-08-19' }, { iso: '2018-08-21' }, 1, false],
		[{ iso: '2019-09' }, { iso: '2019-10-01' }, 0, false]
	])('datesAgree(%o, %o, slack %i) = %s', (a, b, slack, agree) => {
		expect(datesAgree(a, b, slack)).toBe(agree);
		expect(datesAgree(b, a, slack)).toBe(agree);
	});
});
