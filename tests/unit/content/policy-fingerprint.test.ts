import { describe, expect, it } from 'vitest';
import type { Policy } from '$lib/content/policy';
import { policyEdition, textFingerprint } from '$lib/server/content/policy-fingerprint';
import { projectCourse } from '../project-course';

function policyWith(words: Record<string, string>): Policy {
	const ids = Object.keys(words);
	const wordsOf = (id: string) => words[id] ?? '';
	return {
		groups: [{ id: 'all', title: 'All' }],
		clauses: ids.map((id) => ({ id, who: 'staff', rule: id, group: 'all', words: wordsOf(id) })),
		preamble: ['The policy.'],
		sections: [
			{ heading: 'Rules', blocks: ids.map((id) => ({ clause: id, text: wordsOf(id), anchor: id })) }
		]
	};
}

describe('the policy fingerprint', () => {
	it('is 16 hex digits of the SHA-256 of the words', () => {
		// SHA-256("abc") begins ba7816bf8f01cfea.
		expect(textFingerprint('abc')).toBe('ba7816bf8f01cfea');
	});

	it('ignores spacing and line breaks but not words', () => {
		expect(textFingerprint('  Do not\n  accept   requests. ')).toBe(
			textFingerprint('Do not accept requests.')
		);
		expect(textFingerprint('Do not accept requests.')).not.toBe(
			textFingerprint('Do accept requests.')
		);
	});

	it('changes the whole and the one clause whose words change, and no other', () => {
		const before = policyEdition(policyWith({ a: 'First rule.', b: 'Second rule.' }), '1');
		const after = policyEdition(policyWith({ a: 'First rule.', b: 'Second rule, changed.' }), '1');
		expect(after.fingerprint).not.toBe(before.fingerprint);
		expect(after.clauses.a).toBe(before.clauses.a);
		expect(after.clauses.b).not.toBe(before.clauses.b);
	});

	it('fingerprints every clause of the built policy, with the version from setting.yaml', () => {
		const course = projectCourse;
		const edition = policyEdition(course.policy, course.setting.policy.version);
		expect(edition.version).toBe(course.setting.policy.version);
		expect(Object.keys(edition.clauses)).toEqual(course.policy.clauses.map((clause) => clause.id));
		expect(edition.fingerprint).toMatch(/^[0-9a-f]{16}$/);
	});
});
