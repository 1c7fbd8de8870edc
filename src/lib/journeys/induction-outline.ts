import { isForStaff } from '$lib/content/audience';
import { scenariosOfLesson } from '$lib/content/course-links';
import type { Course } from '$lib/content/course-model';
import type { LessonOutline } from './induction-progress';

/**
 * What the staff induction asks, lesson by lesson: reading each lesson and finishing each of its
 * scenarios for staff (scenarios written for parents are for parents' evenings).
 */
export function inductionOutline(course: Pick<Course, 'lessons' | 'scenarios'>): LessonOutline[] {
	return course.lessons.map(({ slug, title }) => ({
		slug,
		title,
		scenarios: scenariosOfLesson(course, slug, isForStaff).map(({ id, title }) => ({ id, title }))
	}));
}
