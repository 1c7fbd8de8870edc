/**
 * When to offer "an update is ready" and when to reload. The page never reloads unless the
 * learner asked for it in this tab, so nothing in progress is lost without their say.
 */

export type UpdateOffer =
	/** Nothing to offer: no new version, or this is the first install. */
	| 'none'
	/** A new version has installed and waits for the learner. */
	| 'ready'
	/** The learner said "later": ask again only when another version arrives. */
	| 'dismissed'
	/** The learner agreed; the new version is taking over and the page will reload. */
	| 'applying'
	/** Another tab started the new version; this page still runs the old one. */
	| 'stale';

export type UpdateEvent =
	/** A new worker finished installing; `controlled` says whether an old one runs this page. */
	| { type: 'worker.waiting'; controlled: boolean }
	| { type: 'learner.accept' }
	| { type: 'learner.dismiss' }
	/** A different worker now controls this page. */
	| { type: 'controller.changed'; hadController: boolean };

/** What the page must do after an event. */
export type UpdateEffect = 'none' | 'skip-waiting' | 'reload';

export interface UpdateStep {
	offer: UpdateOffer;
	effect: UpdateEffect;
}

/** Whether the learner sees the prompt. */
export function showsPrompt(offer: UpdateOffer): boolean {
	return offer === 'ready' || offer === 'stale';
}

export function nextUpdateStep(offer: UpdateOffer, event: UpdateEvent): UpdateStep {
	switch (event.type) {
		case 'worker.waiting':
			// The first worker to install has no older version to replace.
			if (!event.controlled || offer === 'applying') return { offer, effect: 'none' };
			return { offer: 'ready', effect: 'none' };
		case 'learner.accept':
			if (offer === 'ready') return { offer: 'applying', effect: 'skip-waiting' };
			if (offer === 'stale') return { offer: 'applying', effect: 'reload' };
			return { offer, effect: 'none' };
		case 'learner.dismiss':
			return showsPrompt(offer)
				? { offer: 'dismissed', effect: 'none' }
				: { offer, effect: 'none' };
		case 'controller.changed':
			if (offer === 'applying') return { offer, effect: 'reload' };
			// The first worker claiming this page is no new version.
			if (!event.hadController) return { offer, effect: 'none' };
			return { offer: 'stale', effect: 'none' };
	}
}
