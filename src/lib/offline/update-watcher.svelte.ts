import { SKIP_WAITING } from './cache-plan';
import { nextUpdateStep, showsPrompt, type UpdateEvent, type UpdateOffer } from './update-flow';

/**
 * Registers the service worker and follows its updates, turning the browser's events into the
 * steps of update-flow.ts. The page reloads only through `accept()`.
 */
export class UpdateWatcher {
	offer: UpdateOffer = $state('none');
	readonly promptShown = $derived(showsPrompt(this.offer));

	#container: ServiceWorkerContainer;
	#reload: () => void;
	#registration: ServiceWorkerRegistration | undefined;

	constructor(container: ServiceWorkerContainer, reload: () => void) {
		this.#container = container;
		this.#reload = reload;
	}

	async start(scriptUrl: string, options: RegistrationOptions) {
		let hadController = this.#container.controller !== null;
		this.#container.addEventListener('controllerchange', () => {
			this.#send({ type: 'controller.changed', hadController });
			hadController = true;
		});
		// Some private windows and browser policies refuse a worker: the course then works online only.
		const registration = await this.#container.register(scriptUrl, options).catch(() => undefined);
		if (!registration) return;
		this.#registration = registration;
		if (registration.waiting) this.#workerWaiting();
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') this.#workerWaiting();
			});
		});
	}

	accept() {
		this.#send({ type: 'learner.accept' });
	}

	dismiss() {
		this.#send({ type: 'learner.dismiss' });
	}

	#workerWaiting() {
		this.#send({ type: 'worker.waiting', controlled: this.#container.controller !== null });
	}

	#send(event: UpdateEvent) {
		const step = nextUpdateStep(this.offer, event);
		this.offer = step.offer;
		if (step.effect === 'reload') this.#reload();
		if (step.effect !== 'skip-waiting') return;
		const waiting = this.#registration?.waiting;
		// Another tab may have started the new worker already; then a reload is all that is left.
		if (waiting) waiting.postMessage(SKIP_WAITING);
		else this.#reload();
	}
}
