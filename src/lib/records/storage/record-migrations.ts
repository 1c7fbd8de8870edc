import * as v from 'valibot';
import { learnerIndexSchemaV1, progressSchemaV1 } from './record-schema-v1';
import {
	SCHEMA_VERSION,
	learnerIndexSchema,
	progressSchema,
	type LearnerIndex,
	type LearnerProgress
} from './record-schema';

/** Why a stored record could not be used. */
export type Unreadable = 'not-a-record' | 'damaged' | 'newer';

export type Upgrade<T> =
	| { ok: true; value: T; migrated: boolean }
	| { ok: false; problem: Unreadable; reason: string; detail: string };

interface Step {
	/** The shape a record has at this version; it is checked before the step runs. */
	from: v.GenericSchema;
	up: (record: Record<string, unknown>) => Record<string, unknown>;
}

export interface RecordKind<T> {
	current: v.GenericSchema<unknown, T>;
	/** Steps keyed by the version they start from: steps[1] turns a v1 record into v2. */
	steps: Record<number, Step>;
}

export const learnerIndexKind: RecordKind<LearnerIndex> = {
	current: learnerIndexSchema,
	steps: {
		// v2 changed nothing in the list of learners; it moves with the rest of the records.
		1: { from: learnerIndexSchemaV1, up: (index) => ({ ...index, schemaVersion: 2 }) }
	}
};

export const progressKind: RecordKind<LearnerProgress> = {
	current: progressSchema,
	steps: {
		1: {
			from: progressSchemaV1,
			up: (progress) => ({ ...progress, schemaVersion: 2, certificates: [] })
		}
	}
};

/**
 * Brings a stored record up to the current schema, one version at a time, checking it at every
 * step. Pure: the caller decides whether to write the result back.
 */
export function upgradeRecord<T>(kind: RecordKind<T>, raw: unknown): Upgrade<T> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return unreadable('not-a-record', typeof raw);
	}
	let record = raw as Record<string, unknown>;
	const start = record.schemaVersion;
	if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) {
		return unreadable('damaged', 'no schema version');
	}
	if (start > SCHEMA_VERSION) {
		return unreadable(
			'newer',
			`records version ${start}; this course reads up to ${SCHEMA_VERSION}`
		);
	}
	for (let version = start; version < SCHEMA_VERSION; version++) {
		const step = kind.steps[version];
		if (!step) return unreadable('damaged', `no migration from version ${version}`);
		const old = v.safeParse(step.from, record);
		if (!old.success) return damaged(old.issues);
		record = step.up(old.output as Record<string, unknown>);
	}
	const result = v.safeParse(kind.current, record);
	if (!result.success) return damaged(result.issues);
	return { ok: true, value: result.output, migrated: start < SCHEMA_VERSION };
}

const REASONS: Record<Unreadable, string> = {
	'not-a-record': 'it is not a record the course can read',
	damaged: 'it is damaged or in an unknown format',
	newer: 'it was saved by a newer version of the course'
};

function unreadable(problem: Unreadable, detail: string): Upgrade<never> {
	return { ok: false, problem, reason: REASONS[problem], detail };
}

function damaged(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): Upgrade<never> {
	const [first] = issues;
	const path = v.getDotPath(first);
	return unreadable('damaged', `${path ? `${path}: ` : ''}${first.message}`);
}
