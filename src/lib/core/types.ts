/**
 * Shared types of the Lunshu pipeline: corpus → passages → records → graph.
 * Every record keeps the file and 1-based line numbers of the original file, so that
 * whatever the graph shows can be traced back to its source line.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** A date as a document states it, with how precise it is and whether a part was inferred. */
export interface DateValue {
	/** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
	iso: string;
	precision: DatePrecision;
	/** Last day of a range (`4月20日至21日`), ISO day. */
	end?: string;
	/** True when the year (or month) was taken from the document's own date. */
	inferred: boolean;
	/** The text it was read from. */
	raw: string;
}

export interface Warning {
	line: number;
	message: string;
}

export interface Rejection {
	line: number;
	endLine?: number;
	reason: string;
}

/** Per-file metadata from `manifest.yaml`, or inferred from the text. */
export interface DocumentMeta {
	title?: string;
	publisher?: string;
	date?: string;
	url?: string;
	kind?: string;
	note?: string;
}
