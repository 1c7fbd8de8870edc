import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { memoryStore, type KeyValueStore } from '$lib/records/key-value-store';
import { keys } from '$lib/records/record-keys';
import ScenarioPlayer from '../../src/routes/scenarios/[id]/ScenarioPlayer.svelte';
import { recordsFor, renderWithRecords } from './records';
import { validScenario } from './scenario-fixture';

const { scenario, clauses } = validScenario();

async function play(store: KeyValueStore = memoryStore()) {
	const records = await recordsFor('Amira Khan', store);
	await renderWithRecords(records, ScenarioPlayer, { scenario, clauses });
	return records;
}

const choice = (label: string) => page.getByRole('button', { name: label, exact: true });

describe('the scenario player', () => {
	it('steps through choices to an ending, says how it measures up, and records it', async () => {
		const records = await play();
		await expect.element(page.getByRole('heading', { name: 'The situation' })).toBeVisible();
		await choice('Ignore it').click();
		await expect.element(page.getByRole('heading', { name: 'What happens next' })).toHaveFocus();
		await choice('Make an excuse').click();
		await expect.element(page.getByRole('heading', { name: 'How it turned out' })).toHaveFocus();
		await expect
			.element(page.getByText('The parent asks again next month.', { exact: true }))
			.toBeVisible();
		await expect.element(page.getByText('Ignore it', { exact: true })).toBeVisible();
		await expect.poll(() => records.progress?.scenarios[scenario.id]?.outcome).toBe('partly');
	});

	it('goes back a step and starts again', async () => {
		await play();
		await choice('Ignore it').click();
		await page.getByRole('button', { name: 'Try a different choice' }).click();
		await expect.element(page.getByRole('heading', { name: 'The situation' })).toHaveFocus();
		await choice('Accept it').click();
		await expect
			.element(page.getByText('The parent messages you about their child.', { exact: true }))
			.toBeVisible();
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect.element(page.getByRole('heading', { name: 'The situation' })).toHaveFocus();
		await expect.element(choice('Ignore it')).toBeVisible();
	});

	it('carries on from a saved place', async () => {
		const store = memoryStore();
		await play(store);
		await choice('Ignore it').click();
		await expect
			.poll(async () => (await store.keys()).some((key) => key.endsWith(`scenario:${scenario.id}`)))
			.toBe(true);
		document.body.replaceChildren();

		await play(store);
		await expect.element(page.getByText('You are carrying on where you left off.')).toBeVisible();
		await expect.element(choice('Make an excuse')).toBeVisible();
	});

	it('says plainly when the ending could not be saved', async () => {
		const store = memoryStore();
		const refusing: KeyValueStore = {
			...store,
			setItem: async (key, value) => {
				if (key.startsWith(keys.progress(''))) throw new Error('QuotaExceededError');
				return store.setItem(key, value);
			}
		};
		await play(refusing);
		await choice('Accept it').click();
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent('Your ending could not be saved on this device');
	});
});
