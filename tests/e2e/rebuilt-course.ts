import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { freePort } from '../../tools/free-port';
import { copyProject } from '../../tools/project-copy';

function run(folder: string, command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: folder,
			env: { ...process.env, NODE_ENV: 'production' },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${errors}`))
		);
	});
}

/** Replaces text that must be in a file of the copy's lessons/ folder. */
export function editLessons(folder: string, file: string, from: string, to: string) {
	const path = join(folder, 'lessons', file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`lessons/${file} has no "${from}"`);
	writeFileSync(path, text.replace(from, to));
}

/**
 * The course rebuilt from a copy of the project whose lessons `edit` has changed, as a setting
 * publishes a new version: served on a port of its own, and put in the place of the site under
 * test for `context`, so that the browser's records (kept per address) are the ones it already
 * has. The caller stops it.
 */
export async function rebuiltCourse(context: BrowserContext, edit: (folder: string) => void) {
	const folder = copyProject(process.cwd(), 'rebuilt-course-');
	try {
		edit(folder);
		await run(folder, 'npm', ['run', 'build', '--silent']);
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
	const port = await freePort();
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort'],
		{
			cwd: folder,
			stdio: 'ignore'
		}
	);
	const origin = `http://localhost:${port}`;
	for (let attempt = 0; attempt < 100; attempt += 1) {
		const up = await fetch(origin).then(
			(response) => response.ok,
			() => false
		);
		if (up) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname !== 'localhost') return route.fallback();
		const response = await route.fetch({ url: `${origin}${url.pathname}${url.search}` });
		return route.fulfill({ response });
	});
	return {
		stop() {
			server.kill();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
