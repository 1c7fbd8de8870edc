import { describe, expect, it } from 'vitest';
import { fragmentText } from '$lib/address-fragment';

describe('fragmentText', () => {
	it('decodes a well-formed fragment', () => {
		expect(fragmentText('#7K3M-Q9XA-2BFD')).toBe('7K3M-Q9XA-2BFD');
		expect(fragmentText('#no%20friends')).toBe('no friends');
	});

	it('reads a malformed escape as the characters typed', () => {
		for (const hash of ['#%', '#%E0%A4%A', '#%ZZ', '#ok%']) {
			expect(fragmentText(hash)).toBe(hash.slice(1));
		}
	});
});
