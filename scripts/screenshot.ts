/**
 * screenshot: serve build/ and write PNGs of the main views to docs/screenshots/, for the
 * README and for checking by eye (Chinese glyphs, no overlap, nothing empty).
 * Usage: npm run build && npm run screenshot
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser';
import { serveStatic } from './lib/static-server';

const OUT = 'docs/screenshots';
const views: { name: string; query: string; width?: number; height?: number }[] = [
	{ name: 'explorer', query: '' },
	{
		name: 'quote-details',
		query:
			'?node=' +
			encodeURIComponent(process.argv[2] ?? 'concept:critical-information-infrastructure')
	},
	{ name: 'english', query: '?lang=en&node=event%3A2016-04-19-cyber-symposium' }
];

const server = await serveStatic('build');
const browser = await launchBrowser();
mkdirSync(OUT, { recursive: true });
try {
	for (const view of views) {
		const page = await browser.newPage({
			viewport: { width: view.width ?? 1600, height: view.height ?? 1000 }
		});
		page.on(
			'console',
			(m) => m.type() === 'error' && console.error(`[${view.name}] console: ${m.text()}`)
		);
		page.on('pageerror', (e) => console.error(`[${view.name}] page error: ${e.message}`));
		await page.goto(`${server.url}/${view.query}`);
		await page.waitForFunction(
			() => performance.getEntriesByName('graph-ready').length > 0,
			undefined,
			{ timeout: 30_000 }
		);
		await page.waitForTimeout(800);
		await page.screenshot({ path: `${OUT}/${view.name}.png` });
		console.log(`wrote ${OUT}/${view.name}.png`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
