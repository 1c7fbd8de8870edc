import * as v from 'valibot';
import { JOURNEYS, type Journey } from '$lib/journeys/journey';
import { parseDraft, type QuizDraft } from '$lib/quiz/quiz-draft';
import type { ScenarioOutcome } from '$lib/records/storage/record-schema';
import type { BestAttempt } from './best-attempt';

/** What an LMS keeps for the course between launches, in `cmi.suspend_data`. */
export interface ResumeState {
	lessonsRead: string[];
	scenarios: Record<string, { endingId: string; outcome: ScenarioOutcome }>;
	quizDrafts: Partial<Record<Journey, QuizDraft>>;
	bestAttempts: Partial<Record<Journey, BestAttempt>>;
}

export type DecodedResume = { ok: true; state: ResumeState } | { ok: false; problem: string };

/**
 * Version 1. Changing the shape means a new version number and a reader for the old one: an LMS
 * keeps a learner's suspend_data across package updates.
 */
export const SUSPEND_DATA_VERSION = 1;

/** What SCORM 1.2 promises to keep (CMIString4096); a longer value may be cut or refused. */
export const SUSPEND_DATA_LIMIT = 4096;

export function emptyResumeState(): ResumeState {
	return { lessonsRead: [], scenarios: {}, quizDrafts: {}, bestAttempts: {} };
}

const OUTCOME_LETTERS = { follows: 'f', partly: 'p', breaches: 'b' } as const satisfies Record<
	ScenarioOutcome,
	string
>;
const OUTCOMES: Record<string, ScenarioOutcome> = {
	f: 'follows',
	p: 'partly',
	b: 'breaches'
};

/** An option index as one base-36 digit: no question has anywhere near 36 options. */
const optionDigits = (options: readonly number[]) => options.map((o) => o.toString(36)).join('');
const digitsOptions = (digits: string) => [...digits].map((digit) => parseInt(digit, 36));

const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));
const digits = v.pipe(v.string(), v.regex(/^[0-9a-z]*$/));

const wireDraft = v.object({
	s: v.pipe(v.number(), v.integer()),
	i: v.array(id),
	a: v.array(digits),
	c: digits,
	t: v.picklist(['q', 'f'])
});

const wireSchema = v.object({
	v: v.literal(SUSPEND_DATA_VERSION),
	l: v.optional(v.array(id), []),
	s: v.optional(v.record(id, v.pipe(v.string(), v.regex(/^.+:[fpb]$/))), {}),
	q: v.optional(v.partial(v.object({ induction: wireDraft, refresher: wireDraft })), {}),
	r: v.optional(
		v.partial(
			v.object({
				induction: v.tuple([count, count, count]),
				refresher: v.tuple([count, count, count])
			})
		),
		{}
	)
});

type Wire = v.InferInput<typeof wireSchema>;

/**
 * Writes the resume state as compact JSON with one-letter keys. Identifiers stay as they are
 * (rather than positions in the course) so that an edited course still resumes what it can.
 */
export function encodeSuspendData(state: ResumeState): string {
	const wire: Wire = { v: SUSPEND_DATA_VERSION };
	if (state.lessonsRead.length) wire.l = state.lessonsRead;
	const scenarios = Object.entries(state.scenarios);
	if (scenarios.length) {
		wire.s = Object.fromEntries(
			scenarios.map(([scenario, { endingId, outcome }]) => [
				scenario,
				`${endingId}:${OUTCOME_LETTERS[outcome]}`
			])
		);
	}
	const drafts = JOURNEYS.flatMap((journey) => {
		const draft = state.quizDrafts[journey];
		return draft ? [[journey, draft] as const] : [];
	});
	if (drafts.length) {
		wire.q = Object.fromEntries(
			drafts.map(([journey, draft]) => [
				journey,
				{
					s: draft.seed,
					i: draft.questionIds,
					a: draft.answers.map(optionDigits),
					c: optionDigits(draft.selection),
					t: draft.stage === 'question' ? 'q' : 'f'
				}
			])
		);
	}
	const best = JOURNEYS.flatMap((journey) => {
		const attempt = state.bestAttempts[journey];
		return attempt ? [[journey, [attempt.correct, attempt.total, attempt.passMark]] as const] : [];
	});
	if (best.length) wire.r = Object.fromEntries(best);
	return JSON.stringify(wire);
}

function describeProblem(parsed: unknown): string {
	if (typeof parsed !== 'object' || parsed === null || !('v' in parsed)) {
		return 'it is not progress saved by this course';
	}
	if (typeof parsed.v === 'number' && parsed.v > SUSPEND_DATA_VERSION) {
		return `it was saved by a newer version of the course (format ${parsed.v})`;
	}
	return 'it is damaged or in a format this course does not know';
}

/**
 * Reads what the LMS kept. An empty value is a first launch. Anything the course cannot read is
 * described, so that the caller can report it and start afresh; this never throws.
 */
export function decodeSuspendData(text: string): DecodedResume {
	if (text.trim() === '') return { ok: true, state: emptyResumeState() };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'it is not progress saved by this course' };
	}
	const result = v.safeParse(wireSchema, parsed);
	if (!result.success) return { ok: false, problem: describeProblem(parsed) };
	const wire = result.output;

	const quizDrafts: ResumeState['quizDrafts'] = {};
	for (const journey of JOURNEYS) {
		const saved = wire.q[journey];
		if (!saved) continue;
		const draft = parseDraft({
			version: 1,
			seed: saved.s,
			questionIds: saved.i,
			answers: saved.a.map(digitsOptions),
			selection: digitsOptions(saved.c),
			stage: saved.t === 'q' ? 'question' : 'feedback'
		});
		if (!draft) return { ok: false, problem: 'its quiz in progress does not add up' };
		quizDrafts[journey] = draft;
	}

	const bestAttempts: ResumeState['bestAttempts'] = {};
	for (const journey of JOURNEYS) {
		const saved = wire.r[journey];
		if (!saved) continue;
		const [correct, total, passMark] = saved;
		if (correct > total) return { ok: false, problem: 'its quiz score does not add up' };
		bestAttempts[journey] = { correct, total, passMark };
	}

	const scenarios: ResumeState['scenarios'] = {};
	for (const [scenario, ending] of Object.entries(wire.s)) {
		const split = ending.lastIndexOf(':');
		scenarios[scenario] = {
			endingId: ending.slice(0, split),
			// The schema allows only the three letters here.
			outcome: OUTCOMES[ending.slice(split + 1)]!
		};
	}

	return {
		ok: true,
		state: { lessonsRead: [...new Set(wire.l)], scenarios, quizDrafts, bestAttempts }
	};
}
