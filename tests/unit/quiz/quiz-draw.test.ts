import { describe, expect, it } from 'vitest';
import { isForStaff } from '$lib/content/audience';
import { groupsByClause } from '$lib/content/quiz';
import { drawQuiz } from '$lib/quiz/quiz-draw';
import { seededRandom, shuffled } from '$lib/quiz/seeded-random';
import { projectCourse } from '../project-course';

const { policy, setting, questions } = projectCourse;
const pool = questions.filter(isForStaff);
const groupOf = groupsByClause(policy);
const induction = { pool, groupOf, size: setting.course.quizQuestions.induction };
const refresher = { pool, groupOf, size: setting.course.quizQuestions.refresher };
const seeds = Array.from({ length: 200 }, (_, i) => (i * 2654435761) >>> 0);
const idsOf = (draw: ReturnType<typeof drawQuiz>) => draw.map((drawn) => drawn.question.id);

describe('seeded randomness', () => {
	it('repeats its sequence for a seed, and differs between seeds', () => {
		const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
		expect(take(42)).toEqual(take(42));
		expect(take(42)).not.toEqual(take(43));
		for (const value of take(7)) expect(value).toBeGreaterThanOrEqual(0);
		for (const value of take(7)) expect(value).toBeLessThan(1);
	});

	it('shuffles into a permutation without changing the original', () => {
		const items = [1, 2, 3, 4, 5, 6];
		const result = shuffled(items, seededRandom(1));
		expect([...result].sort()).toEqual(items);
		expect(items).toEqual([1, 2, 3, 4, 5, 6]);
	});
});

describe('drawing a quiz', () => {
	it('sizes the induction and refresher quizzes from the setting', () => {
		expect(drawQuiz({ ...induction, seed: 1 })).toHaveLength(15);
		expect(drawQuiz({ ...refresher, seed: 1 })).toHaveLength(10);
	});

	it('gives the same attempt for the same seed', () => {
		expect(drawQuiz({ ...induction, seed: 1234 })).toEqual(drawQuiz({ ...induction, seed: 1234 }));
	});

	it('gives different attempts for different seeds', () => {
		const draws = new Set(seeds.map((seed) => idsOf(drawQuiz({ ...induction, seed })).join()));
		expect(draws.size).toBe(seeds.length);
	});

	it('never asks a question twice in one attempt', () => {
		for (const seed of seeds) {
			const ids = idsOf(drawQuiz({ ...induction, seed }));
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it('covers every group of clauses in every induction (and refresher) attempt', () => {
		const groups = policy.groups.map((group) => group.id).sort();
		for (const rules of [induction, refresher]) {
			for (const seed of seeds) {
				const covered = new Set(
					drawQuiz({ ...rules, seed }).flatMap((drawn) => drawn.question.clauses.map(groupOf))
				);
				expect([...covered].sort()).toEqual(groups);
			}
		}
	});

	it('covers as many groups as it can when the quiz is smaller than the number of groups', () => {
		for (const seed of seeds.slice(0, 20)) {
			const drawn = drawQuiz({ ...induction, size: 3, seed });
			const covered = new Set(drawn.flatMap((d) => d.question.clauses.map(groupOf)));
			expect(drawn).toHaveLength(3);
			expect(covered.size).toBeGreaterThanOrEqual(3);
		}
	});

	it('draws only from the pool it is given, so staff never get a parents-only question', () => {
		expect(pool.some((question) => question.audience === 'parents')).toBe(false);
		const inPool = new Set(pool.map((question) => question.id));
		for (const seed of seeds) {
			for (const id of idsOf(drawQuiz({ ...induction, seed }))) expect(inPool.has(id)).toBe(true);
		}
	});

	it('asks the whole pool when it is smaller than the quiz', () => {
		const small = pool.slice(0, 4);
		expect(idsOf(drawQuiz({ ...induction, pool: small, seed: 5 })).sort()).toEqual(
			small.map((question) => question.id).sort()
		);
	});

	it('shuffles the options of every question except true or false', () => {
		const orders = new Map<string, string[]>();
		for (const seed of seeds) {
			for (const { question, order } of drawQuiz({ ...induction, seed })) {
				expect([...order].sort()).toEqual(question.options.map((_, index) => index));
				orders.set(question.id, [...(orders.get(question.id) ?? []), order.join()]);
			}
		}
		for (const question of pool) {
			const seen = orders.get(question.id) ?? [];
			if (question.kind === 'true-false') {
				expect(new Set(seen)).toEqual(new Set(seen.length > 0 ? ['0,1'] : []));
			} else if (seen.length >= 12) {
				expect(new Set(seen).size, question.id).toBeGreaterThan(1);
			}
		}
	});
});
