import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from '$lib/read-aloud/reading-preferences';

describe('parsePreferences', () => {
	it('reads stored preferences back', () => {
		const stored = { version: 1, speed: 'slower', voiceURI: 'uri:Daniel' };
		expect(parsePreferences(stored)).toEqual(stored);
	});

	it('gives the normal speed and no voice for anything else', () => {
		for (const stored of [
			undefined,
			null,
			'fast',
			{ version: 1, speed: 'zoom' },
			{ speed: 'slower' }
		]) {
			expect(parsePreferences(stored)).toEqual(DEFAULT_PREFERENCES);
		}
	});
});
