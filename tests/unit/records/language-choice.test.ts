import { describe, expect, it } from 'vitest';
import {
	LANGUAGE_CHOICE_KEY,
	forgetLanguage,
	rememberLanguage,
	rememberedLanguage,
	type SmallStore
} from '$lib/records/language-choice';

function mapStore(
	initial: Record<string, string> = {}
): SmallStore & { items: Map<string, string> } {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key)
	};
}

describe('the language a person picked', () => {
	it('is kept once picked, read back, and forgotten', () => {
		const store = mapStore();
		expect(rememberedLanguage(store)).toBeUndefined();
		expect(rememberLanguage(store, 'ur')).toBe(true);
		expect(rememberedLanguage(store)).toBe('ur');
		forgetLanguage(store);
		expect(store.items.size).toBe(0);
	});

	it('ignores what is not a language code, stored or asked for', () => {
		const store = mapStore({ [LANGUAGE_CHOICE_KEY]: '<script>' });
		expect(rememberedLanguage(store)).toBeUndefined();
		expect(rememberLanguage(store, '../privacy')).toBe(false);
		expect(store.items.get(LANGUAGE_CHOICE_KEY)).toBe('<script>');
	});

	it('says it kept nothing where storage refuses, and never throws', () => {
		const refusing: SmallStore = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('blocked');
			}
		};
		expect(rememberLanguage(refusing, 'pl')).toBe(false);
		expect(rememberedLanguage(refusing)).toBeUndefined();
		expect(() => forgetLanguage(refusing)).not.toThrow();
		expect(rememberLanguage(undefined, 'pl')).toBe(false);
	});
});
