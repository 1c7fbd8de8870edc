import { course } from '$lib/server/content/course';
import { familiesView } from '$lib/families/families-view';
import { ENGLISH_FAMILIES_TEXT } from '$lib/families/families-language';

// The words come with the page's data, as a translation's do: the page's code carries none.
export const load = () => ({ families: familiesView(course), text: ENGLISH_FAMILIES_TEXT });
