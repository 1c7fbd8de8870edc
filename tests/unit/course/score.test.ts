import { describe, expect, it } from 'vitest';
import { isPass, questionsNeededToPass, scorePercent } from '$lib/course/score';
import { scoreQuiz } from '$lib/quiz/quiz-scoring';
import { lmsResult } from '$lib/scorm/lms-session';
import { emptyResumeState } from '$lib/scorm/suspend-data';
import { CourseRecords } from '$lib/records/course-records.svelte';
import { memoryStore } from '$lib/records/key-value-store';
import { evidenceRow } from '$lib/records/evidence-rows';
import { recordsCsv } from '$lib/records/records-csv';
import { codeMatches } from '$lib/records/certificates/certificate-code';
import {
	certificateFields,
	readVerifyFragment,
	scoreText,
	verifyFragment
} from '$lib/records/certificates/certificate-link';
import { question } from '../quiz/small-questions';
import { course, editions, pass } from '../records/fixtures/records';

describe('the score', () => {
	it('rounds down, so 13 of 15 is 86% and 2 of 3 is 66%', () => {
		expect(scorePercent({ correct: 13, total: 15 })).toBe(86);
		expect(scorePercent({ correct: 2, total: 3 })).toBe(66);
		expect(scorePercent({ correct: 15, total: 15 })).toBe(100);
		expect(scorePercent({ correct: 0, total: 0 })).toBe(0);
	});

	it('passes by whole marks, never by rounding', () => {
		expect(isPass({ correct: 12, total: 15 }, 80)).toBe(true);
		expect(isPass({ correct: 11, total: 15 }, 80)).toBe(false);
		expect(isPass({ correct: 239, total: 300 }, 80)).toBe(false);
		expect(isPass({ correct: 0, total: 0 }, 0)).toBe(false);
	});

	it.each([
		[15, 80],
		[10, 80],
		[12, 75],
		[7, 66],
		[20, 85]
	])('needs exactly the fewest right answers that pass, out of %i at %i%%', (total, passMark) => {
		const needed = questionsNeededToPass(total, passMark);
		expect(isPass({ correct: needed, total }, passMark)).toBe(true);
		expect(isPass({ correct: needed - 1, total }, passMark)).toBe(false);
	});
});

describe('13 of 15, everywhere it is shown', () => {
	it('reads 86% on the quiz result, in the LMS, on the certificate, the evidence sheet and the CSV', async () => {
		const fifteen = Array.from({ length: 15 }, (_, i) =>
			question(`q${i}`, 'single', [true, false])
		);
		const answers = fifteen.map((_, i) => (i < 13 ? [0] : [1]));
		expect(scoreQuiz(fifteen, answers, 80).percent).toBe(86);

		const lms = lmsResult({
			...emptyResumeState(),
			bestAttempts: { induction: { correct: 13, total: 15, passMark: 80 } }
		});
		expect(lms).toEqual({ status: 'passed', score: 86 });

		const records = new CourseRecords(() => course);
		await records.connect(async () => memoryStore());
		await records.addLearner('Amira Khan');
		const certificate = (await records.recordQuizAttempt({ ...pass, correct: 13, total: 15 }))!;
		expect(scoreText(certificate)).toBe('13 of 15 (86%)');

		const held = { learner: records.learner!, progress: records.progress! };
		const context = { today: certificate.completedOn, reminderDays: 30, edition: editions.current };
		expect(evidenceRow(held, context).induction?.scorePercent).toBe(86);

		const [header, row] = recordsCsv([held], { ...context, lessonCount: 9 }).split('\r\n');
		const column = header!.split(',').indexOf('"Induction score (%)"');
		expect(row!.split(',')[column]).toBe('"86"');
	});

	it('checks a certificate printed as 87% before the score was rounded down', async () => {
		const records = new CourseRecords(() => course);
		await records.connect(async () => memoryStore());
		await records.addLearner('Amira Khan');
		const certificate = (await records.recordQuizAttempt({ ...pass, correct: 13, total: 15 }))!;
		const printedThen = {
			...readVerifyFragment(verifyFragment(certificate)),
			score: '13 of 15 (87%)'
		};
		const fields = certificateFields(printedThen);
		expect(fields).toBeDefined();
		expect(await codeMatches(fields!, certificate.code)).toBe(true);
	});
});

describe('a certificate comes from a pass the score judged', () => {
	it('is not issued for a fail, whatever pass mark the page sends', async () => {
		const records = new CourseRecords(() => course);
		await records.connect(async () => memoryStore());
		await records.addLearner('Sam');
		expect(await records.recordQuizAttempt({ ...pass, correct: 5, passMark: 0 })).toBeUndefined();
		expect(records.progress?.quizAttempts).toMatchObject([{ passMark: 80, passed: false }]);
	});
});
