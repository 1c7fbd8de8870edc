import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
	createScenarioMachine,
	progressIn,
	snapshotAt,
	stepBack
} from '$lib/scenario/scenario-machine';
import { validScenario } from './valid-scenario';

const scenario = validScenario();
const machine = createScenarioMachine(scenario);

/** An actor of the valid scenario, after taking the given choices from the start. */
function after(...choices: number[]) {
	const actor = createActor(machine).start();
	for (const choice of choices) actor.send({ type: 'choice.select', choice });
	return actor;
}

describe('the scenario machine', () => {
	it('starts at the start node with the start on its path', () => {
		const snapshot = after().getSnapshot();
		expect(snapshot.value).toBe('request');
		expect(snapshot.status).toBe('active');
		expect(snapshot.context).toEqual({ path: ['request'], choices: [] });
	});

	it('follows a choice to the next node and records the way taken', () => {
		const snapshot = after(1).getSnapshot();
		expect(snapshot.value).toBe('ignored');
		expect(snapshot.context).toEqual({ path: ['request', 'ignored'], choices: [1] });
	});

	it('stops at an ending, whose output carries the outcome and the path', () => {
		const snapshot = after(1, 1).getSnapshot();
		expect(snapshot.status).toBe('done');
		expect(snapshot.output).toEqual({
			endingId: 'excuse',
			outcome: 'partly',
			path: ['request', 'ignored', 'excuse']
		});
	});

	it('ignores a choice the node does not offer', () => {
		const actor = after(1);
		expect(actor.getSnapshot().can({ type: 'choice.select', choice: 2 })).toBe(false);
		actor.send({ type: 'choice.select', choice: 2 });
		expect(actor.getSnapshot().value).toBe('ignored');
	});
});

describe('going back one step', () => {
	it('returns from an ending to the node before it', () => {
		const back = stepBack(machine, scenario, after(1, 0).getSnapshot())!;
		expect(back.value).toBe('ignored');
		expect(back.status).toBe('active');
		expect(back.context).toEqual({ path: ['request', 'ignored'], choices: [1] });
		const actor = createActor(machine, { snapshot: back }).start();
		actor.send({ type: 'choice.select', choice: 1 });
		expect(actor.getSnapshot().output?.endingId).toBe('excuse');
	});

	it('has nowhere to go from the start', () => {
		expect(stepBack(machine, scenario, after().getSnapshot())).toBeUndefined();
	});
});

describe('a stored snapshot', () => {
	/** The persisted snapshot after some choices, as it comes back from storage. */
	const stored = (...choices: number[]) =>
		JSON.parse(JSON.stringify(after(...choices).getPersistedSnapshot())) as Record<string, unknown>;

	it('resumes at the same node, and carries on from there', () => {
		const progress = progressIn(scenario, stored(1))!;
		expect(progress).toEqual({ path: ['request', 'ignored'], choices: [1] });
		const actor = createActor(machine, { snapshot: snapshotAt(machine, scenario, progress) });
		actor.start();
		expect(actor.getSnapshot().value).toBe('ignored');
		actor.send({ type: 'choice.select', choice: 0 });
		expect(actor.getSnapshot().output).toEqual({
			endingId: 'explained',
			outcome: 'follows',
			path: ['request', 'ignored', 'explained']
		});
	});

	it('of a finished scenario resumes at its ending', () => {
		const snapshot = snapshotAt(machine, scenario, progressIn(scenario, stored(0))!);
		expect(snapshot.status).toBe('done');
		expect(snapshot.output).toEqual({
			endingId: 'declined',
			outcome: 'follows',
			path: ['request', 'declined']
		});
	});

	it.each([
		['nothing', undefined],
		['not an object', 'request'],
		['no context', { value: 'request' }],
		[
			'a path that does not begin at the start',
			{ value: 'ignored', context: { path: ['ignored'], choices: [] } }
		],
		[
			'a choice that leads elsewhere',
			{ value: 'accepted', context: { path: ['request', 'accepted'], choices: [0] } }
		],
		[
			'a choice the node does not have',
			{ value: 'x', context: { path: ['request', 'x'], choices: [7] } }
		],
		[
			'a value that is not where the path ends',
			{ value: 'request', context: { path: ['request', 'ignored'], choices: [1] } }
		],
		[
			'a fractional choice',
			{ value: 'ignored', context: { path: ['request', 'ignored'], choices: [1.5] } }
		],
		['a path that is not text', { value: 'request', context: { path: [1], choices: [] } }],
		[
			'a path and choices of different lengths',
			{ value: 'ignored', context: { path: ['request', 'ignored'], choices: [] } }
		]
	])('is refused when it holds %s', (_what, value) => {
		expect(progressIn(scenario, value)).toBeUndefined();
	});

	it('is refused when the scenario has changed since it was stored', () => {
		const edited = {
			...scenario,
			nodes: {
				...scenario.nodes,
				request: {
					...scenario.nodes.request!,
					choices: scenario.nodes.request!.choices.slice(0, 2)
				}
			}
		};
		expect(progressIn(edited, stored(2))).toBeUndefined();
	});
});
