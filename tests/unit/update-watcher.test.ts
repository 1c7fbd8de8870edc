import { describe, expect, it } from 'vitest';
import { UpdateWatcher } from '$lib/offline/update-watcher.svelte';

/** Just enough of a browser's service worker container for the watcher to register with. */
function containerWhose(register: () => Promise<ServiceWorkerRegistration | undefined>) {
	return {
		controller: null,
		addEventListener: () => {},
		register
	} as unknown as ServiceWorkerContainer;
}

function registrationWithWaitingWorker() {
	const posted: unknown[] = [];
	const registration = {
		waiting: { postMessage: (message: unknown) => posted.push(message) },
		addEventListener: () => {}
	} as unknown as ServiceWorkerRegistration;
	return { registration, posted };
}

describe('registering the service worker', () => {
	it('carries on without offering anything when the browser refuses a worker', async () => {
		const refusing = containerWhose(() => Promise.reject(new DOMException('no', 'SecurityError')));
		const watcher = new UpdateWatcher(refusing, () => {});
		await expect(watcher.start('/service-worker.js', {})).resolves.toBeUndefined();
		expect(watcher.offer).toBe('none');
		expect(watcher.promptShown).toBe(false);
	});

	it('carries on when registration gives back nothing, as an automated browser may', async () => {
		const watcher = new UpdateWatcher(
			containerWhose(() => Promise.resolve(undefined)),
			() => {}
		);
		await expect(watcher.start('/service-worker.js', {})).resolves.toBeUndefined();
		expect(watcher.promptShown).toBe(false);
	});

	it('offers the update that a worker already waiting brings, and sends it on only on consent', async () => {
		const { registration, posted } = registrationWithWaitingWorker();
		let reloads = 0;
		const watcher = new UpdateWatcher(
			{ ...containerWhose(() => Promise.resolve(registration)), controller: {} } as never,
			() => reloads++
		);
		await watcher.start('/service-worker.js', {});
		expect(watcher.promptShown).toBe(true);
		expect(posted).toEqual([]);
		watcher.accept();
		expect(posted).toHaveLength(1);
		expect(reloads).toBe(0);
	});
});
