import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Flags that keep a system Chromium quiet on a machine with no outside network.
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** The system's Chromium where there is one; otherwise Playwright's own browser. */
export function systemChromium(): string | undefined {
	return process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

export function browserLaunchOptions(): LaunchOptions {
	const executablePath = systemChromium();
	return executablePath ? { executablePath, args: CHROMIUM_FLAGS } : {};
}
