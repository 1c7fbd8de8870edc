import { course } from '$lib/server/content/course';
import { summariseLesson } from '$lib/content/lesson-summary';
import { inductionTime } from '$lib/journeys/course-time';
import { inductionOutline } from '$lib/journeys/induction-outline';
import { FAMILIES_TEXT } from '$lib/families/families-text';

const induction = inductionTime(course, inductionOutline(course));

export const load = () => ({
	lessons: course.lessons.map(summariseLesson),
	minutes: induction.reading,
	inductionMinutes: induction.minutes,
	policy: course.setting.policy,
	// With the page's data, not its code: the families' words are many, and the page needs three.
	families: {
		heading: FAMILIES_TEXT.homeHeading,
		link: FAMILIES_TEXT.homeLink,
		line: FAMILIES_TEXT.homeLine
	}
});
