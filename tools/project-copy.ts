import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a copy of the project leaves out: what is installed, built or made by a run. */
const NOT_COPIED = new Set([
	'node_modules',
	'build',
	'build-scorm',
	'.svelte-kit',
	'.svelte-kit-scorm',
	'bench-results',
	'test-results',
	'playwright-report',
	'.git'
]);

/**
 * A copy of the project in a temporary folder, sharing its node_modules, without the folders
 * named in `alsoLeftOut`; returns the folder. Nothing in it is committed.
 */
export function copyProject(project: string, prefix: string, alsoLeftOut: string[] = []): string {
	const target = mkdtempSync(join(tmpdir(), prefix));
	const leftOut = new Set([...NOT_COPIED, ...alsoLeftOut]);
	for (const entry of readdirSync(project)) {
		if (!leftOut.has(entry)) cpSync(join(project, entry), join(target, entry), { recursive: true });
	}
	symlinkSync(join(project, 'node_modules'), join(target, 'node_modules'));
	return target;
}
