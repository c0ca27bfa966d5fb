/**
 * Small helpers shared by the unit tests in tests/core: turn hand-written documents into the
 * pipeline's inputs (bytes → ingest → blocks → passages) without touching the real corpus.
 */
import { ingestCorpus, type IngestedDocument } from '../../src/lib/core/ingest/corpus';
import { extractPassages, type ExtractedDocument } from '../../src/lib/core/extract/passages';
import type { AttributionContext } from '../../src/lib/core/extract/attribution';
import type { DocumentMeta } from '../../src/lib/core/types';

/**
 * The speaker names the pipeline derives from graph-data/people.yaml (names and aliases,
 * without the bare titles 总书记/同志), longest first, as graph/pipeline does.
 */
export const SPEAKERS = [
	'习近平总书记',
	'习近平同志',
	'习近平主席',
	'丁薛祥',
	'李书磊',
	'习近平',
	'蔡奇'
];

export const CONTEXT: AttributionContext = { speakers: SPEAKERS };

export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** UTF-16 with a byte order mark, little or big endian. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	const view = new DataView(bytes.buffer);
	view.setUint16(0, 0xfeff, endian === 'le');
	for (let i = 0; i < text.length; i++)
		view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
	return bytes;
}

export function ingestText(
	text: string,
	meta: DocumentMeta = {},
	path = 'doc.txt'
): IngestedDocument {
	return ingestCorpus([{ path, bytes: utf8(text), meta }])[0];
}

/** Ingest a document written as lines and extract its passages, as the pipeline does. */
export function extractLines(
	lines: string[],
	options: { documentDate?: string; defaultSpeaker?: string } = {}
): { ingested: IngestedDocument; extracted: ExtractedDocument } {
	const ingested = ingestText(lines.join('\n') + '\n', { date: options.documentDate });
	const extracted = extractPassages(ingested.file, ingested.blocks, {
		speakers: SPEAKERS,
		defaultSpeaker: options.defaultSpeaker ?? '习近平',
		documentDate: options.documentDate
	});
	return { ingested, extracted };
}
