import { describe, expect, it } from 'vitest';
import { qrModules } from '$lib/records/certificates/qr-code';

describe('qrModules', () => {
	it('makes a square code with its quiet zone for a verify address', () => {
		const modules = qrModules('https://example.org/verify#id=7K3M-Q9XA-2BFD&n=Amira');
		expect(modules?.length).toBeGreaterThan(21 + 8);
		expect(modules?.every((row) => row.length === modules.length)).toBe(true);
		expect(modules?.[0]?.some(Boolean)).toBe(false);
	});

	it('gives no code, rather than throwing, for text too long for any QR code', () => {
		expect(qrModules('%E2%80%99'.repeat(1_000))).toBeUndefined();
	});
});
