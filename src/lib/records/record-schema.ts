import * as v from 'valibot';

/** The shape of everything the course stores. Bump SCHEMA_VERSION and add a migration to change it. */
export const SCHEMA_VERSION = 1;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const outcome = v.picklist(['follows', 'partly', 'breaches']);
export const journeySchema = v.picklist(['induction', 'refresher']);

export const learnerSchema = v.object({
	id: v.pipe(v.string(), v.nonEmpty()),
	name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(80)),
	role: v.pipe(v.string(), v.maxLength(80)),
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

export const progressSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	learnerId: v.string(),
	lessonsRead: v.array(v.string()),
	scenarios: v.record(v.string(), scenarioResultSchema),
	quizAttempts: v.array(quizAttemptSchema)
});

export type Learner = v.InferOutput<typeof learnerSchema>;
export type LearnerIndex = v.InferOutput<typeof learnerIndexSchema>;
export type LearnerProgress = v.InferOutput<typeof progressSchema>;
export type Journey = v.InferOutput<typeof journeySchema>;
export type ScenarioOutcome = v.InferOutput<typeof outcome>;
export type QuizAttemptRecord = Omit<v.InferOutput<typeof quizAttemptSchema>, 'finishedAt'>;

export function emptyProgress(learnerId: string): LearnerProgress {
	return {
		schemaVersion: SCHEMA_VERSION,
		learnerId,
		lessonsRead: [],
		scenarios: {},
		quizAttempts: []
	};
}
