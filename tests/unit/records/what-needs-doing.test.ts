import { describe, expect, it } from 'vitest';
import { signOffOf } from '$lib/records/sign-off';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { hasNeed } from '$lib/records/what-needs-doing';
import { editions } from './fixtures/records';

const context = { today: '2026-11-26', reminderDays: 30, edition: editions.current };
const at = '2026-11-01T10:00:00.000Z';

describe('hasNeed', () => {
	it('finds a learner who has not started, and not one who has', () => {
		expect(hasNeed('not-started', emptyProgress('a'), context)).toBe(true);
		const started = { ...emptyProgress('a'), lessonsRead: ['tagging'] };
		expect(hasNeed('not-started', started, context)).toBe(false);
		expect(hasNeed('in-progress', started, context)).toBe(true);
	});

	it('finds who needs to sign: never signed, or signed an older edition only', () => {
		const old = { ...emptyProgress('a'), signOffs: [signOffOf(editions.old, 'A', '', at)] };
		const current = { ...emptyProgress('a'), signOffs: [signOffOf(editions.current, 'A', '', at)] };
		expect(hasNeed('needs-to-sign', emptyProgress('a'), context)).toBe(true);
		expect(hasNeed('needs-to-sign', old, context)).toBe(true);
		expect(hasNeed('needs-to-sign', current, context)).toBe(false);
		expect(hasNeed('everyone', current, context)).toBe(true);
	});
});
