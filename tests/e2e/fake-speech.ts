import type { Page } from '@playwright/test';

export interface FakeVoice {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

export const britishVoice: FakeVoice = {
	voiceURI: 'test:daniel',
	name: 'Daniel',
	lang: 'en-GB',
	localService: true,
	default: true
};
export const americanVoice: FakeVoice = {
	voiceURI: 'test:fred',
	name: 'Fred',
	lang: 'en-US',
	localService: true,
	default: false
};
export const onlineVoice: FakeVoice = {
	voiceURI: 'test:online',
	name: 'Online UK English',
	lang: 'en-GB',
	localService: false,
	default: false
};

export interface SpokenUtterance {
	text: string;
	voice: string | undefined;
	rate: number;
}

interface FakeSpeech {
	spoken: SpokenUtterance[];
	cancels: number;
	speaking(): boolean;
	finish(): boolean;
}

declare global {
	interface Window {
		fakeSpeech: FakeSpeech;
	}
}

/**
 * The stand-in itself, run in the page (or in a component test's browser) before anything asks
 * for speech; `installFakeSpeech` says what it does.
 */
export function fakeSpeechScript({
	voices,
	voicesAfterMs
}: {
	voices: FakeVoice[];
	voicesAfterMs: number;
}) {
	type Utterance = EventTarget & { text: string; voice: { name: string } | null; rate: number };
	const fire = (target: EventTarget, type: string, details: object = {}) => {
		const event = Object.assign(new Event(type), details);
		target.dispatchEvent(event);
		const handler = (target as unknown as Record<string, unknown>)[`on${type}`];
		if (typeof handler === 'function') (handler as (event: Event) => void).call(target, event);
	};
	class FakeUtterance extends EventTarget {
		voice = null;
		rate = 1;
		lang = '';
		onstart = null;
		onboundary = null;
		onend = null;
		onerror = null;
		text: string;
		constructor(text = '') {
			super();
			this.text = text;
		}
	}
	let available = voicesAfterMs > 0 ? [] : voices;
	let loading = false;
	const queue: Utterance[] = [];
	let current: Utterance | undefined;
	const synthesis = Object.assign(new EventTarget(), {
		onvoiceschanged: null,
		// Like Chrome, the voices start to load when the page first asks for them.
		getVoices: () => {
			if (!loading && voicesAfterMs > 0) {
				loading = true;
				setTimeout(() => {
					available = voices;
					fire(synthesis, 'voiceschanged');
				}, voicesAfterMs);
			}
			return available;
		},
		speak(utterance: Utterance) {
			queue.push(utterance);
			if (!current) next();
		},
		cancel() {
			fake.cancels++;
			queue.length = 0;
			const stopped = current;
			current = undefined;
			if (stopped) fire(stopped, 'error', { error: 'interrupted' });
		},
		pause() {},
		resume() {}
	});
	// Accessors, not values: Object.assign would copy what they return now.
	Object.defineProperties(synthesis, {
		speaking: { get: () => current !== undefined },
		pending: { get: () => queue.length > 0 },
		paused: { get: () => false }
	});
	const next = () => {
		current = queue.shift();
		if (!current) return;
		fake.spoken.push({ text: current.text, voice: current.voice?.name, rate: current.rate });
		fire(current, 'start');
	};
	const fake = {
		spoken: [] as { text: string; voice: string | undefined; rate: number }[],
		cancels: 0,
		speaking: () => current !== undefined,
		finish() {
			const done = current;
			if (!done) return false;
			fire(done, 'boundary', { name: 'word', charIndex: 0 });
			current = undefined;
			fire(done, 'end');
			if (!current) next();
			return true;
		}
	};
	Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		value: FakeUtterance,
		configurable: true,
		writable: true
	});
	Object.defineProperty(window, 'fakeSpeech', { value: fake, configurable: true });
}

/**
 * Puts a scripted stand-in for the browser's speech synthesis in place before the page loads. It
 * offers `voices` (given `voicesAfterMs`, that long after the page first asks for them, with a
 * voiceschanged event), records each
 * utterance as it starts, fires start, then boundary and end when the test calls `finish`, and an
 * "interrupted" error when the page cancels. Nothing is heard.
 */
export async function installFakeSpeech(
	page: Page,
	voices: FakeVoice[] = [britishVoice, americanVoice],
	voicesAfterMs = 0
) {
	await page.addInitScript(fakeSpeechScript, { voices, voicesAfterMs });
}

/** What has been spoken so far, in order. */
export function spoken(page: Page): Promise<SpokenUtterance[]> {
	return page.evaluate(() => window.fakeSpeech.spoken);
}

/** Lets the voice reach the end of the sentence it is reading; false when it reads nothing. */
export function finishSentence(page: Page): Promise<boolean> {
	return page.evaluate(() => window.fakeSpeech.finish());
}

/** Lets the voice read to the end, and returns every sentence it read, in order. */
export async function listenToTheEnd(page: Page): Promise<string[]> {
	await page.evaluate(() => {
		let guard = 0;
		while (guard++ < 2000 && window.fakeSpeech.finish()) continue;
	});
	return (await spoken(page)).map((utterance) => utterance.text);
}

/** The text that the page highlights as being read, or undefined. */
export function highlighted(page: Page): Promise<string | undefined> {
	return page.evaluate(() => {
		const highlight = CSS.highlights.get('read-aloud');
		return highlight
			? [...highlight].map((range) => (range as Range).toString()).join('')
			: undefined;
	});
}
