/** Query and view modules on the hand-made graph of ./fixture.ts; expected values worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
	computeVisible,
	countVisibleEdges,
	neighbourhood
} from '../../../src/lib/core/query/filter';
import { evidenceOf, quotesLinking, shortestPaths } from '../../../src/lib/core/query/paths';
import { histogram, timeMarks, yearRange } from '../../../src/lib/core/query/timeline';
import { diffWording, traceNode } from '../../../src/lib/core/query/trace';
import { SearchIndex, searchDocsFromGraph } from '../../../src/lib/core/query/search';
import { quotesOf, splitBySpans } from '../../../src/lib/core/query/details';
import { parseView, serializeView } from '../../../src/lib/core/view/url';
import {
	focusArea,
	onlyFocusMoved,
	prepareDisplay,
	reduceEdge,
	reduceNode
} from '../../../src/lib/core/view/reducers';
import { AMBIENT_EDGE, MUTED } from '../../../src/lib/core/view/palette';
import { makeGraph } from './fixture';

describe('query/filter', () => {
	const g = makeGraph();
	it('keeps every node without filters', () => {
		expect(computeVisible(g, {}).size).toBe(10);
	});
	it('filters by kind', () => {
		expect([...computeVisible(g, { kinds: ['quote', 'event'] })].sort()).toEqual([
			'e1',
			'e2',
			'q1',
			'q2',
			'q3'
		]);
	});
	it('keeps what happened in a time window, and undated nodes linked to a visible quote', () => {
		// 2016: q1, q2, e1; law adopted 2016-11-07; cA, cB linked to q1/q2; d1 linked to q1/q2. Not q3, e2, cC.
		expect([...computeVisible(g, { from: '2016', to: '2016' })].sort()).toEqual([
			'cA',
			'cB',
			'd1',
			'e1',
			'law',
			'q1',
			'q2'
		]);
		// A range that touches the 2018-04-20..21 conference by its second day: the conference is
		// in it, its quote (dated 2018-04-20) is not, so nothing undated is kept either.
		expect([...computeVisible(g, { from: '2018-04-21', to: '2018-12' })].sort()).toEqual(['e2']);
		expect([...computeVisible(g, { from: '2018-04', to: '2018-12' })].sort()).toEqual([
			'cC',
			'd1',
			'e2',
			'q3'
		]);
	});
	it('restricts to the neighbourhood of a node', () => {
		expect([...neighbourhood(g, 'cA', 1)].sort()).toEqual(['cA', 'cB', 'q1']);
		expect([...computeVisible(g, { center: 'cA', depth: 2 })].sort()).toEqual([
			'cA',
			'cB',
			'd1',
			'e1',
			'q1',
			'q2'
		]);
	});
	it('counts the edges whose two ends are visible', () => {
		expect(countVisibleEdges(g, new Set(['q1', 'q2', 'e1']))).toBe(3);
	});
});

describe('query/paths', () => {
	const g = makeGraph();
	it('finds all shortest paths of equal length, without stepping on documents or dates', () => {
		// cA → q1 → e1 ... no: cA–q1–cB is length 2; cA–cB (co_occurs) is length 1.
		expect(shortestPaths(g, 'cA', 'cB').map((p) => p.nodes)).toEqual([['cA', 'cB']]);
		// cA to cC: cA–q1–d1–q3–cC would use the document; without it there is no path... so documents are allowed as a fallback.
		const paths = shortestPaths(g, 'cA', 'cC').map((p) => p.nodes);
		expect(paths).toEqual([['cA', 'q1', 'd1', 'cC']]);
		expect(shortestPaths(g, 'cA', 'cC', { avoidKinds: ['document'] })).toEqual([]);
		// Two paths of length 2 from q1 to q2: via e1 and via cB (and the direct overlaps edge makes it 1).
		expect(shortestPaths(g, 'q1', 'q2').map((p) => p.nodes)).toEqual([['q1', 'q2']]);
		expect(shortestPaths(g, 'q1', 'q2', { avoidEdges: ['overlaps'] }).map((p) => p.nodes)).toEqual([
			['q1', 'cB', 'q2'],
			['q1', 'e1', 'q2']
		]);
	});
	it('gives the quotations behind each step', () => {
		expect(evidenceOf(g, 'co_occurs|cA|cB')).toEqual(['q1']);
		expect(evidenceOf(g, 'said_at|q2|e1')).toEqual(['q2']);
		expect(evidenceOf(g, 'mentions|d1|law')).toEqual([]);
		expect(quotesLinking(g, ['cA', 'cB'])).toEqual(['q1']);
		expect(quotesLinking(g, ['cB'])).toEqual(['q1', 'q2']);
	});
});

describe('query/timeline', () => {
	const g = makeGraph();
	it('bins quotations per year over the years of quotes and occasions', () => {
		expect(yearRange(g)).toEqual([2016, 2018]);
		expect(histogram(g, g.nodes(), [2016, 2018]).map((b) => [b.key, b.count])).toEqual([
			['2016', 2],
			['2017', 0],
			['2018', 1]
		]);
		expect(
			histogram(g, g.nodes(), [2016, 2016], 'month').find((b) => b.key === '2016-04')?.count
		).toBe(2);
	});
	it('marks occasions and law dates in date order', () => {
		expect(timeMarks(g, g.nodes()).map((m) => `${m.date} ${m.kind}`)).toEqual([
			'2016-04-19 event',
			'2016-11-07 adopted',
			'2017-06-01 effective',
			'2018-04-20 event'
		]);
	});
});

describe('query/trace', () => {
	const g = makeGraph();
	it('diffs wording character by character', () => {
		expect(diffWording('网络安全为人民。', '网络安全为人民，网络安全靠人民。')).toEqual([
			{ text: '网络安全为人民', op: 'same' },
			{ text: '，网络安全靠人民', op: 'added' },
			{ text: '。', op: 'same' }
		]);
		expect(diffWording('甲乙丙', '甲丁丙')).toEqual([
			{ text: '甲', op: 'same' },
			{ text: '乙', op: 'removed' },
			{ text: '丁', op: 'added' },
			{ text: '丙', op: 'same' }
		]);
	});
	it('lists a concept’s quotations in date order, first marked, with the wording change in a family', () => {
		const entries = traceNode(g, 'cB');
		expect(entries.map((e) => [e.quote, e.date, e.first, e.occasions])).toEqual([
			['q1', '2016-04-19', true, ['e1']],
			['q2', '2016-04-19', true, ['e1']]
		]);
		expect(entries[1].previous).toBe('q1');
		expect(entries[1].diff?.some((p) => p.op === 'removed' && p.text === '，网络安全靠人民')).toBe(
			true
		);
	});
});

describe('query/search', () => {
	const g = makeGraph();
	const index = new SearchIndex(searchDocsFromGraph(g), (k) => g.getNodeAttribute(k, 'label'));
	it('finds a query inside a term (bigrams, AND)', () => {
		expect(index.search('信息基础设施')[0].key).toBe('cB');
		expect(index.search('基础设施关键').map((h) => h.key)).not.toContain('cB');
	});
	it('finds by pinyin initials and full pinyin, alias and English gloss', () => {
		expect(index.search('wlqg')[0].key).toBe('cA');
		expect(index.search('guojiaan')[0].key).toBe('cC');
		expect(index.search('网安法')[0].key).toBe('law');
		expect(index.search('critical')[0].key).toBe('cB');
	});
	it('ranks an exact label first and finds quotation text', () => {
		expect(index.search('国家安全')[0].key).toBe('cC');
		expect(index.search('国家安全').map((h) => h.key)).toContain('q3');
	});
	it('applies a traditional → simplified converter to the query', () => {
		const toSimplified = (s: string) => s.replace('關鍵', '关键').replace('資訊', '信息');
		expect(index.search('關鍵資訊', 5, toSimplified)[0].key).toBe('cB');
	});
});

describe('query/details', () => {
	const g = makeGraph();
	it('sorts a node’s quotations by date and marks the first', () => {
		expect(quotesOf(g, 'd1').map((q) => [q.node, q.first])).toEqual([
			['q1', true],
			['q2', true],
			['q3', false]
		]);
	});
	it('splits text into plain runs and mention spans', () => {
		expect(splitBySpans('没有网络安全就没有国家安全', [[9, 13, 'cC']])).toEqual([
			{ text: '没有网络安全就没有' },
			{ text: '国家安全', key: 'cC' }
		]);
	});
});

describe('view/url', () => {
	it('round-trips a view and leaves defaults out', () => {
		const view = parseView(
			new URLSearchParams(
				'node=cA&q=网络&kinds=quote,concept&from=2016&to=2018-04&path=cA,cB&lang=en&depth=2&layout=time&tab=trace'
			)
		);
		expect(view).toEqual({
			node: 'cA',
			q: '网络',
			kinds: ['quote', 'concept'],
			from: '2016',
			to: '2018-04',
			path: ['cA', 'cB'],
			lang: 'en',
			depth: 2,
			layout: 'time',
			tab: 'trace'
		});
		expect(parseView(new URLSearchParams(serializeView(view)))).toEqual(view);
		expect(serializeView({ lang: 'zh' })).toBe('');
	});
	it('ignores unknown and malformed values', () => {
		const view = parseView(
			new URLSearchParams(
				'node=x&kinds=bogus,,quote&from=2016-13&to=2015&path=a&step=-3&depth=9&lang=fr&story=../etc'
			),
			(k) => k !== 'x'
		);
		// from=2016-13 is not a date and is dropped; to=2015 alone is a valid window.
		expect(view).toEqual({ lang: 'zh', kinds: ['quote'], to: '2015' });
		expect(parseView(new URLSearchParams('from=2018&to=2016'))).toEqual({
			lang: 'zh',
			from: '2018'
		});
	});
});

describe('view/reducers', () => {
	const g = makeGraph();
	const base = {
		visible: new Set(g.nodes()),
		colorBy: 'kind' as const,
		sizeBy: 'pagerank' as const,
		ambientEdgeKinds: new Set(['said_at', 'mentions'])
	};
	it('highlights the hovered node and its neighbours, mutes the rest', () => {
		const display = prepareDisplay(g, { ...base, hovered: 'cA' });
		expect(reduceNode('cA', g.getNodeAttributes('cA'), display)).toMatchObject({
			highlighted: true,
			forceLabel: true
		});
		expect(reduceNode('q1', g.getNodeAttributes('q1'), display).color).not.toBe(MUTED);
		expect(reduceNode('q3', g.getNodeAttributes('q3'), display)).toMatchObject({
			color: MUTED,
			label: ''
		});
		expect(
			reduceEdge('mentions|q1|cA', g.getEdgeAttributes('mentions|q1|cA'), 'q1', 'cA', display)
				.hidden
		).toBeUndefined();
		expect(
			reduceEdge('said_at|q3|e2', g.getEdgeAttributes('said_at|q3|e2'), 'q3', 'e2', display).hidden
		).toBe(true);
	});
	it('hides filtered nodes and their edges; draws only ambient edge kinds at rest', () => {
		const display = prepareDisplay(g, { ...base, visible: new Set(['q1', 'cA', 'cB']) });
		expect(reduceNode('q3', g.getNodeAttributes('q3'), display).hidden).toBe(true);
		expect(reduceEdge('said_at|q1|e1', {}, 'q1', 'e1', display).hidden).toBe(true);
		expect(reduceEdge('co_occurs|cA|cB', { kind: 'co_occurs' }, 'cA', 'cB', display).hidden).toBe(
			true
		);
		expect(
			reduceEdge('mentions|q1|cA', { kind: 'mentions' }, 'q1', 'cA', display).hidden
		).toBeUndefined();
	});
	it('with a light focus, marks the focus and its links and leaves the rest as it was', () => {
		const light = { ...base, lightFocus: true };
		const rest = prepareDisplay(g, light);
		const display = prepareDisplay(g, { ...light, hovered: 'cA' });
		const unfocused = (n: string) => reduceNode(n, g.getNodeAttributes(n), rest);
		const focused = (n: string) => reduceNode(n, g.getNodeAttributes(n), display);
		// cA is ringed and labelled; its size and stacking order are those it has at rest.
		expect(focused('cA')).toMatchObject({ highlighted: true, forceLabel: true });
		expect(focused('cA').size).toBe(unfocused('cA').size);
		expect(focused('cA').zIndex).toBe(unfocused('cA').zIndex);
		// Its neighbours (q1 mentions it, cB co-occurs with it) are labelled, in their own colours.
		expect(focused('q1')).toMatchObject({ forceLabel: true, color: unfocused('q1').color });
		expect(focused('cB').color).not.toBe(MUTED);
		// Everything else is exactly as at rest: nothing is muted.
		expect(focused('q3')).toEqual(unfocused('q3'));
		expect(focused('e2')).toEqual(unfocused('e2'));
		const edge = (key: string, source: string, target: string, d = display) =>
			reduceEdge(key, g.getEdgeAttributes(key), source, target, d);
		expect(edge('mentions|q1|cA', 'q1', 'cA')).toEqual({ color: '#555', size: 1.5 });
		// co_occurs is not drawn at rest; the focus's own co_occurs link is.
		expect(edge('co_occurs|cA|cB', 'cA', 'cB', rest).hidden).toBe(true);
		expect(edge('co_occurs|cA|cB', 'cA', 'cB')).toEqual({ color: '#555', size: 1 });
		expect(edge('said_at|q3|e2', 'q3', 'e2')).toEqual({ color: AMBIENT_EDGE, size: 0.6 });
	});
	it('says what a moved light focus changes: both neighbourhoods and the edges of both foci', () => {
		const light = { ...base, lightFocus: true };
		const rest = prepareDisplay(g, light);
		const onA = prepareDisplay(g, { ...light, hovered: 'cA' });
		const onQ3 = prepareDisplay(g, { ...light, selected: 'q3' });
		const sorted = (area: { nodes: string[]; edges: string[] }) => ({
			nodes: [...area.nodes].sort(),
			edges: [...area.edges].sort()
		});
		expect(sorted(focusArea(g, rest, onA))).toEqual({
			nodes: ['cA', 'cB', 'q1'],
			edges: ['co_occurs|cA|cB', 'mentions|q1|cA']
		});
		expect(sorted(focusArea(g, onA, onQ3))).toEqual({
			nodes: ['cA', 'cB', 'cC', 'd1', 'e2', 'q1', 'q3'],
			edges: [
				'appears_in|q3|d1',
				'co_occurs|cA|cB',
				'mentions|q1|cA',
				'mentions|q3|cC',
				'said_at|q3|e2'
			]
		});
		// Only a moved focus qualifies; sets rebuilt with the same members count as unchanged.
		const same = { ...light, visible: new Set(g.nodes()), hovered: 'cA' };
		expect(onlyFocusMoved(light, same)).toBe(true);
		expect(onlyFocusMoved(light, { ...same, visible: new Set(['cA']) })).toBe(false);
		expect(onlyFocusMoved(light, { ...same, colorBy: 'community' })).toBe(false);
		expect(onlyFocusMoved(base, { ...base, hovered: 'cA' })).toBe(false);
	});
	it('shows English glosses beside Chinese labels in English mode', () => {
		const display = prepareDisplay(g, { ...base, english: true });
		expect(reduceNode('cA', g.getNodeAttributes('cA'), display).label).toBe(
			'网络强国 · cyber power'
		);
	});
});
