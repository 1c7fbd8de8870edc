import type { SpeechOutput } from './speech-output';
import { chooseVoice, type NoVoice, type VoiceLike } from './voice-choice';

/** Voices can arrive a little after the page asks for them; this long, then the list is final. */
export const VOICE_WAIT_MS = 2000;

export type SpeakerState =
	'idle' | 'waiting' | 'speaking' | 'paused' | 'done' | 'no-voice' | 'failed';

/** Errors that only mean the course itself stopped or replaced an utterance. */
const STOPPED_BY_US = new Set(['interrupted', 'canceled']);

/**
 * Reads a list of sentences aloud, one utterance each, and says which one it is on, so that the
 * page can highlight it. One at a time rather than all queued, so that a pause, a stop or a change
 * of speed takes effect at once and no utterance runs long enough for Chrome to cut it off.
 */
export class Speaker<Voice extends VoiceLike> {
	state: SpeakerState = $state('idle');
	/** The sentence being read or paused at, or -1. */
	index = $state(-1);
	problem: NoVoice | undefined = $state();
	voice: Voice | undefined = $state.raw();
	/** Every voice the learner may pick, best first. */
	voices: Voice[] = $state.raw([]);
	rate = $state(1);
	private sentences: string[] = [];
	// Each utterance knows its turn; events from one that was stopped or replaced are ignored.
	private turn = 0;

	constructor(
		private readonly output: SpeechOutput<Voice>,
		private readonly voiceWait = VOICE_WAIT_MS
	) {}

	/**
	 * Picks the voice to read `language` with, waiting a little for voices that load late.
	 * Resolves false, with `problem` saying why, when the device has none that may be used.
	 */
	async findVoice(preferredURI?: string, language?: string): Promise<boolean> {
		this.state = 'waiting';
		let choice = chooseVoice(this.output.voices(), preferredURI, language);
		const deadline = Date.now() + this.voiceWait;
		while (!choice.ok && Date.now() < deadline) {
			await this.voicesChange(deadline - Date.now());
			choice = chooseVoice(this.output.voices(), preferredURI, language);
		}
		if (!choice.ok) {
			this.problem = choice.reason;
			this.state = 'no-voice';
			return false;
		}
		this.voice = choice.voice;
		this.voices = choice.voices;
		this.state = 'idle';
		return true;
	}

	/** Reads `sentences` from the first, after anything still being spoken is stopped. */
	read(sentences: string[]): void {
		this.sentences = sentences;
		this.turn++;
		this.output.cancel();
		this.speak(0);
	}

	/**
	 * Stops mid-sentence; `resume` reads that sentence again from its start. Chrome on Android
	 * treats the browser's own pause as a stop, so the course does not rely on it.
	 */
	pause(): void {
		if (this.state !== 'speaking') return;
		this.silence();
		this.state = 'paused';
	}

	resume(): void {
		if (this.state === 'paused') this.speak(this.index);
	}

	stop(): void {
		this.silence();
		this.index = -1;
		if (this.state === 'speaking' || this.state === 'paused') this.state = 'idle';
	}

	/** A new speed is heard from the start of the sentence being read. */
	setRate(rate: number): void {
		this.rate = rate;
		this.again();
	}

	setVoice(voiceURI: string): void {
		const voice = this.voices.find((each) => each.voiceURI === voiceURI);
		if (!voice) return;
		this.voice = voice;
		this.again();
	}

	private again() {
		if (this.state !== 'speaking') return;
		this.silence();
		this.speak(this.index);
	}

	private silence() {
		this.turn++;
		this.output.cancel();
	}

	private speak(index: number) {
		const text = this.sentences[index];
		if (text === undefined || !this.voice) {
			this.index = -1;
			this.state = 'done';
			return;
		}
		const turn = ++this.turn;
		this.index = index;
		this.state = 'speaking';
		this.output.speak(text, this.voice, this.rate, {
			end: () => {
				if (turn === this.turn) this.speak(index + 1);
			},
			error: (reason) => {
				if (turn !== this.turn || STOPPED_BY_US.has(reason)) return;
				this.turn++;
				this.state = 'failed';
			}
		});
	}

	private voicesChange(within: number): Promise<void> {
		return new Promise((resolve) => {
			const done = () => {
				clearTimeout(timer);
				stopListening();
				resolve();
			};
			const stopListening = this.output.onVoicesChanged(done);
			const timer = setTimeout(done, within);
		});
	}
}
