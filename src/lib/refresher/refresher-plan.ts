import { isForStaff } from '$lib/content/audience';
import type { Course } from '$lib/content/course-model';
import {
	MINUTES_PER_QUESTION,
	MINUTES_PER_RECAP,
	aboutMinutes,
	scenarioMinutes
} from '$lib/journeys/course-time';

/** What the annual refresher asks of a learner, in the setting's numbers, and how long it takes. */
export interface RefresherPlan {
	scenarios: number;
	questions: number;
	/** About how long, rounded to five minutes. */
	minutes: number;
}

export function refresherPlan({
	lessons,
	scenarios: all,
	setting
}: Pick<Course, 'lessons' | 'scenarios' | 'setting'>): RefresherPlan {
	const scenarios = setting.course.refresherScenarios;
	const questions = setting.course.quizQuestions.refresher;
	// The draw is new each round, so a drawn scenario takes as long as the pool's average.
	const pool = all.filter(isForStaff);
	const perScenario =
		pool.reduce((total, scenario) => total + scenarioMinutes(scenario), 0) /
		Math.max(1, pool.length);
	const total =
		lessons.length * MINUTES_PER_RECAP + scenarios * perScenario + questions * MINUTES_PER_QUESTION;
	return { scenarios, questions, minutes: aboutMinutes(total) };
}
