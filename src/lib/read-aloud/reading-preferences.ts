import * as v from 'valibot';

/** How fast the voice reads, as the learner picks it, and the speech rate each one means. */
export const SPEEDS = { slower: 0.8, normal: 1, faster: 1.25 } as const;
export type Speed = keyof typeof SPEEDS;
export const SPEED_LABELS: Record<Speed, string> = {
	slower: 'Slower',
	normal: 'Normal',
	faster: 'Faster'
};

/** Where a learner's reading preferences are kept among their preferences. */
export const READING_PREFERENCES = 'read-aloud';

const preferencesSchema = v.object({
	version: v.literal(1),
	speed: v.picklist(Object.keys(SPEEDS) as Speed[]),
	voiceURI: v.optional(v.string())
});

/** One learner's choice of speed and voice, kept on the device. */
export type ReadingPreferences = v.InferOutput<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: ReadingPreferences = { version: 1, speed: 'normal' };

/** Reads stored data as preferences; anything else (old, corrupt, missing) gives the defaults. */
export function parsePreferences(stored: unknown): ReadingPreferences {
	const result = v.safeParse(preferencesSchema, stored);
	return result.success ? result.output : { ...DEFAULT_PREFERENCES };
}
