import { course } from '$lib/content/course.server';
import { buildDeck } from '$lib/present/deck';

export const load = () => ({ deck: buildDeck(course) });
