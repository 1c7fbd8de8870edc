import type { Lesson } from './lesson.ts';

/** What a list of lessons needs of each, without the lesson's text. */
export type LessonSummary = Pick<
	Lesson,
	'slug' | 'order' | 'title' | 'summary' | 'audience' | 'minutes'
>;

export function summariseLesson({
	slug,
	order,
	title,
	summary,
	audience,
	minutes
}: Lesson): LessonSummary {
	return { slug, order, title, summary, audience, minutes };
}
