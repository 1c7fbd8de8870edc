import { isForStaff, type Audience } from '$lib/content/audience';
import { seededRandom, shuffled } from '$lib/quiz/seeded-random';

/** The scenarios a refresher asks for: drawn afresh from the staff scenarios, repeatable by seed. */
export function drawRefresherScenarios<S extends { id: string; audience: Audience }>(
	scenarios: readonly S[],
	count: number,
	seed: number
): S[] {
	return shuffled(scenarios.filter(isForStaff), seededRandom(seed)).slice(0, count);
}
