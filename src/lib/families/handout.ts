import type { Course } from '$lib/content/course-model';
import { isRequest, labelledRequest, type RequestWording } from '$lib/content/requests';
import { familiesView, type FamiliesView } from './families-view';

/** The one-page handout for families: what the setting asks of them, and where to take a worry. */
export interface Handout extends Pick<
	FamiliesView,
	'people' | 'helplines' | 'emergency' | 'complaints'
> {
	/** Each request with its label: decided (by whom, when) or proposed, not yet decided. */
	requests: string[];
	/** The families' pages in the handout's language on the web, or '' when the setting gave none. */
	address: string;
}

/**
 * The handout in the language of `course` (the English or a localised one, with its requests'
 * `wording`), pointing to the families' pages at `path` under the course's public address.
 */
export function handoutView(course: Course, path: string, wording?: RequestWording): Handout {
	const { people, helplines, emergency, complaints } = familiesView(course);
	const { publicAddress } = course.setting;
	return {
		requests: course.decisions
			.filter(isRequest)
			.map((request) => labelledRequest(request, wording)),
		people,
		// Those a family can reach now: a name alone is no help on paper.
		helplines: helplines.filter((helpline) => helpline.phone || helpline.web),
		emergency,
		complaints,
		address: publicAddress && new URL(path.replace(/^\//, ''), publicAddress).href
	};
}
