import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { modulesFromPath, qrPath } from '$lib/records/certificates/qr-path';

/** Draws modules as black and white RGBA pixels, as a camera would see a printed code. */
function rasterise(modules: boolean[][], scale = 4) {
	const size = modules.length * scale;
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const dark = modules[Math.floor(y / scale)]![Math.floor(x / scale)];
			data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * size + x) * 4);
		}
	}
	return { width: size, height: size, data };
}

describe('qrPath', () => {
	it('draws each horizontal run of dark modules as one rectangle', () => {
		expect(
			qrPath([
				[true, true, false, true],
				[false, false, false, false],
				[false, true, true, true]
			])
		).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
	});

	it('draws a code that a reader decodes back to the verify address', () => {
		const address =
			'https://course.example/verify#id=7K3M-Q9XA-2BFD&n=%D9%85%D8%B1%D9%8A%D9%85&code=ABCDE-FGHJK';
		const modules = encodeQR(address, 'raw', { border: 4 });
		const drawn = modulesFromPath(qrPath(modules), modules.length);
		expect(drawn).toEqual(modules);
		expect(decodeQR(rasterise(drawn))).toBe(address);
	});
});
