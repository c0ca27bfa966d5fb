/**
 * CONTRACT §4 v2: every page of the built site works from a plain static server. The site is
 * served here by python's http.server from inside build/, exactly as the README tells users,
 * and every route is opened with its query parameters, with and without the trailing slash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { waitForGraph } from '../helpers/site';

let python: ChildProcess;
let base: string;
let browser: Browser;

beforeAll(async () => {
	python = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], {
		cwd: 'build',
		stdio: ['ignore', 'pipe', 'pipe']
	});
	base = await new Promise<string>((resolve, reject) => {
		let out = '';
		python.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const port = /port (\d+)/.exec(out)?.[1];
			if (port) resolve(`http://127.0.0.1:${port}`);
		});
		python.on('exit', (code) => reject(new Error(`python3 -m http.server exited (${code})`)));
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	python?.kill();
});

describe("the built site under python's http.server", () => {
	it('opens the explorer with a selected node from the URL', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${base}/?node=concept%3Acyber-power`);
		expect(response?.status()).toBe(200);
		await waitForGraph(page);
		await page.getByRole('complementary').getByRole('heading', { name: '网络强国' }).waitFor();
		await page.close();
	});

	it.each([
		['/presenter/', '2014年：事关人民群众工作生活的重大战略问题'],
		['/presenter', '2014年：事关人民群众工作生活的重大战略问题']
	])('opens the presenter view at %s with its story and step', async (path, heading) => {
		const page = await browser.newPage();
		const response = await page.goto(`${base}${path}?story=cybersecurity-for-the-people&step=1`);
		expect(response?.status()).toBe(200);
		await page.getByRole('heading', { name: heading }).waitFor();
		expect(new URL(page.url()).searchParams.get('step')).toBe('1');
		await page.close();
	});

	it.each(['/handout/', '/handout'])('prints the handout at %s', async (path) => {
		const page = await browser.newPage();
		const response = await page.goto(`${base}${path}?story=cybersecurity-outlook`);
		expect(response?.status()).toBe(200);
		await page.getByRole('heading', { level: 1, name: '网络安全观的五个特点' }).waitFor();
		expect(await page.locator('blockquote').count()).toBeGreaterThanOrEqual(6);
		await page.close();
	});

	it('follows the presentation’s own links to the presenter view and the handout', async () => {
		const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
		await page.goto(`${base}/?story=cybersecurity-outlook&step=2`);
		await waitForGraph(page);
		for (const name of ['演讲者视图', '讲义']) {
			const href = await page.getByRole('link', { name }).getAttribute('href');
			const target = await browser.newPage();
			const response = await target.goto(new URL(href!, page.url()).href);
			expect(response?.status(), `${name}: ${href}`).toBe(200);
			await target.getByRole('heading').first().waitFor();
			await target.close();
		}
		await page.close();
	});
});
