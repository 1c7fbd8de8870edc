import { describe, expect, it } from 'vitest';
import type { ContentFiles } from '$lib/content/content-files';
import { isForStaff } from '$lib/content/audience';
import { projectCourse, projectFiles } from '../project-course';
import { problemsOf } from './fixture-course';

const PROFILE = 'lessons/02-your-profile/index.md';
const NAMED = 'induction: [bio-works-with-children, linkedin-profile]';

/** The project's content with one lesson's `induction` line changed. */
function inductionOf(list: string, file = PROFILE): ContentFiles {
	const text = projectFiles[file]!;
	expect(text, `${file} names its induction scenarios`).toContain(NAMED);
	return { ...projectFiles, [file]: text.replace(NAMED, list) };
}

describe("a lesson's induction scenarios", () => {
	it('must be scenarios that exist, named by file and line', () => {
		expect(problemsOf(inductionOf('induction: [bio-works-with-children, linkedin]'))).toEqual([
			`${PROFILE}:7: induction: unknown scenario id linkedin`
		]);
	});

	it("must be for staff, not a parents' scenario", () => {
		const files = inductionOf('induction: [bio-works-with-children, child-account-terms]');
		expect(problemsOf(files)).toEqual([
			`${PROFILE}:7: induction: child-account-terms is a scenario for parents; the induction is for staff`
		]);
	});

	it("must be the lesson's own scenarios, each named once", () => {
		expect(
			problemsOf(inductionOf('induction: [bio-works-with-children, check-in-at-work]'))
		).toEqual([
			`${PROFILE}:7: induction: check-in-at-work belongs to another lesson (lessons/04-tagging/check-in-at-work.scenario.yaml); name only this lesson's scenarios`
		]);
		expect(problemsOf(inductionOf('induction: [linkedin-profile, linkedin-profile]'))).toEqual([
			`${PROFILE}:7: induction: linkedin-profile is named twice`
		]);
	});

	it('must be two or three where the lesson has more than one, and at most three', () => {
		const count = projectCourse.scenarios.filter(
			(scenario) => scenario.lesson === 'your-profile' && isForStaff(scenario)
		).length;
		const staffHere = `the ${count} staff scenarios`;
		expect(problemsOf(inductionOf('induction: [linkedin-profile]'))).toEqual([
			`${PROFILE}:7: induction: name 2 or 3 of ${staffHere} in this folder that the induction asks for`
		]);
		expect(problemsOf(inductionOf(''))).toEqual([
			`${PROFILE}:2: induction: name 2 or 3 of ${staffHere} in this folder that the induction asks for`
		]);
		const four = 'induction: [bio-works-with-children, linkedin-profile, old-post-argument, x]';
		expect(problemsOf(inductionOf(four))).toContain(`${PROFILE}:7: induction: must have at most 3`);
	});
});
