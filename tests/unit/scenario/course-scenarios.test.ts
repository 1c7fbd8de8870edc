import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { isForParents, isForStaff } from '$lib/content/audience';
import { buildCourse } from '$lib/content/build-course';
import { readLessonsFolder } from '$lib/server/content/lessons-folder';
import { OUTCOMES, type Scenario } from '$lib/content/scenario';
import {
	createScenarioMachine,
	type ScenarioEvent,
	type ScenarioSnapshot
} from '$lib/scenario/scenario-machine';

const course = buildCourse(readLessonsFolder(process.cwd()));

/** The events a learner can send at a snapshot: one for each choice the node offers. */
function choicesAt(scenario: Scenario) {
	return (snapshot: ScenarioSnapshot): ScenarioEvent[] => {
		const node = scenario.nodes[snapshot.context.path.at(-1)!];
		return node ? node.choices.map((_, choice) => ({ type: 'choice.select', choice })) : [];
	};
}

/** How many ways lead from a node to an ending, counted on the content, not the machine. */
function waysToAnEnding(scenario: Scenario, id: string): number {
	const node = scenario.nodes[id];
	if (!node) return 1;
	return node.choices.reduce((total, { next }) => total + waysToAnEnding(scenario, next), 0);
}

describe('every path through every scenario', () => {
	const walked = new Map<string, number>();

	it.each(course.scenarios.map((scenario) => [scenario.id, scenario] as const))(
		'%s ends at an ending with an outcome',
		(_id, scenario) => {
			const machine = createScenarioMachine(scenario);
			const events = choicesAt(scenario);

			// No state the learner can reach leaves them stuck short of an ending.
			const stuck = Object.values(getAdjacencyMap(machine, { events }))
				.filter(
					({ state, transitions }: { state: ScenarioSnapshot; transitions: object }) =>
						state.status !== 'done' && Object.keys(transitions).length === 0
				)
				.map(({ state }: { state: ScenarioSnapshot }) => state.value);
			expect(stuck).toEqual([]);

			const paths = getSimplePaths(machine, {
				events,
				toState: (state) => state.status === 'done'
			});
			for (const path of paths) {
				const output = path.state.output!;
				expect(OUTCOMES).toContain(output.outcome);
				expect(output.outcome).toBe(scenario.endings[output.endingId]!.outcome);
				// The walk's steps hold the states it passed through, from the start to the ending.
				expect(output.path).toEqual(path.steps.map((step) => step.state.value));
			}
			expect(paths).toHaveLength(waysToAnEnding(scenario, scenario.start));
			const endingsReached = new Set(paths.map((path) => path.state.output!.endingId));
			expect([...endingsReached].sort()).toEqual(Object.keys(scenario.endings).sort());

			walked.set(scenario.id, paths.length);
			console.log(
				`${scenario.id}: walked ${paths.length} paths, each to an ending with an outcome`
			);
		}
	);

	it('walked every scenario', () => {
		expect([...walked.keys()]).toEqual(course.scenarios.map((scenario) => scenario.id));
		const total = [...walked.values()].reduce((sum, count) => sum + count, 0);
		console.log(`Walked ${total} paths through ${walked.size} scenarios.`);
	});
});

describe("the course's scenarios", () => {
	it('number at least 12: at least 9 for staff and 3 for parents', () => {
		expect(course.scenarios.length).toBeGreaterThanOrEqual(12);
		expect(course.scenarios.filter(isForStaff).length).toBeGreaterThanOrEqual(9);
		expect(course.scenarios.filter(isForParents).length).toBeGreaterThanOrEqual(3);
	});

	it('each open with 3 choices', () => {
		const opening = course.scenarios.map((s) => [s.id, s.nodes[s.start]!.choices.length]);
		expect(opening.filter(([, count]) => count !== 3)).toEqual([]);
	});

	it('have a second decision point in at least half of them', () => {
		const deeper = course.scenarios.filter((s) => Object.keys(s.nodes).length > 1);
		expect(deeper.length * 2).toBeGreaterThanOrEqual(course.scenarios.length);
	});

	it('between them reach every kind of outcome', () => {
		const outcomes = new Set(
			course.scenarios.flatMap((s) => Object.values(s.endings).map((e) => e.outcome))
		);
		expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
	});
});
