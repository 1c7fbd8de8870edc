import * as v from 'valibot';

/**
 * The records as version 1 of the course stored them, kept unchanged so that a stored v1 record
 * can be checked before it is migrated. Never edit these: add a new version instead.
 */
const timestamp = v.pipe(v.string(), v.isoTimestamp());

const learnerV1 = v.object({
	id: v.pipe(v.string(), v.nonEmpty()),
	name: v.pipe(v.string(), v.nonEmpty()),
	role: v.string(),
	createdAt: timestamp
});

export const learnerIndexSchemaV1 = v.object({
	schemaVersion: v.literal(1),
	learners: v.array(learnerV1)
});

export const progressSchemaV1 = v.object({
	schemaVersion: v.literal(1),
	learnerId: v.string(),
	lessonsRead: v.array(v.string()),
	scenarios: v.record(
		v.string(),
		v.object({
			endingId: v.string(),
			outcome: v.picklist(['follows', 'partly', 'breaches']),
			path: v.array(v.string()),
			finishedAt: timestamp
		})
	),
	quizAttempts: v.array(
		v.object({
			journey: v.picklist(['induction', 'refresher']),
			seed: v.number(),
			questionIds: v.array(v.string()),
			correct: v.number(),
			total: v.number(),
			passMark: v.number(),
			passed: v.boolean(),
			finishedAt: timestamp
		})
	)
});
