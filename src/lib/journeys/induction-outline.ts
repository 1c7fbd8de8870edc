import type { Course } from '$lib/content/course-model';
import type { LessonOutline } from './induction-progress';

/**
 * What the staff induction asks, lesson by lesson: reading each lesson and finishing the scenarios
 * its frontmatter names for the induction, in course order. The lesson's other scenarios are for
 * the refresher and for practice.
 */
export function inductionOutline(course: Pick<Course, 'lessons' | 'scenarios'>): LessonOutline[] {
	return course.lessons.map(({ slug, title, induction }) => ({
		slug,
		title,
		scenarios: course.scenarios
			.filter((scenario) => scenario.lesson === slug && induction.includes(scenario.id))
			.map(({ id, title }) => ({ id, title }))
	}));
}
