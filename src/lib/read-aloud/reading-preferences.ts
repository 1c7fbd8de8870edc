/** How fast the voice reads, as the learner picks it, and the speech rate each one means. */
export const SPEEDS = { slower: 0.8, normal: 1, faster: 1.25 } as const;
export type Speed = keyof typeof SPEEDS;
export const SPEED_ORDER: Speed[] = ['slower', 'normal', 'faster'];
export const SPEED_LABELS: Record<Speed, string> = {
	slower: 'Slower',
	normal: 'Normal',
	faster: 'Faster'
};

/**
 * Where a learner's reading preferences are kept: among their drafts, which are theirs alone and
 * erased with them, so that keeping preferences adds no code to the records every page loads.
 */
export const READING_PREFERENCES = 'reading-preferences';

/** One learner's choice of speed and voice, kept on the device. */
export interface ReadingPreferences {
	version: 1;
	speed: Speed;
	voiceURI?: string;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = { version: 1, speed: 'normal' };

/**
 * Reads stored data as preferences; anything else (old, corrupt, missing) gives the defaults.
 * Checked by hand rather than with a valibot schema: the schema's functions would join the
 * records engine that every page with records downloads, for three fields.
 */
export function parsePreferences(stored: unknown): ReadingPreferences {
	const { version, speed, voiceURI } = (stored ?? {}) as Partial<Record<string, unknown>>;
	const valid =
		version === 1 &&
		SPEED_ORDER.includes(speed as Speed) &&
		(voiceURI === undefined || typeof voiceURI === 'string');
	if (!valid) return { ...DEFAULT_PREFERENCES };
	return voiceURI === undefined
		? { version, speed: speed as Speed }
		: { version, speed: speed as Speed, voiceURI };
}
