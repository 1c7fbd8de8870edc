import { ENGLISH_TEXT, type InterfaceText } from '$lib/content/translation/interface-text';

/** The words of the pages for families in one language, the words they share included. */
export type FamiliesText = InterfaceText['families'];

/** The families' words in English, which the English pages hand their components. */
export const ENGLISH_FAMILIES_TEXT: FamiliesText = ENGLISH_TEXT.families;
