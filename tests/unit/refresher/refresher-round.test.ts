import { describe, expect, it } from 'vitest';
import { finishedInRound, parseRound } from '$lib/refresher/refresher-round';

const round = { seed: 42, startedAt: '2026-11-01T09:00:00.000Z' };

describe('parseRound', () => {
	it('reads a stored round', () => {
		expect(parseRound({ ...round })).toEqual(round);
	});

	it.each([
		undefined,
		null,
		'text',
		{},
		{ seed: 1.5, startedAt: round.startedAt },
		{ seed: 1, startedAt: 'soon' }
	])('refuses %j, so that a new round is drawn', (stored) => {
		expect(parseRound(stored)).toBeUndefined();
	});
});

describe('finishedInRound', () => {
	it('counts a scenario finished after the round began', () => {
		expect(finishedInRound('2026-11-02T10:00:00.000Z', round)).toBe(true);
	});

	it('does not count one finished last year, or never', () => {
		expect(finishedInRound('2025-11-02T10:00:00.000Z', round)).toBe(false);
		expect(finishedInRound(undefined, round)).toBe(false);
	});
});
