/**
 * Issue 5 in the browser, on the real corpus: search in every form (infix, pinyin, traditional,
 * alias, English gloss), an edge's evidence, the quote panel's clickable mentions, filters by
 * document, community and neighbourhood, label density, the sortable list view, both languages,
 * copy link, and every export (the GEXF re-imports into graphology with the same node count).
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, visibleCounts, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => site?.close());

const heading = (page: import('playwright-core').Page) =>
	page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent();

describe('search', () => {
	it.each([
		['信息基础设施', '关键信息基础设施', 'infix'],
		['關鍵資訊基礎設施', '关键信息基础设施', 'traditional characters'],
		['gjxxjcss', '关键信息基础设施', 'pinyin initials'],
		['wangluoqiangguo', '网络强国', 'full pinyin'],
		['网安法', '网络安全法', 'short name'],
		['critical information infrastructure', '关键信息基础设施', 'English gloss']
	])('%s finds %s (%s)', async (query, expected) => {
		const { page } = await openPage(site);
		const box = page.getByRole('searchbox');
		await box.click();
		await box.fill(query);
		const option = page.getByRole('option').filter({ hasText: expected }).first();
		await option.waitFor({ timeout: 5000 });
		await option.click();
		await expect(heading(page)).resolves.toBe(expected);
		expect(new URL(page.url()).searchParams.get('q')).toBe(query);
		await page.close();
	});
});

describe('evidence', () => {
	it('shows the quotations behind a link between two concepts', async () => {
		const { page, errors } = await openPage(
			site,
			'?node=concept%3Acritical-information-infrastructure'
		);
		const panel = page.getByRole('complementary');
		await panel.getByRole('button', { name: '证据: 网络安全保障体系' }).first().click();
		await page.waitForURL(/edge=co_occurs/);
		const edge = page.getByRole('region', { name: '连线证据' });
		await edge.waitFor();
		const text = (await edge.textContent()) ?? '';
		expect(text).toContain('关键信息基础设施');
		expect(text).toContain('网络安全保障体系');
		expect(text).toContain('共现次数');
		expect(text).toContain('强化关键信息基础设施防护');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('highlights the concepts a quote mentions, each clickable', async () => {
		const { page } = await openPage(site, '?node=concept%3Acritical-information-infrastructure');
		await page
			.getByRole('complementary')
			.getByRole('button', { name: /^要筑牢网络安全防线/ })
			.click();
		const mention = page
			.getByRole('complementary')
			.locator('.mention', { hasText: '关键信息基础设施' })
			.first();
		await mention.click();
		await expect(heading(page)).resolves.toBe('关键信息基础设施');
		await page.close();
	});
});

describe('seeing the graph', () => {
	it('filters by document, by community and to the neighbourhood of the selection', async () => {
		const { page } = await openPage(site);
		const all = (await visibleCounts(page)).nodes;
		await page
			.getByRole('combobox', { name: '文献' })
			.selectOption({ label: '在2023年国家网络安全宣传…' });
		await page.waitForURL(/doc=/);
		const oneDoc = (await visibleCounts(page)).nodes;
		expect(oneDoc).toBeLessThan(all);
		await page.getByRole('combobox', { name: '文献' }).selectOption('');
		await page.getByRole('combobox', { name: '社群' }).selectOption({ index: 1 });
		await page.waitForURL(/community=/);
		expect((await visibleCounts(page)).nodes).toBeLessThan(all);
		await page.goto(`${site.server.url}/?node=concept%3Acyber-power`);
		await page.getByRole('combobox', { name: '只看邻域' }).selectOption('1');
		await page.waitForURL(/depth=1/);
		const degree = await page.evaluate(
			() => (window as any).__lunshu.renderer.getGraph().neighbors('concept:cyber-power').length
		);
		expect((await visibleCounts(page)).nodes).toBe(degree + 1);
		await page.close();
	});

	it('changes label density, colour and size through the URL', async () => {
		const { page, errors } = await openPage(site, '?labels=5&color=community&size=degree');
		expect(
			await page.evaluate(() => (window as any).__lunshu.renderer.getSetting('labelDensity'))
		).toBe(1.6);
		await page.getByRole('slider', { name: '标签密度' }).fill('1');
		await page.waitForURL(/labels=1/);
		expect(
			await page.evaluate(() => (window as any).__lunshu.renderer.getSetting('labelDensity'))
		).toBe(0.12);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lists what is visible in a sortable table', async () => {
		const { page } = await openPage(site, '?kinds=law');
		await page.getByRole('button', { name: '列表' }).click();
		await page.waitForURL(/list=1/);
		const table = page.getByRole('table');
		await expect(table.getByRole('caption').textContent()).resolves.toBe(
			`当前可见的 ${(await visibleCounts(page)).nodes} 个节点`
		);
		const nameHeader = table.getByRole('columnheader', { name: /名称/ });
		await nameHeader.getByRole('button').click();
		await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
		const names = await table.locator('tbody tr td:first-child').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh')));
		await table.getByRole('button', { name: '网络安全法', exact: true }).click();
		await expect(heading(page)).resolves.toBe('网络安全法');
		await page.close();
	});

	it('switches the interface to English with glosses beside the Chinese labels', async () => {
		const { page } = await openPage(site);
		await page.getByRole('button', { name: 'English' }).click();
		await page.waitForURL(/lang=en/);
		await page.getByRole('heading', { name: 'Legend' }).waitFor();
		await page.getByRole('region', { name: 'Timeline' }).waitFor();
		const label = await page.evaluate(() => {
			const renderer = (window as any).__lunshu.renderer;
			return renderer.getSetting('nodeReducer')(
				'concept:cyber-power',
				renderer.getGraph().getNodeAttributes('concept:cyber-power')
			).label;
		});
		expect(label).toBe('网络强国 · cyber power');
		await page.getByRole('button', { name: '中文' }).click();
		await page.getByRole('heading', { name: '图例' }).waitFor();
		await page.close();
	});

	it('copies a link that reproduces the view', async () => {
		const context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: site.server.url
		});
		const page = await context.newPage();
		await page.goto(`${site.server.url}/?node=concept%3Acyber-power&kinds=concept,quote&from=2016`);
		await page.getByRole('button', { name: '复制链接' }).click();
		await page.getByRole('button', { name: '已复制' }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const params = new URL(copied).searchParams;
		expect(params.get('node')).toBe('concept:cyber-power');
		expect(params.get('kinds')).toBe('concept,quote');
		expect(params.get('from')).toBe('2016');
		await context.close();
	});
});

describe('exports of the current view', () => {
	it('writes GEXF (re-imports with the same node count), GraphML, CSV of the quotes, and PNG', async () => {
		const { page } = await openPage(site, '?kinds=quote,event,concept');
		const visible = (await visibleCounts(page)).nodes;
		const save = async (name: RegExp) => {
			await page.getByRole('button', { name: '导出' }).click();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name }).click()
			]);
			return readFileSync((await download.path())!);
		};
		const gexf = (await save(/GEXF/)).toString('utf8');
		const reimported = parseGexf(Graph, gexf);
		expect(reimported.order).toBe(visible);
		expect(reimported.getNodeAttribute('concept:cyber-power', 'label')).toBe('网络强国');
		const graphml = (await save(/GraphML/)).toString('utf8');
		expect((graphml.match(/<node id=/g) ?? []).length).toBe(visible);
		const csv = (await save(/CSV/)).toString('utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const appearances = await page.evaluate(() => {
			const g = (window as any).__lunshu.renderer.getGraph();
			let n = 0;
			g.forEachNode((_k: string, a: any) => (n += a.kind === 'quote' ? a.appearances.length : 0));
			return n;
		});
		expect(csv.trim().split('\r\n')).toHaveLength(appearances + 1);
		expect(csv).toContain('"compilation-cyber-informatization-excerpts.txt","57"');
		const png = await save(/^PNG$/);
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		await page.close();
	});
});
