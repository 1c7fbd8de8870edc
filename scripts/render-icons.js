// Draws the home-screen icons (PNG) from static/icon.svg with Chromium. Run it after changing the
// SVG (`node scripts/render-icons.js`) and commit the PNGs: the build does not run it.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('../tools/browser.ts') }} */
const { module: browser } = await runnerImport('./tools/browser.ts', { configFile: false });

const svg = readFileSync('static/icon.svg', 'utf8');
const sizes = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 };

const chrome = await chromium.launch(browser.browserLaunchOptions());
for (const [file, size] of Object.entries(sizes)) {
	const page = await chrome.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: `static/${file}`, omitBackground: false });
	await page.close();
	console.log(`static/${file} (${size}×${size})`);
}
await chrome.close();
