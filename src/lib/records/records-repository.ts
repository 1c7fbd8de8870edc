import * as v from 'valibot';
import type { KeyValueStore } from './key-value-store';
import { checkLearnerName } from './learner-name';
import {
	SCHEMA_VERSION,
	emptyProgress,
	learnerIndexSchema,
	progressSchema,
	type Learner,
	type LearnerProgress
} from './record-schema';

export const GUEST = 'guest';

const keys = {
	learners: 'learners',
	current: 'current-learner',
	progress: (learnerId: string) => `progress:${learnerId}`,
	draft: (owner: string, key: string) => `draft:${owner}:${key}`,
	setAside: (key: string, at: string) => `set-aside:${key}:${at}`
};

/** Something stored that could not be used, and was kept aside instead of being lost. */
export interface SetAsideRecord {
	key: string;
	reason: string;
}

/**
 * Reads and writes the course's records in a key-value store. Every read is checked against the
 * schema; a record that fails is moved aside (never deleted) and reported, and the rest goes on.
 */
export class RecordsRepository {
	readonly setAside: SetAsideRecord[] = [];
	private readonly store: KeyValueStore;
	private readonly now: () => Date;
	private readonly newId: () => string;

	constructor(
		store: KeyValueStore,
		now: () => Date = () => new Date(),
		newId: () => string = () => crypto.randomUUID()
	) {
		this.store = store;
		this.now = now;
		this.newId = newId;
	}

	/** The time to stamp on a record, from the clock this repository was given. */
	timestamp(): string {
		return this.now().toISOString();
	}

	async listLearners(): Promise<Learner[]> {
		const index = await this.read(keys.learners, learnerIndexSchema);
		return index?.learners ?? [];
	}

	/** Adds a learner, or returns the one already on this device with the same name. */
	async addLearner(typedName: string, typedRole = ''): Promise<Learner> {
		const check = checkLearnerName(typedName);
		if (!check.ok) throw new Error(check.reason);
		const learners = await this.listLearners();
		const same = learners.find(
			(learner) => learner.name.toLocaleLowerCase() === check.name.toLocaleLowerCase()
		);
		if (same) return same;
		const role = typedRole.replace(/\s+/gu, ' ').trim().slice(0, 80);
		const learner: Learner = {
			id: this.newId(),
			name: check.name,
			role,
			createdAt: this.now().toISOString()
		};
		await this.store.setItem(keys.learners, {
			schemaVersion: SCHEMA_VERSION,
			learners: [...learners, learner]
		});
		return learner;
	}

	async currentLearnerId(): Promise<string | undefined> {
		const id = await this.store.getItem(keys.current);
		return typeof id === 'string' ? id : undefined;
	}

	async setCurrentLearner(learnerId: string | undefined): Promise<void> {
		if (learnerId) await this.store.setItem(keys.current, learnerId);
		else await this.store.removeItem(keys.current);
	}

	async progress(learnerId: string): Promise<LearnerProgress> {
		return (await this.read(keys.progress(learnerId), progressSchema)) ?? emptyProgress(learnerId);
	}

	/**
	 * Changes a learner's progress. It reads the stored copy just before writing, so a change made
	 * meanwhile in another tab is kept rather than overwritten.
	 */
	async updateProgress(
		learnerId: string,
		change: (progress: LearnerProgress) => void
	): Promise<LearnerProgress> {
		const progress = await this.progress(learnerId);
		change(progress);
		await this.store.setItem(keys.progress(learnerId), progress);
		return progress;
	}

	async loadDraft(owner: string, key: string): Promise<unknown> {
		return (await this.store.getItem(keys.draft(owner, key))) ?? undefined;
	}

	async saveDraft(owner: string, key: string, value: unknown): Promise<void> {
		await this.store.setItem(keys.draft(owner, key), value);
	}

	async clearDraft(owner: string, key: string): Promise<void> {
		await this.store.removeItem(keys.draft(owner, key));
	}

	private async read<S extends v.GenericSchema>(
		key: string,
		schema: S
	): Promise<v.InferOutput<S> | undefined> {
		const raw = await this.store.getItem(key);
		if (raw === null || raw === undefined) return undefined;
		const result = v.safeParse(schema, raw);
		if (result.success) return result.output;
		await this.moveAside(key, raw, reasonFor(raw));
		return undefined;
	}

	private async moveAside(key: string, raw: unknown, reason: string): Promise<void> {
		const at = this.now().toISOString();
		await this.store.setItem(keys.setAside(key, at), { key, reason, at, raw: keepable(raw) });
		await this.store.removeItem(key);
		this.setAside.push({ key, reason });
	}
}

function reasonFor(raw: unknown): string {
	if (typeof raw !== 'object' || raw === null) return 'it is not a record the course can read';
	const version = (raw as { schemaVersion?: unknown }).schemaVersion;
	if (typeof version === 'number' && version > SCHEMA_VERSION) {
		return 'it was saved by a newer version of the course';
	}
	return 'it is damaged or in an unknown format';
}

/** The raw value in a form any storage driver can hold, whatever it was. */
function keepable(raw: unknown): unknown {
	try {
		return JSON.parse(JSON.stringify(raw));
	} catch {
		return String(raw);
	}
}
