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
	{ name: 'concept-panel', query: '?node=concept%3Acritical-information-infrastructure' },
	{ name: 'quote-panel', query: '?node=' + encodeURIComponent('quote:q40ae73bc') },
	{ name: 'trace', query: '?node=concept%3Acyber-power&tab=trace' },
	{
		name: 'path',
		query:
			'?path=' +
			encodeURIComponent('concept:critical-information-infrastructure,concept:cyber-power')
	},
	{ name: 'time-layout', query: '?layout=time&from=2016&to=2019' },
	{ name: 'english', query: '?lang=en&node=event%3A2016-04-19-cyber-symposium' },
	{ name: 'story-step', query: '?story=cybersecurity-outlook&step=2', width: 1920, height: 1080 }
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
		await page.waitForTimeout(
			view.query.includes('story') || view.query.includes('path') ? 2500 : 1200
		);
		await page.screenshot({ path: `${OUT}/${view.name}.png` });
		console.log(`wrote ${OUT}/${view.name}.png`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
