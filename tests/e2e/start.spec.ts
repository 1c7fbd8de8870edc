import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort } from '../../tools/free-port';

/** Runs `npm start` as `node scripts/start.js`, against the build the test run has just made. */
function start(port: number) {
	const child = spawn('node', ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	return { child, output: () => output, exited };
}

test('npm start prints the address plainly, and its server stops when it is stopped', async ({
	request
}) => {
	const port = await freePort();
	const run = start(port);
	await expect.poll(run.output, { timeout: 20_000 }).toContain('The course is at');
	expect(run.output()).toContain(`The course is at http://localhost:${port}/`);
	expect(run.output(), 'no table of chunks').not.toMatch(/\.js\s+[\d.]+ kB/);
	expect((await request.get(`http://localhost:${port}/`)).ok()).toBe(true);

	run.child.kill('SIGTERM');
	// 143 is 128 + SIGTERM: stopped by the signal, as asked.
	expect([0, 143]).toContain(await run.exited);
	await expect(request.get(`http://localhost:${port}/`)).rejects.toThrow();
});

test('npm start on a busy port says so, and how to choose another', async ({ baseURL }) => {
	// The port this test run's own server is listening on.
	const busy = Number(new URL(baseURL!).port);
	const run = start(busy);
	expect(await run.exited).toBe(1);
	expect(run.output()).toContain(`Port ${busy} is already in use`);
	expect(run.output()).toContain(`PORT=${busy + 1} npm start`);
	expect(run.output()).not.toContain('The course is at');
});
