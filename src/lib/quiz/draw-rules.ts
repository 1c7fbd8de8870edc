import type { QuizInput } from './quiz-machine';
import type { QuizPool } from './quiz-pool';

// Its own module, importing only types: the quiz page calls it, and quiz-pool.ts would bring the
// content schemas (valibot, yaml) into the page with it.
/** The rules of one journey's quiz, drawn from the fetched bank. */
export function drawRules(
	{ pool, clauses }: QuizPool,
	size: number,
	passMark: number
): Omit<QuizInput, 'seed'> {
	return {
		pool,
		groupOf: (clauseId) => clauses[clauseId]?.group ?? clauseId,
		size,
		passMark
	};
}
