import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { labelledRequest, proposalsAwaitingDsl } from '$lib/content/requests';
import { fixtureCourse, fixtureCourseWith, problemsOf } from './fixture-course';

const DECISIONS = 'lessons/decisions.yaml';
const LESSON = 'lessons/02-saying-no/index.md';

const REQUESTS = `decisions:
  - id: no-requests
    question: Will the setting ask families not to send friend requests?
    proposal: Please do not send friend requests to staff.
    meets:
      lessons: [saying-no]
  - id: talk-in-person
    question: Will the setting ask families to talk to staff in person?
    proposal: Please talk to staff in person.
    meets:
      lessons: [saying-no]
    answer: Please talk to staff in person or by phone.
    decidedBy: A. Patel, DSL
    decidedOn: 2026-09-01
  - id: open-question
    question: May staff follow parents?
    meets:
      lessons: [saying-no]
`;

/** The fixture course with its lesson for parents' points replaced. */
function withPoints(...points: string[]) {
	const files = fixtureCourse();
	files[LESSON] = files[LESSON]!.replace(
		'  - Please do not send requests.\n  - Staff will say no kindly.\n',
		points.map((point) => `  - ${point}\n`).join('')
	);
	return { ...files, [DECISIONS]: REQUESTS };
}

describe("requests to families, from the setting's decisions", () => {
	it('puts in the proposal, labelled as not yet decided, until the DSL decides', () => {
		const course = buildCourse(
			withPoints("'[request:no-requests]'", 'Staff will say no. [request:talk-in-person]')
		);
		expect(course.lessons.find((lesson) => lesson.slug === 'saying-no')!.forParents).toEqual([
			'The setting is asking (proposed, not yet decided): Please do not send friend requests to staff.',
			'Staff will say no. The setting has decided (A. Patel, DSL, 1 September 2026): Please talk to staff in person or by phone.'
		]);
	});

	it('lists the proposals still waiting for the DSL, not the decided or open questions', () => {
		const course = buildCourse(withPoints("'[request:no-requests]'", 'Staff will say no.'));
		expect(proposalsAwaitingDsl(course.decisions).map((request) => request.id)).toEqual([
			'no-requests'
		]);
		expect(labelledRequest(proposalsAwaitingDsl(course.decisions)[0]!)).toMatch(
			/^The setting is asking \(proposed/
		);
	});

	it('stops on a request that decisions.yaml does not hold, with its file and line', () => {
		expect(problemsOf(withPoints("'[request:no-tagging]'", 'Staff will say no.'))).toEqual([
			`${LESSON}:12: asks families for an unknown request: no-tagging (add it to ${DECISIONS} with a proposal)`
		]);
	});

	it('stops on a mark that names an open question with no proposal', () => {
		expect(problemsOf(withPoints('Staff will say no. [request:open-question]', 'Two.'))).toEqual([
			`${LESSON}:12: open-question in ${DECISIONS} is an open question with no proposal: give it the request's words as its proposal`
		]);
	});

	it('stops on a request labelled by hand, so that no label runs ahead of the DSL', () => {
		expect(
			problemsOf(withPoints("'What we ask of families: do not send requests.'", 'Two.'))
		).toEqual([
			`${LESSON}:12: labels a request to families by hand: write [request:id] and record the request in ${DECISIONS}`
		]);
	});

	it('puts the request into what a scenario ending says', () => {
		const valid = readFileSync(new URL('scenarios/valid.scenario.yaml', import.meta.url), 'utf8');
		const file = 'lessons/01-friends/valid.scenario.yaml';
		const points: Record<string, string> = withPoints('One.', 'Two.');
		const course = buildCourse({
			...fixtureCourseWith({
				[file]: valid.replace(/why: .*/, 'why: Good. [request:no-requests]')
			}),
			[LESSON]: points[LESSON]!,
			[DECISIONS]: points[DECISIONS]!
		});
		const whys = Object.values(course.scenarios[0]!.endings).map((ending) => ending.why);
		expect(whys).toContain(
			'Good. The setting is asking (proposed, not yet decided): Please do not send friend requests to staff.'
		);
	});
});
