import { getContext, setContext } from 'svelte';
import type { LmsLink } from './lms-link';

const KEY = Symbol('lms-link');

/**
 * The package's link to its LMS, once its code has loaded; always undefined in the ordinary site.
 * A getter, since the link arrives after the layout has set up its context.
 */
export type CurrentLmsLink = () => LmsLink | undefined;

export function setLmsLink(link: CurrentLmsLink): CurrentLmsLink {
	return setContext(KEY, link);
}

export function getLmsLink(): CurrentLmsLink {
	return getContext<CurrentLmsLink | undefined>(KEY) ?? (() => undefined);
}
