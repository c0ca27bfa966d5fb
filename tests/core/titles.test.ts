/**
 * link/titles: what a title in 《》 names (law, publication, media work, speech, unknown), and
 * on the built corpus graph, that every policy document named in the news page and the speech
 * outline is a law node mentioned by that document, while media works never are.
 */
import { describe, expect, it } from 'vitest';
import {
	classifyTitle,
	findTitles,
	policyCategoryOf,
	type TitleLookup
} from '../../src/lib/core/link/titles';
import { buildRealCorpus } from '../helpers/corpus';

const lookup: TitleLookup = {
	laws: new Map([
		['网络安全法', 'law:cybersecurity-law'],
		['网络信息内容生态治理规定', 'law:network-information-content-ecology-provisions']
	]),
	publications: new Map([['论党的宣传思想工作', 'pub:on-party-propaganda-work']]),
	works: new Map([
		['万山磅礴看主峰', 'work:wanshan-pangbo'],
		['熊猫捉谣记', 'work:xiongmao-zhuoyao-ji']
	]),
	events: new Map([['在网络安全和信息化工作座谈会上的讲话', 'event:2016-04-19-cyber-symposium']])
};
const empty: TitleLookup = {
	laws: new Map(),
	publications: new Map(),
	works: new Map(),
	events: new Map()
};

describe('classifyTitle', () => {
	it.each([
		['网络安全法', { class: 'law', key: 'law:cybersecurity-law' }],
		['中华人民共和国网络安全法', { class: 'law', key: 'law:cybersecurity-law' }],
		[
			'网络信息内容生态治理规定',
			{ class: 'law', key: 'law:network-information-content-ecology-provisions' }
		],
		['万山磅礴看主峰', { class: 'work', key: 'work:wanshan-pangbo' }],
		['熊猫捉谣记', { class: 'work', key: 'work:xiongmao-zhuoyao-ji' }],
		['论党的宣传思想工作', { class: 'publication', key: 'pub:on-party-propaganda-work' }],
		[
			'在网络安全和信息化工作座谈会上的讲话',
			{ class: 'event', key: 'event:2016-04-19-cyber-symposium' }
		],
		['在全国宣传思想工作会议上的讲话', { class: 'event' }],
		['某某管理办法', { class: 'unregistered-law', category: 'rule' }],
		['某某安全保护条例', { class: 'unregistered-law', category: 'regulation' }],
		['某某数据安全倡议', { class: 'unregistered-law', category: 'initiative' }],
		['某某应急预案', { class: 'unregistered-law', category: 'plan' }],
		['关于某某工作的意见', { class: 'unregistered-law', category: 'policy' }],
		['某某促进法', { class: 'unregistered-law', category: 'law' }],
		['牵妈妈的手', { class: 'unknown' }]
	] as const)('《%s》 → %o', (title, expected) => {
		expect(classifyTitle(title, lookup)).toEqual(expected);
	});

	it('a media work that is not registered is reported as unknown, never guessed to be a law', () => {
		expect(classifyTitle('万山磅礴看主峰', empty)).toEqual({ class: 'unknown' });
		expect(classifyTitle('熊猫捉谣记', empty)).toEqual({ class: 'unknown' });
	});

	it('a book is not a policy even when unregistered', () => {
		expect(classifyTitle('论党的宣传思想工作', empty)).toEqual({ class: 'unknown' });
		expect(classifyTitle('习近平谈治国理政', empty)).toEqual({ class: 'unknown' });
		expect(policyCategoryOf('论依法治国方法')).toBeUndefined();
		expect(policyCategoryOf('习近平关于网络强国论述摘编')).toBeUndefined();
		expect(policyCategoryOf('“抵制网络谣言 共建网络文明”倡议书')).toBe('initiative');
	});
});

describe('findTitles', () => {
	it('finds every 《》 title with its offsets', () => {
		const text = '出台《网络信息内容生态治理规定》《互联网用户账号信息管理规定》等';
		// 出0 台1 《2, twelve characters 3-14, 》15; 《16, thirteen characters 17-29, 》30; 等31
		expect(findTitles(text)).toEqual([
			{ title: '网络信息内容生态治理规定', from: 2, to: 16 },
			{ title: '互联网用户账号信息管理规定', from: 16, to: 31 }
		]);
	});

	it('skips empty titles and does not cross lines', () => {
		expect(findTitles('《》《 》')).toEqual([]);
		expect(findTitles('《网络安全\n法》')).toEqual([]);
	});
});

describe('titles and policy documents in the built corpus graph', () => {
	const { graph, report } = buildRealCorpus();
	const lawMentions = (doc: string) =>
		graph
			.outEdges(doc)
			.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')
			.map((e) => graph.target(e))
			.filter((k) => graph.getNodeAttribute(k, 'kind') === 'law');

	it('media works are never law nodes', () => {
		const lawLabels = graph
			.filterNodes((_n, a) => a.kind === 'law')
			.map((n) => graph.getNodeAttribute(n, 'label') as string);
		for (const work of [
			'万山磅礴看主峰',
			'熊猫捉谣记',
			'牵妈妈的手',
			'征信疑云',
			'地震谣言的那些事儿'
		])
			expect(lawLabels).not.toContain(work);
		const reportedWorks = report.titles.works.map((w) => w.title);
		expect(reportedWorks).toEqual(expect.arrayContaining(['万山磅礴看主峰', '熊猫捉谣记']));
	});

	it('the book cited by the compilation is a publication, not a law', () => {
		expect(graph.hasNode('pub:on-party-propaganda-work')).toBe(true);
		expect(graph.getNodeAttribute('pub:on-party-propaganda-work', 'kind')).toBe('publication');
		const lawLabels = graph
			.filterNodes((_n, a) => a.kind === 'law')
			.map((n) => graph.getNodeAttribute(n, 'label') as string);
		expect(lawLabels).not.toContain('论党的宣传思想工作');
	});

	it('every policy document named on the Xinhua page is a law mentioned by it', () => {
		// Read off the page by hand (lines 31, 41, 57, 63, 87, 89, 103, 107).
		const expected = [
			'comprehensive-cyber-governance-system-opinions', // 31 《关于加快建立网络综合治理体系的意见》
			'network-information-content-ecology-provisions', // 31 《网络信息内容生态治理规定》
			'user-account-information-provisions', // 31 《互联网用户账号信息管理规定》
			'pop-up-push-service-provisions', // 31 《互联网弹窗信息推送服务管理规定》
			'comment-thread-service-provisions', // 31 《互联网跟帖评论服务管理规定》
			'anti-rumour-online-civility-proposal', // 41 《“抵制网络谣言 共建网络文明”倡议书》
			'cybersecurity-law', // 57 网络安全法施行六周年
			'data-security-law', // 63 数据安全法
			'personal-information-protection-law', // 63 个人信息保护法
			'national-cyberspace-security-strategy', // 63 《国家网络空间安全战略》
			'critical-information-infrastructure-regulations', // 63 《关键信息基础设施安全保护条例》
			'national-cybersecurity-incident-emergency-plan', // 63 《国家网络安全事件应急预案》
			'cybersecurity-review-measures', // 63 《网络安全审查办法》
			'cloud-computing-service-security-assessment-measures', // 63 《云计算服务安全评估办法》
			'data-export-security-assessment-measures', // 63 《数据出境安全评估办法》
			'personal-information-export-standard-contract-measures', // 63 《个人信息出境标准合同办法》
			'cybersecurity-discipline-and-talent-opinions', // 87 《关于加强网络安全学科建设和人才培养的意见》
			'cybersecurity-talent-cultivation-programme', // 89 网络安全人才培育计划
			'international-cyberspace-cooperation-strategy', // 103 《网络空间国际合作战略》
			'global-data-security-initiative', // 103 《全球数据安全倡议》
			'g20-digital-economy-initiative', // 103 《二十国集团数字经济发展和合作倡议》
			'china-africa-cyberspace-community-initiative', // 103 “中非携手构建网络空间命运共同体倡议”
			'wic-cyberspace-community-action-initiative' // 107 《携手构建网络空间命运共同体行动倡议》
		].map((id) => `law:${id}`);
		const mentioned = lawMentions('doc:xinhua-2023-07-cyber-work-conference.txt');
		for (const key of expected) expect(mentioned, key).toContain(key);
		for (const key of expected) expect(graph.getNodeAttribute(key, 'registered'), key).toBe(true);
	});

	it('every law named in the speech outline is a law mentioned by it', () => {
		const expected = [
			'cybersecurity-law',
			'data-security-law',
			'personal-information-protection-law',
			'national-cyberspace-security-strategy'
		].map((id) => `law:${id}`);
		expect(lawMentions('doc:speech-outline-2023-cyber-week.txt').sort()).toEqual(expected.sort());
	});

	it('the news page mentions the Cybersecurity Law once: 网络安全法律法规 on line 63 is not it', () => {
		const edge = graph
			.edges('doc:xinhua-2023-07-cyber-work-conference.txt', 'law:cybersecurity-law')
			.find((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')!;
		expect(graph.getEdgeAttribute(edge, 'count')).toBe(1);
		expect(graph.getEdgeAttribute(edge, 'line')).toBe(57);
	});
});
