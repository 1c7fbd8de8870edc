import { course } from '$lib/server/content/course';
import { offeredLanguages } from '$lib/families/offered-languages';
import { ENGLISH_FAMILIES_TEXT } from '$lib/families/families-language';

export const load = () => ({
	languages: offeredLanguages(course.languages),
	languagesLabel: ENGLISH_FAMILIES_TEXT.languagesLabel
});
