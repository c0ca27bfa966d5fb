/**
 * graph/report: the build report (CONTRACT §2). Every passage of every file is in exactly one
 * of attributed / unattributed / rejected; problems are listed with file and line.
 */
import type { Rejection, Warning } from '../types';

export interface FileReport {
	encoding?: string;
	lines: number;
	passages: number;
	headings: number;
	attributed: {
		line: number;
		endLine: number;
		quote: string;
		date?: string;
		event?: string;
		form: string;
	}[];
	unattributed: { line: number; endLine: number; reason: string; looksLikeQuote?: boolean }[];
	rejected: Rejection[];
	warnings: Warning[];
	error?: string;
}

export interface BuildReport {
	schemaVersion: 1;
	totals: {
		files: number;
		passages: number;
		attributed: number;
		unattributed: number;
		rejected: number;
		quotes: number;
		nodes: number;
		edges: number;
	};
	files: Record<string, FileReport>;
	events: {
		unregistered: { id: string; name: string; date?: string; appearances: string[] }[];
		dateConflicts: { quote: string; dates: string[]; chosen: string; appearances: string[] }[];
	};
	titles: {
		unregisteredLaws: {
			key: string;
			title: string;
			category: string;
			registered: false;
			where: string[];
		}[];
		unknown: { title: string; where: string[] }[];
		works: { title: string; where: string[] }[];
	};
	publications: { unregistered: { key: string; name: string; where: string[] }[] };
	/** References in stories to nodes the graph does not have (left out of their steps). */
	stories?: { file: string; line: number; message: string }[];
	/** Unattributed passages that read like quotations (they share wording with attributed ones, or stand in a compilation). */
	looksLikeQuotes: { file: string; line: number; why: string }[];
}

export function emptyFileReport(lines = 0): FileReport {
	return {
		lines,
		passages: 0,
		headings: 0,
		attributed: [],
		unattributed: [],
		rejected: [],
		warnings: []
	};
}
