import { describe, expect, it } from 'vitest';
import { translationNotice } from '$lib/families/translation-notice';

const words = {
	draft: 'Not yet checked.',
	checked: 'Checked by a {role} on {date}.',
	approved: 'Checked by a {role} on {date}, approved on {approved}.'
};
const checked = { by: 'Anna Kowalska', role: 'parent governor', date: '2026-12-08' };

describe('translationNotice', () => {
	it('says a draft has not been checked', () => {
		expect(translationNotice({ code: 'pl', status: 'draft' }, words)).toBe('Not yet checked.');
	});

	it('names the checker’s role, not their name, and the date in the language', () => {
		const notice = translationNotice({ code: 'pl', status: 'checked', checked }, words);
		expect(notice).toBe('Checked by a parent governor on 8 grudnia 2026.');
		expect(notice).not.toContain('Anna');
	});

	it('adds the DSL’s approval once approved', () => {
		const approved = { by: 'Mrs Patel', date: '2026-12-10' };
		expect(translationNotice({ code: 'en-GB', status: 'approved', checked, approved }, words)).toBe(
			'Checked by a parent governor on 8 December 2026, approved on 10 December 2026.'
		);
	});
});
