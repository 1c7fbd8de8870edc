/** What a key press asks the presentation to do. */
export type PresenterCommand =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'blank' }
	| { type: 'fullscreen' }
	| { type: 'notes' }
	| { type: 'leave' }
	| { type: 'vote'; choice: number }
	| { type: 'reveal' };

/**
 * Maps a key to a command. Clickers send PageDown/PageUp (or arrows), so those move the slides.
 * Returns undefined for keys the presentation leaves alone, and for any key with Ctrl, Alt or Meta,
 * so that browser shortcuts keep working.
 */
export function commandForKey(event: {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}): PresenterCommand | undefined {
	if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
	switch (event.key) {
		case 'ArrowRight':
		case 'PageDown':
		case ' ':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'PageUp':
			return { type: 'previous' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'b':
		case 'B':
		case '.':
			return { type: 'blank' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'n':
		case 'N':
			return { type: 'notes' };
		case 'Escape':
			return { type: 'leave' };
		case 'Enter':
		case 'r':
		case 'R':
			return { type: 'reveal' };
		case '1':
		case '2':
		case '3':
		case '4':
			return { type: 'vote', choice: Number(event.key) - 1 };
		default:
			return undefined;
	}
}

/** How the control that has focus got it: by Tab (the keyboard), or by a click or a tap. */
export type FocusedControl = 'keyboard' | 'pointer';

/**
 * Whether a key press belongs to the focused control rather than to the presentation: Enter and
 * Space on a control reached with Tab, which a keyboard user means to press. A clicked button
 * keeps focus too, but the presenter has gone back to the keys or the clicker, so there the keys
 * do what they do anywhere on the slide: Enter reveals, Space moves on.
 */
export function keyBelongsToControl(key: string, control: FocusedControl | undefined): boolean {
	return control === 'keyboard' && (key === ' ' || key === 'Enter');
}

/** The slide to show after a move, kept within the deck. */
export function moveTo(current: number, command: PresenterCommand, slideCount: number): number {
	const last = slideCount - 1;
	switch (command.type) {
		case 'next':
			return Math.min(current + 1, last);
		case 'previous':
			return Math.max(current - 1, 0);
		case 'first':
			return 0;
		case 'last':
			return last;
		default:
			return current;
	}
}
