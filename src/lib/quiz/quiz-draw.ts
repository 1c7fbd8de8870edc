import type { Question } from '$lib/content/quiz';
import { seededRandom, shuffled } from './seeded-random';

/** A question as one attempt shows it: `order` lists the bank's option indices in display order. */
export interface DrawnQuestion {
	question: Question;
	order: number[];
}

export interface DrawRules {
	/** The questions this learner may be asked. */
	pool: readonly Question[];
	/** The group of clauses a clause belongs to. */
	groupOf: (clauseId: string) => string;
	size: number;
}

/**
 * Draws an attempt: `size` different questions (or the whole pool, if smaller) that between them
 * assess every group of clauses the pool reaches, when `size` allows, in a random order with their
 * options shuffled. The same seed and rules always give the same attempt.
 */
export function drawQuiz({
	pool,
	groupOf,
	size,
	seed
}: DrawRules & { seed: number }): DrawnQuestion[] {
	const random = seededRandom(seed);
	const candidates = shuffled(pool, random);
	const groupsOf = (question: Question) => new Set(question.clauses.map(groupOf));
	const chosen = new Set<Question>();
	const covered = new Set<string>();

	for (const group of shuffled([...new Set(candidates.flatMap((q) => [...groupsOf(q)]))], random)) {
		if (chosen.size >= size) break;
		if (covered.has(group)) continue;
		const pick = candidates.find(
			(question) => !chosen.has(question) && groupsOf(question).has(group)
		);
		if (!pick) continue;
		chosen.add(pick);
		for (const other of groupsOf(pick)) covered.add(other);
	}
	for (const question of candidates) {
		if (chosen.size >= size) break;
		chosen.add(question);
	}

	return shuffled([...chosen], random).map((question) => {
		const indices = question.options.map((_, index) => index);
		// True then False reads naturally; shuffling the pair would only slow a reader down.
		return {
			question,
			order: question.kind === 'true-false' ? indices : shuffled(indices, random)
		};
	});
}
