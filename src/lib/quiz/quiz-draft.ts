import * as v from 'valibot';
import type { SnapshotFrom } from 'xstate';
import type { Journey } from '$lib/journeys/journey';
import type { quizMachine } from './quiz-machine';

const optionList = v.array(v.pipe(v.number(), v.integer(), v.minValue(0)));

const draftSchema = v.pipe(
	v.object({
		version: v.literal(1),
		seed: v.pipe(v.number(), v.integer()),
		questionIds: v.array(v.string()),
		answers: v.array(optionList),
		selection: optionList,
		stage: v.picklist(['question', 'feedback'])
	}),
	v.check(
		(draft) =>
			draft.stage === 'feedback'
				? draft.answers.length >= 1 && draft.answers.length <= draft.questionIds.length
				: draft.answers.length < draft.questionIds.length,
		'answers do not fit the stage'
	)
);

/**
 * An unfinished attempt as it is saved between visits: the seed re-draws the same questions, and
 * the answers are replayed. Small on purpose: the questions themselves come from the bank.
 */
export type QuizDraft = v.InferOutput<typeof draftSchema>;

/** Where a journey's unfinished attempt is kept among the learner's drafts. */
export const quizDraftKey = (journey: Journey) => `quiz:${journey}`;

/** The draft to save for a snapshot, or undefined when there is nothing in progress. */
export function draftOf(snapshot: SnapshotFrom<typeof quizMachine>): QuizDraft | undefined {
	const stage = snapshot.matches('question')
		? 'question'
		: snapshot.matches('feedback')
			? 'feedback'
			: undefined;
	if (!stage) return undefined;
	const { seed, questions, answers, selection } = snapshot.context;
	return {
		version: 1,
		seed,
		questionIds: questions.map((drawn) => drawn.question.id),
		answers,
		selection,
		stage
	};
}

/** Reads stored data as a draft; anything else (old, corrupt, someone else's shape) is ignored. */
export function parseDraft(stored: unknown): QuizDraft | undefined {
	const result = v.safeParse(draftSchema, stored);
	return result.success ? result.output : undefined;
}
