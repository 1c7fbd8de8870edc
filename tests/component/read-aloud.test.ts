import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import ReadAloud from '$lib/components/read-aloud/ReadAloud.svelte';
import { READING_PREFERENCES } from '$lib/read-aloud/reading-preferences';
import { memoryStore, type KeyValueStore } from '$lib/records/key-value-store';
import { americanVoice, britishVoice, fakeSpeechScript } from '../e2e/fake-speech';
import { recordsFor, renderWithRecords } from './records';

/**
 * A store whose reading preferences, as they were when asked for, arrive only when the test lets
 * them: as from a slow disk, after the learner may have changed them.
 */
function heldPreferences() {
	const store = memoryStore();
	let release = () => {};
	const arrived = new Promise<void>((resolve) => (release = resolve));
	const held: KeyValueStore = {
		...store,
		getItem: async (key) => {
			const value = store.getItem(key);
			if (key.endsWith(READING_PREFERENCES)) await arrived;
			return value;
		}
	};
	return { store: held, release };
}

const spoken = () => window.fakeSpeech.spoken;

describe('the reader', () => {
	let region: HTMLElement | undefined;
	afterEach(() => region?.remove());

	it('keeps a speed picked while the stored preferences are still on their way', async () => {
		fakeSpeechScript({ voices: [britishVoice, americanVoice], voicesAfterMs: 0 });
		region = document.body.appendChild(document.createElement('div'));
		region.innerHTML = '<p>The first sentence. The second sentence.</p>';
		const { store, release } = heldPreferences();
		const records = await recordsFor('Amira Khan', store);
		await renderWithRecords(records, ReadAloud, { region, onclose: () => {} });

		await page.getByLabelText('Speed').selectOptions('slower');
		release();
		await expect.poll(() => spoken().at(-1)?.rate).toBe(0.8);
		await expect.element(page.getByLabelText('Speed')).toHaveValue('slower');
	});
});
