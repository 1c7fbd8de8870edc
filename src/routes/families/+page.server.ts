import { course } from '$lib/server/content/course';
import { familiesView } from '$lib/families/families-view';

export const load = () => ({ families: familiesView(course) });
