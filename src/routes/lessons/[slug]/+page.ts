import type { PageLoad } from './$types';
import type { Component } from 'svelte';

const bodies = import.meta.glob<{ default: Component }>('/lessons/*/index.md');

export const load = (async ({ data }) => {
	const body = bodies[`/${data.lesson.file}`];
	if (!body) throw new Error(`No lesson body at ${data.lesson.file}`);
	return { ...data, Body: (await body()).default };
}) satisfies PageLoad;
