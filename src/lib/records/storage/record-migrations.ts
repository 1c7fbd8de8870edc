import * as v from 'valibot';
import { learnerIndexSchemaV1, progressSchemaV1 } from './record-schema-v1';
import { learnerIndexSchemaV2, progressSchemaV2 } from './record-schema-v2';
import { learnerIndexSchemaV3, progressSchemaV3 } from './record-schema-v3';
import {
	learnerIndexSchema,
	progressSchema,
	type Learner,
	type LearnerIndex,
	type LearnerProgress
} from './record-schema';
import { SCHEMA_VERSION } from './schema-version';

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
		// v2 to v4 changed nothing in the list of learners; it moves with the rest of the records.
		1: { from: learnerIndexSchemaV1, up: (index) => ({ ...index, schemaVersion: 2 }) },
		2: { from: learnerIndexSchemaV2, up: (index) => ({ ...index, schemaVersion: 3 }) },
		3: { from: learnerIndexSchemaV3, up: (index) => ({ ...index, schemaVersion: 4 }) }
	}
};

export const progressKind: RecordKind<LearnerProgress> = {
	current: progressSchema,
	steps: {
		1: {
			from: progressSchemaV1,
			up: (progress) => ({ ...progress, schemaVersion: 2, certificates: [] })
		},
		2: {
			from: progressSchemaV2,
			up: (progress) => ({ ...progress, schemaVersion: 3, signOffs: [] })
		},
		// Until version 4 records arrived only by import, which merged them into this device's
		// own, so no record can say where it came from: each is kept as made on this device.
		3: {
			from: progressSchemaV3,
			up: (progress) => {
				const fromHere = (items: unknown) =>
					(items as object[]).map((item) => ({ ...item, source: { kind: 'this-device' } }));
				return {
					...progress,
					schemaVersion: 4,
					certificates: fromHere(progress.certificates),
					signOffs: fromHere(progress.signOffs)
				};
			}
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

/** A learner entry that could not be used, with why. */
export interface DamagedEntry {
	raw: unknown;
	reason: string;
	detail: string;
}

export type LearnerIndexRead =
	| { ok: true; learners: Learner[]; migrated: boolean; damaged: DamagedEntry[] }
	| Extract<Upgrade<never>, { ok: false }>;

/**
 * Reads the list of learners one entry at a time, so that one damaged entry (or a second entry
 * with an id already used) costs that entry alone. The list as a whole is unreadable only when
 * it is not a list of learners at all, or comes from a newer version.
 */
export function readLearnerIndex(raw: unknown): LearnerIndexRead {
	const whole = upgradeRecord(learnerIndexKind, raw);
	let entries: { learner?: Learner; damaged?: DamagedEntry }[];
	let migrated: boolean;
	if (whole.ok) {
		entries = whole.value.learners.map((learner) => ({ learner }));
		migrated = whole.migrated;
	} else {
		const { learners: list, schemaVersion } = raw as {
			learners?: unknown;
			schemaVersion?: unknown;
		};
		if (whole.problem !== 'damaged' || typeof schemaVersion !== 'number' || !Array.isArray(list)) {
			return whole;
		}
		migrated = true;
		entries = list.map((entry: unknown, index) => {
			const one = upgradeRecord(learnerIndexKind, { ...(raw as object), learners: [entry] });
			if (one.ok) return { learner: one.value.learners[0] };
			const detail = one.detail.replace(/^learners\.0/, `learners.${index}`);
			return { damaged: { raw: entry, reason: one.reason, detail } };
		});
	}
	const learners: Learner[] = [];
	const damaged: DamagedEntry[] = [];
	const ids = new Set<string>();
	for (const entry of entries) {
		if (entry.damaged) damaged.push(entry.damaged);
		else if (entry.learner && ids.has(entry.learner.id)) {
			damaged.push({
				raw: entry.learner,
				reason: 'it repeats the id of another learner on this device',
				detail: `learner id ${entry.learner.id}`
			});
		} else if (entry.learner) {
			ids.add(entry.learner.id);
			learners.push(entry.learner);
		}
	}
	return { ok: true, learners, migrated: migrated || damaged.length > 0, damaged };
}
