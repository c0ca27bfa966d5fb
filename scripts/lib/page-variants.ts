/**
 * page-variants: derive test pages from a real one, the way users' copies of it arrive.
 * A Big5 file (Taiwan and Hong Kong sites, big5 gateways) and a copy with pinyin ruby left
 * inline by copy-paste from a ruby-annotated page (`習(xí)近平強(qiáng)調(diào)`). Line breaks are
 * kept, so the source page's labelled line numbers hold for the variant.
 */
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { simplifyChars } from '../../src/lib/core/ingest/text';

/** The text as Big5 bytes; throws when a character has no Big5 code (it would be lost). */
export function encodeBig5(text: string): Uint8Array {
	const bytes = iconv.encode(text, 'big5');
	if (iconv.decode(bytes, 'big5') !== text)
		throw new Error('page-variants: the text has characters Big5 cannot encode');
	return new Uint8Array(bytes);
}

/**
 * Pinyin with tone marks after every character whose simplified form differs, as ruby
 * annotations of converted characters come out of the clipboard (see the real copies in
 * tests/fixtures/real-pages: `網(wǎng)絡(luò)`, `發(fā)展`). Readings are taken in context.
 */
export function insertRuby(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			const chars = [...line];
			const simplified = [...simplifyChars(line)];
			if (simplified.length !== chars.length) throw new Error('page-variants: length changed');
			const readings = pinyin(simplified.join(''), { type: 'array', toneType: 'symbol' });
			// pinyin-pro returns one reading per character (non-Chinese characters come back as is).
			if (readings.length !== chars.length) throw new Error('page-variants: readings misaligned');
			return chars.map((ch, i) => (simplified[i] !== ch ? `${ch}(${readings[i]})` : ch)).join('');
		})
		.join('\n');
}
