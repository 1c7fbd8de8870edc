import { course } from '$lib/server/content/course';
import { summariseLesson } from '$lib/content/lesson-summary';
import { inductionTime } from '$lib/journeys/course-time';
import { inductionOutline } from '$lib/journeys/induction-outline';

const induction = inductionTime(course, inductionOutline(course));

export const load = () => ({
	lessons: course.lessons.map(summariseLesson),
	minutes: induction.reading,
	inductionMinutes: induction.minutes,
	policy: course.setting.policy
});
