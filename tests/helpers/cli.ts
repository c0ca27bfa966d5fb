/** Run the project's CLI scripts the way a user does (through tsx), capturing output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function runScript(
	script: string,
	args: string[],
	env: Record<string, string> = {}
): { status: number; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		timeout: 240_000
	});
	return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'lunshu-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}
