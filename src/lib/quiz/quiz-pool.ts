import { lessonsTeaching } from '$lib/content/course-links';
import type { Course } from '$lib/content/course-model';
import { openQuestionsOfQuestions } from '$lib/content/decisions';
import { scoredQuestions } from '$lib/content/scored-questions';
import type { QuizClause } from './quiz-clause';
import type { QuizInput } from './quiz-machine';

/**
 * The scored question bank for staff (without questions that await the setting's decision), the clauses it cites and the open questions it meets: the same for every journey, and it grows
 * with the course, so the quiz page fetches it as one file when the learner starts or resumes.
 */
export function quizPool(course: Pick<Course, 'questions' | 'policy' | 'lessons' | 'decisions'>) {
	const pool = scoredQuestions(course.questions, course.decisions);
	const cited = new Set(pool.flatMap((question) => question.clauses));
	const clauses: Record<string, QuizClause> = {};
	for (const clause of course.policy.clauses) {
		if (!cited.has(clause.id)) continue;
		const [lesson] = lessonsTeaching(course, clause.id);
		clauses[clause.id] = {
			id: clause.id,
			rule: clause.rule,
			group: clause.group,
			lesson: lesson && { slug: lesson.slug, title: lesson.title, order: lesson.order }
		};
	}
	const openQuestions = openQuestionsOfQuestions(
		course.decisions,
		pool.map((question) => question.id)
	);
	return { pool, clauses, openQuestions };
}

export type QuizPool = ReturnType<typeof quizPool>;

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
