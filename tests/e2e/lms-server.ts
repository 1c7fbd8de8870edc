import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Where Moodle serves an uploaded package from: the context and the revision change per upload. */
export const PACKAGE_PATH = '/pluginfile.php/42/mod_scorm/content/3/';
export const PLAYER_PATH = '/mod/scorm/player.php';
const RUNTIME_PATH = '/lib/scorm12.js';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json'
};

/**
 * scorm-again's SCORM 1.2 runtime, a dev dependency: an LMS's API written by other people, so that
 * the course is tested against a runtime it did not write.
 */
export function scormRuntime(): string {
	const require = createRequire(import.meta.url);
	const file = require.resolve('scorm-again/scorm12');
	const minified = join(dirname(file), 'scorm12.min.js');
	return readFileSync(existsSync(minified) ? minified : file, 'utf8');
}

/**
 * The LMS's player page: scorm-again's API on `window.API`, loaded with what the LMS holds for
 * the learner (`window.lmsStart`, put there by the test), and the course in an iframe. Every call
 * the course makes is logged on `window.lmsLog`, with what the LMS holds after each commit.
 */
const PLAYER = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Moodle-like player</title><link rel="icon" href="data:,"><script src="${RUNTIME_PATH}"></script></head>
<body>
<script>
	const Runtime = window.Scorm12API ?? window.ScormAgain?.Scorm12API;
	const api = new Runtime({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
	api.loadFromJSON(window.lmsStart ?? {}, '');
	const log = (window.lmsLog = []);
	const held = () => ({
		status: api.LMSGetValue('cmi.core.lesson_status'),
		raw: api.LMSGetValue('cmi.core.score.raw'),
		min: api.LMSGetValue('cmi.core.score.min'),
		max: api.LMSGetValue('cmi.core.score.max'),
		suspendData: api.LMSGetValue('cmi.suspend_data')
	});
	for (const name of ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
		const call = api[name].bind(api);
		api[name] = (...args) => {
			const result = String(call(...args));
			const entry = { name, args, result, error: String(api.LMSGetLastError()) };
			if (name === 'LMSCommit') entry.held = held();
			log.push(entry);
			return result;
		};
	}
	window.API = api;
</script>
<iframe title="Course" src="${PACKAGE_PATH}index.html" style="width: 100%; height: 90vh; border: 0"></iframe>
</body>
</html>`;

/**
 * A web server that behaves as Moodle does for a package: each file of the unpacked zip at its
 * exact path under a deep folder, and nothing else (no index of a folder, no `.html` added).
 */
export async function startLms(files: Map<string, Buffer>, runtime: string) {
	const requests: string[] = [];
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://lms').pathname);
		requests.push(path);
		const send = (status: number, type: string, body: string | Buffer) => {
			response.writeHead(status, { 'content-type': type });
			response.end(body);
		};
		if (path === PLAYER_PATH) return send(200, TYPES['.html']!, PLAYER);
		if (path === RUNTIME_PATH) return send(200, TYPES['.js']!, runtime);
		const file = path.startsWith(PACKAGE_PATH) && files.get(path.slice(PACKAGE_PATH.length));
		if (file) return send(200, TYPES[extname(path)] ?? 'application/octet-stream', file);
		send(404, 'text/plain', 'Not found');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}
