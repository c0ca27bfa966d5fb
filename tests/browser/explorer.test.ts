/**
 * The built explorer in Debian chromium: it draws the corpus graph without console errors or
 * requests to other hosts, opens details on click, follows ?node= deep links and history,
 * filters by kind, searches Chinese and pinyin.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	nodePosition,
	openPage,
	openSite,
	visibleCounts,
	waitForGraph,
	type Site
} from '../helpers/site';

let site: Site;

beforeAll(async () => {
	site = await openSite();
	mkdirSync('tests/output', { recursive: true });
});
afterAll(async () => site?.close());

describe('the explorer', () => {
	it('draws the whole graph with no console error and no request to another host, and writes a screenshot', async () => {
		const { page, errors, foreignRequests } = await openPage(site);
		const counts = await visibleCounts(page);
		expect(counts.nodes).toBeGreaterThan(300);
		expect(counts.edges).toBeGreaterThan(1000);
		// Labels are drawn on sigma's 2D label layer: count the pixels it painted.
		const painted = await page.evaluate(() => {
			const renderer = (window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer;
			const canvas = renderer.getCanvases().labels as HTMLCanvasElement;
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let count = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
			return count;
		});
		expect(painted).toBeGreaterThan(2000);
		await page.screenshot({ path: 'tests/output/explorer.png' });
		expect(errors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		// The legend's code loads beside the canvas's: it appears once that has arrived.
		await page.getByRole('heading', { name: '图例' }).waitFor({ state: 'visible' });
		await page.close();
	});

	it('reads graph.json once, and loads the traditional → simplified tables only when search is first used', async () => {
		const page = await site.browser.newPage();
		const graphRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('/data/graph.json')) graphRequests.push(request.url());
		});
		// Every script the page loads, and whether it carries OpenCC's tables (its trie loader).
		const scripts: Promise<{ url: string; converter: boolean }>[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.js'))
				scripts.push(
					response
						.text()
						.then((body) => ({ url: response.url(), converter: body.includes('loadDictGroup') }))
				);
		});
		await page.goto(`${site.server.url}/`);
		await waitForGraph(page);
		await page.waitForLoadState('networkidle');
		expect(graphRequests).toHaveLength(1);
		const atLoad = await Promise.all(scripts);
		expect(atLoad.length).toBeGreaterThan(3);
		expect(atLoad.filter((s) => s.converter)).toEqual([]);

		await page.getByRole('searchbox').fill('網絡安全法');
		await expect(
			page.getByRole('option').filter({ hasText: '网络安全法' }).first().textContent()
		).resolves.toContain('网络安全法');
		expect((await Promise.all(scripts)).filter((s) => s.converter)).toHaveLength(1);
		expect(graphRequests).toHaveLength(1);
		await page.close();
	});

	it('opens the details landmark of a node clicked on the canvas', async () => {
		const { page, errors } = await openPage(site);
		// The largest node is never hidden under another one.
		const target = await page.evaluate(() => {
			const graph = (
				window as unknown as { __lunshu: { renderer: any } }
			).__lunshu.renderer.getGraph();
			let best = '';
			let size = 0;
			graph.forEachNode((key: string, a: { size: number }) => {
				if (a.size > size) [best, size] = [key, a.size];
			});
			return { key: best, label: graph.getNodeAttribute(best, 'label') as string };
		});
		const { x, y } = await nodePosition(page, target.key);
		await page.mouse.move(x, y);
		await page.mouse.click(x, y);
		const panel = page.getByRole('complementary');
		await panel.waitFor();
		await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
			target.label
		);
		expect(new URL(page.url()).searchParams.get('node')).toBe(target.key);
		await page.screenshot({ path: 'tests/output/explorer-details.png' });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens a deep-linked quote with its full text, date, occasion and every appearance', async () => {
		const key = await (async () => {
			const probe = await openPage(site);
			const found = await probe.page.evaluate(() => {
				const graph = (
					window as unknown as { __lunshu: { renderer: any } }
				).__lunshu.renderer.getGraph();
				return graph.findNode(
					(_k: string, a: any) =>
						a.kind === 'quote' &&
						a.text.startsWith('网络空间是亿万民众共同的精神家园') &&
						a.appearances.length === 1 &&
						a.text.includes('没有哪个国家')
				);
			});
			await probe.page.close();
			return found as string;
		})();
		const { page, errors } = await openPage(site, `?node=${encodeURIComponent(key)}`);
		const panel = page.getByRole('complementary');
		await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
			/^网络空间是亿万民众/
		);
		const text = (await panel.textContent()) ?? '';
		expect(text).toContain('没有哪个国家会允许这样的行为泛滥开来');
		expect(text).toContain('2016-04-19');
		expect(text).toContain('网络安全和信息化工作座谈会');
		expect(text).toContain('compilation-cyber-informatization-excerpts.txt:57');
		expect(text).toContain('《在网络安全和信息化工作座谈会上的讲话》（2016年4月19日）');
		expect(text).toContain('196');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps the selection in the URL: reload and back/forward restore it', async () => {
		const { page } = await openPage(site, '?node=event%3A2016-04-19-cyber-symposium');
		const heading = () =>
			page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent();
		await expect(heading()).resolves.toBe('网络安全和信息化工作座谈会');
		await page
			.getByRole('complementary')
			.getByRole('button', { name: '2016-04-19', exact: true })
			.first()
			.click();
		await page.waitForURL(/node=date%3A2016-04-19/);
		await expect(heading()).resolves.toBe('2016-04-19');
		await page.goBack();
		await page.waitForURL(/node=event%3A2016-04-19-cyber-symposium/);
		await expect(heading()).resolves.toBe('网络安全和信息化工作座谈会');
		await page.goForward();
		await expect(heading()).resolves.toBe('2016-04-19');
		await page.reload();
		await waitForGraph(page);
		await expect(heading()).resolves.toBe('2016-04-19');
		await page.close();
	});

	it('hides a kind from the legend, updates the status counts and the URL', async () => {
		const { page } = await openPage(site);
		const before = await visibleCounts(page);
		await page.getByRole('button', { name: /^概念/ }).click();
		await page.waitForURL(/kinds=/);
		const after = await visibleCounts(page);
		expect(after.nodes).toBeLessThan(before.nodes);
		expect(new URL(page.url()).searchParams.get('kinds')).not.toContain('concept');
		await page.reload();
		await waitForGraph(page);
		expect((await visibleCounts(page)).nodes).toBe(after.nodes);
		await page.close();
	});

	it('searches inside Chinese terms and by pinyin initials, and selects with the keyboard', async () => {
		const { page } = await openPage(site);
		const box = page.getByRole('searchbox');
		await box.fill('信息基础设施');
		await expect(
			page.getByRole('option').filter({ hasText: '关键信息基础设施' }).first().isVisible()
		).resolves.toBe(true);
		await box.fill('');
		await box.pressSequentially('wlqg');
		const first = page.getByRole('option').first();
		await expect(first.textContent()).resolves.toContain('网络强国');
		await box.press('Enter');
		await page.waitForURL(/node=concept/);
		await expect(
			page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent()
		).resolves.toBe('网络强国');
		await page.close();
	});

	it('ignores malformed URL parameters', async () => {
		const { page, errors } = await openPage(
			site,
			'?node=nope&kinds=bogus,,&from=2016-13-99&to=x&lang=fr&step=-4&path=a'
		);
		expect((await visibleCounts(page)).nodes).toBeGreaterThan(300);
		expect(errors).toEqual([]);
		await page.close();
	});
});
