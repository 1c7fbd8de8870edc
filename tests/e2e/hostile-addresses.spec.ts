import { expect, open, test } from './fixtures';

// Malformed percent-escapes after `#`: each page must still show, and treat it as naming nothing.
const MALFORMED = ['#%', '#%E0%A4%A'];

for (const hash of MALFORMED) {
	test(`the certificate page says ${hash} names no certificate on this device`, async ({
		page
	}) => {
		await open(page, `/certificate${hash}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate not found');
		await expect(
			page.getByText(`No certificate ${hash.slice(1)} is kept on this device.`)
		).toBeVisible();
	});

	for (const path of ['/', '/policy', '/verify', '/lessons/why-it-matters', '/records']) {
		test(`${path}${hash} shows the page`, async ({ page }) => {
			await open(page, `${path}${hash}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});
	}
}
