import type { Browser } from '@playwright/test';

/**
 * A slow phone, as the issue measured it: Lighthouse's mobile CPU slowdown and a 150 ms,
 * 1.6 Mbit/s network (about 200 kB a second down, 94 kB a second up).
 */
const SLOW_PHONE = {
	cpuSlowdown: 4,
	latency: 150,
	downloadBytesPerSecond: 1_600_000 / 8,
	uploadBytesPerSecond: 750_000 / 8
};

export const SLOW_PHONE_WORDS = '4× slower CPU, 150 ms latency, 1.6 Mbit/s';

/**
 * Milliseconds from navigation to a first choice that a tap would take: the page has hydrated
 * and the choice is not disabled. Each run is a first visit, with an empty cache.
 */
export async function firstChoiceTimes(browser: Browser, url: string, runs = 3): Promise<number[]> {
	const times: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: SLOW_PHONE.latency,
			downloadThroughput: SLOW_PHONE.downloadBytesPerSecond,
			uploadThroughput: SLOW_PHONE.uploadBytesPerSecond
		});
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(
			() => {
				const choice = document.querySelector<HTMLButtonElement>('button.choice');
				return document.documentElement.hasAttribute('data-hydrated') && choice && !choice.disabled;
			},
			undefined,
			{ polling: 'raf', timeout: 30_000 }
		);
		// From the start of the navigation, as the browser timed it.
		times.push(Math.round(await page.evaluate(() => performance.now())));
		await context.close();
	}
	return times;
}
