import { course } from '$lib/content/course.server';
import { familiesView } from '$lib/families/families-view';

export const load = () => ({ families: familiesView(course) });
