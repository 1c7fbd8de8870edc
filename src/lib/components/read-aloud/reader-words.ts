import { getContext, setContext } from 'svelte';

/**
 * What Listen says on a translated page, in the page's language: its button, and that the device
 * has no voice of that language it may use (an online voice would send the text away). Pages in
 * English set none, and the reader speaks English.
 */
export interface ReaderWords {
	listen: string;
	noVoice: string;
}

const KEY = Symbol('reader-words');

export function setReaderWords(words: ReaderWords): ReaderWords {
	return setContext(KEY, words);
}

export function getReaderWords(): ReaderWords | undefined {
	return getContext<ReaderWords | undefined>(KEY);
}
