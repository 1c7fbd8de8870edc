import { FAMILIES_TEXT } from '../../families/families-text.ts';
import { CONTACT_WORDS, PLAYER_WORDS, SCREEN_WORDS } from '../families-words.ts';
import { PRESENT_TEXT } from '../../present/deck-text.ts';
import { WHOM_IT_BINDS } from '../audience.ts';
import { REQUEST_LABELS } from '../requests.ts';
import type { TranslationFileName } from './translation-files.ts';

/** What a family is told about a translation that no fluent speaker has checked yet. */
export const TRANSLATION_TEXT = {
	draft:
		'This translation has not yet been checked by a fluent speaker. If anything is unclear, ask us; the English policy is the one that counts.'
} as const;

/** Said, in the language, wherever the policy's words are shown translated. */
export const POLICY_TEXT = {
	englishCounts: 'This is a translation. The English policy is the one that counts.'
} as const;

/**
 * Every interface string a family reads, in English, by group: a translation's `text` has the same
 * shape. Keys are `<group>.<name>`, and `<group>.<name>.<n>` (from 1) for a list.
 */
export const ENGLISH_TEXT = {
	// The words the families' pages share with the staff's are the families' too.
	families: { ...FAMILIES_TEXT, ...PLAYER_WORDS, ...CONTACT_WORDS, ...SCREEN_WORDS },
	translation: TRANSLATION_TEXT,
	binds: WHOM_IT_BINDS,
	requests: REQUEST_LABELS,
	present: PRESENT_TEXT,
	policy: POLICY_TEXT
} as const;

type Words<T> = T extends string
	? string
	: T extends readonly string[]
		? readonly string[]
		: { readonly [K in keyof T]: Words<T[K]> };

/** The interface strings in one language: English, or a translation with English where it lacks. */
export type InterfaceText = Words<typeof ENGLISH_TEXT>;

export type TextGroup = keyof InterfaceText;

/** Which translation file holds each group, and the module its English lives in. */
export const TEXT_GROUPS: Record<TextGroup, { file: TranslationFileName; source: string }> = {
	families: { file: 'interface', source: 'src/lib/families/families-text.ts' },
	translation: { file: 'interface', source: 'src/lib/content/translation/interface-text.ts' },
	binds: { file: 'interface', source: 'src/lib/content/audience.ts' },
	requests: { file: 'interface', source: 'src/lib/content/requests.ts' },
	present: { file: 'presentation', source: 'src/lib/present/deck-text.ts' },
	policy: { file: 'policy', source: 'src/lib/content/translation/interface-text.ts' }
};
