import { seededRandom, shuffled } from '$lib/quiz/seeded-random';

/** The scenarios a refresher asks for: drawn afresh from the staff scenarios, repeatable by seed. */
export function drawRefresherScenarios<S extends { id: string; audience: string }>(
	scenarios: readonly S[],
	count: number,
	seed: number
): S[] {
	const forStaff = scenarios.filter((scenario) => scenario.audience !== 'parents');
	return shuffled(forStaff, seededRandom(seed)).slice(0, count);
}
