import { buildCourse } from '$lib/content/build-course';
import type { Scenario } from '$lib/content/scenario';
import { fixtureCourseWith } from '../unit/content/fixture-course';
import validScenarioFile from '../unit/content/scenarios/valid.scenario.yaml?raw';

/** The valid scenario fixture, built as the course builds it, with the clauses its endings cite. */
export function validScenario() {
	const course = buildCourse(
		fixtureCourseWith({ 'lessons/01-friends/valid.scenario.yaml': validScenarioFile })
	);
	const scenario: Scenario = course.scenarios[0]!;
	return { scenario, clauses: course.policy.clauses };
}
