import { course } from '$lib/content/course.server';

export const load = () => ({ lessonCount: course.lessons.length });
