// `npm start`: builds the site when it is missing or older than its sources, then serves the built
// site and prints its address. The server runs in this process, so it stops when this does.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { busyPortMessage, portIsFree, startOptions } from './lib/start-options.js';

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

const { port, host, problem } = startOptions(process.argv.slice(2), process.env);
if (problem) {
	console.error(problem);
	process.exit(1);
}
// Before a build, which would be wasted on a port that is taken.
if (!(await portIsFree(port, host))) {
	console.error(busyPortMessage(port));
	process.exit(1);
}

const stale =
	!existsSync(BUILT) ||
	SOURCES.some((source) => existsSync(source) && newestChange(source) > statSync(BUILT).mtimeMs);
if (stale) {
	console.log('Building the course (a minute or so)…');
	// The build's own report (tables of chunks, timings) would bury the address: it is shown only
	// when the build fails, to say why.
	const build = spawnSync('npm', ['run', 'build'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (build.status !== 0) {
		console.error(`${build.stdout}${build.stderr}\nThe course could not be built: see above.`);
		process.exit(build.status ?? 1);
	}
}

const server = await preview({
	logLevel: 'warn',
	preview: { port, strictPort: true, host: host ?? 'localhost' }
}).catch((/** @type {Error} */ error) => {
	// Another program may have taken the port while the site was building.
	console.error(/already in use/.test(error.message) ? busyPortMessage(port) : error.message);
	process.exit(1);
});

/**
 * Bold in a terminal that shows it, so that the address stands out; plain in a log file.
 * @param {string} text
 */
function strong(text) {
	return process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${text}\x1b[22m` : text;
}

const urls = server.resolvedUrls ?? { local: [], network: [] };
console.log(`\n  The course is at ${strong(urls.local[0] ?? `http://localhost:${port}/`)}`);
for (const url of urls.network) console.log(`  On this network:  ${strong(url)}`);
if (urls.network.length === 0) {
	console.log('  To open it on a tablet on the same Wi-Fi: npm start -- --host (see README.md)');
}
console.log('\n  Press Ctrl+C to stop.\n');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.once(signal, () => {
		void server.close().finally(() => process.exit(0));
	});
}
