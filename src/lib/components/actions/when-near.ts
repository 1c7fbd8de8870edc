import type { Attachment } from 'svelte/attachments';

/**
 * Calls `act` once, when the element comes within a screen's height of being seen: for work that
 * only something far down the page needs, so that it waits until the reader heads that way.
 */
export function whenNear(act: () => void): Attachment<Element> {
	return (element) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				act();
			},
			{ rootMargin: '100% 0px' }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
