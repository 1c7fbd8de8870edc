import { json } from '@sveltejs/kit';
import { course } from '$lib/content/course.server';
import { buildDeck } from '$lib/present/deck';

export const prerender = true;

export const GET = () => json(buildDeck(course));
