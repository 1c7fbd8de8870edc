import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from '$lib/read-aloud/voice-choice';

function voice(name: string, lang: string, localService = true, isDefault = false): VoiceLike {
	return { voiceURI: `uri:${name}`, name, lang, localService, default: isDefault };
}

const names = (voices: VoiceLike[]) => voices.map((each) => each.name);

describe('chooseVoice', () => {
	it('prefers a British English voice on the device over other English voices', () => {
		const choice = chooseVoice([
			voice('Samantha', 'en-US', true, true),
			voice('Daniel', 'en-GB'),
			voice('Amélie', 'fr-FR')
		]);
		expect(choice).toMatchObject({ ok: true, voice: { name: 'Daniel' } });
		expect(choice.ok && names(choice.voices)).toEqual(['Daniel', 'Samantha']);
	});

	it('takes any English voice when there is no British one, the default first', () => {
		const choice = chooseVoice([voice('Karen', 'en-AU'), voice('Alex', 'en_US', true, true)]);
		expect(choice).toMatchObject({ ok: true, voice: { name: 'Alex' } });
	});

	it('never uses a voice that runs elsewhere, even a British one', () => {
		const choice = chooseVoice([
			voice('Google UK English', 'en-GB', false),
			voice('Fred', 'en-US')
		]);
		expect(choice).toMatchObject({ ok: true, voice: { name: 'Fred' } });
		expect(choice.ok && names(choice.voices)).toEqual(['Fred']);
	});

	it('keeps the learner’s earlier pick while it is still a local English voice', () => {
		const voices = [voice('Daniel', 'en-GB'), voice('Fred', 'en-US'), voice('Far', 'en-GB', false)];
		expect(chooseVoice(voices, 'uri:Fred')).toMatchObject({ voice: { name: 'Fred' } });
		expect(chooseVoice(voices, 'uri:Far')).toMatchObject({ voice: { name: 'Daniel' } });
		expect(chooseVoice(voices, 'uri:Gone')).toMatchObject({ voice: { name: 'Daniel' } });
	});

	it('says why when nothing can read aloud on this device', () => {
		expect(chooseVoice([])).toEqual({ ok: false, reason: 'no-voices' });
		expect(chooseVoice([voice('Google UK English', 'en-GB', false)])).toEqual({
			ok: false,
			reason: 'remote-only'
		});
		expect(chooseVoice([voice('Amélie', 'fr-FR'), voice('Eng', 'eng-XX')])).toEqual({
			ok: false,
			reason: 'no-language'
		});
	});

	it('reads a translated page only with a local voice of its language', () => {
		const voices = [
			voice('Daniel', 'en-GB', true, true),
			voice('Online Urdu', 'ur-PK', false),
			voice('Zosia', 'pl-PL'),
			voice('Ewa', 'pl_PL')
		];
		expect(chooseVoice(voices, undefined, 'pl')).toMatchObject({ voice: { name: 'Zosia' } });
		expect(chooseVoice(voices, 'uri:Ewa', 'pl')).toMatchObject({ voice: { name: 'Ewa' } });
		expect(chooseVoice(voices, 'uri:Daniel', 'pl')).toMatchObject({ voice: { name: 'Zosia' } });
		expect(chooseVoice(voices, undefined, 'ur')).toEqual({ ok: false, reason: 'no-language' });
		expect(chooseVoice([voice('Online Urdu', 'ur-PK', false)], undefined, 'ur')).toEqual({
			ok: false,
			reason: 'remote-only'
		});
	});
});
