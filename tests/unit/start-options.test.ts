import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PORT,
	busyPortMessage,
	portIsFree,
	startOptions
} from '../../scripts/lib/start-options.js';

describe('startOptions', () => {
	it('serves this computer alone on the usual port unless asked otherwise', () => {
		expect(startOptions([], {})).toEqual({ port: DEFAULT_PORT, host: undefined });
	});

	it('serves the local network with --host or HOST, or one address when given', () => {
		expect(startOptions(['--host'], {}).host).toBe('0.0.0.0');
		expect(startOptions(['--host', '192.168.1.20'], {}).host).toBe('192.168.1.20');
		expect(startOptions([], { HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
	});

	it('takes the port from PORT, and says plainly when PORT is not a port', () => {
		expect(startOptions([], { PORT: '5000' }).port).toBe(5000);
		expect(startOptions([], { PORT: 'eighty' }).problem).toBe(
			'PORT must be a whole number from 1 to 65535, not "eighty".'
		);
	});
});

describe('a busy port', () => {
	it('is found before anything is built, and the message says how to choose another', async () => {
		const taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, 'localhost', resolve));
		const { port } = taken.address() as { port: number };
		try {
			expect(await portIsFree(port, 'localhost')).toBe(false);
		} finally {
			await new Promise((resolve) => taken.close(resolve));
		}
		expect(await portIsFree(port, 'localhost')).toBe(true);
		expect(busyPortMessage(4173)).toContain('Port 4173 is already in use');
		expect(busyPortMessage(4173)).toContain('PORT=4174 npm start');
	});
});
