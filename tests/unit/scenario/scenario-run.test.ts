import { describe, expect, it } from 'vitest';
import { ScenarioRun } from '$lib/scenario/scenario-run.svelte';
import { validScenario } from './valid-scenario';

const scenario = validScenario();

describe('a scenario run', () => {
	it('moves through choices to an ending, with its output', () => {
		const run = new ScenarioRun(scenario);
		expect(run.at).toBe('request');
		expect(run.canGoBack).toBe(false);
		run.choose(1);
		expect(run.at).toBe('ignored');
		expect(run.output).toBeUndefined();
		run.choose(0);
		expect(run.at).toBe('explained');
		expect(run.output).toEqual({
			endingId: 'explained',
			outcome: 'follows',
			path: ['request', 'ignored', 'explained']
		});
	});

	it('goes back one step from an ending, and can take another choice', () => {
		const run = new ScenarioRun(scenario);
		run.choose(1);
		run.choose(0);
		run.back();
		expect(run.at).toBe('ignored');
		expect(run.output).toBeUndefined();
		run.choose(1);
		expect(run.output?.endingId).toBe('excuse');
	});

	it('starts again from the start', () => {
		const run = new ScenarioRun(scenario);
		run.choose(2);
		run.restart();
		expect(run.at).toBe('request');
		expect(run.snapshot.context).toEqual({ path: ['request'], choices: [] });
	});

	it('resumes from what another run stored, at the same node', () => {
		const first = new ScenarioRun(scenario);
		first.choose(1);
		const stored: unknown = JSON.parse(JSON.stringify(first.persisted()));
		first.stop();

		const second = new ScenarioRun(scenario);
		expect(second.resume(stored)).toBe(true);
		expect(second.at).toBe('ignored');
		expect(second.canGoBack).toBe(true);
		second.choose(1);
		expect(second.output?.path).toEqual(['request', 'ignored', 'excuse']);
	});

	it('ignores stored data that is not a way through the scenario', () => {
		const run = new ScenarioRun(scenario);
		run.choose(1);
		expect(run.resume({ value: 'nowhere', context: { path: ['nowhere'], choices: [] } })).toBe(
			false
		);
		expect(run.at).toBe('ignored');
	});
});
