import { course } from '$lib/server/content/course';
import { offeredLanguages } from '$lib/families/offered-languages';

export const load = () => ({ languages: offeredLanguages(course.languages) });
