import { assign, emit, setup } from 'xstate';
import { hasOneAnswer } from '$lib/content/question-kinds';
import { drawQuiz, type DrawnQuestion, type DrawRules } from './quiz-draw';
import { scoreQuiz, type QuizScore } from './quiz-scoring';

export interface QuizInput extends DrawRules {
	/** Per cent of questions to answer rightly to pass. */
	passMark: number;
	seed: number;
}

export interface QuizContext extends QuizInput {
	questions: DrawnQuestion[];
	/** Which question is on screen (or whose feedback is). */
	index: number;
	/** The bank indices of the options chosen, one list per question answered so far. */
	answers: number[][];
	/** The options ticked on the current question, before the answer is checked. */
	selection: number[];
}

export type QuizEvent =
	| { type: 'quiz.start' }
	| { type: 'quiz.select'; option: number }
	| { type: 'quiz.answer' }
	| { type: 'quiz.next' }
	| { type: 'quiz.retake'; seed: number };

/** Told once an attempt is finished, so that the page can record it. */
export interface QuizFinished {
	type: 'quiz.finished';
	seed: number;
	questionIds: string[];
	score: QuizScore;
}

export function currentQuestion(context: QuizContext): DrawnQuestion | undefined {
	return context.questions[context.index];
}

export function scoreOf(context: QuizContext): QuizScore {
	return scoreQuiz(
		context.questions.map((drawn) => drawn.question),
		context.answers,
		context.passMark
	);
}

/** The quiz flow: introduction, then question and feedback in turn, then the result. */
export const quizMachine = setup({
	types: {
		input: {} as QuizInput,
		context: {} as QuizContext,
		events: {} as QuizEvent,
		emitted: {} as QuizFinished
	},
	guards: {
		isOffered: ({ context }, params: { option: number }) =>
			params.option in (currentQuestion(context)?.question.options ?? []),
		hasSelection: ({ context }) => context.selection.length > 0,
		isLastQuestion: ({ context }) => context.index >= context.questions.length - 1
	},
	actions: {
		select: assign({
			selection: ({ context }, params: { option: number }) => {
				const kind = currentQuestion(context)?.question.kind ?? 'single';
				if (hasOneAnswer(kind)) return [params.option];
				return context.selection.includes(params.option)
					? context.selection.filter((option) => option !== params.option)
					: [...context.selection, params.option].sort((a, b) => a - b);
			}
		}),
		answer: assign({
			answers: ({ context }) => [...context.answers, context.selection],
			selection: []
		}),
		advance: assign({ index: ({ context }) => context.index + 1 }),
		redraw: assign(({ context }, params: { seed: number }) => ({
			seed: params.seed,
			questions: drawQuiz({ ...context, seed: params.seed }),
			index: 0,
			answers: [],
			selection: []
		})),
		announceResult: emit(({ context }) => ({
			type: 'quiz.finished' as const,
			seed: context.seed,
			questionIds: context.questions.map((drawn) => drawn.question.id),
			score: scoreOf(context)
		}))
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => ({
		...input,
		questions: drawQuiz(input),
		index: 0,
		answers: [],
		selection: []
	}),
	initial: 'introduction',
	states: {
		introduction: {
			on: { 'quiz.start': 'question' }
		},
		question: {
			on: {
				'quiz.select': {
					guard: { type: 'isOffered', params: ({ event }) => ({ option: event.option }) },
					actions: { type: 'select', params: ({ event }) => ({ option: event.option }) }
				},
				'quiz.answer': { guard: 'hasSelection', target: 'feedback', actions: 'answer' }
			}
		},
		feedback: {
			on: {
				'quiz.next': [
					{ guard: 'isLastQuestion', target: 'result' },
					{ target: 'question', actions: 'advance' }
				]
			}
		},
		result: {
			entry: 'announceResult',
			on: {
				'quiz.retake': {
					target: 'question',
					actions: { type: 'redraw', params: ({ event }) => ({ seed: event.seed }) }
				}
			}
		}
	}
});
