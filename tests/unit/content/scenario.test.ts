import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import type { ContentFiles } from '$lib/content/content-files';
import { coverageOf } from '$lib/content/coverage';
import { fixtureCourseWith, problemsOf } from './fixture-course';

/** A scenario fixture from tests/unit/content/scenarios/. */
function fixture(name: string): string {
	return readFileSync(new URL(`scenarios/${name}.scenario.yaml`, import.meta.url), 'utf8');
}

/** The fixture course with scenario files added, keyed by their path in lessons/. */
function courseWith(scenarios: Record<string, string>): ContentFiles {
	return fixtureCourseWith(scenarios);
}

/** The fixture course with one scenario fixture placed in the first lesson's folder. */
function courseWithFixture(name: string, text = fixture(name)): ContentFiles {
	return courseWith({ [`lessons/01-friends/${name}.scenario.yaml`]: text });
}

const at = (name: string) => `lessons/01-friends/${name}.scenario.yaml`;

describe('a valid scenario', () => {
	const course = buildCourse(courseWithFixture('valid'));
	const scenario = course.scenarios[0]!;

	it('belongs to the lesson whose folder holds it', () => {
		expect(course.scenarios).toHaveLength(1);
		expect(scenario).toMatchObject({
			id: 'valid',
			lesson: 'friends',
			audience: 'staff',
			start: 'request',
			file: at('valid')
		});
	});

	it('has its situations compiled from Markdown, with a plain-text copy', () => {
		expect(scenario.nodes.request!.situationHtml).toBe(
			'<p>A parent sends you a <strong>friend request</strong> on a Saturday.</p>'
		);
		expect(scenario.nodes.request!.situationText).toBe(
			'A parent sends you a friend request on a Saturday.'
		);
	});

	it('keeps its endings with their outcomes and clauses', () => {
		expect(scenario.endings.excuse).toEqual({
			outcome: 'partly',
			happened: 'The parent asks again next month.',
			why: 'You did not accept, but the policy asks for a plain, polite refusal.',
			clauses: ['refuse-politely']
		});
	});

	it('is listed on the coverage of each clause its endings cite', () => {
		const rows = coverageOf(course);
		const scenariosOf = (id: string) => rows.find((row) => row.clause.id === id)!.scenarios;
		expect(scenariosOf('no-parent-friends')).toEqual([
			{ id: 'valid', title: 'A request from a parent' }
		]);
		expect(scenariosOf('refuse-politely')).toEqual([
			{ id: 'valid', title: 'A request from a parent' }
		]);
	});

	it('is sorted in lesson order, then by id', () => {
		const valid = fixture('valid');
		const files = courseWith({
			'lessons/02-saying-no/alpha.scenario.yaml': valid.replace('id: valid', 'id: alpha'),
			'lessons/01-friends/zulu.scenario.yaml': valid.replace('id: valid', 'id: zulu'),
			'lessons/01-friends/mike.scenario.yaml': valid.replace('id: valid', 'id: mike')
		});
		expect(buildCourse(files).scenarios.map((s) => `${s.lesson}/${s.id}`)).toEqual([
			'friends/mike',
			'friends/zulu',
			'saying-no/alpha'
		]);
	});
});

describe('a broken scenario stops the build with its file, line and node', () => {
	it('a choice that leads to a missing node', () => {
		expect(problemsOf(courseWithFixture('missing-node'))).toEqual([
			`${at('missing-node')}:13: node request, choice 2: leads to ignored, which is neither a node nor an ending`
		]);
	});

	it('an unreachable node', () => {
		expect(problemsOf(courseWithFixture('unreachable-node'))).toEqual([
			`${at('unreachable-node')}:15: node later cannot be reached from the start (request)`
		]);
	});

	it('a node from which no ending can be reached', () => {
		const loop =
			'leads back to dither, which comes before it; a scenario must move forward so that every path ends';
		expect(problemsOf(courseWithFixture('dead-end'))).toEqual([
			`${at('dead-end')}:15: node dither: no ending can be reached from it`,
			`${at('dead-end')}:22: node waver: no ending can be reached from it`,
			`${at('dead-end')}:25: node waver, choice 1: ${loop}`,
			`${at('dead-end')}:27: node waver, choice 2: ${loop}`
		]);
	});

	it('a choice that loops back to an earlier node', () => {
		expect(problemsOf(courseWithFixture('loop'))).toEqual([
			`${at('loop')}:18: node ignored, choice 1: leads back to request, which comes before it; a scenario must move forward so that every path ends`
		]);
	});

	it('a node id used twice', () => {
		const text = fixture('valid').replace(
			'  ignored:\n',
			'  request:\n    situation: Again.\n    choices: []\n  ignored:\n'
		);
		expect(problemsOf(courseWithFixture('valid', text))).toEqual([
			`${at('valid')}:17: is not valid YAML: request is used twice as a name here`
		]);
	});

	it('an id that is both a node and an ending', () => {
		expect(problemsOf(courseWithFixture('node-and-ending-same-id'))).toEqual([
			`${at('node-and-ending-same-id')}:28: accepted is both a node and an ending: every id must be different`
		]);
	});

	it('two scenarios with the same id', () => {
		const valid = fixture('valid');
		expect(
			problemsOf(
				courseWith({
					'lessons/01-friends/valid.scenario.yaml': valid,
					'lessons/02-saying-no/valid.scenario.yaml': valid
				})
			)
		).toEqual([
			'lessons/02-saying-no/valid.scenario.yaml: has the same id (valid) as lessons/01-friends/valid.scenario.yaml'
		]);
	});

	it('fewer than 2 choices', () => {
		expect(problemsOf(courseWithFixture('one-choice'))).toEqual([
			`${at('one-choice')}:10: node request has 1 choice: a node needs 2 to 4`
		]);
	});

	it('more than 4 choices', () => {
		expect(problemsOf(courseWithFixture('five-choices'))).toEqual([
			`${at('five-choices')}:10: node request has 5 choices: a node needs 2 to 4`
		]);
	});

	it('an ending without an outcome', () => {
		expect(problemsOf(courseWithFixture('no-outcome'))).toEqual([
			`${at('no-outcome')}:21: ending accepted: outcome: is missing`
		]);
	});

	it('an ending without clause ids', () => {
		expect(problemsOf(courseWithFixture('no-clauses'))).toEqual([
			`${at('no-clauses')}:19: ending declined: clauses: must name at least one clause id`,
			`${at('no-clauses')}:21: ending accepted: clauses: is missing`
		]);
	});

	it('an ending with an unknown clause id', () => {
		expect(problemsOf(courseWithFixture('unknown-clause'))).toEqual([
			`${at('unknown-clause')}:24: ending accepted: unknown clause id no-parent-friend`
		]);
	});

	it('an outcome that is not one of the three', () => {
		const text = fixture('valid').replace('outcome: partly', 'outcome: fine');
		expect(problemsOf(courseWithFixture('valid', text))).toEqual([
			`${at('valid')}:37: ending excuse: outcome: must be follows, partly or breaches`
		]);
	});

	it('a start that is not a node', () => {
		const text = fixture('valid').replace('start: request', 'start: begin');
		expect(problemsOf(courseWithFixture('valid', text))).toEqual([
			`${at('valid')}:5: start: there is no node named begin`
		]);
	});

	it('an id that does not match the file name', () => {
		expect(problemsOf(courseWithFixture('other', fixture('valid')))).toEqual([
			`${at('other')}:2: id valid must match the file name (other.scenario.yaml)`
		]);
	});

	it('a scenario outside any lesson folder', () => {
		expect(
			problemsOf(courseWith({ 'lessons/03-missing/valid.scenario.yaml': fixture('valid') }))
		).toEqual([
			'lessons/03-missing/valid.scenario.yaml: must be in the folder of the lesson it belongs to, beside its index.md'
		]);
	});

	it('raw HTML in a situation is shown as text, never as markup', () => {
		const text = fixture('valid').replace(
			'A parent sends you a **friend request** on a Saturday.',
			'A parent writes <img src=x onerror=alert(1)> and ![a photo](https://example.com/a.png)'
		);
		const situation = buildCourse(courseWithFixture('valid', text)).scenarios[0]!.nodes.request!;
		expect(situation.situationHtml).toBe(
			'<p>A parent writes &lt;img src=x onerror=alert(1)&gt; and a photo</p>'
		);
		expect(situation.situationText).toBe(
			'A parent writes <img src=x onerror=alert(1)> and a photo'
		);
	});
});
