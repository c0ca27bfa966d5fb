/**
 * ingest/decode: turn a file's bytes into text. Accepts UTF-8 (with or without BOM),
 * UTF-16 LE/BE with BOM and GB18030/GBK without BOM (CONTRACT §1). Binary files are
 * recognised and refused with a reason instead of producing garbage passages.
 */

export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
	warnings: string[];
}

export class DecodeError extends Error {}

/** Decode bytes, detecting the encoding. Throws DecodeError for binary content. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		return {
			text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
			encoding: 'utf-16le',
			warnings: []
		};
	}
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		return {
			text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
			encoding: 'utf-16be',
			warnings: []
		};
	}
	const body =
		bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
			? bytes.subarray(3)
			: bytes;
	if (looksBinary(body)) {
		throw new DecodeError(
			'ingest/decode: binary content (NUL or control bytes), not a text document'
		);
	}
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(body),
			encoding: 'utf-8',
			warnings: []
		};
	} catch {
		// Not valid UTF-8: Chinese files of that kind are GBK/GB18030 (a superset of GBK).
		const text = new TextDecoder('gb18030').decode(body);
		return { text, encoding: 'gb18030', warnings: ['decoded as GB18030 (not valid UTF-8)'] };
	}
}

/** NUL bytes or a high share of C0 control bytes in the first 8 KB mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	for (const byte of sample) {
		if (byte === 0) return true;
		if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
	}
	return sample.length > 0 && controls / sample.length > 0.1;
}
