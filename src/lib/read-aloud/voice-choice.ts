/** What the course needs to know of a voice; the browser's `SpeechSynthesisVoice` fits. */
export interface VoiceLike {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

/** Why nothing can be read aloud on this device. */
export type NoVoice = 'no-voices' | 'remote-only' | 'no-language';

export type VoiceChoice<Voice extends VoiceLike> =
	{ ok: true; voice: Voice; voices: Voice[] } | { ok: false; reason: NoVoice };

/** BCP 47 language tags, lower case, which some Android versions write as `en_GB`. */
function tag(lang: string): string {
	return lang.replace('_', '-').toLowerCase();
}

const primary = (lang: string) => tag(lang).split('-')[0];

/**
 * The voice to read with: one that runs on the device, since a remote voice sends the text to
 * another company, and one that speaks the page's `language`. A voice of exactly that tag
 * (British English for `en-GB`) first, then any of the same language; the device's default breaks
 * a tie. The learner's earlier pick wins while it is still one of those. `voices` are all that
 * qualify, best first, for the learner to pick from.
 */
export function chooseVoice<Voice extends VoiceLike>(
	available: readonly Voice[],
	preferredURI?: string,
	language = 'en-GB'
): VoiceChoice<Voice> {
	if (available.length === 0) return { ok: false, reason: 'no-voices' };
	const local = available.filter((voice) => voice.localService);
	if (local.length === 0) return { ok: false, reason: 'remote-only' };
	const rank = (voice: VoiceLike) =>
		(tag(voice.lang) === tag(language) ? 0 : 2) + (voice.default ? 0 : 1);
	const voices = local
		.filter((voice) => primary(voice.lang) === primary(language))
		.map((voice, order) => ({ voice, order }))
		.sort((a, b) => rank(a.voice) - rank(b.voice) || a.order - b.order)
		.map(({ voice }) => voice);
	const voice = voices.find((each) => each.voiceURI === preferredURI) ?? voices[0];
	return voice ? { ok: true, voice, voices } : { ok: false, reason: 'no-language' };
}
