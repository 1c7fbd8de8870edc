import type { QuestionKind } from '$lib/content/question-kinds';
import type { Question } from '$lib/content/quiz';

/** A small question with the given right and wrong options, for tests of scoring and the flow. */
export function question(id: string, kind: QuestionKind, correct: boolean[]): Question {
	return {
		id,
		kind,
		audience: 'staff',
		clauses: [id],
		situation: kind === 'situation' ? 'A short scene.' : undefined,
		prompt: `Prompt of ${id}`,
		options: correct.map((isCorrect, index) => ({
			text: kind === 'true-false' ? (index === 0 ? 'True' : 'False') : `Option ${index}`,
			correct: isCorrect,
			feedback: `Feedback ${index}`
		}))
	};
}
