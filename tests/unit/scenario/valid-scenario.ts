import { readFileSync } from 'node:fs';
import { buildCourse } from '$lib/content/build-course';
import type { Scenario } from '$lib/content/scenario';
import { fixtureCourseWith } from '../content/fixture-course';

/** The valid scenario fixture, built as the course builds it. */
export function validScenario(): Scenario {
	const text = readFileSync(
		new URL('../content/scenarios/valid.scenario.yaml', import.meta.url),
		'utf8'
	);
	const course = buildCourse(fixtureCourseWith({ 'lessons/01-friends/valid.scenario.yaml': text }));
	return course.scenarios[0]!;
}
