import { expect, open, test } from './fixtures';
import { addLearner } from './learners';

// Names as a hostile script or an unlucky keyboard types them.
test('a name of only invisible characters is refused', async ({ page }) => {
	await open(page, '/');
	await addLearner(page, '\u200B\u200B\uFEFF');
	await expect(page.getByText('Please enter your name.')).toBeVisible();
});

test('control characters are dropped from a name before it is kept', async ({ page }) => {
	await open(page, '/');
	await addLearner(page, 'Sam\u0007 Lee\u001B');
	await expect(page.locator('.switch bdi')).toHaveText('Sam Lee');
});

test('a right-to-left name is isolated from the words around it', async ({ page }) => {
	await open(page, '/');
	await addLearner(page, 'مريم أحمد');
	await expect(page.getByText('Not مريم أحمد?').locator('bdi')).toHaveText('مريم أحمد');

	await open(page, '/quiz/refresher');
	await expect(page.getByText('Taking the quiz as مريم أحمد.')).toBeVisible();
	await expect(page.locator('strong > bdi')).toHaveText('مريم أحمد');
});
