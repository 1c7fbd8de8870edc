import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, checkLearnerName, tidyLearnerRole } from '$lib/records/learner-name';

describe('checkLearnerName', () => {
	it('trims a name and folds runs of spaces', () => {
		expect(checkLearnerName('  Amira \t  Khan \n')).toEqual({ ok: true, name: 'Amira Khan' });
	});

	it('refuses an empty or blank name', () => {
		expect(checkLearnerName('   ')).toEqual({ ok: false, reason: 'Please enter your name.' });
	});

	it('refuses a 10,000-character name', () => {
		expect(checkLearnerName('a'.repeat(10_000))).toEqual({
			ok: false,
			reason: `Please use at most ${MAX_NAME_LENGTH} characters.`
		});
	});

	it('accepts a name of exactly the limit, counting emoji as one character each', () => {
		const name = '👩🏽'.repeat(MAX_NAME_LENGTH / 2);
		expect(checkLearnerName(name)).toEqual({ ok: true, name });
	});

	it('keeps markup as the literal text typed', () => {
		const typed = '<img src=x onerror=alert(1)>';
		expect(checkLearnerName(typed)).toEqual({ ok: true, name: typed });
	});

	it('keeps right-to-left text as typed', () => {
		expect(checkLearnerName('  مريم  ')).toEqual({ ok: true, name: 'مريم' });
	});

	it('refuses a name of only invisible characters', () => {
		for (const typed of ['\u200B\u200B', '\u200B \uFEFF', '\u202E', '\u0000\u0007']) {
			expect(checkLearnerName(typed)).toEqual({ ok: false, reason: 'Please enter your name.' });
		}
	});

	it('drops control characters and direction overrides from a name', () => {
		expect(checkLearnerName('Sam\u0000 \u001B[31mLee\u0007')).toEqual({
			ok: true,
			name: 'Sam [31mLee'
		});
		expect(checkLearnerName('\u202Enimda Jo')).toEqual({ ok: true, name: 'nimda Jo' });
		expect(tidyLearnerRole('Room\u0000 leader')).toBe('Room leader');
	});

	it('replaces half of a surrogate pair, and keeps whole pairs', () => {
		expect(checkLearnerName('Amira \uD83D Khan \uDE00 😀')).toEqual({
			ok: true,
			name: 'Amira \uFFFD Khan \uFFFD 😀'
		});
	});

	it('composes a name typed in decomposed form (NFC)', () => {
		expect(checkLearnerName('Zoe\u0308')).toEqual({ ok: true, name: 'Zo\u00EB' });
	});
});
