import { describe, expect, it } from 'vitest';
import {
	SUSPEND_DATA_LIMIT,
	decodeSuspendData,
	emptyResumeState,
	encodeSuspendData
} from '$lib/scorm/suspend-data';
import { projectCourse } from '../project-course';
import { wholeCourseWithQuizInProgress } from './whole-course-state';

describe('suspend_data', () => {
	it('is tiny on a first launch, and reads back as nothing done', () => {
		const text = encodeSuspendData(emptyResumeState());
		expect(text).toBe('{"v":1}');
		expect(decodeSuspendData(text)).toEqual({ ok: true, state: emptyResumeState() });
	});

	it('reads an empty value as a first launch', () => {
		expect(decodeSuspendData('')).toEqual({ ok: true, state: emptyResumeState() });
	});

	it('reads back exactly what it wrote, for the whole course with quizzes in progress', () => {
		const state = wholeCourseWithQuizInProgress();
		expect(decodeSuspendData(encodeSuspendData(state))).toEqual({ ok: true, state });
	});

	it('stays under the 4,096 characters a strict LMS keeps, with room for more scenarios', () => {
		const both = wholeCourseWithQuizInProgress();
		const oneQuiz = { ...both, quizDrafts: { induction: both.quizDrafts.induction } };
		const whole = encodeSuspendData(oneQuiz).length;
		const extreme = encodeSuspendData(both).length;
		const noScenarios = encodeSuspendData({ ...both, scenarios: {} }).length;
		const perScenario = (extreme - noScenarios) / projectCourse.scenarios.length;
		console.info(
			`suspend_data: whole course and a quiz in progress ${whole}, two quizzes ${extreme}, ${perScenario.toFixed(0)} a scenario`
		);
		// The course grows by scenarios: every one finished, and both quizzes part-way, must still
		// leave room for a dozen more before a strict LMS would cut the learner's place.
		expect(extreme + 12 * perScenario).toBeLessThan(SUSPEND_DATA_LIMIT);
	});

	it.each([
		['not JSON', 'lesson=3;quiz=2', 'it is not progress saved by this course'],
		['another course’s JSON', '{"lesson":3}', 'it is not progress saved by this course'],
		['a number', '42', 'it is not progress saved by this course'],
		[
			'a newer format',
			'{"v":2,"l":[]}',
			'it was saved by a newer version of the course (format 2)'
		],
		['a damaged list', '{"v":1,"l":"why-it-matters"}', 'it is damaged or in a format'],
		['an unknown outcome', '{"v":1,"s":{"x":"end:z"}}', 'it is damaged or in a format'],
		['a cut-off value', encodeSuspendData(wholeCourseWithQuizInProgress()).slice(0, 500), 'not'],
		[
			'a quiz with more answers than questions',
			'{"v":1,"q":{"induction":{"s":1,"i":["a"],"a":["0","1"],"c":"","t":"f"}}}',
			'its quiz in progress does not add up'
		],
		['a score above the total', '{"v":1,"r":{"induction":[16,15,80]}}', 'its quiz score']
	])('reports %s and offers nothing to resume', (_, text, problem) => {
		const decoded = decodeSuspendData(text);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.problem).toContain(problem);
	});

	it('never throws, whatever the LMS hands back', () => {
		const samples = ['null', '[]', '"text"', '{"v":1,"q":null}', '{"v":1,"s":{"__proto__":1}}'];
		for (const sample of samples) expect(() => decodeSuspendData(sample)).not.toThrow();
	});
});
