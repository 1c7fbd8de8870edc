import { course } from '$lib/content/course.server';
import { deckOpening } from '$lib/present/deck';

export const load = () => deckOpening(course);
