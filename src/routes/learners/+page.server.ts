import { course } from '$lib/content/course.server';
import { inductionOutline } from '$lib/journeys/induction-outline';

export const load = () => ({ outline: inductionOutline(course) });
