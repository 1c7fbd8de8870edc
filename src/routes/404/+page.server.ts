import { course } from '$lib/content/course.server';
import { SCORM_PACKAGE } from '$lib/scorm/package-build';
import { summariseLesson } from '$lib/content/lesson-summary';

export const load = () => ({ lessons: course.lessons.map(summariseLesson) });

// Served by the host for any address the course does not have, from whatever folder that address
// names: text and links alone, so that it needs no script to show and find the way.
export const csr = SCORM_PACKAGE;
