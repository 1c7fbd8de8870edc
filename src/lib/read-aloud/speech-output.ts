import type { VoiceLike } from './voice-choice';

/** What happens to one utterance, as the speaker needs to hear it. */
export interface UtteranceEvents {
	end(): void;
	error(reason: string): void;
}

/** The little the speaker needs from the browser's speech synthesis; tests pass a fake. */
export interface SpeechOutput<Voice extends VoiceLike> {
	voices(): Voice[];
	/** Calls `listener` whenever the list of voices changes; returns how to stop listening. */
	onVoicesChanged(listener: () => void): () => void;
	speak(text: string, voice: Voice, rate: number, events: UtteranceEvents): void;
	cancel(): void;
}

/** After a cancel, Chrome can silently drop an utterance spoken at once; this long is enough. */
const AFTER_CANCEL_MS = 50;

/** The browser's own speech synthesis, as a speech output. */
export function browserSpeech(synthesis: SpeechSynthesis): SpeechOutput<SpeechSynthesisVoice> {
	// Chrome can drop the events of an utterance that nothing refers to any more.
	const held = new Set<SpeechSynthesisUtterance>();
	let cancelledAt = -Infinity;
	let waiting: ReturnType<typeof setTimeout> | undefined;
	return {
		voices: () => synthesis.getVoices(),
		onVoicesChanged(listener) {
			synthesis.addEventListener('voiceschanged', listener);
			return () => synthesis.removeEventListener('voiceschanged', listener);
		},
		speak(text, voice, rate, events) {
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.voice = voice;
			utterance.lang = voice.lang;
			utterance.rate = rate;
			utterance.onend = () => {
				held.delete(utterance);
				events.end();
			};
			utterance.onerror = (event) => {
				held.delete(utterance);
				events.error(event.error);
			};
			const go = () => {
				waiting = undefined;
				held.add(utterance);
				synthesis.speak(utterance);
			};
			const wait = cancelledAt + AFTER_CANCEL_MS - performance.now();
			if (wait > 0) waiting = setTimeout(go, wait);
			else go();
		},
		cancel() {
			clearTimeout(waiting);
			waiting = undefined;
			if (!synthesis.speaking && !synthesis.pending) return;
			synthesis.cancel();
			cancelledAt = performance.now();
		}
	};
}
