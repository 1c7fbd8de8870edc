// `npm start`: builds the site when it is missing or older than its sources, then serves the built
// site on localhost and prints its address.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'lessons', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
const BUILT = join('build', 'index.html');

/**
 * @param {string} path
 * @returns {number}
 */
function newestChange(path) {
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return readdirSync(path).reduce(
		(newest, entry) => Math.max(newest, newestChange(join(path, entry))),
		stats.mtimeMs
	);
}

const stale =
	!existsSync(BUILT) ||
	SOURCES.some((source) => existsSync(source) && newestChange(source) > statSync(BUILT).mtimeMs);
if (stale) {
	console.log('Building the course…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '4173';
console.log(`\nThe course is at http://localhost:${port}/ (press Ctrl+C to stop).\n`);
spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], { stdio: 'inherit' }).on(
	'exit',
	(code) => process.exit(code ?? 0)
);
