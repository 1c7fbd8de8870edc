import { describe, expect, it } from 'vitest';
import type { Audience } from '$lib/content/audience';
import { drawRefresherScenarios } from '$lib/refresher/refresher-draw';

const scenarios: { id: string; audience: Audience }[] = [
	...Array.from({ length: 8 }, (_, i) => ({ id: `staff-${i}`, audience: 'staff' as const })),
	{ id: 'both-1', audience: 'both' },
	{ id: 'parents-1', audience: 'parents' },
	{ id: 'parents-2', audience: 'parents' }
];

describe('drawRefresherScenarios', () => {
	it('draws the number asked for, all different, none only for parents', () => {
		const drawn = drawRefresherScenarios(scenarios, 4, 12345);
		expect(drawn).toHaveLength(4);
		expect(new Set(drawn.map((s) => s.id)).size).toBe(4);
		expect(drawn.every((s) => s.audience !== 'parents')).toBe(true);
	});

	it('draws the same scenarios from the same seed, and others from another', () => {
		const ids = (seed: number) => drawRefresherScenarios(scenarios, 4, seed).map((s) => s.id);
		expect(ids(7)).toEqual(ids(7));
		const draws = new Set([1, 2, 3, 4, 5, 6].map((seed) => ids(seed).join()));
		expect(draws.size).toBeGreaterThan(1);
	});

	it('draws every staff scenario when asked for more than there are', () => {
		expect(drawRefresherScenarios(scenarios, 20, 1)).toHaveLength(9);
	});
});
