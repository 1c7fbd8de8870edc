/** The message the presenting window sends the speaker-notes window whenever the view changes. */
export interface SpeakerUpdate {
	type: 'slide';
	index: number;
	blanked: boolean;
}

export type SpeakerMessage = SpeakerUpdate | { type: 'hello' };

export const SPEAKER_CHANNEL = 'social-networking-course:speaker-notes';

export function isSpeakerMessage(data: unknown): data is SpeakerMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Record<string, unknown>;
	if (message.type === 'hello') return true;
	return (
		message.type === 'slide' &&
		Number.isInteger(message.index) &&
		typeof message.blanked === 'boolean'
	);
}
