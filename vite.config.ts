import { existsSync, readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/** Where the explorer reads its graph: a fixed path, so one built site can show any graph.json. */
const GRAPH_SOURCE = process.env.LUNSHU_GRAPH ?? 'graph-data/graph.json';
const GRAPH_PATH = 'data/graph.json';

/**
 * Serves graph-data/graph.json at /data/graph.json in dev, and writes it there in the build,
 * unhashed: the benchmark swaps in synthetic graphs without rebuilding the site.
 */
function graphData(): Plugin {
	return {
		name: 'lunshu-graph-data',
		configureServer(server) {
			server.middlewares.use(`/${GRAPH_PATH}`, (_req, res) => {
				if (!existsSync(GRAPH_SOURCE)) {
					res.statusCode = 404;
					res.end(`${GRAPH_SOURCE} not built yet: run npm run build:graph`);
					return;
				}
				res.setHeader('content-type', 'application/json; charset=utf-8');
				res.end(readFileSync(GRAPH_SOURCE));
			});
		},
		generateBundle(options) {
			// Emit once, into the client output (SvelteKit's static pages are copied from there).
			if (!options.dir?.includes('client') || !existsSync(GRAPH_SOURCE)) return;
			this.emitFile({ type: 'asset', fileName: GRAPH_PATH, source: readFileSync(GRAPH_SOURCE) });
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), graphData()],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 180_000,
		fileParallelism: false
	}
});
