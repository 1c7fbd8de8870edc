import type { EntryGenerator, PageServerLoad } from './$types';
import { course } from '$lib/server/content/course';
import { localised } from '$lib/server/content/translations';
import { familiesView } from '$lib/families/families-view';

export const entries: EntryGenerator = () => course.languages.map(({ code }) => ({ lang: code }));

export const load = (({ params }) => {
	const { course: translated, text } = localised(params.lang);
	return { families: familiesView(translated, text) };
}) satisfies PageServerLoad;
