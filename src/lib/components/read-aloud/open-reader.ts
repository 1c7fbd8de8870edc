import { mount, unmount } from 'svelte';
import ReadAloud from './ReadAloud.svelte';
import type { ReaderProps } from './reader-props';

/**
 * Shows the reader in place of the Listen `button` and starts reading the region around it. When
 * the reading ends, the button comes back (with focus, if the reader had it) and `onclosed` is
 * called. Returns a function that ends the reading at once.
 */
export function openReader(
	button: HTMLButtonElement,
	context: Map<unknown, unknown>,
	onclosed: () => void
): () => void {
	const wrapper = button.parentElement ?? button;
	let reader: ReturnType<typeof mount> | undefined;
	const close = () => {
		if (!reader) return;
		const hadFocus = wrapper.contains(document.activeElement);
		void unmount(reader);
		reader = undefined;
		button.hidden = false;
		if (hadFocus) button.focus();
		onclosed();
	};
	button.hidden = true;
	const props: ReaderProps = { region: wrapper.closest('[data-listen-region]'), onclose: close };
	reader = mount(ReadAloud, { target: wrapper, context, props });
	return close;
}
