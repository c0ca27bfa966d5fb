/**
 * A hostile corpus through the real build command (issue 9): every kind of file a user may drop
 * in. The build exits 0, every passage of every file is accounted for, and what is valid in a
 * damaged file is still extracted. Fixtures are written by hand here (binary files, a symlink
 * loop and a 10 MB line cannot live in git); each expected value is worked out by hand.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript, tempDir } from '../helpers/cli';

const PASSAGE = '网络空间是亿万民众共同的精神家园。网络空间天朗气清、生态良好，符合人民利益。';
const ATTRIBUTION = '——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话';
const DOC = `汇编标题\n\n${PASSAGE}\n\n${ATTRIBUTION}\n`;

let dir: string;
let corpus: string;
let report: any;
let graph: any;
let status: number;
let elapsed: number;

function write(path: string, content: string | Uint8Array) {
	const full = join(corpus, path);
	mkdirSync(join(full, '..'), { recursive: true });
	writeFileSync(full, content);
}

beforeAll(() => {
	dir = tempDir('lunshu-hostile-');
	corpus = join(dir, 'corpus');
	mkdirSync(corpus);
	write('empty.txt', '');
	write(
		'binary.txt',
		new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3])
	);
	write('utf16le.txt', new Uint8Array([0xff, 0xfe, ...iconv.encode(DOC, 'utf16-le')]));
	write('utf16be.txt', new Uint8Array([0xfe, 0xff, ...iconv.encode(DOC, 'utf16-be')]));
	write('gbk.txt', new Uint8Array(iconv.encode(DOC, 'gbk')));
	write('utf8-bom.txt', `\ufeff${DOC}`);
	write('crlf.txt', DOC.replace(/\n/g, '\r\n'));
	write('cr-only.txt', DOC.replace(/\n/g, '\r'));
	write('mixed-endings.txt', `汇编标题\r\n\r${PASSAGE}\n\r\n${ATTRIBUTION}`);
	write('no-final-newline.txt', DOC.trimEnd());
	write('huge-line.txt', `${'网络安全'.repeat(2_600_000)}\n\n${PASSAGE}\n\n${ATTRIBUTION}\n`);
	write(
		'controls.txt',
		`汇编\n\n网络空间\u200b是亿万民众\u2028共同的\ufeff精神家园\u0007。网络空间天朗气清、生态良好，符合人民利益。\n\n${ATTRIBUTION}\n`
	);
	write(
		'fullwidth.txt',
		`汇编\n\n${PASSAGE}\n\n——２０１６年４月１９日，习近平在网络安全和信息化工作座谈会上的讲话\n`
	);
	write(
		'子 文件夹/with space/markdown.md',
		`# 汇编\n\n## 一、网络空间\n\n- ${PASSAGE}\n\n${ATTRIBUTION}\n\n> 没有网络安全就没有国家安全，就没有经济社会稳定运行，广大人民群众利益也难以得到保障。\n\n——2018年4月21日，习近平在全国网络安全和信息化工作会议上的讲话\n`
	);
	write(
		'nonsense.txt',
		[
			'汇编',
			'',
			'——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话',
			'',
			'第一段正文，日期不可能。',
			'',
			'——2016年13月45日，习近平在某会议上的讲话',
			'',
			'第二段正文，年份在遥远的未来。',
			'',
			'——2999年1月1日，习近平在某会议上的讲话',
			'',
			'第三段正文有不配对的《书名和“引号。',
			'',
			'——2016年4月19日，习近平在网络安全和信息化工作座谈会上的讲话',
			'',
			'第四段正文有《《嵌套》》和空的《》书名号。',
			'',
			ATTRIBUTION
		].join('\n')
	);
	write(
		'html.txt',
		`汇编\n\n<script>alert(1)</script><img src=x onerror=alert(2)>网络安全为人民，网络安全靠人民。\n\n${ATTRIBUTION}\n`
	);
	// A loop: a folder containing a link to its parent.
	mkdirSync(join(corpus, 'loop'));
	symlinkSync('..', join(corpus, 'loop', 'up'));
	symlinkSync(join(corpus, 'missing-target.txt'), join(corpus, 'dangling.txt'));
	write('unreadable.txt', DOC);
	chmodSync(join(corpus, 'unreadable.txt'), 0o000);

	const start = performance.now();
	const run = runScript('scripts/build-graph.ts', [
		'--corpus',
		corpus,
		'--out',
		join(dir, 'graph.json'),
		'--report',
		join(dir, 'report.json')
	]);
	elapsed = performance.now() - start;
	status = run.status;
	if (status !== 0) throw new Error(run.stderr);
	report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
	graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
});

const file = (name: string) => report.files[name];
const quoteTexts = () =>
	graph.nodes
		.filter((n: any) => n.attributes.kind === 'quote')
		.map((n: any) => n.attributes.text as string);

describe('a hostile corpus', () => {
	it('builds (exit 0) in bounded time and accounts for every passage of every file', () => {
		expect(status).toBe(0);
		expect(elapsed).toBeLessThan(60_000);
		for (const [name, f] of Object.entries<any>(report.files)) {
			expect(f.attributed.length + f.unattributed.length + f.rejected.length, name).toBe(
				f.passages
			);
		}
	});

	it.each([
		'utf16le.txt',
		'utf16be.txt',
		'gbk.txt',
		'utf8-bom.txt',
		'crlf.txt',
		'cr-only.txt',
		'no-final-newline.txt',
		'controls.txt',
		'fullwidth.txt'
	])('%s: the passage is attributed, dated 2016-04-19, on line 3', (name) => {
		const f = file(name);
		expect(f.attributed).toHaveLength(1);
		expect(f.attributed[0].date).toBe('2016-04-19');
		expect(f.attributed[0].line).toBe(3);
		expect(f.attributed[0].event).toBe('event:2016-04-19-cyber-symposium');
	});

	it('gives every encoding and line-ending variant of the same passage one quote', () => {
		const key = file('utf8-bom.txt').attributed[0].quote;
		for (const name of [
			'utf16le.txt',
			'utf16be.txt',
			'gbk.txt',
			'crlf.txt',
			'cr-only.txt',
			'no-final-newline.txt',
			'controls.txt',
			'fullwidth.txt',
			'mixed-endings.txt'
		]) {
			expect(file(name).attributed[0]?.quote, name).toBe(key);
		}
		expect(file('gbk.txt').encoding).toBe('gb18030');
		expect(file('utf16be.txt').encoding).toBe('utf-16be');
	});

	it('strips zero-width characters, U+2028, a BOM in the middle and control characters from quote text', () => {
		// eslint-disable-next-line no-control-regex -- looking for the control character is the test
		expect(quoteTexts().some((t: string) => /[\u200b\u2028\ufeff\u0007]/.test(t))).toBe(false);
	});

	it('reports an empty file with no passages and a binary file as rejected', () => {
		expect(file('empty.txt').passages).toBe(0);
		expect(file('binary.txt').rejected[0].reason).toMatch(/binary/);
	});

	it('rejects the 10 MB line with a reason and still extracts the passage after it', () => {
		const f = file('huge-line.txt');
		expect(f.rejected.some((r: any) => r.line === 1 && /too long/.test(r.reason))).toBe(true);
		expect(f.attributed).toHaveLength(1);
		expect(f.attributed[0].line).toBe(3);
	});

	it('reads Markdown in nested folders with spaces and Chinese names: list items, block quotes, headings as themes', () => {
		const f = file('子 文件夹/with space/markdown.md');
		expect(f.attributed.map((a: any) => [a.line, a.date])).toEqual([
			[5, '2016-04-19'],
			[9, '2018-04-21']
		]);
		const quote = graph.nodes.find((n: any) => n.key === f.attributed[1].quote);
		expect(quote.attributes.text.startsWith('没有网络安全就没有国家安全')).toBe(true);
	});

	it('reports folders it cannot walk: a symlink loop and a dangling link', () => {
		const problems = Object.entries<any>(report.files)
			.filter(([, f]) => f.error)
			.map(([name, f]) => `${name}: ${f.error}`);
		expect(problems.some((p) => /symlink loop/.test(p))).toBe(true);
		expect(problems.some((p) => p.startsWith('dangling.txt') && /broken or looping/.test(p))).toBe(
			true
		);
	});

	it('reports an unreadable file (when permissions apply: not as root)', () => {
		if (process.getuid?.() === 0) {
			// root reads every file: the passage is simply extracted.
			expect(file('unreadable.txt').attributed).toHaveLength(1);
		} else {
			expect(file('unreadable.txt').rejected[0].reason).toMatch(/cannot read/);
		}
	});

	it('rejects impossible and far-future dates with the date named, keeps the valid passages', () => {
		const f = file('nonsense.txt');
		expect(
			f.warnings.some((w: any) => w.line === 3 && /no passage before it/.test(w.message))
		).toBe(true);
		expect(f.rejected.find((r: any) => r.line === 5).reason).toMatch(/2016年13月45日/);
		expect(f.rejected.find((r: any) => r.line === 9).reason).toMatch(/year out of range.*2999/);
		expect(f.attributed.map((a: any) => a.line)).toEqual([13, 17]);
		expect(f.warnings.some((w: any) => w.line === 13 && /unbalanced 《》/.test(w.message))).toBe(
			true
		);
		expect(f.warnings.some((w: any) => w.line === 13 && /unbalanced “”/.test(w.message))).toBe(
			true
		);
	});

	it('keeps markup in a document as literal text', () => {
		expect(
			quoteTexts().some((t: string) =>
				t.startsWith('<script>alert(1)</script><img src=x onerror=alert(2)>')
			)
		).toBe(true);
	});
});
