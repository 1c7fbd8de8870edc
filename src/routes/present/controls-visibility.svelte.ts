/**
 * Whether the presenter's control bar shows. In full screen the room should see only the slide,
 * so the bar hides, and comes back for a while when the mouse moves (or Tab is pressed), as a
 * video player's controls do. Out of full screen it always shows.
 */
export class ControlsVisibility {
	fullscreen = $state(false);
	#awake = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #showFor: number;

	constructor(showFor = 2500) {
		this.#showFor = showFor;
	}

	get shown(): boolean {
		return !this.fullscreen || this.#awake;
	}

	/** Full screen starts with the bar hidden: the room sees the slide alone. */
	setFullscreen(on: boolean): void {
		this.fullscreen = on;
		this.#awake = false;
		clearTimeout(this.#timer);
	}

	/** The mouse moved, or the presenter tabbed: show the bar for a while. */
	wake(): void {
		if (!this.fullscreen) return;
		this.#awake = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.#awake = false), this.#showFor);
	}

	stop(): void {
		clearTimeout(this.#timer);
	}
}
