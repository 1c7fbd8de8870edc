import { json } from '@sveltejs/kit';
import { course } from '$lib/server/content/course';
import { quizPool } from '$lib/quiz/quiz-pool';

export const prerender = true;

export const GET = () => json(quizPool(course));
