import { TEXT_ONLY_CSR } from '$lib/scorm/package-build';
import { course } from '$lib/server/content/course';

export const load = () => {
	const { people, helplines, emergency } = course.setting;
	return { people: [people.dsl, people.leadPractitioner], helplines, emergency };
};

// A text-only page: see TEXT_ONLY_CSR.
export const csr = TEXT_ONLY_CSR;
