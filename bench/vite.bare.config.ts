/**
 * Bundles bench/bare (the bare sigma page, the benchmark's floor) into bench/tmp/bare with
 * relative paths, so it can be served next to the built explorer and read its data/graph.json.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./bare', import.meta.url));

export default defineConfig({
	root,
	base: './',
	logLevel: 'warn',
	build: {
		outDir: fileURLToPath(new URL('./tmp/bare', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022'
	}
});
