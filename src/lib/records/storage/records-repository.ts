import type { KeyValueStore } from '../key-value-store';
import { keys } from '../record-keys';
import type { SetAsideRecord } from '../set-aside';
import { checkLearnerName, tidyLearnerRole } from '../learner-name';
import {
	learnerIndexKind,
	progressKind,
	upgradeRecord,
	type RecordKind
} from './record-migrations';
import {
	SCHEMA_VERSION,
	emptyProgress,
	type Certificate,
	type Learner,
	type LearnerProgress
} from './record-schema';
import { mergeProgress, type LearnerRecords } from './records-transfer';

export interface ImportSummary {
	learnersAdded: number;
	learnersMatched: number;
	certificatesAdded: number;
}

/**
 * Reads and writes the course's records in a key-value store. Every read is checked against the
 * schema, and a record from an older version is migrated and written back; a record that fails
 * is moved aside (never deleted) and reported, and the rest goes on.
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

	/** The moment to stamp on a record, from the clock this repository was given. */
	moment(): Date {
		return this.now();
	}

	async listLearners(): Promise<Learner[]> {
		const index = await this.read(keys.learners, learnerIndexKind);
		return index?.learners ?? [];
	}

	/** Adds a learner, or returns the one already on this device with the same name. */
	async addLearner(typedName: string, typedRole = ''): Promise<Learner> {
		const check = checkLearnerName(typedName);
		if (!check.ok) throw new Error(check.reason);
		return this.exclusive(async () => {
			const learners = await this.listLearners();
			const same = sameName(learners, check.name);
			if (same) return same;
			const learner: Learner = {
				id: this.newId(),
				name: check.name,
				role: tidyLearnerRole(typedRole),
				createdAt: this.timestamp()
			};
			await this.writeLearners([...learners, learner]);
			return learner;
		});
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
		return (await this.read(keys.progress(learnerId), progressKind)) ?? emptyProgress(learnerId);
	}

	/**
	 * Changes a learner's progress. It reads the stored copy just before writing, under a lock
	 * where the browser has one, so a change made meanwhile in another tab is kept.
	 */
	async updateProgress(
		learnerId: string,
		change: (progress: LearnerProgress) => void
	): Promise<LearnerProgress> {
		return this.exclusive(async () => {
			const progress = await this.progress(learnerId);
			change(progress);
			await this.store.setItem(keys.progress(learnerId), progress);
			return progress;
		});
	}

	/** Everyone on this device with their progress, in the order they were added. */
	async everyone(): Promise<LearnerRecords[]> {
		const learners = await this.listLearners();
		return Promise.all(
			learners.map(async (learner) => ({ learner, progress: await this.progress(learner.id) }))
		);
	}

	/** A certificate held by any learner on this device. */
	async findCertificate(id: string): Promise<Certificate | undefined> {
		for (const { progress } of await this.everyone()) {
			const certificate = progress.certificates.find((held) => held.id === id);
			if (certificate) return certificate;
		}
		return undefined;
	}

	/**
	 * Removes a learner and everything kept for them: progress, certificates, unfinished work and
	 * any of their records that were set aside.
	 */
	async eraseLearner(learnerId: string): Promise<void> {
		await this.exclusive(async () => {
			const learners = await this.listLearners();
			await this.writeLearners(learners.filter((learner) => learner.id !== learnerId));
			const prefixes = [keys.drafts(learnerId), keys.setAside(keys.progress(learnerId), '')];
			for (const key of await this.store.keys()) {
				if (key === keys.progress(learnerId) || prefixes.some((start) => key.startsWith(start))) {
					await this.store.removeItem(key);
				}
			}
			if ((await this.currentLearnerId()) === learnerId) await this.setCurrentLearner(undefined);
		});
	}

	/**
	 * Adds learners from another device. A learner already here (the same id, or the same name)
	 * gets the other device's progress merged into theirs; nothing is stored twice.
	 */
	async importRecords(incoming: LearnerRecords[]): Promise<ImportSummary> {
		return this.exclusive(async () => {
			const summary: ImportSummary = { learnersAdded: 0, learnersMatched: 0, certificatesAdded: 0 };
			const learners = await this.listLearners();
			for (const { learner, progress } of incoming) {
				const here =
					learners.find((known) => known.id === learner.id) ?? sameName(learners, learner.name);
				if (here) summary.learnersMatched++;
				else {
					learners.push(learner);
					summary.learnersAdded++;
				}
				const id = (here ?? learner).id;
				const before = await this.progress(id);
				const merged = mergeProgress(before, { ...progress, learnerId: id });
				summary.certificatesAdded += merged.certificates.length - before.certificates.length;
				await this.store.setItem(keys.progress(id), merged);
			}
			await this.writeLearners(learners);
			return summary;
		});
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

	private async writeLearners(learners: Learner[]): Promise<void> {
		await this.store.setItem(keys.learners, { schemaVersion: SCHEMA_VERSION, learners });
	}

	private exclusive<T>(work: () => Promise<T>): Promise<T> {
		return this.store.exclusive ? this.store.exclusive(work) : work();
	}

	private async read<T>(key: string, kind: RecordKind<T>): Promise<T | undefined> {
		const raw = await this.store.getItem(key);
		if (raw === null || raw === undefined) return undefined;
		const result = upgradeRecord(kind, raw);
		if (!result.ok) {
			await this.moveAside(key, raw, result.reason, result.detail);
			return undefined;
		}
		if (result.migrated) await this.store.setItem(key, result.value);
		return result.value;
	}

	private async moveAside(key: string, raw: unknown, reason: string, detail: string) {
		const at = this.timestamp();
		await this.store.setItem(keys.setAside(key, at), {
			key,
			reason,
			detail,
			at,
			raw: keepable(raw)
		});
		await this.store.removeItem(key);
		this.setAside.push({ key, reason });
	}
}

function sameName(learners: Learner[], name: string): Learner | undefined {
	const wanted = name.toLocaleLowerCase();
	return learners.find((learner) => learner.name.toLocaleLowerCase() === wanted);
}

/** The raw value in a form any storage driver can hold, whatever it was. */
function keepable(raw: unknown): unknown {
	try {
		return JSON.parse(JSON.stringify(raw));
	} catch {
		return String(raw);
	}
}
