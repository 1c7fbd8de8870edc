/** The kinds of quiz question. Kept apart from the bank's schema so the quiz page can use them without it. */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'situation'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds whose learner picks one option; a `multiple` question asks for all that apply. */
export function hasOneAnswer(kind: QuestionKind): boolean {
	return kind !== 'multiple';
}
