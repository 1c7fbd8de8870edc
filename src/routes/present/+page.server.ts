import { course } from '$lib/server/content/course';
import { deckOpening } from '$lib/present/deck';

export const load = () => deckOpening(course);
