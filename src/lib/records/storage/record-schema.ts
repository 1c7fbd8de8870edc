import * as v from 'valibot';
import { JOURNEYS } from '../../journeys/journey';
import { MAX_NAME_LENGTH, characterCount } from '../learner-name';

/**
 * The shape of everything the course stores. To change it: bump SCHEMA_VERSION, freeze the old
 * shape beside `record-schema-v1.ts`, and add a step to `record-migrations.ts`.
 *
 * Version 2 added certificates to each learner's progress.
 */
export const SCHEMA_VERSION = 2;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const calendarDate = v.pipe(v.string(), v.isoDate());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const outcome = v.picklist(['follows', 'partly', 'breaches']);
export const journeySchema = v.picklist(JOURNEYS);

/** Text typed by a person: tidy, and no longer than a name may be (counted in characters). */
const shortText = v.pipe(
	v.string(),
	v.check((text) => text === text.trim(), 'has spaces around it'),
	v.check((text) => characterCount(text) <= MAX_NAME_LENGTH, 'is too long')
);

export const learnerSchema = v.object({
	id: v.pipe(v.string(), v.nonEmpty()),
	name: v.pipe(shortText, v.nonEmpty()),
	role: shortText,
	createdAt: timestamp
});

export const learnerIndexSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	learners: v.array(learnerSchema)
});

export const quizAttemptSchema = v.object({
	journey: journeySchema,
	seed: v.number(),
	questionIds: v.array(v.string()),
	correct: v.number(),
	total: v.number(),
	passMark: v.number(),
	passed: v.boolean(),
	finishedAt: timestamp
});

export const scenarioResultSchema = v.object({
	endingId: v.string(),
	outcome,
	path: v.array(v.string()),
	finishedAt: timestamp
});

export const CERTIFICATE_ID = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export const certificateSchema = v.object({
	id: v.pipe(v.string(), v.regex(CERTIFICATE_ID)),
	learnerName: v.pipe(shortText, v.nonEmpty()),
	settingName: v.string(),
	courseTitle: v.string(),
	courseVersion: v.string(),
	journey: journeySchema,
	completedOn: calendarDate,
	correct: count,
	total: count,
	passMark: count,
	validUntil: calendarDate,
	policyVersion: v.string(),
	policyReviewed: calendarDate,
	code: v.string(),
	issuedAt: timestamp
});

export const progressSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	learnerId: v.string(),
	lessonsRead: v.array(v.string()),
	scenarios: v.record(v.string(), scenarioResultSchema),
	quizAttempts: v.array(quizAttemptSchema),
	certificates: v.array(certificateSchema)
});

export type Learner = v.InferOutput<typeof learnerSchema>;
export type LearnerIndex = v.InferOutput<typeof learnerIndexSchema>;
export type LearnerProgress = v.InferOutput<typeof progressSchema>;
export type Journey = v.InferOutput<typeof journeySchema>;
export type ScenarioOutcome = v.InferOutput<typeof outcome>;
export type QuizAttemptRecord = Omit<v.InferOutput<typeof quizAttemptSchema>, 'finishedAt'>;
export type Certificate = v.InferOutput<typeof certificateSchema>;

export function emptyProgress(learnerId: string): LearnerProgress {
	return {
		schemaVersion: SCHEMA_VERSION,
		learnerId,
		lessonsRead: [],
		scenarios: {},
		quizAttempts: [],
		certificates: []
	};
}
