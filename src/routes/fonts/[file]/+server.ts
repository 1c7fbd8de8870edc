import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { fontFiles } from '$lib/server/fonts/course-fonts';

export const prerender = true;

// Written out when the site is built, so that they are files like the rest, in the offline copy.
export const entries: EntryGenerator = async () =>
	[...(await fontFiles()).keys()].map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const file = (await fontFiles()).get(params.file);
	if (!file) error(404, 'There is no such font file');
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
