import type { PageServerLoad } from './$types';
import { course } from '$lib/server/content/course';

export const load = (async ({ parent }) => {
	const { policyEdition } = await parent();
	return {
		lessonCount: course.lessons.length,
		// An import may bring progress only in what this course has.
		contents: {
			lessons: course.lessons.map((lesson) => lesson.slug),
			scenarios: course.scenarios.map((scenario) => scenario.id),
			policy: { version: policyEdition.version, fingerprint: policyEdition.fingerprint }
		}
	};
}) satisfies PageServerLoad;
