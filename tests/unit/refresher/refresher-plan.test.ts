import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import type { Course } from '$lib/content/course-model';
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
		// 9 lessons' recap, 4 scenarios and 10 questions: 9 + 8 + 10 = 27 minutes, about 25.
		expect(course.lessons).toHaveLength(9);
		expect(refresherPlan(withNumbers(4, 10)).minutes).toBe(25);
		expect(refresherPlan(withNumbers(12, 40)).minutes).toBe(75);
	});
});
