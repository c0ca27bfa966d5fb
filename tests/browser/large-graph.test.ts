/**
 * Issue 8 in the browser, on a synthetic graph of over 20,000 nodes and 170,000 edges: panning
 * and zooming never re-run the reducers over the graph, a drag is never taken for a click, hover
 * still finds the node under a still pointer, and hover and selection redraw the focus's
 * neighbourhood only (a light focus) while the details panel follows the selection.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import type { RunningServer } from '../../scripts/lib/static-server';
import { runScript, tempDir } from '../helpers/cli';
import { serveCorpus, waitForGraph } from '../helpers/site';

let server: RunningServer;
let nodes = 0;
let edges = 0;

beforeAll(async () => {
	const dir = tempDir('lunshu-large-');
	const synth = runScript('scripts/synth.ts', [
		'--docs',
		'3100',
		'--seed',
		'7',
		'--out',
		join(dir, 'corpus')
	]);
	expect(synth.status, synth.stderr).toBe(0);
	const built = await serveCorpus(dir);
	server = built.server;
	nodes = built.graph.nodes.length;
	edges = built.graph.edges.length;
});
afterAll(async () => server?.close());

/** Counts sigma's process() passes (reducers over every node and edge) and its clicks from now on. */
async function watchRenderer(page: Page): Promise<void> {
	await page.evaluate(() => {
		const probe = window as unknown as {
			__lunshu: { renderer: any };
			__probe: { passes: number; clicks: number; hovered: string[] };
		};
		const renderer = probe.__lunshu.renderer;
		probe.__probe = { passes: 0, clicks: 0, hovered: [] };
		const process = renderer.process;
		renderer.process = function (...args: unknown[]) {
			probe.__probe.passes++;
			return process.apply(this, args);
		};
		renderer.on('clickNode', () => probe.__probe.clicks++);
		renderer.on('clickStage', () => probe.__probe.clicks++);
		renderer.on('enterNode', ({ node }: { node: string }) => probe.__probe.hovered.push(node));
	});
}

/**
 * A point on screen over a node, and the node sigma finds there: the centre of the largest node
 * shown, which on a crowded graph may lie under another node (the one a pointer reaches).
 */
async function nodeOnScreen(page: Page): Promise<{ node: string; x: number; y: number }> {
	return page.evaluate(() => {
		const renderer = (window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer;
		// Draw now, so that the picking buffer read below matches the current camera.
		renderer.render();
		const rect = renderer.getContainer().getBoundingClientRect();
		let best: { x: number; y: number; size: number } | undefined;
		renderer.getGraph().forEachNode((node: string) => {
			const display = renderer.getNodeDisplayData(node);
			if (!display || display.hidden) return;
			const at = renderer.framedGraphToViewport(display);
			if (at.x < 20 || at.y < 20 || at.x > rect.width - 20 || at.y > rect.height - 20) return;
			if (!best || display.size > best.size) best = { x: at.x, y: at.y, size: display.size };
		});
		const node = renderer.getNodeAtPosition({ x: best!.x, y: best!.y }) as string;
		return { node, x: rect.left + best!.x, y: rect.top + best!.y };
	});
}

/** A new page on the large graph, once it is drawn and settled, with its renderer watched. */
async function openWatched(): Promise<{ browser: Browser; page: Page }> {
	const browser = await launchBrowser();
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${server.url}/`);
	await waitForGraph(page);
	await page.waitForLoadState('networkidle');
	await watchRenderer(page);
	return { browser, page };
}

const probeOf = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { __probe: { passes: number; clicks: number; hovered: string[] } })
				.__probe
	);

describe('a large graph', () => {
	it('pans and zooms without re-running the reducers, and hover still works at rest', async () => {
		expect(nodes).toBeGreaterThan(20_000);
		expect(edges).toBeGreaterThan(20_000);
		const { browser, page } = await openWatched();
		const settings = await page.evaluate(() => {
			const s = (
				window as unknown as { __lunshu: { renderer: any } }
			).__lunshu.renderer.getSettings();
			return { edges: s.hideEdgesOnMove, labels: s.hideLabelsOnMove };
		});
		expect(settings).toEqual({ edges: true, labels: true });
		const cameraBefore = await page.evaluate(() =>
			(window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer
				.getCamera()
				.getState()
		);

		const box = (await page.getByTestId('graph-canvas').boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		await page.mouse.move(cx, cy);
		// The pointer may have come to rest on a node: that hover restyles the graph, before moving.
		await page.waitForTimeout(500);
		await page.evaluate(() => {
			(window as unknown as { __probe: { passes: number } }).__probe.passes = 0;
		});
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) await page.mouse.move(cx - i * 20, cy - i * 10);
		await page.mouse.up();
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
		await page.waitForTimeout(800);

		const cameraAfter = await page.evaluate(() =>
			(window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer
				.getCamera()
				.getState()
		);
		expect(cameraAfter.x).not.toBeCloseTo(cameraBefore.x, 3);
		expect(cameraAfter.ratio).toBeLessThan(cameraBefore.ratio);
		const afterMoving = await probeOf(page);
		expect(afterMoving.passes).toBe(0);
		expect(afterMoving.clicks).toBe(0);
		expect(new URL(page.url()).searchParams.get('node')).toBeNull();

		// At rest, the pointer over a node hovers it.
		await page.waitForFunction(
			() =>
				!(window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer
					.getCamera()
					.isAnimated()
		);
		const target = await nodeOnScreen(page);
		expect(target.node).toBeTruthy();
		await page.mouse.move(target.x, target.y);
		await expect
			.poll(async () => (await probeOf(page)).hovered.at(-1), { timeout: 10_000 })
			.toBe(target.node);
		await browser.close();
	}, 120_000);

	it('selects with a light focus: the neighbourhood is redrawn, the rest is not, details follow', async () => {
		const { browser, page } = await openWatched();
		// A node under the pointer, and one that is not its neighbour.
		const onScreen = await nodeOnScreen(page);
		const picked = await page.evaluate((at) => {
			const renderer = (window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer;
			const graph = renderer.getGraph();
			const other = graph.findNode(
				(node: string) => node !== at.node && !graph.areNeighbors(node, at.node)
			);
			return {
				...at,
				label: graph.getNodeAttribute(at.node, 'label') as string,
				other,
				otherColor: renderer.getNodeDisplayData(other).color as string
			};
		}, onScreen);
		await page.mouse.click(picked.x, picked.y);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('node'), { timeout: 10_000 })
			.toBe(picked.node);
		const details = page.getByRole('complementary');
		await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
			picked.label
		);
		await page.waitForTimeout(500);
		const shown = await page.evaluate(
			({ node, other }) => {
				const renderer = (window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer;
				return {
					focus: renderer.getNodeDisplayData(node),
					otherColor: renderer.getNodeDisplayData(other).color as string
				};
			},
			{ node: picked.node, other: picked.other }
		);
		expect(shown.focus).toMatchObject({ highlighted: true, forceLabel: true });
		// A node outside the neighbourhood keeps its colour: the graph is not dimmed.
		expect(shown.otherColor).toBe(picked.otherColor);
		expect((await probeOf(page)).passes).toBe(0);
		await browser.close();
	});
});
