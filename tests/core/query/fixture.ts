/**
 * A small hand-made graph for query/view tests. Drawn out:
 *
 *   q1 (2016-04-19) ─said_at→ e1 ←said_at─ q2 (2016-04-19)
 *   q1 ─mentions→ cA ; q1 ─mentions→ cB ; q2 ─mentions→ cB ; q3 (2018-04-20) ─mentions→ cC
 *   q3 ─said_at→ e2 (2018-04-20..21) ; cA ─co_occurs(1)→ cB ; d1 ─mentions→ law (adopted 2016-11-07)
 *   d1 ─mentions→ cC ; q1, q2, q3 ─appears_in→ d1 ; q2 ─overlaps→ q1 (family f1)
 */
import Graph from 'graphology';

export function makeGraph(): Graph {
	const g = new Graph({ type: 'directed', multi: true });
	const node = (key: string, attributes: Record<string, unknown>) =>
		g.addNode(key, { x: 0, y: 0, size: 5, ...attributes });
	node('q1', {
		kind: 'quote',
		label: '网络安全为人民',
		text: '网络安全为人民，网络安全靠人民。',
		date: '2016-04-19',
		family: 'f1',
		pagerank: 0.2
	});
	node('q2', {
		kind: 'quote',
		label: '网络安全为人民',
		text: '网络安全为人民。',
		date: '2016-04-19',
		family: 'f1',
		pagerank: 0.1
	});
	node('q3', {
		kind: 'quote',
		label: '没有网络安全',
		text: '没有网络安全就没有国家安全。',
		date: '2018-04-20',
		pagerank: 0.1
	});
	node('e1', {
		kind: 'event',
		label: '网络安全和信息化工作座谈会',
		date: '2016-04-19',
		aliases: [],
		pagerank: 0.1
	});
	node('e2', {
		kind: 'event',
		label: '全国网络安全和信息化工作会议',
		date: '2018-04-20',
		endDate: '2018-04-21',
		aliases: [],
		pagerank: 0.1
	});
	node('cA', {
		kind: 'concept',
		label: '网络强国',
		aliases: ['建设网络强国'],
		gloss: 'cyber power',
		py: ['wangluoqiangguo', 'wlqg'],
		pagerank: 0.3
	});
	node('cB', {
		kind: 'concept',
		label: '关键信息基础设施',
		aliases: ['关基'],
		gloss: 'critical information infrastructure',
		py: ['guanjianxinxijichusheshi', 'gjxxjcss'],
		pagerank: 0.2
	});
	node('cC', {
		kind: 'concept',
		label: '国家安全',
		aliases: [],
		gloss: 'national security',
		py: ['guojiaanquan', 'gjaq'],
		pagerank: 0.1
	});
	node('law', {
		kind: 'law',
		label: '网络安全法',
		aliases: ['网安法'],
		adopted: '2016-11-07',
		effective: '2017-06-01',
		category: 'law',
		pagerank: 0.1
	});
	node('d1', { kind: 'document', label: '汇编', title: '汇编', file: 'a.txt', pagerank: 0.1 });
	const edge = (kind: string, s: string, t: string, a: Record<string, unknown> = {}) =>
		g.addDirectedEdgeWithKey(`${kind}|${s}|${t}`, s, t, { kind, ...a });
	edge('said_at', 'q1', 'e1');
	edge('said_at', 'q2', 'e1');
	edge('said_at', 'q3', 'e2');
	edge('mentions', 'q1', 'cA');
	edge('mentions', 'q1', 'cB');
	edge('mentions', 'q2', 'cB');
	edge('mentions', 'q3', 'cC');
	edge('co_occurs', 'cA', 'cB', { weight: 1 });
	edge('mentions', 'd1', 'law', { line: 5 });
	edge('mentions', 'd1', 'cC', { line: 7 });
	for (const q of ['q1', 'q2', 'q3']) edge('appears_in', q, 'd1');
	edge('overlaps', 'q2', 'q1', { relation: 'excerpt_of', score: 1 });
	return g;
}
