import type { Page } from '@playwright/test';

declare global {
	interface Window {
		/** Set by the simulation: installs a new version, which then waits. */
		publishNewVersion(): void;
		/** Messages the page sent to the waiting worker. */
		workerMessages: unknown[];
	}
}

/**
 * Replaces the page's service worker container with a simulation of one whose page is already
 * controlled by an older version. A browser will not fetch a changed worker script through
 * Playwright's routing, so a real update would need two builds; this drives the same events,
 * in the browser's order, through the page's own update code.
 */
export async function simulateServiceWorkers(page: Page) {
	await page.addInitScript(() => {
		class FakeWorker extends EventTarget {
			state: ServiceWorkerState = 'installing';
			scriptURL = `${location.origin}/service-worker.js`;
			postMessage(message: unknown) {
				window.workerMessages.push(message);
				if (message !== 'skip-waiting') return;
				queueMicrotask(() => activate(this));
			}
			setState(state: ServiceWorkerState) {
				this.state = state;
				this.dispatchEvent(new Event('statechange'));
			}
		}

		const container = new EventTarget() as EventTarget & Record<string, unknown>;
		const registration = new EventTarget() as EventTarget & Record<string, unknown>;
		Object.assign(registration, {
			installing: null,
			waiting: null,
			active: new FakeWorker(),
			update: async () => undefined
		});
		Object.assign(container, {
			controller: registration.active,
			ready: Promise.resolve(registration),
			register: async () => registration,
			getRegistration: async () => registration
		});

		function activate(worker: FakeWorker) {
			registration.waiting = null;
			registration.active = worker;
			worker.setState('activated');
			container.controller = worker;
			container.dispatchEvent(new Event('controllerchange'));
		}

		window.workerMessages = [];
		window.publishNewVersion = () => {
			const worker = new FakeWorker();
			registration.installing = worker;
			registration.dispatchEvent(new Event('updatefound'));
			registration.installing = null;
			registration.waiting = worker;
			worker.setState('installed');
		};
		Object.defineProperty(navigator, 'serviceWorker', { value: container });
	});
}
