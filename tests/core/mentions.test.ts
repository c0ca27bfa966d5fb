/**
 * link/mentions: longest-match term finding, false positives, display offsets; and the
 * concept/law mentions of real corpus passages, listed by hand from graph-data/concepts.yaml
 * and laws.yaml (greedy longest match, left to right, over the normalised passage).
 */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/lib/core/link/mentions';
import { buildRealCorpus, quoteAt } from '../helpers/corpus';

describe('TermMatcher', () => {
	const matcher = new TermMatcher([
		{ key: 'concept:security', alias: '网络安全' },
		{ key: 'concept:outlook', alias: '网络安全观' },
		{ key: 'concept:outlook', alias: '正确的网络安全观' },
		{ key: 'law:cs', alias: '网络安全法' },
		{ key: '', alias: '网络安全法律法规' },
		{ key: 'concept:learn', alias: '学网、懂网、用网' },
		{ key: 'concept:people', alias: '网络安全为人民' },
		{ key: 'concept:x', alias: '网' }
	]);

	it('the longest alias at a position wins', () => {
		expect(matcher.find('要树立正确的网络安全观')).toEqual([
			{ key: 'concept:outlook', from: 3, to: 11 }
		]);
		expect(matcher.find('网络安全观')).toEqual([{ key: 'concept:outlook', from: 0, to: 5 }]);
		expect(matcher.find('网络安全是整体的')).toEqual([{ key: 'concept:security', from: 0, to: 4 }]);
	});

	it('a false positive (empty key) consumes its text, so the shorter term is not found inside it', () => {
		// 遵守0-1 网络安全法律法规2-9 ，10 学习11-12 网络安全法13-17 。18
		expect(matcher.find('遵守网络安全法律法规，学习网络安全法。')).toEqual([
			{ key: 'law:cs', from: 13, to: 18 }
		]);
	});

	it('matches never overlap and are found left to right', () => {
		expect(matcher.find('网络安全观、网络安全法')).toEqual([
			{ key: 'concept:outlook', from: 0, to: 5 },
			{ key: 'law:cs', from: 6, to: 11 }
		]);
	});

	it('ignores one-character aliases', () => {
		expect(matcher.find('上网')).toEqual([]);
	});

	it('maps matches back to display offsets across punctuation', () => {
		const text = '要学网、懂网、用网。';
		// 要0 学1 网2 、3 懂4 网5 、6 用7 网8 。9
		expect(matcher.find(text)).toEqual([{ key: 'concept:learn', from: 1, to: 9 }]);
		expect(text.slice(1, 9)).toBe('学网、懂网、用网');
	});

	it('maps matches back to display offsets in traditional text', () => {
		const text = '我們要「網絡安全為人民」。';
		// 我0 們1 要2 「3 網4 絡5 安6 全7 為8 人9 民10 」11 。12
		expect(matcher.find(text)).toEqual([{ key: 'concept:people', from: 4, to: 11 }]);
		expect(text.slice(4, 11)).toBe('網絡安全為人民');
		const taiwan = '樹立正確的網路安全觀';
		expect(matcher.find(taiwan)).toEqual([{ key: 'concept:outlook', from: 2, to: 10 }]);
	});

	it('maps offsets correctly after a character outside the BMP', () => {
		const text = '𠮷：网络安全观';
		// 𠮷 0-1 (two UTF-16 units) ：2 网3 … 观7
		expect(matcher.find(text)).toEqual([{ key: 'concept:outlook', from: 3, to: 8 }]);
	});
});

describe('mentions of registry terms in real corpus passages', () => {
	const { graph } = buildRealCorpus();
	const termsOf = (quote: string) =>
		graph
			.outEdges(quote)
			.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')
			.map((e) => graph.target(e))
			.filter((k) => k.startsWith('concept:') || k.startsWith('law:'))
			.sort();

	const cases: { ref: string; text: string; expected: string[] }[] = [
		{
			ref: 'dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt:21',
			text: '维护网络安全不应有双重标准，不能一个国家安全而其他国家不安全，一部分国家安全而另一部分国家不安全，更不能以牺牲别国安全谋求自身所谓绝对安全。',
			// 维护网络安全不应有双重标准 (alias of no-double-standards, so 双重标准 is inside it); 国家安全 twice.
			expected: ['concept:national-security', 'concept:no-double-standards']
		},
		{
			ref: 'dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt:39',
			text: '没有网络安全就没有国家安全，就没有经济社会稳定运行，广大人民群众利益也难以得到保障。要树立正确的网络安全观，加强信息基础设施网络安全防护，加强网络安全信息统筹机制、手段、平台建设，加强网络安全事件应急指挥能力建设，积极发展网络安全产业，做到关口前移，防患于未然。要落实关键信息基础设施防护责任，行业、企业作为关键信息基础设施运营者承担主体防护责任，主管部门履行好监管责任。要依法严厉打击网络黑客、电信网络诈骗、侵犯公民个人隐私等违法犯罪行为，切断网络犯罪利益链条，持续形成高压态势，维护人民群众合法权益。要深入开展网络安全知识技能宣传普及，提高广大人民群众网络安全意识和防护技能。',
			expected: [
				'concept:no-cybersecurity-no-national-security', // 没有网络安全就没有国家安全 (国家安全 inside it)
				'concept:cybersecurity-outlook', // 正确的网络安全观
				'concept:information-infrastructure', // 信息基础设施
				'concept:cybersecurity-protection', // 网络安全防护
				'concept:cybersecurity-incident-response', // 网络安全事件应急指挥能力
				'concept:cybersecurity-industry', // 发展网络安全产业
				'concept:prevention-at-the-gate', // 关口前移，防患于未然
				'concept:critical-information-infrastructure', // 关键信息基础设施防护责任
				'concept:cii-operator', // 关键信息基础设施运营者
				'concept:main-responsibility', // 主体防护责任
				'concept:hackers', // 网络黑客
				'concept:telecom-network-fraud', // 电信网络诈骗
				'concept:privacy', // 公民个人隐私
				'concept:cybercrime', // 网络犯罪利益链条
				'concept:cybersecurity-publicity', // 网络安全知识技能宣传普及
				'concept:cybersecurity-awareness' // 网络安全意识
			].sort()
		},
		{
			ref: 'compilation-cyber-power-thought-cybersecurity.txt:142',
			text: '网络安全的本质在对抗，对抗的本质在攻防两端能力较量。要落实网络安全责任制，制定网络安全标准，明确保护对象、保护层级、保护措施。',
			// The long alias of essence-is-confrontation consumes 攻防两端 (an alias of cyber-offence-defence).
			expected: [
				'concept:cybersecurity-responsibility-system',
				'concept:cybersecurity-standards',
				'concept:essence-is-confrontation'
			]
		},
		{
			ref: 'compilation-cyber-informatization-excerpts.txt:41',
			text: '我多次讲，过不了互联网这一关，就过不了长期执政这一关。党管媒体，不能说只管党直接掌握的媒体。党管媒体是把各级各类媒体都置于党的领导之下，这个领导不是“隔靴搔痒式”领导，方式可以有区别，但不能让党管媒体的原则被架空。',
			expected: ['concept:long-term-governance', 'concept:party-manages-media']
		},
		{
			ref: 'compilation-cyber-informatization-excerpts.txt:120',
			text: '最大范围争取人心，构建网上网下同心圆。人心是最大的政治。做网上工作，不能见网不见人，必须下大气力做好人的工作，把广大网民凝聚到党的周围。',
			expected: ['concept:concentric-circle', 'concept:hearts-and-minds', 'concept:netizens']
		},
		{
			ref: 'xinhua-2023-07-cyber-work-conference.txt:59',
			text: '没有网络安全就没有国家安全，就没有经济社会稳定运行，广大人民群众利益也难以得到保障。',
			expected: ['concept:no-cybersecurity-no-national-security']
		}
	];

	it.each(cases.map((c) => [c.ref, c] as const))('%s', (_ref, c) => {
		const [file, line] = c.ref.split(':');
		const quote = quoteAt(graph, file, Number(line));
		expect(quote).toBeDefined();
		expect(graph.getNodeAttribute(quote!, 'text')).toBe(c.text);
		expect(termsOf(quote!)).toEqual(c.expected);
	});

	it('stores display spans that slice back to the mentioned wording', () => {
		const quote = quoteAt(graph, 'dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt', 21)!;
		const text = graph.getNodeAttribute(quote, 'text') as string;
		const spans = graph.getNodeAttribute(quote, 'spans') as [number, number, string][];
		expect(spans.map(([from, to, key]) => [text.slice(from, to), key])).toEqual([
			['维护网络安全不应有双重标准', 'concept:no-double-standards'],
			['国家安全', 'concept:national-security'],
			['国家安全', 'concept:national-security']
		]);
		const edge = graph
			.edges(quote, 'concept:national-security')
			.find((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')!;
		expect(graph.getEdgeAttribute(edge, 'count')).toBe(2);
	});

	it('never reads 网络安全法律法规 as the Cybersecurity Law in the speech outline', () => {
		// 网络安全法 is named in lines 5 and 7; 网络安全法规 (line 5) and 网络安全法律法规 (line 7) are false positives.
		const edge = graph
			.edges('doc:speech-outline-2023-cyber-week.txt', 'law:cybersecurity-law')
			.find((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')!;
		expect(edge).toBeDefined();
		// 《网络安全法》 (line 5) and 出台网络安全法 (line 7).
		expect(graph.getEdgeAttribute(edge, 'count')).toBe(2);
		expect(graph.getEdgeAttribute(edge, 'line')).toBe(5);
	});
});
