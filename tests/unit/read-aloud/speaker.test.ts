import { afterEach, describe, expect, it, vi } from 'vitest';
import { Speaker } from '$lib/read-aloud/speaker.svelte';
import type { SpeechOutput, UtteranceEvents } from '$lib/read-aloud/speech-output';
import type { VoiceLike } from '$lib/read-aloud/voice-choice';

const daniel: VoiceLike = {
	voiceURI: 'uri:Daniel',
	name: 'Daniel',
	lang: 'en-GB',
	localService: true,
	default: true
};
const fred: VoiceLike = { ...daniel, voiceURI: 'uri:Fred', name: 'Fred', lang: 'en-US' };
const remote: VoiceLike = { ...daniel, voiceURI: 'uri:Far', localService: false };

interface Spoken {
	text: string;
	voice: string;
	rate: number;
	events: UtteranceEvents;
}

/** A stand-in for speech synthesis that records what it is asked to say and ends on request. */
function fakeOutput(initial: VoiceLike[] = [daniel, fred]) {
	let voices = initial;
	const listeners = new Set<() => void>();
	const spoken: Spoken[] = [];
	let cancels = 0;
	const output: SpeechOutput<VoiceLike> = {
		voices: () => voices,
		onVoicesChanged(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		speak: (text, voice, rate, events) => spoken.push({ text, voice: voice.name, rate, events }),
		cancel: () => {
			cancels++;
			// As browsers do: the utterance being spoken reports that it was interrupted.
			spoken.at(-1)?.events.error('interrupted');
		}
	};
	return {
		output,
		spoken,
		cancels: () => cancels,
		finishCurrent: () => spoken.at(-1)?.events.end(),
		loadVoices(next: VoiceLike[]) {
			voices = next;
			for (const listener of listeners) listener();
		}
	};
}

async function readyToRead(fake = fakeOutput()) {
	const speaker = new Speaker(fake.output, 100);
	expect(await speaker.findVoice()).toBe(true);
	return speaker;
}

afterEach(() => {
	vi.useRealTimers();
});

describe('Speaker', () => {
	it('reads each sentence in turn, saying which one it is on, and then is done', async () => {
		const fake = fakeOutput();
		const speaker = await readyToRead(fake);
		speaker.read(['One.', 'Two.', 'Three.']);
		expect(speaker).toMatchObject({ state: 'speaking', index: 0 });
		fake.finishCurrent();
		expect(speaker.index).toBe(1);
		fake.finishCurrent();
		fake.finishCurrent();
		expect(fake.spoken.map((each) => each.text)).toEqual(['One.', 'Two.', 'Three.']);
		expect(fake.spoken.every((each) => each.voice === 'Daniel')).toBe(true);
		expect(speaker).toMatchObject({ state: 'done', index: -1 });
	});

	it('pauses at once and resumes from the start of the same sentence', async () => {
		const fake = fakeOutput();
		const speaker = await readyToRead(fake);
		speaker.read(['One.', 'Two.']);
		fake.finishCurrent();
		speaker.pause();
		expect(speaker).toMatchObject({ state: 'paused', index: 1 });
		speaker.resume();
		expect(fake.spoken.map((each) => each.text)).toEqual(['One.', 'Two.', 'Two.']);
		fake.finishCurrent();
		expect(speaker.state).toBe('done');
	});

	it('stops, and then ignores what the stopped utterance reports', async () => {
		const fake = fakeOutput();
		const speaker = await readyToRead(fake);
		speaker.read(['One.', 'Two.']);
		const first = fake.spoken[0]!;
		speaker.stop();
		first.events.end();
		expect(speaker).toMatchObject({ state: 'idle', index: -1 });
		expect(fake.spoken).toHaveLength(1);
	});

	it('reads the current sentence again at a new speed or with a new voice', async () => {
		const fake = fakeOutput();
		const speaker = await readyToRead(fake);
		speaker.read(['One.', 'Two.']);
		speaker.setRate(0.8);
		speaker.setVoice('uri:Fred');
		expect(fake.spoken.map(({ text, voice, rate }) => [text, voice, rate])).toEqual([
			['One.', 'Daniel', 1],
			['One.', 'Daniel', 0.8],
			['One.', 'Fred', 0.8]
		]);
		expect(speaker.index).toBe(0);
	});

	it('says it failed when the voice reports an error of its own', async () => {
		const fake = fakeOutput();
		const speaker = await readyToRead(fake);
		speaker.read(['One.', 'Two.']);
		fake.spoken[0]!.events.error('synthesis-failed');
		expect(speaker.state).toBe('failed');
		fake.spoken[0]!.events.end();
		expect(fake.spoken).toHaveLength(1);
	});

	it('waits for voices that load late', async () => {
		const fake = fakeOutput([]);
		const speaker = new Speaker(fake.output, 1000);
		const found = speaker.findVoice('uri:Fred');
		expect(speaker.state).toBe('waiting');
		fake.loadVoices([daniel, fred]);
		expect(await found).toBe(true);
		expect(speaker.voice?.name).toBe('Fred');
		expect(speaker.voices.map((voice) => voice.name)).toEqual(['Daniel', 'Fred']);
	});

	it('gives up after a while and says why when no voice on the device may be used', async () => {
		vi.useFakeTimers();
		const fake = fakeOutput([remote]);
		const speaker = new Speaker(fake.output, 1000);
		const found = speaker.findVoice();
		await vi.advanceTimersByTimeAsync(1000);
		expect(await found).toBe(false);
		expect(speaker).toMatchObject({ state: 'no-voice', problem: 'remote-only' });

		const none = new Speaker(fakeOutput([]).output, 1000);
		const foundNone = none.findVoice();
		await vi.advanceTimersByTimeAsync(1000);
		expect(await foundNone).toBe(false);
		expect(none.problem).toBe('no-voices');
	});
});
