import type { Attachment } from 'svelte/attachments';

/**
 * Moves focus to an element as it appears. Used on the heading of each new quiz step, so that a
 * keyboard or screen reader user lands on the step they moved to, not on a button that is gone.
 */
export const focusOnMount: Attachment<HTMLElement> = (element) => {
	element.focus();
};
