import type { Page } from '@playwright/test';

/** Enters a new learner in the name form, as someone new to the shared device does. */
export async function addLearner(page: Page, name: string, role = '') {
	await page.getByLabel('Your name').fill(name);
	if (role) await page.getByLabel('Your role (optional)').fill(role);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
}
