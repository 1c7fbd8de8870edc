import { describe, expect, it, vi } from 'vitest';
import { groupsByClause } from '$lib/content/quiz';
import { parseDraft, type QuizDraft } from '$lib/quiz/quiz-draft';
import { quizPool } from '$lib/quiz/quiz-pool';
import { resumeQuiz } from '$lib/quiz/quiz-resume';
import { QuizSession } from '$lib/quiz/quiz-session.svelte';
import { decodeSuspendData, emptyResumeState, encodeSuspendData } from '$lib/scorm/suspend-data';
import { projectCourse } from '../project-course';

/**
 * Issue 29 replaced the question bank. A learner part-way through a quiz drawn from the old bank
 * (kept on the device, or in an LMS's suspend_data) must get a new attempt with a plain message,
 * never a crash. These ids are from the old bank; several no longer exist.
 */
const OLD_IDS = [
	'laws-named-in-policy',
	'listing-the-setting',
	'professionals-helpline',
	'nspcc-helpline-for-anyone',
	'route-for-colleague-concern',
	'who-to-tell-about-a-post',
	'tag-review-setting',
	'open-page-content',
	'what-makes-a-statement-defamatory',
	'who-the-policy-covers',
	'blog-about-the-garden',
	'friend-request-from-parent',
	'photo-with-parent-consent',
	'worrying-post-by-parent',
	'angry-about-a-parent'
];

const oldDraft: QuizDraft = {
	version: 1,
	seed: 2026,
	questionIds: OLD_IDS,
	answers: [[0], [1, 2], [3]],
	selection: [1],
	stage: 'question'
};

const { setting, policy } = projectCourse;
const rules = {
	pool: quizPool(projectCourse).pool,
	groupOf: groupsByClause(policy),
	size: setting.course.quizQuestions.induction,
	passMark: setting.course.passMark
};

function recordsHolding(draft: unknown) {
	const drafts = new Map<string, unknown>([['quiz:induction', draft]]);
	return {
		drafts,
		loadDraft: async (key: string) => drafts.get(key),
		saveDraft: async (key: string, value: unknown) => void drafts.set(key, value),
		clearDraft: async (key: string) => void drafts.delete(key),
		recordQuizAttempt: vi.fn(async () => undefined)
	};
}

describe('a quiz in progress from the old question bank', () => {
	it('some of its questions are gone from the new bank', () => {
		const ids = new Set(projectCourse.questions.map((question) => question.id));
		expect(OLD_IDS.filter((id) => !ids.has(id)).length).toBeGreaterThan(5);
	});

	it('is not resumed: the draft no longer fits the bank', () => {
		expect(parseDraft(oldDraft)).toEqual(oldDraft);
		expect(resumeQuiz(rules, oldDraft)).toBeUndefined();
	});

	it('on the device, opens as a new attempt (the page then says the questions have changed)', async () => {
		const records = recordsHolding(oldDraft);
		const session = await QuizSession.open(records, 'induction', rules);
		expect(session.resumed).toBe(false);
		expect(session.snapshot.value).toBe('introduction');
		session.send({ type: 'quiz.start' });
		const drawn = session.snapshot.context.questions.map((q) => q.question.id);
		expect(drawn).toHaveLength(rules.size);
		const pool = new Set(rules.pool.map((question) => question.id));
		for (const id of drawn) expect(pool.has(id)).toBe(true);
		// The new attempt's draft replaces the old one.
		await vi.waitFor(() =>
			expect(records.drafts.get('quiz:induction')).toMatchObject({ questionIds: drawn })
		);
		session.stop();
	});

	it("in an LMS's suspend_data, reads back whole and then starts afresh", async () => {
		const kept = encodeSuspendData({
			...emptyResumeState(),
			lessonsRead: ['why-it-matters'],
			quizDrafts: { induction: oldDraft }
		});
		const decoded = decodeSuspendData(kept);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.state.lessonsRead).toEqual(['why-it-matters']);
		expect(decoded.state.quizDrafts.induction).toEqual(oldDraft);
		const session = await QuizSession.open(
			recordsHolding(decoded.state.quizDrafts.induction),
			'induction',
			rules
		);
		expect(session.resumed).toBe(false);
		session.stop();
	});
});
