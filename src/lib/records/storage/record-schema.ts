import * as v from 'valibot';
import { JOURNEYS } from '$lib/journeys/journey';
import { MAX_NAME_LENGTH, characterCount, tidyText } from '$lib/records/learner-name';
import { CERTIFICATE_LIMITS, SIGN_OFF_LIMITS } from '$lib/records/record-limits';
import { SCHEMA_VERSION } from './schema-version';

/**
 * The shape of everything the course stores. To change it: bump SCHEMA_VERSION (schema-version.ts),
 * freeze the old shape beside `record-schema-v1.ts`, and add a step to `record-migrations.ts`.
 */

// Well above what the content model allows (99 lessons, 500 questions), and far below harm.
const MAX_LESSONS = 1_000;
const MAX_SCENARIOS = 5_000;
const MAX_QUESTIONS = 5_000;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const calendarDate = v.pipe(v.string(), v.isoDate());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const outcome = v.picklist(['follows', 'partly', 'breaches']);
export const journeySchema = v.picklist(JOURNEYS);

/**
 * A string of at most `max` characters. Every stored string has a limit, so that a file from
 * elsewhere cannot fill the device or a page with text no field of the course could hold.
 */
const text = (max: number) =>
	v.pipe(
		v.string(),
		v.check((value) => characterCount(value) <= max, `is longer than ${max} characters`)
	);
/** An id made by the course or its content: a learner's, a lesson's, a scenario's, a question's. */
const id = v.pipe(text(100), v.nonEmpty());
/** Text typed by a person, tidied as it was when it was stored (see learner-name.ts). */
const typedText = v.pipe(
	v.string(),
	v.transform(tidyText),
	v.check((value) => characterCount(value) <= MAX_NAME_LENGTH, 'is too long')
);

export const learnerSchema = v.object({
	id,
	name: v.pipe(typedText, v.nonEmpty()),
	role: typedText,
	createdAt: timestamp
});

export const learnerIndexSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	learners: v.pipe(v.array(learnerSchema), v.maxLength(10_000))
});

export const quizAttemptSchema = v.object({
	journey: journeySchema,
	seed: v.number(),
	questionIds: v.pipe(v.array(id), v.maxLength(MAX_QUESTIONS)),
	correct: v.number(),
	total: v.number(),
	passMark: v.number(),
	passed: v.boolean(),
	finishedAt: timestamp
});

export const scenarioResultSchema = v.object({
	endingId: id,
	outcome,
	path: v.pipe(v.array(id), v.maxLength(100)),
	finishedAt: timestamp
});

/**
 * Where a certificate or sign-off came from: made on this device, brought in a records file, or
 * added from a certificate's link, checked by its code but not seen being earned. The date is
 * the day it arrived on this device.
 */
export const recordSourceSchema = v.variant('kind', [
	v.object({ kind: v.literal('this-device') }),
	v.object({ kind: v.literal('imported-file'), on: calendarDate }),
	v.object({ kind: v.literal('certificate-link'), on: calendarDate })
]);

export const CERTIFICATE_ID = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export const certificateSchema = v.object({
	id: v.pipe(v.string(), v.regex(CERTIFICATE_ID)),
	learnerName: v.pipe(text(CERTIFICATE_LIMITS.learnerName), v.nonEmpty()),
	settingName: text(CERTIFICATE_LIMITS.settingName),
	courseTitle: text(CERTIFICATE_LIMITS.courseTitle),
	courseVersion: text(CERTIFICATE_LIMITS.courseVersion),
	journey: journeySchema,
	completedOn: calendarDate,
	correct: count,
	total: count,
	passMark: count,
	validUntil: calendarDate,
	policyVersion: text(CERTIFICATE_LIMITS.policyVersion),
	policyReviewed: calendarDate,
	code: text(CERTIFICATE_LIMITS.code),
	issuedAt: timestamp,
	source: recordSourceSchema
});

const fingerprint = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/));

/** "I have read and understood the policy": one edition of it, signed by the learner's typed name. */
export const signOffSchema = v.object({
	policyVersion: v.pipe(text(SIGN_OFF_LIMITS.policyVersion), v.nonEmpty()),
	fingerprint,
	clauseFingerprints: v.pipe(
		v.record(id, fingerprint),
		v.check((clauses) => Object.keys(clauses).length <= 200, 'has too many clauses')
	),
	name: v.pipe(typedText, v.nonEmpty()),
	role: typedText,
	signedAt: timestamp,
	source: recordSourceSchema
});

export const progressSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	learnerId: id,
	lessonsRead: v.pipe(v.array(id), v.maxLength(MAX_LESSONS)),
	scenarios: v.pipe(
		v.record(id, scenarioResultSchema),
		v.check((results) => Object.keys(results).length <= MAX_SCENARIOS, 'has too many scenarios')
	),
	quizAttempts: v.pipe(v.array(quizAttemptSchema), v.maxLength(1_000)),
	certificates: v.pipe(v.array(certificateSchema), v.maxLength(1_000)),
	signOffs: v.pipe(v.array(signOffSchema), v.maxLength(1_000))
});

export type Learner = v.InferOutput<typeof learnerSchema>;
export type LearnerIndex = v.InferOutput<typeof learnerIndexSchema>;
export type LearnerProgress = v.InferOutput<typeof progressSchema>;
export type Journey = v.InferOutput<typeof journeySchema>;
export type ScenarioOutcome = v.InferOutput<typeof outcome>;
export type QuizAttemptRecord = Omit<v.InferOutput<typeof quizAttemptSchema>, 'finishedAt'>;
export type Certificate = v.InferOutput<typeof certificateSchema>;
export type SignOff = v.InferOutput<typeof signOffSchema>;
export type RecordSource = v.InferOutput<typeof recordSourceSchema>;
