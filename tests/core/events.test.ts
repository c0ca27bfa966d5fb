/**
 * link/events: resolving attributions to registry events, with a small hand-written registry.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/lib/core/extract/attribution';
import { precisionOf } from '../../src/lib/core/extract/date';
import { EventResolver } from '../../src/lib/core/link/events';
import { loadRegistries } from '../../src/lib/core/registry/registries';
import { hashString } from '../../src/lib/core/util/hash';

const EVENTS = `
- id: 2013-08-19-propaganda-work-conference
  name: 全国宣传思想工作会议（2013年）
  kind: conference
  date: 2013-08-19
  aliases:
    - 全国宣传思想工作会议
    - 在全国宣传思想工作会议上的讲话

- id: 2018-08-21-propaganda-work-conference
  name: 全国宣传思想工作会议（2018年）
  kind: conference
  date: 2018-08-21
  endDate: 2018-08-22
  aliases:
    - 全国宣传思想工作会议
    - 在全国宣传思想工作会议上的讲话

- id: 2015-12-16-wic-2
  name: 第二届世界互联网大会
  kind: conference
  date: 2015-12-16
  endDate: 2015-12-18

- id: 2016-02-19-news-media-symposium
  name: 党的新闻舆论工作座谈会
  kind: symposium
  date: 2016-02-19
  aliases:
    - 坚持党的新闻舆论工作的正确政治方向
`;

const registry = loadRegistries({ events: { label: 'test/events.yaml', text: EVENTS } });

function attribution(fields: {
	occasion?: string;
	title?: string;
	date?: string;
	end?: string;
	kind?: Attribution['occasionKind'];
}): Attribution {
	return {
		form: 'title',
		raw: '',
		line: 1,
		endLine: 1,
		occasion: fields.occasion,
		title: fields.title,
		occasionKind: fields.kind,
		date: fields.date
			? {
					iso: fields.date,
					end: fields.end,
					precision: precisionOf(fields.date),
					inferred: false,
					raw: fields.date
				}
			: undefined
	};
}

describe('EventResolver', () => {
	it('one name on two dates resolves by the date', () => {
		const resolver = new EventResolver(registry.events);
		const said = (date: string) =>
			resolver.resolve(
				attribution({
					occasion: '全国宣传思想工作会议',
					title: '在全国宣传思想工作会议上的讲话',
					date
				})
			);
		expect(said('2013-08-19')).toMatchObject({
			match: 'alias',
			event: { id: '2013-08-19-propaganda-work-conference', registered: true }
		});
		expect(said('2018-08-21')).toMatchObject({
			match: 'alias',
			event: { id: '2018-08-21-propaganda-work-conference', registered: true }
		});
		expect(said('2013-08-19').warning).toBeUndefined();
	});

	it('a date inside a registered range resolves, and a day of slack is allowed', () => {
		const resolver = new EventResolver(registry.events);
		const said = (date: string) =>
			resolver.resolve(attribution({ occasion: '第二届世界互联网大会开幕式', date }));
		expect(said('2015-12-17').event?.id).toBe('2015-12-16-wic-2');
		expect(said('2015-12-19').event?.id).toBe('2015-12-16-wic-2');
		expect(
			resolver.resolve(attribution({ occasion: '全国宣传思想工作会议', date: '2018-08-22' })).event
				?.id
		).toBe('2018-08-21-propaganda-work-conference');
		expect(
			resolver.resolve(attribution({ occasion: '全国宣传思想工作会议', date: '2018-08' })).event?.id
		).toBe('2018-08-21-propaganda-work-conference');
	});

	it('copies the registry entry into the resolved event', () => {
		const { event } = new EventResolver(registry.events).resolve(
			attribution({ occasion: '全国宣传思想工作会议', date: '2018-08-21' })
		);
		expect(event).toEqual({
			id: '2018-08-21-propaganda-work-conference',
			name: '全国宣传思想工作会议（2018年）',
			nameEn: undefined,
			kind: 'conference',
			date: '2018-08-21',
			endDate: '2018-08-22',
			aliases: [
				'全国宣传思想工作会议（2018年）',
				'全国宣传思想工作会议',
				'在全国宣传思想工作会议上的讲话'
			],
			registered: true,
			partOf: undefined
		});
	});

	it('a registered name on a date that agrees with no entry becomes unregistered, with the conflict said', () => {
		const resolution = new EventResolver(registry.events).resolve(
			attribution({ occasion: '第二届世界互联网大会开幕式', date: '2015-12-20' })
		);
		expect(resolution.match).toBe('unregistered');
		expect(resolution.event?.registered).toBe(false);
		expect(resolution.warning).toBe(
			'occasion not in events.yaml: "第二届世界互联网大会开幕式" (registered "第二届世界互联网大会" is dated 2015-12-16, which does not agree with 2015-12-20)'
		);
	});

	it('a one-character typo in a title resolves with a warning', () => {
		const resolution = new EventResolver(registry.events).resolve(
			attribution({
				occasion: '坚持党的新闻典论工作的正确政治方向',
				title: '坚持党的新闻典论工作的正确政治方向',
				date: '2016-02-19'
			})
		);
		expect(resolution.match).toBe('fuzzy');
		expect(resolution.event?.id).toBe('2016-02-19-news-media-symposium');
		expect(resolution.warning).toBe(
			'occasion "坚持党的新闻典论工作的正确政治方向" differs by one character from registered "党的新闻舆论工作座谈会"; resolved to it'
		);
	});

	it('a typo on a date that does not agree is not resolved', () => {
		const resolution = new EventResolver(registry.events).resolve(
			attribution({ title: '坚持党的新闻典论工作的正确政治方向', date: '2017-02-19' })
		);
		expect(resolution.match).toBe('unregistered');
	});

	it('two characters off is not a typo', () => {
		const resolution = new EventResolver(registry.events).resolve(
			attribution({ title: '坚持党的新闻典论工作的正确政冶方向', date: '2016-02-19' })
		);
		expect(resolution.match).toBe('unregistered');
	});

	it('an unregistered occasion becomes an unregistered event, merged when it recurs in the same month', () => {
		const resolver = new EventResolver(registry.events);
		const first = resolver.resolve(
			attribution({ occasion: '某某工作座谈会', date: '2020-05-01', kind: 'speech' })
		);
		expect(first.match).toBe('unregistered');
		expect(first.warning).toBe('occasion not in events.yaml: "某某工作座谈会"');
		expect(first.event).toEqual({
			id: `unregistered-2020-05-01-${hashString('某某工作座谈会')}`,
			name: '某某工作座谈会',
			kind: 'speech',
			date: '2020-05-01',
			endDate: undefined,
			aliases: ['某某工作座谈会'],
			registered: false
		});
		// The same occasion written with other punctuation, dated to the month only: the same event.
		const again = resolver.resolve(attribution({ occasion: '某某工作 座谈会', date: '2020-05' }));
		expect(again.event).toBe(first.event);
		expect(again.event?.date).toBe('2020-05-01');
		// Another month: another event.
		const later = resolver.resolve(attribution({ occasion: '某某工作座谈会', date: '2021-05-01' }));
		expect(later.event).not.toBe(first.event);
		expect(resolver.unregisteredEvents()).toHaveLength(2);
	});

	it('a merged unregistered event takes the more precise date', () => {
		const resolver = new EventResolver(registry.events);
		const first = resolver.resolve(attribution({ occasion: '某某工作座谈会', date: '2020-05' }));
		expect(first.event?.date).toBe('2020-05');
		const second = resolver.resolve(
			attribution({ occasion: '某某工作座谈会', date: '2020-05-01' })
		);
		expect(second.event).toBe(first.event);
		expect(first.event?.date).toBe('2020-05-01');
	});

	it('an unregistered instruction or letter keeps its kind', () => {
		const resolver = new EventResolver(registry.events);
		expect(
			resolver.resolve(
				attribution({ occasion: '对某某工作作出', date: '2020-05', kind: 'instruction' })
			).event?.kind
		).toBe('instruction');
		expect(
			resolver.resolve(attribution({ occasion: '致某某大会', date: '2020-06', kind: 'letter' }))
				.event?.kind
		).toBe('letter');
	});

	it('a generic occasion (讲话, 会议) or none at all resolves to nothing', () => {
		const resolver = new EventResolver(registry.events);
		expect(resolver.resolve(attribution({ occasion: '讲话', date: '2020-05-01' }))).toEqual({});
		expect(resolver.resolve(attribution({ date: '2020-05-01' }))).toEqual({});
		expect(resolver.unregisteredEvents()).toEqual([]);
	});
});
