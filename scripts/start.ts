/**
 * start: `npm start`. Rebuild graph-data/graph.json when the corpus, the registries or the
 * pipeline changed since the last build (content hashes, not timestamps), then serve the
 * explorer on localhost and print its URL.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { parseArgs, runBuild } from './build-graph';
import { computeInputHash } from './lib/input-hash';

/** The input hash of the last build is kept beside its output (graph.json → graph.json.stamp). */
export function ensureGraph(
	args = parseArgs([]),
	log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
): boolean {
	const STAMP = `${args.out}.stamp`;
	const hash = computeInputHash(args.corpus, args.registries);
	const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
	if (stamp === hash && existsSync(args.out)) {
		log(`start: graph is up to date (${args.out})`);
		return false;
	}
	log(`start: ${existsSync(args.out) ? 'inputs changed' : 'no graph yet'}; building ${args.out}`);
	runBuild(args, log);
	writeFileSync(STAMP, `${hash}\n`);
	return true;
}

const isMain = process.argv[1]?.endsWith('start.ts');
if (isMain) {
	try {
		ensureGraph();
	} catch (error) {
		process.stderr.write(`start: ${(error as Error).message.split('\n')[0]}\n`);
		process.exit(1);
	}
	const port = Number(process.env.PORT ?? 5173);
	const server = await createServer({ server: { port, host: '127.0.0.1' } });
	await server.listen();
	const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
	process.stdout.write(`\n  论述图谱 Lunshu explorer: ${url}\n\n`);
}
