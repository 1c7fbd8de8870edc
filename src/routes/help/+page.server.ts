import { course } from '$lib/content/course.server';

export const load = () => {
	const { people, helplines, emergency } = course.setting;
	return { people: [people.dsl, people.leadPractitioner], helplines, emergency };
};

// Text only: no JavaScript is sent (OfflineInstall still registers the offline copy).
export const csr = false;
