import { test, expect, open } from './fixtures';
import { waitUntilCached } from './offline';
import { withServiceWorker } from './downloads';

test.use(withServiceWorker);

test('the course can be installed on a home screen, with its own name and icons', async ({
	page
}) => {
	await open(page, '/');
	await waitUntilCached(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Playwright's browser contexts are private windows, where Chromium installs nothing.
	const errors = installabilityErrors.map(({ errorId }) => errorId);
	expect(errors.filter((errorId) => errorId !== 'in-incognito')).toEqual([]);

	const { url } = await cdp.send('Page.getAppManifest');
	const manifest = (await (await page.request.get(url)).json()) as {
		name: string;
		icons: { src: string; type: string }[];
	};
	expect(manifest.name).toContain(await page.locator('.brand .course').textContent());
	for (const icon of manifest.icons) {
		const response = await page.request.get(new URL(icon.src, url).href);
		expect(response.ok(), icon.src).toBe(true);
		expect(response.headers()['content-type']).toContain(icon.type);
	}
});
