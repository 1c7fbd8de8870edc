import type { Course } from '$lib/content/course-model';
import type { Scenario } from '$lib/content/scenario';
import { countWords } from '$lib/content/lesson';
import type { LessonOutline } from './induction-progress';

/**
 * How long the course's parts take a careful reader, the one home of these rates. A lesson's time
 * is its author's `minutes`; about 150 words a minute is the rate those figures imply.
 */
export const READING_WORDS_PER_MINUTE = 150;
/** Thinking over the choices at each step of a scenario, before reading on. */
export const MINUTES_PER_CHOICE = 0.5;
export const MINUTES_PER_QUESTION = 1;
/** A lesson's key points, read again in the refresher's recap. */
export const MINUTES_PER_RECAP = 1;

type Walkable = Pick<Scenario, 'start' | 'nodes' | 'endings'>;

/**
 * A scenario's longest way through, read at the reading rate, with time to think at each choice:
 * each step's situation and choices, then the ending's two texts.
 */
export function scenarioMinutes(scenario: Walkable): number {
	const reading = (text: string) => countWords(text) / READING_WORDS_PER_MINUTE;
	const from = (at: string): number => {
		const ending = scenario.endings[at];
		if (ending) return reading(`${ending.happened} ${ending.why}`);
		const node = scenario.nodes[at]!;
		const labels = node.choices.map((choice) => choice.label);
		return (
			reading([node.situationText, ...labels].join(' ')) +
			MINUTES_PER_CHOICE +
			Math.max(...node.choices.map((choice) => from(choice.next)))
		);
	};
	return from(scenario.start);
}

/** About so many minutes, to the nearest five and at least five. */
export function aboutMinutes(minutes: number): number {
	return Math.max(5, Math.round(minutes / 5) * 5);
}

export interface InductionTime {
	reading: number;
	scenarios: number;
	quiz: number;
	/** About how long in all, rounded to five minutes. */
	minutes: number;
}

/** The induction's time: each lesson's reading, the scenarios the outline asks for, the quiz. */
export function inductionTime(
	course: Pick<Course, 'lessons' | 'scenarios' | 'setting'>,
	outline: readonly LessonOutline[]
): InductionTime {
	const asked = new Set(outline.flatMap((lesson) => lesson.scenarios.map(({ id }) => id)));
	const reading = course.lessons.reduce((total, lesson) => total + lesson.minutes, 0);
	const scenarios = course.scenarios
		.filter((scenario) => asked.has(scenario.id))
		.reduce((total, scenario) => total + scenarioMinutes(scenario), 0);
	const quiz = course.setting.course.quizQuestions.induction * MINUTES_PER_QUESTION;
	return { reading, scenarios, quiz, minutes: aboutMinutes(reading + scenarios + quiz) };
}
