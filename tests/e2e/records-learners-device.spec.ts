import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, open, test } from './fixtures';
import { addLearner } from './learners';
import { readStore } from './records-store';
import { HOSTILE_NAMES, refuseDialogs, switchLearner } from './records-helpers';

test.describe('learners on a shared device', () => {
	test('a learner enters a name, and the next one can continue as them', async ({ page }) => {
		await open(page, '/learners');
		await expectAccessible(page);
		await addLearner(page, '  Amira   Khan ', 'Room leader');
		await expect(page.getByRole('heading', { name: 'Learning as Amira Khan' })).toBeVisible();
		await expect(page.getByText('Not started')).toBeVisible();
		await expectAccessible(page);

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Learning as Amira Khan' })).toBeVisible();
		await switchLearner(page);
		await addLearner(page, 'Sam Jones');
		await expect(page.getByRole('heading', { name: 'Learning as Sam Jones' })).toBeVisible();

		await switchLearner(page);
		await page.getByRole('button', { name: 'Amira Khan (Room leader)' }).click();
		await expect(page.getByRole('heading', { name: 'Learning as Amira Khan' })).toBeVisible();
	});

	test('hostile names render as literal text on the learners and records pages and in the CSV', async ({
		page
	}) => {
		const dialogs = refuseDialogs(page);
		await open(page, '/learners');
		for (const name of HOSTILE_NAMES) {
			await addLearner(page, name);
			await expect(page.getByRole('heading', { name: `Learning as ${name}` })).toBeVisible();
			await switchLearner(page);
		}
		for (const name of HOSTILE_NAMES) {
			await expect(page.getByRole('button', { name, exact: true })).toHaveText(name);
		}
		await expect(page.locator('main img')).toHaveCount(0);

		await open(page, '/records');
		const table = page.getByRole('table');
		for (const name of HOSTILE_NAMES) {
			await expect(table.getByRole('rowheader', { name, exact: true })).toHaveText(name);
		}
		await expect(table.locator('img')).toHaveCount(0);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as CSV (Excel)' }).click();
		const csv = await readFile(await (await download).path(), 'utf8');
		expect(csv.startsWith('\uFEFF"Name"')).toBe(true);
		for (const name of HOSTILE_NAMES) expect(csv).toContain(`\r\n"${name}",`);
		expect(dialogs).toEqual([]);
	});

	test('a 10,000-character name is never stored whole and never breaks the layout at 390 px', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/learners');
		await addLearner(page, 'W'.repeat(10_000));
		await expect(page.getByRole('heading', { name: /^Learning as W+$/ })).toBeVisible();

		const store = await readStore(page);
		const names = (store.learners as { learners: { name: string }[] }).learners.map((l) => l.name);
		expect(names).toEqual(['W'.repeat(80)]);
		for (const path of ['/learners', '/records', '/privacy']) {
			await open(page, path);
			await expect(page.getByText('W'.repeat(10), { exact: false }).first()).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(overflow, `page width of ${path}`).toBeLessThanOrEqual(390);
		}
	});

	test('two tabs lose no write, and each shows the other’s change', async ({ page, context }) => {
		await open(page, '/learners');
		const other = await context.newPage();
		await open(other, '/learners');
		await expect(other.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();

		await addLearner(page, 'Amira');
		await expect(other.getByRole('heading', { name: 'Learning as Amira' })).toBeVisible();
		await switchLearner(other);
		await addLearner(other, 'Sam');
		await expect(other.getByRole('heading', { name: 'Learning as Sam' })).toBeVisible();

		await page.reload();
		await switchLearner(page);
		await expect(page.getByRole('button', { name: 'Amira' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Sam' })).toBeVisible();
	});
});
