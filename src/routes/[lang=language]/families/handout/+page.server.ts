import type { EntryGenerator, PageServerLoad } from './$types';
import { course } from '$lib/server/content/course';
import { localised } from '$lib/server/content/translations';
import { handoutView } from '$lib/families/handout';
import { drawQr } from '$lib/families/handout-qr';

export const entries: EntryGenerator = () => course.languages.map(({ code }) => ({ lang: code }));

export const load = (({ params }) => {
	const { course: translated, text } = localised(params.lang);
	const wording = { labels: text.requests, locale: params.lang };
	const handout = handoutView(translated, `/${params.lang}/families`, wording);
	return { handout, qr: drawQr(handout.address) };
}) satisfies PageServerLoad;
