import { REQUEST_MARK } from '../requests.ts';
import { PLACEHOLDER } from './template.ts';

/**
 * What a translation must carry over unchanged, sorted: each `{name}` and each `[request:id]`
 * (the request's words are put in when the site is built).
 */
export function placeholdersOf(text: string): string[] {
	return [
		...[...text.matchAll(PLACEHOLDER)].map(([placeholder]) => placeholder),
		...[...text.matchAll(REQUEST_MARK)].map(([mark]) => mark)
	].sort();
}

/** How the translation's placeholders differ from the English's, in words; empty when they agree. */
export function placeholderDifference(english: string, translation: string): string[] {
	const wanted = placeholdersOf(english);
	const found = placeholdersOf(translation);
	return [
		...without(wanted, found).map((placeholder) => `lacks ${placeholder}`),
		...without(found, wanted).map((placeholder) => `has ${placeholder}, which the English has not`)
	];
}

/** `from` less one of each item of `taken`. */
function without(from: string[], taken: string[]): string[] {
	const left = [...taken];
	return from.filter((item) => {
		const at = left.indexOf(item);
		if (at === -1) return true;
		left.splice(at, 1);
		return false;
	});
}

/** True when the text is nothing but placeholders: there is nothing in it to translate. */
export function onlyPlaceholders(text: string): boolean {
	return text.replace(PLACEHOLDER, '').replace(REQUEST_MARK, '').trim() === '';
}
