import * as v from 'valibot';
import { createActor, type SnapshotFrom } from 'xstate';
import { quizMachine, type QuizEvent, type QuizInput } from './quiz-machine';

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

/** The events that take a new attempt, drawn from the draft's seed, to where the draft left off. */
export function resumeEvents(draft: QuizDraft): QuizEvent[] {
	const events: QuizEvent[] = [{ type: 'quiz.start' }];
	draft.answers.forEach((answer, index) => {
		for (const option of answer) events.push({ type: 'quiz.select', option });
		events.push({ type: 'quiz.answer' });
		const isLatest = index === draft.answers.length - 1;
		if (!isLatest || draft.stage === 'question') events.push({ type: 'quiz.next' });
	});
	for (const option of draft.selection) events.push({ type: 'quiz.select', option });
	return events;
}

/**
 * Starts the draft's attempt again where it left off, or returns undefined when the draft no
 * longer fits the bank (the questions were edited since) and a fresh attempt is needed.
 */
export function resumeQuiz(rules: Omit<QuizInput, 'seed'>, draft: QuizDraft) {
	const actor = createActor(quizMachine, { input: { ...rules, seed: draft.seed } }).start();
	const drawn = actor.getSnapshot().context.questions.map((q) => q.question.id);
	const fits =
		sameList(drawn, draft.questionIds) &&
		resumeEvents(draft).every((event) => {
			if (!actor.getSnapshot().can(event)) return false;
			actor.send(event);
			return true;
		}) &&
		sameList(actor.getSnapshot().context.answers.map(String), draft.answers.map(String)) &&
		sameList(actor.getSnapshot().context.selection, draft.selection);
	if (fits) return actor;
	actor.stop();
	return undefined;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, index) => item === b[index]);
}
