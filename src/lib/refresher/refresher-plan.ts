import type { Course } from '$lib/content/course-model';

/** What the annual refresher asks of a learner, in the setting's numbers, and how long it takes. */
export interface RefresherPlan {
	scenarios: number;
	questions: number;
	/** About how long, rounded to five minutes. */
	minutes: number;
}

// A key-point recap takes about a minute a lesson, a scenario about two, a question about one.
const MINUTES = { recapPerLesson: 1, perScenario: 2, perQuestion: 1 };

export function refresherPlan({
	lessons,
	setting
}: Pick<Course, 'lessons' | 'setting'>): RefresherPlan {
	const scenarios = setting.course.refresherScenarios;
	const questions = setting.course.quizQuestions.refresher;
	const total =
		lessons.length * MINUTES.recapPerLesson +
		scenarios * MINUTES.perScenario +
		questions * MINUTES.perQuestion;
	return { scenarios, questions, minutes: Math.max(5, Math.round(total / 5) * 5) };
}
