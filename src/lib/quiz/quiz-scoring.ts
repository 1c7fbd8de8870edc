import type { Question } from '$lib/content/quiz';
import { isPass, scorePercent } from '$lib/course/score';

/**
 * All or nothing: an answer is right when it picks every correct option and no other. For an
 * "all that apply" question this means one wrong tick, or one missed right option, loses the mark.
 */
export function isAnswerRight(question: Question, chosen: readonly number[]): boolean {
	const picked = new Set(chosen);
	return question.options.every((option, index) => option.correct === picked.has(index));
}

export interface QuizScore {
	correct: number;
	total: number;
	/** See scorePercent. */
	percent: number;
	passMark: number;
	passed: boolean;
}

export function scoreQuiz(
	questions: readonly Question[],
	answers: readonly (readonly number[])[],
	passMark: number
): QuizScore {
	const total = questions.length;
	const correct = questions.filter((question, i) =>
		isAnswerRight(question, answers[i] ?? [])
	).length;
	return {
		correct,
		total,
		percent: scorePercent({ correct, total }),
		passMark,
		passed: isPass({ correct, total }, passMark)
	};
}
