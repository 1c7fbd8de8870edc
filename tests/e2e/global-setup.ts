import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from '../../tools/browser';

/** Fails at once, saying how to get a browser, when neither kind of Chromium is installed. */
export default function globalSetup() {
	if (systemChromium()) return;
	if (existsSync(chromium.executablePath())) return;
	throw new Error(
		[
			'The end-to-end tests need Chromium, and none was found.',
			'Install one of these, then run the tests again:',
			'  - Debian or Ubuntu: sudo apt-get install chromium',
			"  - anywhere else: npx playwright install chromium (Playwright's own build)",
			'Or point CHROMIUM_PATH at a Chromium or Chrome you already have.'
		].join('\n')
	);
}
