/**
 * Issue 6 in the browser: the timeline narrows the graph and plays through the years, tracing
 * a concept lists its quotations earliest first, a path between two concepts shows both ends,
 * the steps and their quotations, and the URL reproduces each view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, visibleCounts, waitForGraph, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => site?.close());

describe('timeline', () => {
	it('is a region named 时间线 whose time window narrows the visible counts, kept in the URL', async () => {
		const { page, errors } = await openPage(site);
		const timeline = page.getByRole('region', { name: '时间线' });
		await expect(timeline.isVisible()).resolves.toBe(true);
		const all = await visibleCounts(page);
		await timeline.getByRole('combobox', { name: '起' }).selectOption('2016');
		await timeline.getByRole('combobox', { name: '止' }).selectOption('2016');
		await page.waitForURL(/from=2016&to=2016/);
		const window2016 = await visibleCounts(page);
		expect(window2016.nodes).toBeLessThan(all.nodes);
		expect(window2016.edges).toBeLessThan(all.edges);
		await page.reload();
		await waitForGraph(page);
		expect(await visibleCounts(page)).toEqual(window2016);
		await page.screenshot({ path: 'tests/output/timeline-2016.png' });
		await timeline.getByRole('button', { name: '清除时间范围' }).click();
		await page.waitForURL((url) => !url.search.includes('from='));
		expect((await visibleCounts(page)).nodes).toBe(all.nodes);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('brushing over the bars sets the window', async () => {
		const { page } = await openPage(site);
		const svg = page.getByRole('region', { name: '时间线' }).locator('svg');
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		await page.waitForURL(/from=\d{4}&to=\d{4}/);
		const params = new URL(page.url()).searchParams;
		expect(Number(params.get('to'))).toBeGreaterThan(Number(params.get('from')));
		await page.close();
	});

	it('plays through the years, growing the graph, and stops at the end', async () => {
		const { page } = await openPage(site);
		const timeline = page.getByRole('region', { name: '时间线' });
		await timeline.getByRole('combobox', { name: '速度' }).selectOption('4');
		await timeline.getByRole('button', { name: /播放/ }).click();
		await page.waitForURL(/to=2014/, { timeout: 10_000 });
		const early = await visibleCounts(page);
		await page.waitForURL(/to=2018/, { timeout: 10_000 });
		const later = await visibleCounts(page);
		expect(later.nodes).toBeGreaterThan(early.nodes);
		// It stops by itself after the last year and the button reads 播放 again.
		await page.waitForURL(/to=2025/, { timeout: 15_000 });
		await timeline.getByRole('button', { name: /播放/ }).waitFor({ timeout: 5_000 });
		const last = page.url();
		await page.waitForTimeout(800);
		expect(page.url()).toBe(last);
		await page.close();
	});
});

describe('tracing and paths', () => {
	it('traces 关键信息基础设施: its quotations in date order, the earliest marked first', async () => {
		const { page, errors } = await openPage(
			site,
			'?node=concept%3Acritical-information-infrastructure&tab=trace'
		);
		const trace = page.getByRole('region', { name: /追踪“关键信息基础设施”/ });
		await trace.waitFor();
		const dates = await trace
			.locator('li[data-date]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-date')));
		expect(dates.length).toBeGreaterThanOrEqual(3);
		expect([...dates].sort()).toEqual(dates);
		const first = trace.locator('li[data-date]').first();
		await expect(first.textContent()).resolves.toContain('最早');
		await expect(first.textContent()).resolves.toContain('2016-04-19');
		await page.screenshot({ path: 'tests/output/trace.png' });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('connects two concepts chosen from the panel, showing both ends, the steps and their quotations', async () => {
		const { page, errors } = await openPage(
			site,
			'?node=concept%3Acritical-information-infrastructure'
		);
		const details = page.getByRole('complementary');
		await details.getByRole('button', { name: '以此为路径起点' }).click();
		await page.getByRole('searchbox').fill('网络强国');
		await page.getByRole('option').first().click();
		await page.waitForURL(/node=concept%3Acyber-power/);
		await page
			.getByRole('complementary')
			.getByRole('button', { name: /连接“关键信息基础设施”与此节点/ })
			.click();
		await page.waitForURL(
			/path=concept%3Acritical-information-infrastructure%2Cconcept%3Acyber-power/
		);
		const path = page.getByRole('region', { name: /路径：关键信息基础设施 → 网络强国/ });
		await path.waitFor();
		const text = (await path.textContent()) ?? '';
		expect(text).toMatch(/\d 步/);
		expect(text).toContain('关键信息基础设施');
		expect(text).toContain('网络强国');
		// Every step lists the quotation behind it, with its date.
		expect(await path.locator('.evidence li').count()).toBeGreaterThan(0);
		expect(text).toMatch(/20\d\d-\d\d-\d\d/);
		await page.screenshot({ path: 'tests/output/path.png' });
		// The URL alone reproduces the path view.
		const fresh = await openPage(
			site,
			`?path=${encodeURIComponent('concept:critical-information-infrastructure,concept:cyber-power')}`
		);
		await expect(
			fresh.page.getByRole('region', { name: /路径：关键信息基础设施 → 网络强国/ }).textContent()
		).resolves.toBe(text);
		expect(errors).toEqual([]);
		await fresh.page.close();
		await page.close();
	});

	it('switches to the time layout and back, kept in the URL', async () => {
		const { page } = await openPage(site);
		const before = await page.evaluate(
			() =>
				(window as any).__lunshu.renderer
					.getGraph()
					.getNodeAttributes('event:2013-08-19-propaganda-work-conference').x
		);
		await page.getByRole('button', { name: '时间布局' }).click();
		await page.waitForURL(/layout=time/);
		await page.waitForTimeout(1200);
		const attributes = await page.evaluate(() =>
			(window as any).__lunshu.renderer
				.getGraph()
				.getNodeAttributes('event:2013-08-19-propaganda-work-conference')
		);
		expect(attributes.x).toBeCloseTo(attributes.tx, 3);
		expect(attributes.x).not.toBeCloseTo(before, 3);
		await page.getByRole('button', { name: '关系布局' }).click();
		await page.waitForTimeout(1200);
		expect(
			await page.evaluate(
				() =>
					(window as any).__lunshu.renderer
						.getGraph()
						.getNodeAttributes('event:2013-08-19-propaganda-work-conference').x
			)
		).toBeCloseTo(before, 3);
		await page.close();
	});

	it('answers "what links these?" for several concepts with the quotations mentioning all of them', async () => {
		const { page, errors } = await openPage(
			site,
			'?node=concept%3Acritical-information-infrastructure'
		);
		await page.getByRole('complementary').getByRole('button', { name: '加入比较' }).click();
		await page.waitForURL(/with=concept%3Acritical-information-infrastructure/);
		await page.getByRole('searchbox').fill('网络安全观');
		await page
			.getByRole('option')
			.filter({ has: page.locator('.label', { hasText: /^网络安全观$/ }) })
			.first()
			.click();
		await page.getByRole('complementary').getByRole('button', { name: '加入比较' }).click();
		await page.waitForURL(
			/with=concept%3Acritical-information-infrastructure%2Cconcept%3Acybersecurity-outlook/
		);
		const compare = page.getByRole('region', { name: '共同提及的论述' });
		const items = compare.locator('ol > li');
		expect(await items.count()).toBeGreaterThanOrEqual(1);
		// Every listed quotation mentions both concepts (or one of their aliases).
		const texts = await items.locator('.quote-button').allTextContents();
		for (const text of texts) {
			expect(text).toMatch(/关键信息基础设施/);
			expect(text).toMatch(/网络安全观/);
		}
		// The URL alone reproduces the comparison.
		const fresh = await openPage(site, new URL(page.url()).search);
		await expect(
			fresh.page.getByRole('region', { name: '共同提及的论述' }).locator('ol > li').count()
		).resolves.toBe(texts.length);
		expect(errors).toEqual([]);
		await fresh.page.close();
		await page.close();
	});
});
