import { describe, expect, it } from 'vitest';
import { groupsByClause, type Question } from '$lib/content/quiz';
import { cueWords } from '$lib/content/item-check';
import { drawQuiz, type DrawnQuestion } from '$lib/quiz/quiz-draw';
import { quizPool } from '$lib/quiz/quiz-pool';
import { scoreQuiz } from '$lib/quiz/quiz-scoring';
import { seededRandom } from '$lib/quiz/seeded-random';
import { projectCourse } from '../project-course';

/**
 * A pass should prove judgement. Two test-wise learners, who never open a lesson, sit the
 * induction and the refresher quiz 1,000 times each, drawn as the quiz page draws them.
 *
 * Each learner ranks the options as shown (shuffled) by one rule, and picks the best k, where k
 * is 1 for a single-answer question and, generously, the number of right options for an "all
 * that apply" question. Ties are broken at random (seeded), as a guessing learner would.
 * - "cue words": the most cue words (policy, DSL, Lead Practitioner, kindly, politely, report,
 *   ask), the words that mark the cautious answer;
 * - "longest": the longest option, in characters;
 * - "shortest": the shortest option, a third learner, so that long keys are not cured by short ones.
 */
const DRAWS = 1000;
/** Each learner must fail the pass mark in at least 95% of draws. */
const MOST_PASSES = 0.05;

type Rank = (question: Question, option: number) => number;
const byCueWords: Rank = (question, option) => cueWords(question.options[option]!.text).length;
const byLength: Rank = (question, option) => question.options[option]!.text.length;
const byShortness: Rank = (question, option) => -question.options[option]!.text.length;

function answer(drawn: DrawnQuestion, rank: Rank, random: () => number): number[] {
	const { question, order } = drawn;
	const k = question.kind === 'multiple' ? question.options.filter((o) => o.correct).length : 1;
	const ranked = order
		.map((option) => ({ option, score: rank(question, option), tie: random() }))
		.sort((a, b) => b.score - a.score || a.tie - b.tie);
	return ranked
		.slice(0, k)
		.map(({ option }) => option)
		.sort((a, b) => a - b);
}

const { setting, policy } = projectCourse;
const { pool } = quizPool(projectCourse);
const groupOf = groupsByClause(policy);
const passMark = setting.course.passMark;

function passRate(size: number, rank: Rank): number {
	let passes = 0;
	for (let draw = 0; draw < DRAWS; draw++) {
		const seed = (draw * 2654435761 + 12345) >>> 0;
		const drawn = drawQuiz({ pool, groupOf, size, seed });
		const random = seededRandom(seed ^ 0x5bd1e995);
		const answers = drawn.map((question) => answer(question, rank, random));
		const score = scoreQuiz(
			drawn.map((question) => question.question),
			answers,
			passMark
		);
		if (score.passed) passes += 1;
	}
	return passes / DRAWS;
}

describe('a test-wise learner who never opens a lesson fails the quiz', () => {
	describe.each([
		['induction', setting.course.quizQuestions.induction],
		['refresher', setting.course.quizQuestions.refresher]
	] as const)('the %s quiz', (_journey, size) => {
		it.each([
			['the option with the most cue words', byCueWords],
			['the longest option', byLength],
			['the shortest option', byShortness]
		] as const)('always choosing %s', (_rule, rank) => {
			const rate = passRate(size, rank);
			console.log(`${_journey}, ${_rule}: passes ${(rate * 100).toFixed(1)}% of ${DRAWS} draws`);
			expect(rate).toBeLessThanOrEqual(MOST_PASSES);
		});
	});
});
