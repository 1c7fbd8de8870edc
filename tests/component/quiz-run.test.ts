import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { memoryStore, type KeyValueStore } from '$lib/records/key-value-store';
import type { QuizClause } from '$lib/quiz/quiz-clause';
import QuizRun from '../../src/routes/quiz/[journey]/QuizRun.svelte';
import { question } from '../unit/quiz/small-questions';
import { editions } from '../unit/records/fixtures/records';
import { recordsFor, renderWithRecords } from './records';

// In both questions the first option is the only right one.
const pool = [question('one', 'single', [true, false]), question('two', 'single', [true, false])];
const rules = { pool, groupOf: (id: string) => id, size: 2, passMark: 50 };
const clauses: Record<string, QuizClause> = {
	one: { id: 'one', rule: 'Rule one', group: 'one' },
	two: { id: 'two', rule: 'Rule two', group: 'two' }
};

async function takeQuiz(store: KeyValueStore = memoryStore(), begun = true, signed = false) {
	const records = await recordsFor('Amira Khan', store);
	if (signed) await records.signPolicy(editions.current, 'Amira Khan', '');
	await renderWithRecords(records, QuizRun, {
		journey: 'induction',
		rules,
		clauses,
		openQuestions: {},
		ask: 'the DSL',
		edition: editions.current,
		begun
	});
	return records;
}

async function answer(option: 'Option 0' | 'Option 1') {
	await page.getByRole('radio', { name: option }).click();
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await page.getByRole('button', { name: /Next question|See your result/ }).click();
}

describe('the quiz run', () => {
	it('asks each question, gives feedback, and records a pass with its certificate', async () => {
		const records = await takeQuiz();
		await expect.element(page.getByText('Question 1 of 2')).toBeVisible();
		await answer('Option 0');
		await answer('Option 0');
		await expect.element(page.getByRole('heading', { name: 'You passed' })).toHaveFocus();
		await expect
			.element(page.getByText('Your pass is recorded for Amira Khan on this device.'))
			.toBeVisible();
		await expect
			.element(page.getByRole('link', { name: 'See and print your certificate' }))
			.toBeVisible();
		await expect.element(page.getByRole('link', { name: 'Sign the policy' })).toBeVisible();
		expect(records.progress?.certificates).toHaveLength(1);
	});

	it('goes from a pass straight to the certificate when the learner has signed this edition', async () => {
		await takeQuiz(memoryStore(), true, true);
		await answer('Option 0');
		await answer('Option 0');
		await expect
			.element(page.getByRole('link', { name: 'See and print your certificate' }))
			.toBeVisible();
		await expect
			.element(page.getByRole('link', { name: 'Sign the policy' }))
			.not.toBeInTheDocument();
	});

	it('records a fail below the pass mark, with the questions missed', async () => {
		const records = await takeQuiz();
		await answer('Option 1');
		await answer('Option 1');
		await expect.element(page.getByRole('heading', { name: 'Not a pass this time' })).toBeVisible();
		await expect.element(page.getByText('The 2 questions you got wrong')).toBeVisible();
		await expect.poll(() => records.progress?.quizAttempts.length).toBe(1);
		expect(records.progress?.certificates).toHaveLength(0);
	});

	it('carries on an unfinished attempt when the learner comes back', async () => {
		const store = memoryStore();
		await takeQuiz(store);
		await answer('Option 0');
		await expect.element(page.getByText('Question 2 of 2')).toBeVisible();
		await expect
			.poll(async () => (await store.keys()).some((key) => key.endsWith('quiz:induction')))
			.toBe(true);
		document.body.replaceChildren();

		await takeQuiz(store, false);
		await expect
			.element(page.getByText('Welcome back, Amira Khan. You are carrying on where you left off.'))
			.toBeVisible();
		await expect.element(page.getByText('Question 2 of 2')).toBeVisible();
	});

	it('shows the questions the policy leaves open in the feedback, with any answer of the setting', async () => {
		const records = await recordsFor('Amira Khan');
		const open = { id: 'open', answer: '', decidedBy: '', decidedOn: '' };
		await renderWithRecords(records, QuizRun, {
			journey: 'induction',
			rules: { ...rules, pool: [pool[0]!], size: 1 },
			clauses,
			openQuestions: {
				one: [
					{ ...open, question: 'Does the rule cover follows?' },
					{
						...open,
						id: 'decided',
						question: 'Who answers reviews?',
						answer: 'The manager does.',
						decidedBy: 'A. Patel, DSL',
						decidedOn: '2026-09-01'
					}
				]
			},
			ask: 'Sam Okafor, the Designated Safeguarding Lead',
			edition: editions.current,
			begun: true
		});
		const box = page.getByRole('complementary', { name: 'Questions the policy leaves open' });
		await expect.element(box).not.toBeInTheDocument();
		await page.getByRole('radio', { name: 'Option 1' }).click();
		await page.getByRole('button', { name: 'Check my answer' }).click();
		await expect.element(box.getByText('Does the rule cover follows?')).toBeVisible();
		await expect
			.element(box.getByText('Ask Sam Okafor, the Designated Safeguarding Lead.'))
			.toBeVisible();
		await expect.element(box.getByText(/The manager does\./)).toBeVisible();
		await expect.element(box.getByText(/not the policy's words; A\. Patel, DSL/)).toBeVisible();
	});
});
