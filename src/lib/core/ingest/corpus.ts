/**
 * ingest/corpus: decode and lay out every document of the corpus, then rejoin OCR column
 * fragments on corpus-wide evidence. One pass over all text answers every junction query,
 * so the cost stays linear in the corpus size.
 */
import type { DocumentMeta, Warning } from '../types';
import { DecodeError, decodeBytes, type DecodedText } from './decode';
import { classifyLines, isHardWrapped, type ClassifiedLine } from './layout';
import { assembleBlocks, MAX_BLOCK_CHARS, type Block } from './paragraphs';
import { JUNCTION_GRAM, proposeJunctions, resolveJunctions } from './rejoin';
import { cleanLine, normalizeForMatch } from './text';

export interface CorpusFile {
	/** Path relative to the corpus folder, with `/`. */
	path: string;
	bytes: Uint8Array;
	meta?: DocumentMeta;
}

export interface IngestedDocument {
	file: string;
	meta: DocumentMeta;
	encoding?: DecodedText['encoding'];
	lineCount: number;
	lines: ClassifiedLine[];
	blocks: Block[];
	warnings: Warning[];
	/** Set when the file could not be read at all (binary, undecodable). */
	error?: string;
}

/** Split text into lines on CRLF, LF or CR, as editors number them. */
export function splitLines(text: string): string[] {
	const lines = text.split(/\r\n|\r|\n/);
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

export function ingestCorpus(files: CorpusFile[]): IngestedDocument[] {
	const documents: IngestedDocument[] = [];
	const proposalsByDoc = new Map<IngestedDocument, ReturnType<typeof proposeJunctions>>();
	for (const file of files) {
		const doc: IngestedDocument = {
			file: file.path,
			meta: file.meta ?? {},
			lineCount: 0,
			lines: [],
			blocks: [],
			warnings: []
		};
		documents.push(doc);
		let decoded: DecodedText;
		try {
			decoded = decodeBytes(file.bytes);
		} catch (error) {
			if (!(error instanceof DecodeError)) throw error;
			doc.error = error.message;
			continue;
		}
		doc.encoding = decoded.encoding;
		for (const message of decoded.warnings) doc.warnings.push({ line: 1, message });
		const rawLines = splitLines(decoded.text);
		doc.lineCount = rawLines.length;
		doc.lines = classifyLines(rawLines);
		// Only a BOM at the very start of the file is a byte order mark; one later on line 1
		// (text pasted after it) is in the middle of the text too. Fix: line 1 used to be skipped whole.
		const bomLine = rawLines.findIndex((raw, i) => raw.indexOf('\ufeff', i === 0 ? 1 : 0) >= 0);
		if (bomLine >= 0)
			doc.warnings.push({
				line: bomLine + 1,
				message: 'byte order mark in the middle of the text (removed)'
			});
		const cleaned = doc.lines.map((l) => l.text);
		if (!isHardWrapped(cleaned)) proposalsByDoc.set(doc, proposeJunctions(doc.lines));
	}

	// Every junction n-gram asked for, answered by one scan over all lines of all documents.
	const wanted = new Set<string>();
	for (const proposals of proposalsByDoc.values())
		for (const p of proposals) for (const c of p.candidates) for (const g of c.grams) wanted.add(g);
	const found = new Set<string>();
	if (wanted.size) {
		for (const doc of documents) {
			for (const line of doc.lines) {
				// A line too long to be part of a passage is no evidence for a junction.
				if (line.kind === 'blank' || line.text.length > MAX_BLOCK_CHARS) continue;
				const key = normalizeForMatch(cleanLine(line.text));
				for (let i = 0; i + JUNCTION_GRAM <= key.length; i++) {
					const gram = key.slice(i, i + JUNCTION_GRAM);
					if (wanted.has(gram)) found.add(gram);
				}
			}
		}
	}
	for (const doc of documents) {
		if (doc.error) continue;
		const proposals = proposalsByDoc.get(doc);
		const links = proposals
			? resolveJunctions(proposals, (gram) => found.has(gram))
			: new Map<number, number>();
		for (const [from, to] of links)
			doc.warnings.push({
				line: from,
				message: `sentence continues at line ${to} (OCR column break; rejoined on corpus evidence)`
			});
		doc.blocks = assembleBlocks(doc.lines, links);
	}
	return documents;
}
