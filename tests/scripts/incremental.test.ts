/**
 * `npm start` rebuilds only when its inputs changed (content hashes, not timestamps), and a
 * rebuild after editing, adding or deleting a document gives the same bytes as a clean build.
 */
import { cpSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureGraph } from '../../scripts/start';
import { parseArgs, runBuild } from '../../scripts/build-graph';
import { tempDir } from '../helpers/cli';

describe('incremental builds', () => {
	it('rebuilds exactly when a document is edited, added or deleted, matching a clean build', () => {
		const dir = tempDir('lunshu-incremental-');
		const corpus = join(dir, 'corpus');
		cpSync('graph-data/corpus', corpus, { recursive: true });
		const args = parseArgs([
			'--corpus',
			corpus,
			'--out',
			join(dir, 'graph.json'),
			'--report',
			join(dir, 'report.json')
		]);
		const quiet = () => {};
		const clean = () => {
			const out = join(dir, 'clean.json');
			runBuild({ ...args, out, report: join(dir, 'clean-report.json') }, quiet);
			return readFileSync(out, 'utf8');
		};
		expect(ensureGraph(args, quiet)).toBe(true);
		expect(ensureGraph(args, quiet)).toBe(false);

		// Edit: a new attributed passage at the end of a compilation.
		appendFileSync(
			join(corpus, 'dangjian-2025-09-xuexiyu-cybersecurity-for-people.txt'),
			'\n网信事业代表着新的生产力和新的发展方向。\n\n——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话\n'
		);
		expect(ensureGraph(args, quiet)).toBe(true);
		expect(readFileSync(args.out, 'utf8')).toBe(clean());
		expect(readFileSync(args.out, 'utf8')).toContain('网信事业代表着新的生产力和新的发展方向。');
		expect(ensureGraph(args, quiet)).toBe(false);

		// Add a document in a subfolder.
		writeFileSync(
			join(corpus, 'extra.md'),
			'# 新汇编\n\n没有网络安全就没有国家安全。\n\n——2014年2月27日，在中央网络安全和信息化领导小组第一次会议上的讲话\n'
		);
		expect(ensureGraph(args, quiet)).toBe(true);
		expect(readFileSync(args.out, 'utf8')).toBe(clean());
		expect(readFileSync(args.out, 'utf8')).toContain('doc:extra.md');

		// Delete a document.
		rmSync(join(corpus, 'speech-outline-2023-cyber-week.txt'));
		expect(ensureGraph(args, quiet)).toBe(true);
		expect(readFileSync(args.out, 'utf8')).toBe(clean());
		expect(readFileSync(args.out, 'utf8')).not.toContain('doc:speech-outline-2023-cyber-week.txt');
		expect(ensureGraph(args, quiet)).toBe(false);
	});
});
