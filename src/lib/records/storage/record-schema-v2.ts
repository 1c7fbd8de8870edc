import * as v from 'valibot';

/**
 * The records as version 2 of the course stored them (v1 and certificates), kept unchanged so
 * that a stored v2 record can be checked before it is migrated. Never edit these: add a new
 * version instead.
 */
const timestamp = v.pipe(v.string(), v.isoTimestamp());
const calendarDate = v.pipe(v.string(), v.isoDate());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const journey = v.picklist(['induction', 'refresher']);

const learnerV2 = v.object({
	id: v.pipe(v.string(), v.nonEmpty()),
	name: v.pipe(v.string(), v.nonEmpty()),
	role: v.string(),
	createdAt: timestamp
});

export const learnerIndexSchemaV2 = v.object({
	schemaVersion: v.literal(2),
	learners: v.array(learnerV2)
});

export const progressSchemaV2 = v.object({
	schemaVersion: v.literal(2),
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
			journey,
			seed: v.number(),
			questionIds: v.array(v.string()),
			correct: v.number(),
			total: v.number(),
			passMark: v.number(),
			passed: v.boolean(),
			finishedAt: timestamp
		})
	),
	certificates: v.array(
		v.object({
			id: v.string(),
			learnerName: v.string(),
			settingName: v.string(),
			courseTitle: v.string(),
			courseVersion: v.string(),
			journey,
			completedOn: calendarDate,
			correct: count,
			total: count,
			passMark: count,
			validUntil: calendarDate,
			policyVersion: v.string(),
			policyReviewed: calendarDate,
			code: v.string(),
			issuedAt: timestamp
		})
	)
});
