import { course } from '$lib/server/content/course';
import { TEXT_ONLY_CSR } from '$lib/scorm/package-build';
import { summariseLesson } from '$lib/content/lesson-summary';

export const load = () => ({ lessons: course.lessons.map(summariseLesson) });

// A text-only page: see TEXT_ONLY_CSR.
export const csr = TEXT_ONLY_CSR;
