import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, most = 80) {
	for (let presses = 0; presses <= most; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		if (presses < most) await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}
