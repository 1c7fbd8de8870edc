import { json } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { inductionOutline } from '$lib/journeys/induction-outline';

export const prerender = true;

export const GET = () => json(inductionOutline(course));
