import type { ProblemList } from './content-error.ts';
import { DECISIONS_FILE, type ContentFiles } from './content-files.ts';
import { isDecided, type Decision } from './decisions.ts';
import { formatDate } from '../dates/calendar-date.ts';
import { fillTemplate } from './translation/template.ts';

/**
 * Where content asks something of families, it writes `[request:id]` and the request's words come
 * from its entry in decisions.yaml, labelled with where the DSL has got to. The label is never
 * written by hand, so a request cannot read as decided before the DSL decides it.
 */
export const REQUEST_MARK = /\[request:([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

/** A request the course makes of families: an entry of decisions.yaml with a proposal. */
export type Request = Decision & { proposal: string };

export function isRequest(decision: Decision): decision is Request {
	return decision.proposal !== '';
}

/** The requests still waiting for the DSL: proposed, not decided. */
export function proposalsAwaitingDsl(decisions: readonly Decision[]): Request[] {
	return decisions.filter(isRequest).filter((request) => !isDecided(request));
}

/** The labels that say where the DSL has got to with a request, in English; translated too. */
export const REQUEST_LABELS = {
	decided: 'The setting has decided ({by}, {date}): {answer}',
	proposed: 'The setting is asking (proposed, not yet decided): {proposal}'
};

/** How a request is labelled in one language: its labels, and the locale its dates are in. */
export interface RequestWording {
	labels: typeof REQUEST_LABELS;
	locale: string;
}

const ENGLISH_WORDING: RequestWording = { labels: REQUEST_LABELS, locale: 'en-GB' };

/** A request as families read it: what the setting asks, and whether that is decided yet. */
export function labelledRequest(request: Request, wording = ENGLISH_WORDING): string {
	return isDecided(request)
		? fillTemplate(wording.labels.decided, {
				by: request.decidedBy,
				date: formatDate(request.decidedOn, wording.locale),
				answer: request.answer
			})
		: fillTemplate(wording.labels.proposed, { proposal: request.proposal });
}

/** The text with each `[request:id]` replaced by that request, labelled. */
export function withRequests(
	text: string,
	decisions: readonly Decision[],
	wording = ENGLISH_WORDING
): string {
	return text.replace(REQUEST_MARK, (mark, id: string) => {
		const request = decisions.find((decision) => decision.id === id);
		return request && isRequest(request) ? labelledRequest(request, wording) : mark;
	});
}

// A request written out by hand, with its own label, instead of marked.
const HAND_WRITTEN_REQUEST = /what we ask of families|we ask families/i;

/**
 * Every `[request:id]` in the content files must name a request in decisions.yaml, and no file
 * labels a request by hand: each problem with its file and line.
 */
export function checkRequestMarks(
	files: ContentFiles,
	decisions: readonly Decision[],
	problems: ProblemList
): void {
	const byId = new Map(decisions.map((decision) => [decision.id, decision]));
	for (const [file, text] of Object.entries(files)) {
		if (file === DECISIONS_FILE) continue;
		text.split('\n').forEach((line, index) => {
			for (const [, id] of line.matchAll(REQUEST_MARK)) {
				const decision = byId.get(id!);
				if (!decision) {
					problems.add(
						file,
						`asks families for an unknown request: ${id} (add it to ${DECISIONS_FILE} with a proposal)`,
						index + 1
					);
				} else if (!isRequest(decision)) {
					problems.add(
						file,
						`${id} in ${DECISIONS_FILE} is an open question with no proposal: give it the request's words as its proposal`,
						index + 1
					);
				}
			}
			if (HAND_WRITTEN_REQUEST.test(line)) {
				problems.add(
					file,
					`labels a request to families by hand: write [request:id] and record the request in ${DECISIONS_FILE}`,
					index + 1
				);
			}
		});
	}
}
