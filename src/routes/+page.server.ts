import { course } from '$lib/server/content/course';
import { summariseLesson } from '$lib/content/lesson-summary';

export const load = () => ({
	lessons: course.lessons.map(summariseLesson),
	minutes: course.lessons.reduce((total, lesson) => total + lesson.minutes, 0),
	policy: course.setting.policy
});
