// What `npm start` is asked for, and what it says when it cannot serve. Kept apart from
// start.js, which builds and serves, so that the choices and the words are tested on their own.
import { createServer } from 'node:net';

export const DEFAULT_PORT = 4173;

/**
 * The address to serve on. Only this computer (localhost) unless asked otherwise: `--host`, or
 * `HOST=0.0.0.0`, serves to every device on the local network; `--host 192.168.1.20` or
 * `HOST=192.168.1.20`, on that address alone.
 * @param {string[]} args the command's arguments, after `npm start --`
 * @param {Record<string, string | undefined>} env
 * @returns {{ port: number, host: string | undefined, problem?: string }}
 */
export function startOptions(args, env) {
	const at = args.indexOf('--host');
	const value = at === -1 ? undefined : args[at + 1];
	const fromArgs = at === -1 ? undefined : value && !value.startsWith('-') ? value : '0.0.0.0';
	const host = fromArgs ?? (env.HOST || undefined);
	const port = Number(env.PORT ?? DEFAULT_PORT);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		return {
			port: DEFAULT_PORT,
			host,
			problem: `PORT must be a whole number from 1 to 65535, not "${env.PORT}".`
		};
	}
	return { port, host };
}

/**
 * What to say when the port is taken, most often by a course server that is still running.
 * @param {number} port
 */
export function busyPortMessage(port) {
	return [
		`Port ${port} is already in use, perhaps by another copy of the course that is still running.`,
		`Stop that one (Ctrl+C in its window), or choose another port, for example:`,
		`  PORT=${port + 1} npm start`
	].join('\n');
}

/**
 * Whether nothing is listening on the port yet, checked before a build that would be wasted.
 * @param {number} port
 * @param {string | undefined} host
 * @returns {Promise<boolean>}
 */
export function portIsFree(port, host) {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
			if (error.code === 'EADDRINUSE') resolve(false);
			else reject(error);
		});
		probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
	});
}
