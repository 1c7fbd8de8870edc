import { describe, expect, it } from 'vitest';
import {
	nextUpdateStep,
	showsPrompt,
	type UpdateEvent,
	type UpdateOffer
} from '$lib/offline/update-flow';

function run(events: UpdateEvent[], from: UpdateOffer = 'none') {
	const effects: string[] = [];
	let offer = from;
	for (const event of events) {
		const step = nextUpdateStep(offer, event);
		offer = step.offer;
		effects.push(step.effect);
	}
	return { offer, effects };
}

const waiting = (controlled: boolean): UpdateEvent => ({ type: 'worker.waiting', controlled });
const accept: UpdateEvent = { type: 'learner.accept' };
const dismiss: UpdateEvent = { type: 'learner.dismiss' };
const changed = (hadController: boolean): UpdateEvent => ({
	type: 'controller.changed',
	hadController
});

describe('the update prompt', () => {
	it('offers nothing when the first worker installs and claims the page', () => {
		expect(run([waiting(false), changed(false)])).toEqual({
			offer: 'none',
			effects: ['none', 'none']
		});
	});

	it('offers a new version that waits behind an older one, and does nothing yet', () => {
		const { offer, effects } = run([waiting(true)]);
		expect(offer).toBe('ready');
		expect(showsPrompt(offer)).toBe(true);
		expect(effects).toEqual(['none']);
	});

	it('starts the new worker only when the learner agrees, and reloads once it controls the page', () => {
		expect(run([waiting(true), accept, changed(true)])).toEqual({
			offer: 'applying',
			effects: ['none', 'skip-waiting', 'reload']
		});
	});

	it('never reloads when the learner says later', () => {
		const { offer, effects } = run([waiting(true), dismiss]);
		expect(offer).toBe('dismissed');
		expect(showsPrompt(offer)).toBe(false);
		expect(effects).not.toContain('reload');
	});

	it('asks again when a later version arrives after "later"', () => {
		expect(run([waiting(true), dismiss, waiting(true)]).offer).toBe('ready');
	});

	it('does not reload a tab when another tab started the new version', () => {
		const { offer, effects } = run([waiting(true), changed(true)]);
		expect(offer).toBe('stale');
		expect(showsPrompt(offer)).toBe(true);
		expect(effects).toEqual(['none', 'none']);
	});

	it('reloads a tab left on the old version once its learner agrees', () => {
		expect(run([accept], 'stale')).toEqual({ offer: 'applying', effects: ['reload'] });
	});

	it('ignores an agreement when nothing is offered', () => {
		expect(run([accept, dismiss])).toEqual({ offer: 'none', effects: ['none', 'none'] });
	});

	it('keeps applying when another worker installs meanwhile', () => {
		expect(run([waiting(true), accept, waiting(true)]).offer).toBe('applying');
	});
});
