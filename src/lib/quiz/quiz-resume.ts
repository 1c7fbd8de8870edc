import { createActor } from 'xstate';
import type { QuizDraft } from './quiz-draft';
import { quizMachine, type QuizEvent, type QuizInput } from './quiz-machine';

/** The events that take a new attempt, drawn from the draft's seed, to where the draft left off. */
function resumeEvents(draft: QuizDraft): QuizEvent[] {
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
