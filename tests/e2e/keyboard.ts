import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { Hands } from './quiz-answers';

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, most = 80) {
	for (let presses = 0; presses <= most; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		if (presses < most) await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

/** Hands that use the keyboard alone: Tab to a control, Enter or Space to use it. */
export function keyboard(page: Page): Hands {
	return {
		async activate(target) {
			// A control that took focus as it appeared (the next step, say) needs no Tab.
			if (!(await target.evaluate((element) => element === document.activeElement))) {
				await tabTo(page, target, 150);
			}
			await page.keyboard.press('Enter');
		},
		async tick(target) {
			const radioGroup = await target.evaluate((element) =>
				element instanceof HTMLInputElement && element.type === 'radio' ? element.name : undefined
			);
			if (!radioGroup) {
				await tabTo(page, target, 150);
				await page.keyboard.press('Space');
				return;
			}
			// A radio group is one Tab stop; the arrow keys move through it, choosing as they go.
			const inGroup = () =>
				page.evaluate(
					(name) => (document.activeElement as HTMLInputElement | null)?.name === name,
					radioGroup
				);
			for (let presses = 0; presses < 150 && !(await inGroup()); presses++) {
				await page.keyboard.press('Tab');
			}
			for (let presses = 0; presses < 8; presses++) {
				if (await target.evaluate((element) => element === document.activeElement)) break;
				await page.keyboard.press('ArrowDown');
			}
			if (!(await target.isChecked())) await page.keyboard.press('Space');
			await expect(target).toBeChecked();
		},
		async type(target, text) {
			await tabTo(page, target, 150);
			await page.keyboard.type(text);
		}
	};
}
