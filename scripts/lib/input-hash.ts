/**
 * scripts/lib/input-hash: a content hash of everything graph.json depends on (corpus files,
 * manifest, registries, the pipeline's own source), so `npm start` rebuilds only when one of
 * them changed, and an edit, addition or deletion always triggers a rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpusFiles, relPath } from './corpus-files';
import { REGISTRY_NAMES } from '../../src/lib/core/registry/registries';
import { compareCodePoints } from '../../src/lib/core/util/hash';

function listFiles(dir: string, pattern: RegExp): string[] {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	for (const name of readdirSync(dir).sort(compareCodePoints)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out.push(...listFiles(full, pattern));
		else if (pattern.test(name)) out.push(full);
	}
	return out;
}

export function computeInputHash(corpus: string, registries: string): string {
	const hash = createHash('sha256');
	const add = (label: string, path: string) => {
		hash.update(label);
		hash.update('\0');
		try {
			hash.update(readFileSync(path));
		} catch {
			hash.update('<unreadable>');
		}
		hash.update('\0');
	};
	for (const file of listCorpusFiles(corpus).files) add(`corpus:${relPath(corpus, file)}`, file);
	if (existsSync(join(corpus, 'manifest.yaml'))) add('manifest', join(corpus, 'manifest.yaml'));
	for (const name of REGISTRY_NAMES)
		if (existsSync(join(registries, `${name}.yaml`)))
			add(`registry:${name}`, join(registries, `${name}.yaml`));
	for (const file of listFiles(join(registries, 'stories'), /\.ya?ml$/)) add(`story:${file}`, file);
	for (const file of listFiles('src/lib/core', /\.ts$/)) add(`code:${file}`, file);
	return hash.digest('hex');
}
