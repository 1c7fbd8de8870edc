import type { EntryGenerator, PageServerLoad } from './$types';
import { course } from '$lib/server/content/course';
import { localised } from '$lib/server/content/translations';

export const entries: EntryGenerator = () => course.languages.map(({ code }) => ({ lang: code }));

export const load = (({ params }) => {
	const { setting } = localised(params.lang).course;
	return { asked: setting.familySignOff, policyTitle: setting.policy.title };
}) satisfies PageServerLoad;
