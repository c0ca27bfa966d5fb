/**
 * Issue 7 in the browser: a story presented with the keyboard (the URL's step follows, Escape
 * leaves, B blanks), a presenter window kept in sync over BroadcastChannel, and a handout
 * listing the story's quotations with citations. Screenshots at 1920×1080 go to tests/output.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, waitForGraph, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => site?.close());

const step = (url: string) => new URL(url).searchParams.get('step');

describe('presentation mode', () => {
	it('steps through a story with the keyboard, the URL following, and leaves with Escape', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${site.server.url}/?story=cybersecurity-outlook&step=1`);
		await waitForGraph(page);
		const caption = page.getByRole('region', { name: '树立正确的网络安全观' });
		await caption.waitFor();
		await expect(page.getByText('第 1 / 6 步').isVisible()).resolves.toBe(true);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL((url) => step(url.href) === '2');
		await page.getByRole('heading', { name: '整体的，而不是割裂的' }).waitFor();
		await page.waitForTimeout(1800);
		await page.screenshot({ path: 'tests/output/story-step-2.png' });
		await page.keyboard.press('PageDown');
		await page.waitForURL((url) => step(url.href) === '3');
		await page.keyboard.press('Space');
		await page.waitForURL((url) => step(url.href) === '4');
		await page.keyboard.press('PageUp');
		await page.waitForURL((url) => step(url.href) === '3');
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL((url) => step(url.href) === '2');
		// Projector legibility: the caption text is at least 24 px, labels are drawn at 26 px.
		const captionSize = await page
			.locator('.caption .text')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(captionSize).toBeGreaterThanOrEqual(24);
		expect(
			await page.evaluate(() => (window as any).__lunshu.renderer.getSetting('labelSize'))
		).toBeGreaterThanOrEqual(24);
		// B blanks the screen, any key brings it back.
		await page.keyboard.press('b');
		await expect(page.getByRole('button', { name: '黑屏' }).isVisible()).resolves.toBe(true);
		await page.keyboard.press('b');
		await expect(page.getByRole('button', { name: '黑屏' }).count()).resolves.toBe(0);
		await page.keyboard.press('Escape');
		await page.waitForURL((url) => !url.search.includes('story='));
		await page.getByRole('searchbox').waitFor();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens a reloaded step directly and frames a step of the legal-framework story', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
		await page.goto(`${site.server.url}/?story=legal-framework&step=4`);
		await waitForGraph(page);
		await page.getByRole('heading', { name: '数据安全法与个人信息保护法' }).waitFor();
		// The laws of the step end up on screen once the layout move and the camera have settled.
		await page.waitForFunction(
			() => {
				const renderer = (window as any).__lunshu.renderer;
				const { width, height } = renderer.getDimensions();
				return [
					'law:data-security-law',
					'law:personal-information-protection-law',
					'law:cybersecurity-law'
				].every((key) => {
					const a = renderer.getGraph().getNodeAttributes(key);
					const p = renderer.graphToViewport({ x: a.x, y: a.y });
					return p.x > 0 && p.x < width && p.y > 0 && p.y < height;
				});
			},
			undefined,
			{ timeout: 10_000 }
		);
		await page.waitForTimeout(800);
		await page.screenshot({ path: 'tests/output/story-legal-step-4.png' });
		await page.close();
	});

	it('keeps a presenter window in sync with the main window, both ways', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
		const main = await context.newPage();
		await main.goto(`${site.server.url}/?story=cybersecurity-for-the-people&step=1`);
		await waitForGraph(main);
		const presenter = await context.newPage();
		await presenter.goto(`${site.server.url}/presenter?story=cybersecurity-for-the-people&step=1`);
		await presenter
			.getByRole('heading', { name: '2014年：事关人民群众工作生活的重大战略问题' })
			.waitFor();
		await main.bringToFront();
		await main.keyboard.press('ArrowRight');
		await presenter.waitForURL((url) => step(url.href) === '2');
		await presenter
			.getByRole('heading', { name: '2016年：网络安全为人民，网络安全靠人民' })
			.waitFor();
		await expect(presenter.getByRole('status').textContent()).resolves.toBe('第 2 / 6 步');
		// The presenter can drive the main window too.
		await presenter.getByRole('button', { name: /下一步/ }).click();
		await main.waitForURL((url) => step(url.href) === '3');
		await presenter.getByRole('heading', { name: '2018年：提高人民群众网络安全意识' }).waitFor();
		// Next-step preview and notes.
		await expect(
			presenter.getByRole('region', { name: '下一步' }).textContent()
		).resolves.toContain('2019年');
		await context.close();
	});

	it('prints a handout with every quotation of the story and its citations', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1000, height: 1400 } });
		await page.goto(`${site.server.url}/handout?story=cybersecurity-outlook`);
		await page.getByRole('heading', { level: 1, name: '网络安全观的五个特点' }).waitFor();
		// Template whitespace between inline elements collapses to one space on screen.
		const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
		expect(await page.locator('blockquote').count()).toBeGreaterThanOrEqual(6);
		// The passages the story names, with document, occasion, date, page and source line.
		expect(text).toContain('树立正确的网络安全观。理念决定行动。');
		expect(text).toContain('网络安全是整体的而不是割裂的，是动态的而不是静态的');
		expect(text).toContain('2016-04-19，网络安全和信息化工作座谈会');
		expect(text).toContain('compilation-cyber-informatization-excerpts.txt:69');
		expect(text).toContain('页码 202-203');
		expect(text).toContain('《习近平总书记关于网络安全和信息化工作论述摘要》');
		expect(text).toContain('2018-04-20，全国网络安全和信息化工作会议（2018年）');
		await page.screenshot({ path: 'tests/output/handout.png' });
		await page.close();
	});

	it('composes a story from views: add steps, reorder, edit a caption, export YAML that the build accepts', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(`${site.server.url}/?node=concept%3Acyber-power`);
		await waitForGraph(page);
		const composer = page.getByRole('region', { name: /编排演示/ });
		await composer.getByRole('button', { name: /将当前视图加入草稿/ }).click();
		await page.goto(
			`${site.server.url}/?path=${encodeURIComponent('concept:critical-information-infrastructure,concept:cyber-power')}&from=2016`
		);
		await waitForGraph(page);
		await composer.getByRole('button', { name: /将当前视图加入草稿/ }).click();
		await composer.getByRole('textbox', { name: '2. 说明' }).fill('从关键信息基础设施到网络强国');
		await composer.getByRole('button', { name: '上移 2' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			composer.getByRole('button', { name: '导出 YAML' }).click()
		]);
		const yaml = readFileSync((await download.path())!, 'utf8');
		const { parseStory } = await import('../../src/lib/core/story/story');
		const graph = JSON.parse(readFileSync('build/data/graph.json', 'utf8'));
		const keys = new Set(graph.nodes.map((n: { key: string }) => n.key));
		const { story, problems } = parseStory('draft.yaml', 'my-story', yaml, (ref) =>
			keys.has(ref) ? ref : undefined
		);
		expect(problems).toEqual([]);
		expect(story.steps.map((s) => s.caption)).toEqual(['从关键信息基础设施到网络强国', '网络强国']);
		expect(story.steps[0].path).toEqual([
			'concept:critical-information-infrastructure',
			'concept:cyber-power'
		]);
		expect(story.steps[0].from).toBe('2016');
		expect(story.steps[1].focus).toEqual(['concept:cyber-power']);
		await page.close();
	});
});
