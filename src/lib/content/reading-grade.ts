/**
 * The Flesch-Kincaid grade of a piece of prose: about the school year (in the United States) at
 * which a reader can follow it. It counts only sentence length and word length, so it is a rough
 * guide, not a judge: a short word can still be hard, and a name can look long.
 */
export function readingGrade(prose: string | readonly string[]): number {
	const { sentences, words, syllables } = readingCounts(prose);
	if (words === 0) return 0;
	return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

export interface ReadingCounts {
	sentences: number;
	words: number;
	syllables: number;
}

/**
 * Sentences, words and syllables in prose. Each piece of a list (a choice, a key point) counts as
 * at least one sentence, whether or not it ends with a full stop.
 */
export function readingCounts(prose: string | readonly string[]): ReadingCounts {
	const pieces = typeof prose === 'string' ? [prose] : prose;
	const counts: ReadingCounts = { sentences: 0, words: 0, syllables: 0 };
	for (const piece of pieces) {
		for (const sentence of piece.split(/(?<=[.!?:;])["”’)]?\s+|\n\s*\n/)) {
			const words = sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word));
			if (words.length === 0) continue;
			counts.sentences += 1;
			counts.words += words.length;
			counts.syllables += words.reduce((total, word) => total + syllablesIn(word), 0);
		}
	}
	return counts;
}

/** Syllables in an English word, by counting groups of vowels: right for most everyday words. */
export function syllablesIn(word: string): number {
	const letters = word.toLowerCase().replace(/[^a-z]/g, '');
	if (letters.length === 0) return 0;
	if (letters.length <= 3) return 1;
	const trimmed = letters
		.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '')
		.replace(/^y/, '');
	return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}
