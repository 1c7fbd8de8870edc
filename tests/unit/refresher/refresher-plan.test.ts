import { describe, expect, it } from 'vitest';
import { isForStaff } from '$lib/content/audience';
import { buildCourse } from '$lib/content/build-course';
import type { Course } from '$lib/content/course-model';
import { scenarioMinutes } from '$lib/journeys/course-time';
import { readLessonsFolder } from '$lib/server/content/lessons-folder';
import { refresherPlan } from '$lib/refresher/refresher-plan';

const course = buildCourse(readLessonsFolder(process.cwd()));

/** The course as a setting that asks for other numbers in lessons/setting.yaml would build it. */
function withNumbers(scenarios: number, questions: number): Course {
	const { setting } = course;
	return {
		...course,
		setting: {
			...setting,
			course: {
				...setting.course,
				refresherScenarios: scenarios,
				quizQuestions: { ...setting.course.quizQuestions, refresher: questions }
			}
		}
	};
}

describe('the refresher plan', () => {
	it("takes its numbers from the setting's file", () => {
		expect(refresherPlan(withNumbers(3, 8))).toMatchObject({ scenarios: 3, questions: 8 });
		expect(refresherPlan(course)).toMatchObject({
			scenarios: course.setting.course.refresherScenarios,
			questions: course.setting.course.quizQuestions.refresher
		});
	});

	it('estimates the time from the recap, the scenarios and the questions, to five minutes', () => {
		// A drawn scenario takes the staff pool's average: 9 lessons' recap + 4 scenarios + 10 questions.
		const pool = course.scenarios.filter(isForStaff);
		const perScenario =
			pool.reduce((total, scenario) => total + scenarioMinutes(scenario), 0) / pool.length;
		expect(perScenario).toBeGreaterThan(1.5);
		expect(perScenario).toBeLessThan(4);
		const expected = (scenarios: number, questions: number) =>
			Math.round((course.lessons.length + scenarios * perScenario + questions) / 5) * 5;
		expect(refresherPlan(withNumbers(4, 10)).minutes).toBe(expected(4, 10));
		expect(refresherPlan(withNumbers(12, 40)).minutes).toBe(expected(12, 40));
		expect(refresherPlan(withNumbers(12, 40)).minutes).toBeGreaterThan(
			refresherPlan(withNumbers(4, 10)).minutes
		);
	});

	it('never says less than five minutes', () => {
		expect(refresherPlan({ ...withNumbers(0, 0), lessons: [] }).minutes).toBe(5);
	});
});
