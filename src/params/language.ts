import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A language code in the address (`/pl/families`). It runs in every page's JavaScript, so it checks
 * only the form; the build prerenders a page for each language the setting offers, and no other.
 * The form is LANGUAGE_CODE's (src/lib/content/translation/language.ts), without English, which
 * has no prefix.
 */
export const match = ((param: string) =>
	param !== 'en' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(param)) satisfies ParamMatcher;
