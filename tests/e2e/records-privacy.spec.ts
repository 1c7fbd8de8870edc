import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, open, test } from './fixtures';
import { deviceWith, learnerNamed, readStore, seedStore } from './records-store';

test.describe('privacy', () => {
	test('a learner exports their own data, then erases it after confirming', async ({ page }) => {
		const amira = learnerNamed('Amira');
		const sam = learnerNamed('Sam');
		await seedStore(
			page,
			deviceWith([{ learner: amira, progress: { lessonsRead: ['tagging'] } }, { learner: sam }])
		);
		await open(page, '/privacy');
		await expect(page.getByText('The course has no server')).toBeVisible();
		await expectAccessible(page);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export my data (JSON)' }).click();
		const mine = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
			learners: { learner: { name: string } }[];
		};
		expect(mine.learners.map((entry) => entry.learner.name)).toEqual(['Amira']);

		await page.getByRole('button', { name: 'Erase my data' }).click();
		await page.getByRole('button', { name: 'No, keep it' }).click();
		await page.getByRole('button', { name: 'Erase my data' }).click();
		await expect(page.getByText('This cannot be undone.')).toBeFocused();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Yes, erase my data' }).click();
		await expect(
			page.getByText('Everything kept for Amira on this device has been erased.')
		).toBeFocused();

		const store = await readStore(page);
		expect(Object.keys(store).filter((key) => key.includes(amira.id))).toEqual([]);
		await open(page, '/records');
		await expect(page.getByRole('rowheader')).toHaveText(['Sam']);
	});
});

for (const path of ['/learners', '/certificate', '/verify', '/records', '/privacy']) {
	test(`${path} loads with one h1, and passes an accessibility scan before any records exist`, async ({
		page
	}) => {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('main')).toBeVisible();
		await expectAccessible(page);
	});
}
