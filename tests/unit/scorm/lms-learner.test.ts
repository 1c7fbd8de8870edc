import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '$lib/records/learner-name';
import { learnerNameFromLms } from '$lib/scorm/lms-learner';

describe("the learner's name from the LMS", () => {
	it.each([
		['Okafor, Ada', 'Ada Okafor'],
		['  Smith ,  Jo  ', 'Jo Smith'],
		['Madonna', 'Madonna'],
		['de la Cruz, María José', 'María José de la Cruz'],
		['', 'Learner'],
		[' , ', 'Learner']
	])('%j reads as %j', (studentName, expected) => {
		expect(learnerNameFromLms(studentName)).toBe(expected);
	});

	it('cuts a very long name to the length a name may have', () => {
		expect([...learnerNameFromLms('x'.repeat(10_000))]).toHaveLength(MAX_NAME_LENGTH);
	});
});
