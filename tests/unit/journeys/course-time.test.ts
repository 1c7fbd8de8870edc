import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/content/scenario';
import {
	MINUTES_PER_CHOICE,
	READING_WORDS_PER_MINUTE,
	inductionTime,
	scenarioMinutes
} from '$lib/journeys/course-time';
import { inductionOutline } from '$lib/journeys/induction-outline';
import { projectCourse } from '../project-course';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

function node(situation: number, ...next: string[]) {
	return {
		situationHtml: '' as Scenario['nodes'][string]['situationHtml'],
		situationText: words(situation),
		choices: next.map((to) => ({ label: 'choose', next: to }))
	};
}

const ending = (happened: number, why: number) => ({
	outcome: 'follows' as const,
	happened: words(happened),
	why: words(why),
	clauses: ['scope']
});

/** Two ways through: straight to `short`, or on through `more` to `long`. */
const twoWays = {
	start: 'first',
	nodes: { first: node(98, 'short', 'more'), more: node(49, 'long') },
	endings: { short: ending(10, 40), long: ending(10, 10) }
};

describe('scenarioMinutes', () => {
	it('reads the longest way through at the stated rate, with time at each choice', () => {
		// The way through `more`: 98 + 2 labels, 49 + 1 label, 20 words in the ending; two choices.
		const long = (100 + 50 + 20) / READING_WORDS_PER_MINUTE + 2 * MINUTES_PER_CHOICE;
		expect(scenarioMinutes(twoWays)).toBeCloseTo(long);
	});

	it('takes the way with more words when it has fewer choices', () => {
		const wordy = { ...twoWays, endings: { ...twoWays.endings, short: ending(10, 400) } };
		const short = (100 + 410) / READING_WORDS_PER_MINUTE + MINUTES_PER_CHOICE;
		expect(scenarioMinutes(wordy)).toBeCloseTo(short);
	});
});

describe("the induction's time", () => {
	const outline = inductionOutline(projectCourse);

	it('counts the lessons, only the scenarios the induction asks for, and the quiz', () => {
		const time = inductionTime(projectCourse, outline);
		const asked = outline.flatMap((lesson) => lesson.scenarios.map(({ id }) => id));
		const scenarioTime = projectCourse.scenarios
			.filter((scenario) => asked.includes(scenario.id))
			.reduce((total, scenario) => total + scenarioMinutes(scenario), 0);
		expect(time.reading).toBe(projectCourse.lessons.reduce((total, l) => total + l.minutes, 0));
		expect(time.scenarios).toBeCloseTo(scenarioTime);
		expect(time.quiz).toBe(projectCourse.setting.course.quizQuestions.induction);
		expect(time.minutes % 5).toBe(0);
		expect(
			Math.abs(time.minutes - (time.reading + time.scenarios + time.quiz))
		).toBeLessThanOrEqual(2.5);
	});

	it('stays under two hours, as the issue on scenarios asks', () => {
		expect(inductionTime(projectCourse, outline).minutes).toBeLessThanOrEqual(120);
		const everyStaffScenario = inductionOutline({
			...projectCourse,
			lessons: projectCourse.lessons.map((lesson) => ({
				...lesson,
				induction: projectCourse.scenarios
					.filter((scenario) => scenario.lesson === lesson.slug && scenario.audience !== 'parents')
					.map((scenario) => scenario.id)
			}))
		});
		expect(inductionTime(projectCourse, everyStaffScenario).minutes).toBeGreaterThan(
			inductionTime(projectCourse, outline).minutes
		);
	});
});
