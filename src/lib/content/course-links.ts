import type { Course } from './course-model.ts';
import type { Lesson } from './lesson.ts';
import type { Scenario } from './scenario.ts';

/** The lessons that teach a clause (name it in their frontmatter), in course order. */
export function lessonsTeaching(course: Pick<Course, 'lessons'>, clauseId: string): Lesson[] {
	return course.lessons.filter((lesson) => lesson.clauses.includes(clauseId));
}

/** The scenarios kept in a lesson's folder, in course order, optionally only those a filter keeps. */
export function scenariosOfLesson(
	course: Pick<Course, 'scenarios'>,
	slug: string,
	keep: (scenario: Scenario) => boolean = () => true
): Scenario[] {
	return course.scenarios.filter((scenario) => scenario.lesson === slug && keep(scenario));
}
