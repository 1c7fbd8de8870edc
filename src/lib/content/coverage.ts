import type { Course } from './course-model.ts';
import type { Clause } from './policy.ts';
import { lessonsTeaching } from './course-links.ts';
import { clausesCitedBy } from './scenario.ts';
import { scoredQuestions } from './scored-questions.ts';

export interface CoverageRow {
	clause: Clause;
	groupTitle: string;
	lessons: { slug: string; title: string }[];
	scenarios: { id: string; title: string }[];
	questions: { id: string }[];
}

/**
 * For each clause of the policy, what in the course teaches it, practises it and assesses it (in
 * the scored pool: not parents' questions, nor those awaiting the setting's decision).
 */
export function coverageOf(course: Course): CoverageRow[] {
	// A question assesses a clause only if a quiz that counts can ask it.
	const scored = scoredQuestions(course.questions, course.decisions);
	const groupTitles = new Map(course.policy.groups.map((group) => [group.id, group.title]));
	return course.policy.clauses.map((clause) => ({
		clause,
		groupTitle: groupTitles.get(clause.group) ?? clause.group,
		lessons: lessonsTeaching(course, clause.id).map(({ slug, title }) => ({ slug, title })),
		scenarios: course.scenarios
			.filter((scenario) => clausesCitedBy(scenario).has(clause.id))
			.map(({ id, title }) => ({ id, title })),
		questions: scored
			.filter((question) => question.clauses.includes(clause.id))
			.map(({ id }) => ({ id }))
	}));
}
