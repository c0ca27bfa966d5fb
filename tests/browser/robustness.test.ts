/**
 * Issue 9 in the browser: nothing from a document is ever executed (markup shows literally),
 * the static site declares a Content-Security-Policy that forbids other origins, and 1,000
 * random and malformed URL query strings cause no uncaught error and fall back to defaults.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/lib/core/util/hash';
import { launchBrowser } from '../../scripts/lib/browser';
import type { RunningServer } from '../../scripts/lib/static-server';
import { tempDir } from '../helpers/cli';
import {
	openPage,
	openSite,
	serveCorpus,
	visibleCounts,
	waitForGraph,
	type Site
} from '../helpers/site';

const HOSTILE =
	'<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">网络安全为人民，网络安全靠人民。';

let site: Site;
let hostile: RunningServer;
let hostileQuote: string;

beforeAll(async () => {
	site = await openSite();
	// A copy of the built site showing a graph built from a document full of markup.
	const dir = tempDir('lunshu-xss-');
	mkdirSync(join(dir, 'corpus'));
	writeFileSync(
		join(dir, 'corpus', '《危险》<b>文档.txt'),
		`<h1>标题</h1>\n\n${HOSTILE}\n\n——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话\n`
	);
	const built = await serveCorpus(dir);
	hostileQuote = built.graph.nodes.find((n) => n.attributes?.kind === 'quote')!.key;
	hostile = built.server;
});
afterAll(async () => {
	await site?.close();
	await hostile?.close();
});

describe('nothing from a document is executed', () => {
	it('shows markup in the details panel and in search suggestions as literal text, and runs none of it', async () => {
		const browser = await launchBrowser();
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto(`${hostile.url}/?node=${encodeURIComponent(hostileQuote)}`);
		await waitForGraph(page);
		const panel = page.getByRole('complementary');
		await panel.waitFor();
		await expect(panel.textContent()).resolves.toContain(
			'<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
		);
		await page.getByRole('searchbox').fill('pwned');
		await page.getByRole('option').first().waitFor();
		await expect(page.getByRole('listbox').textContent()).resolves.toContain('<script>');
		expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.locator('main script, aside script').count()).toBe(0);
		expect(dialogs).toEqual([]);
		await browser.close();
	});
});

describe('Content-Security-Policy', () => {
	it('is declared by the static page and blocks requests to other origins', async () => {
		const html = readFileSync('build/index.html', 'utf8');
		const csp = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
		expect(csp).not.toContain('unsafe-eval');
		const { page } = await openPage(site);
		const blocked = await page.evaluate(async () => {
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(e.violatedDirective)
			);
			try {
				await fetch('http://127.0.0.2:9/x');
			} catch {
				// expected: refused by the policy
			}
			await new Promise((r) => setTimeout(r, 100));
			return violations;
		});
		expect(blocked).toContain('connect-src');
		await page.close();
	});
});

describe('URL parameters are parsed defensively', () => {
	it('survives 1,000 random and malformed query strings with no uncaught error', async () => {
		const { page, errors } = await openPage(site);
		const total = (await visibleCounts(page)).nodes;
		const rng = createRng(9);
		const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)];
		const names = [
			'node',
			'q',
			'kinds',
			'from',
			'to',
			'path',
			'story',
			'step',
			'lang',
			'depth',
			'size',
			'color',
			'layout',
			'doc',
			'community',
			'tab',
			'labels',
			'list',
			'x',
			''
		];
		const values = [
			'',
			'%',
			'%E0%A4%A',
			'<script>',
			'quote',
			'concept,concept',
			'2016-13-45',
			'9999',
			'-1',
			'1e309',
			'NaN',
			'undefined',
			'concept%3Acyber-power',
			'a,b,c',
			'..%2F..%2F',
			'%00',
			'网络强国',
			'true',
			'[]',
			'{"a":1}',
			'zh',
			'en',
			'time',
			'trace',
			'cybersecurity-outlook',
			'2',
			'x'.repeat(600)
		];
		const queries: string[] = [];
		for (let i = 0; i < 1000; i++) {
			const parts: string[] = [];
			const count = 1 + Math.floor(rng() * 4);
			for (let j = 0; j < count; j++)
				parts.push(rng() < 0.1 ? pick(values) : `${pick(names)}=${pick(values)}`);
			queries.push(parts.join(rng() < 0.1 ? '&&' : '&'));
		}
		// Client-side navigations through links, as a reader clicking shared links would do.
		await page.evaluate(async (list) => {
			const link = document.createElement('a');
			document.body.append(link);
			for (const query of list) {
				link.href = `?${query}`;
				link.click();
				await new Promise((r) => setTimeout(r, 5));
			}
			link.href = '?';
			link.click();
		}, queries);
		await page.waitForTimeout(500);
		expect(errors).toEqual([]);
		// Back to defaults: the whole graph, no selection.
		await page.goto(`${site.server.url}/`);
		await waitForGraph(page);
		expect((await visibleCounts(page)).nodes).toBe(total);
		await page.close();
	});
});
