/**
 * Issue 8 in the browser: on a graph large enough for sigma to hide edges while moving (over
 * 20,000 edges), panning and zooming never re-run the reducers over the graph, a drag is never
 * taken for a click, and hover still finds the node under a still pointer.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server';
import { runScript, tempDir } from '../helpers/cli';
import { waitForGraph } from '../helpers/site';

let server: RunningServer;
let edges = 0;

beforeAll(async () => {
	const dir = tempDir('lunshu-large-');
	const synth = runScript('scripts/synth.ts', [
		'--docs',
		'600',
		'--seed',
		'7',
		'--out',
		join(dir, 'corpus')
	]);
	expect(synth.status, synth.stderr).toBe(0);
	const build = runScript('scripts/build-graph.ts', [
		'--corpus',
		join(dir, 'corpus'),
		'--out',
		join(dir, 'graph.json'),
		'--report',
		join(dir, 'report.json')
	]);
	expect(build.status, build.stderr).toBe(0);
	edges = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')).edges.length;
	cpSync('build', join(dir, 'site'), { recursive: true });
	cpSync(join(dir, 'graph.json'), join(dir, 'site', 'data', 'graph.json'));
	server = await serveStatic(join(dir, 'site'));
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

const probeOf = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { __probe: { passes: number; clicks: number; hovered: string[] } })
				.__probe
	);

describe('a large graph', () => {
	it('pans and zooms without re-running the reducers, and hover still works at rest', async () => {
		expect(edges).toBeGreaterThan(20_000);
		const browser = await launchBrowser();
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}/`);
		await waitForGraph(page);
		await page.waitForLoadState('networkidle');
		await watchRenderer(page);
		const settings = await page.evaluate(() => {
			const s = (
				window as unknown as { __lunshu: { renderer: any } }
			).__lunshu.renderer.getSettings();
			return { edges: s.hideEdgesOnMove, labels: s.hideLabelsOnMove };
		});
		expect(settings).toEqual({ edges: true, labels: false });
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
		for (let i = 1; i <= 20; i++) await page.mouse.move(cx - i * 10, cy - i * 5);
		await page.mouse.up();
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -120);
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
		const target = await page.evaluate(() => {
			const renderer = (window as unknown as { __lunshu: { renderer: any } }).__lunshu.renderer;
			const rect = renderer.getContainer().getBoundingClientRect();
			let best: { node: string; x: number; y: number; size: number } | undefined;
			renderer.getGraph().forEachNode((node: string) => {
				const display = renderer.getNodeDisplayData(node);
				if (!display || display.hidden) return;
				const at = renderer.framedGraphToViewport(display);
				if (at.x < 20 || at.y < 20 || at.x > rect.width - 20 || at.y > rect.height - 20) return;
				if (!best || display.size > best.size)
					best = { node, x: rect.left + at.x, y: rect.top + at.y, size: display.size };
			});
			return best;
		});
		expect(target).toBeDefined();
		await page.mouse.move(target!.x, target!.y);
		await expect
			.poll(async () => (await probeOf(page)).hovered.at(-1), { timeout: 10_000 })
			.toBe(target!.node);
		await browser.close();
	});
});
