/**
 * Browser-test helper: serve the built static site (build/, made by `npm run build`) and
 * drive it in Debian chromium through playwright-core.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server';
import { runScript } from './cli';

export interface Site {
	server: RunningServer;
	browser: Browser;
	close: () => Promise<void>;
}

export async function openSite(): Promise<Site> {
	if (!existsSync('build/index.html'))
		throw new Error('build/index.html is missing: run `npm run build` first (npm test does)');
	const server = await serveStatic('build');
	const browser = await launchBrowser();
	return { server, browser, close: async () => (await browser.close(), await server.close()) };
}

/**
 * Build the corpus in `dir/corpus` with the real CLI and serve a copy of the built site showing
 * that graph (in `dir/site`). Returns the server and the graph as written.
 */
export async function serveCorpus(
	dir: string
): Promise<{ server: RunningServer; graph: SerializedGraph }> {
	const graphPath = join(dir, 'graph.json');
	const run = runScript('scripts/build-graph.ts', [
		'--corpus',
		join(dir, 'corpus'),
		'--out',
		graphPath,
		'--report',
		join(dir, 'report.json')
	]);
	if (run.status !== 0) throw new Error(`build-graph failed (${run.status}): ${run.stderr}`);
	cpSync('build', join(dir, 'site'), { recursive: true });
	cpSync(graphPath, join(dir, 'site', 'data', 'graph.json'));
	const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as SerializedGraph;
	return { server: await serveStatic(join(dir, 'site')), graph };
}

export interface PageProbe {
	page: Page;
	errors: string[];
	/** Hosts other than the test server that the page tried to reach. */
	foreignRequests: string[];
}

export async function openPage(
	site: Site,
	query = '',
	viewport = { width: 1400, height: 900 }
): Promise<PageProbe> {
	const page = await site.browser.newPage({ viewport });
	const errors: string[] = [];
	const foreignRequests: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(site.server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
			foreignRequests.push(url);
	});
	await page.goto(`${site.server.url}/${query}`);
	await waitForGraph(page);
	return { page, errors, foreignRequests };
}

export async function waitForGraph(page: Page): Promise<void> {
	await page.waitForFunction(
		() => performance.getEntriesByName('graph-ready').length > 0,
		undefined,
		{ timeout: 30_000 }
	);
}

/** Page coordinates of a node's centre, from sigma's graphToViewport. */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
	return page.evaluate((key) => {
		const renderer = (window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer;
		const attributes = renderer.getGraph().getNodeAttributes(key);
		const display = renderer.getNodeDisplayData(key);
		const viewport = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
		const rect = renderer.getContainer().getBoundingClientRect();
		return { x: rect.left + viewport.x, y: rect.top + viewport.y, size: display.size };
	}, node);
}

export async function statusText(page: Page): Promise<string> {
	return (await page.getByRole('status').textContent()) ?? '';
}

/** The visible node count stated in the status region ("显示 n / total 个节点，m 条连线"). */
export async function visibleCounts(page: Page): Promise<{ nodes: number; edges: number }> {
	const numbers = (await statusText(page)).match(/\d+/g)?.map(Number) ?? [];
	return { nodes: numbers[0], edges: numbers[2] };
}
