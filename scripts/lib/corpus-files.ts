/**
 * scripts/lib/corpus-files: read a corpus folder from disk (any depth, .txt and .md), the
 * optional manifest.yaml and the registries. I/O only; all interpretation is in src/lib/core.
 * Unreadable files and symlink loops are reported, never fatal.
 */
import { readdirSync, readFileSync, realpathSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { CorpusFile } from '../../src/lib/core/ingest/corpus';
import { REGISTRY_NAMES, type RegistryName } from '../../src/lib/core/registry/registries';
import type { DocumentMeta } from '../../src/lib/core/types';
import { compareCodePoints } from '../../src/lib/core/util/hash';

export interface UnreadableFile {
	path: string;
	reason: string;
}

export function listCorpusFiles(root: string): { files: string[]; unreadable: UnreadableFile[] } {
	const files: string[] = [];
	const unreadable: UnreadableFile[] = [];
	const visited = new Set<string>();
	const walk = (dir: string) => {
		let real: string;
		try {
			real = realpathSync(dir);
		} catch (error) {
			unreadable.push({
				path: relPath(root, dir),
				reason: `cannot resolve folder: ${(error as Error).message}`
			});
			return;
		}
		if (visited.has(real)) {
			unreadable.push({ path: relPath(root, dir), reason: 'symlink loop: folder already visited' });
			return;
		}
		visited.add(real);
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			unreadable.push({
				path: relPath(root, dir),
				reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
			});
			return;
		}
		for (const entry of entries.sort((a, b) => compareCodePoints(a.name, b.name))) {
			const full = join(dir, entry.name);
			let isDir = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const stats = statSync(full);
					isDir = stats.isDirectory();
					isFile = stats.isFile();
				} catch {
					unreadable.push({ path: relPath(root, full), reason: 'broken or looping symbolic link' });
					continue;
				}
			}
			if (isDir) walk(full);
			else if (isFile && /\.(txt|md|markdown)$/i.test(entry.name)) files.push(full);
		}
	};
	walk(root);
	return {
		files: files.sort((a, b) => compareCodePoints(relPath(root, a), relPath(root, b))),
		unreadable
	};
}

export function relPath(root: string, full: string): string {
	return relative(root, full).split(sep).join('/');
}

export function readManifest(root: string): { meta: Record<string, DocumentMeta>; error?: string } {
	const path = join(root, 'manifest.yaml');
	if (!existsSync(path)) return { meta: {} };
	try {
		const parsed = parse(readFileSync(path, 'utf8')) ?? {};
		const meta: Record<string, DocumentMeta> = {};
		for (const [file, value] of Object.entries(parsed as Record<string, Record<string, unknown>>)) {
			if (!value || typeof value !== 'object') continue;
			meta[file] = Object.fromEntries(
				Object.entries(value).map(([k, v]) => [
					k,
					v instanceof Date ? v.toISOString().slice(0, 10) : String(v)
				])
			);
		}
		return { meta };
	} catch (error) {
		return { meta: {}, error: `manifest.yaml: ${(error as Error).message.split('\n')[0]}` };
	}
}

export function readCorpus(root: string): {
	files: CorpusFile[];
	unreadable: UnreadableFile[];
	manifestError?: string;
} {
	const { files: paths, unreadable } = listCorpusFiles(root);
	const { meta, error } = readManifest(root);
	const files: CorpusFile[] = [];
	for (const full of paths) {
		const path = relPath(root, full);
		try {
			files.push({ path, bytes: new Uint8Array(readFileSync(full)), meta: meta[path] });
		} catch (e) {
			unreadable.push({
				path,
				reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
			});
		}
	}
	return { files, unreadable, manifestError: error };
}

/** graph-data/stories/*.yaml, sorted by file name; the id is the file name. */
export function readStories(dir: string): { id: string; label: string; text: string }[] {
	const folder = join(dir, 'stories');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort(compareCodePoints)
		.map((name) => ({
			id: name.replace(/\.ya?ml$/, ''),
			label: join(folder, name),
			text: readFileSync(join(folder, name), 'utf8')
		}));
}

export function readRegistryTexts(
	dir: string
): Partial<Record<RegistryName, { label: string; text: string }>> {
	const texts: Partial<Record<RegistryName, { label: string; text: string }>> = {};
	for (const name of REGISTRY_NAMES) {
		const path = join(dir, `${name}.yaml`);
		if (existsSync(path)) texts[name] = { label: path, text: readFileSync(path, 'utf8') };
	}
	return texts;
}
