/**
 * derive-page-variants: write the derived test pages next to their real source page
 * (`<name>.derived-big5.txt`, `<name>.derived-ruby.txt`), see scripts/lib/page-variants.ts.
 * Usage: tsx scripts/derive-page-variants.ts [--big5 FILE]... [--ruby FILE]...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { encodeBig5, insertRuby } from './lib/page-variants';

export function derivedPath(source: string, variant: 'big5' | 'ruby'): string {
	return source.replace(/\.txt$/, `.derived-${variant}.txt`);
}

const { values } = parseArgs({
	options: {
		big5: { type: 'string', multiple: true, default: [] },
		ruby: { type: 'string', multiple: true, default: [] }
	}
});
for (const source of values.big5) {
	writeFileSync(derivedPath(source, 'big5'), encodeBig5(readFileSync(source, 'utf8')));
	process.stderr.write(`derive-page-variants: ${derivedPath(source, 'big5')}\n`);
}
for (const source of values.ruby) {
	writeFileSync(derivedPath(source, 'ruby'), insertRuby(readFileSync(source, 'utf8')));
	process.stderr.write(`derive-page-variants: ${derivedPath(source, 'ruby')}\n`);
}
