import { course } from '$lib/server/content/course';
import { webManifest } from '$lib/offline/web-manifest';

export const prerender = true;

export const GET = () =>
	new Response(
		JSON.stringify(
			webManifest({ courseTitle: course.setting.course.title, settingName: course.setting.name })
		),
		{ headers: { 'content-type': 'application/manifest+json' } }
	);
