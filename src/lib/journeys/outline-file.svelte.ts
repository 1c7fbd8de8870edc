import { resolve } from '$app/paths';
import { siteData } from '$lib/offline/site-data';
import type { LessonOutline } from './induction-progress';

let fetchOutline: (() => Promise<LessonOutline[]>) | undefined;

export interface OutlineFile {
	/** Undefined until the file arrives. */
	readonly outline: LessonOutline[] | undefined;
	/** The file could not be fetched (offline before the course was kept, say). */
	readonly failed: boolean;
}

/**
 * What the induction asks, from the data file the build writes (/lessons/outline.json). It grows
 * with the course, so the pages that follow the induction fetch it once a visit rather than each
 * carry it in their HTML. Call while a component is set up: it fetches once that is mounted.
 */
export function inductionOutlineFile(): OutlineFile {
	const file: { outline: LessonOutline[] | undefined; failed: boolean } = $state({
		outline: undefined,
		failed: false
	});
	$effect(() => {
		fetchOutline ??= siteData<LessonOutline[]>(resolve('/lessons/outline.json'));
		fetchOutline().then(
			(outline) => {
				file.outline = outline;
				file.failed = false;
			},
			() => (file.failed = true)
		);
	});
	return file;
}
