import { course } from '$lib/content/course.server';
import { summariseLesson } from '$lib/content/lesson-summary';
import { inductionOutline } from '$lib/journeys/induction-outline';

export const load = () => ({
	lessons: course.lessons.map(summariseLesson),
	minutes: course.lessons.reduce((total, lesson) => total + lesson.minutes, 0),
	outline: inductionOutline(course),
	policy: course.setting.policy
});
