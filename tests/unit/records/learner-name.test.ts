import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, checkLearnerName } from '../../../src/lib/records/learner-name';

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
});
