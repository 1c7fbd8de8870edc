import type { KeyValueStore } from '$lib/records/key-value-store';
import { GUEST, keys } from '$lib/records/record-keys';
import { LearnerErased } from '$lib/records/learner-erased';
import type { SetAsideRecord } from '$lib/records/set-aside';
import { checkLearnerName, learnersNamed, tidyLearnerRole } from '$lib/records/learner-name';
import { localDate } from '$lib/dates/calendar-date';
import { arrivedInFile } from '$lib/records/record-source';
import type { Certificate, Learner, LearnerProgress } from './record-schema';
import { SCHEMA_VERSION } from './schema-version';
import { emptyProgress } from './empty-progress';
import type { CheckedLearnerRecords, UnusableSignOff } from '$lib/records/records-transfer';
import { mergeProgress, withoutRepeats, type LearnerRecords } from './records-merge';

// The checks of what is stored (valibot, and every version's shape) are fetched only when something
// stored is read: a first visit, with nothing stored, does without them.
const storedRecordChecks = () => import('./record-migrations');

/** A certificate with the records of the learner who holds it, whose sign-offs it shows. */
export interface HeldCertificate {
	certificate: Certificate;
	holder: LearnerRecords;
}

export interface ImportSummary {
	learnersAdded: number;
	learnersMatched: number;
	certificatesAdded: number;
	/** The file's sign-offs that this course cannot use, each kept aside however often it comes. */
	signOffsSetAside: number;
}

/**
 * Reads and writes the course's records in a key-value store. Every read is checked against the
 * schema, and a record from an older version is migrated and written back; a record that fails
 * is moved aside (never deleted) and reported, and the rest goes on.
 */
export class RecordsRepository {
	readonly setAside: SetAsideRecord[] = [];
	readonly #store: KeyValueStore;
	readonly #now: () => Date;
	readonly #newId: () => string;
	/** Copies kept aside by this repository: two kept in one millisecond still get their own key. */
	#copies = 0;

	constructor(
		store: KeyValueStore,
		now: () => Date = () => new Date(),
		newId: () => string = () => crypto.randomUUID()
	) {
		this.#store = store;
		this.#now = now;
		this.#newId = newId;
	}

	/** The time to stamp on a record, from the clock this repository was given. */
	timestamp(): string {
		return this.#now().toISOString();
	}

	/** The moment to stamp on a record, from the clock this repository was given. */
	moment(): Date {
		return this.#now();
	}

	/** Everyone on this device. A damaged entry is set aside on its own; the rest are listed. */
	async listLearners(): Promise<Learner[]> {
		const raw = await this.#store.getItem(keys.learners);
		if (raw === null || raw === undefined) return [];
		const { readLearnerIndex } = await storedRecordChecks();
		const index = readLearnerIndex(raw);
		if (!index.ok) {
			await this.#moveAside(keys.learners, raw, index.reason, index.detail);
			return [];
		}
		for (const entry of index.damaged) {
			await this.#keepAside(keys.learners, entry.raw, entry.reason, entry.detail, true);
		}
		// Only once every damaged entry's copy is kept is the list written without it.
		if (index.migrated) await this.#writeLearners(index.learners);
		return index.learners;
	}

	/**
	 * Adds a learner, or returns the one already on this device with the same name; unless the
	 * manager has said that this is a different person of the same name (`besideSameName`).
	 */
	async addLearner(typedName: string, typedRole = '', besideSameName = false): Promise<Learner> {
		const check = checkLearnerName(typedName);
		if (!check.ok) throw new Error(check.reason);
		return this.#exclusive(async () => {
			const learners = await this.listLearners();
			const same = sameName(learners, check.name);
			if (same && !besideSameName) return same;
			const learner: Learner = {
				id: this.#newId(),
				name: check.name,
				role: tidyLearnerRole(typedRole),
				createdAt: this.timestamp()
			};
			await this.#writeLearners([...learners, learner]);
			return learner;
		});
	}

	async currentLearnerId(): Promise<string | undefined> {
		const id = await this.#store.getItem(keys.current);
		return typeof id === 'string' ? id : undefined;
	}

	async setCurrentLearner(learnerId: string | undefined): Promise<void> {
		if (learnerId) await this.#store.setItem(keys.current, learnerId);
		else await this.#store.removeItem(keys.current);
	}

	/** A learner's progress, with nothing in it twice (two copies of one certificate, say). */
	async progress(learnerId: string): Promise<LearnerProgress> {
		const progress = await this.#readProgress(keys.progress(learnerId));
		return progress ? withoutRepeats(progress) : emptyProgress(learnerId);
	}

	/**
	 * Changes a learner's progress. It reads the stored copy just before writing, under a lock
	 * where the browser has one, so a change made meanwhile in another tab is kept; and it throws
	 * LearnerErased, writing nothing, when the learner has been erased meanwhile.
	 */
	async updateProgress(
		learnerId: string,
		change: (progress: LearnerProgress) => void
	): Promise<LearnerProgress> {
		return this.#exclusive(async () => {
			await this.#stillHere(learnerId);
			const progress = await this.progress(learnerId);
			change(progress);
			await this.#store.setItem(keys.progress(learnerId), progress);
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

	/** A certificate held by any learner on this device, with that learner's records. */
	async findCertificate(id: string): Promise<HeldCertificate | undefined> {
		for (const holder of await this.everyone()) {
			const certificate = holder.progress.certificates.find((held) => held.id === id);
			if (certificate) return { certificate, holder };
		}
		return undefined;
	}

	/**
	 * Removes a learner and everything kept for them: progress, certificates, unfinished work and
	 * any of their records that were set aside. The learner leaves the list last, so that if the
	 * browser fails part-way they are still listed and erasing them again finishes the job.
	 */
	async eraseLearner(learnerId: string): Promise<void> {
		await this.#exclusive(async () => {
			const prefixes = [keys.drafts(learnerId), keys.setAside(keys.progress(learnerId), '')];
			const theirs = (await this.#courseKeys()).filter(
				(key) => key === keys.progress(learnerId) || prefixes.some((start) => key.startsWith(start))
			);
			for (const key of theirs) await this.#store.removeItem(key);
			if ((await this.currentLearnerId()) === learnerId) await this.setCurrentLearner(undefined);
			const learners = await this.listLearners();
			await this.#writeLearners(learners.filter((learner) => learner.id !== learnerId));
		});
	}

	/**
	 * Adds learners from another device. A learner already here (the same id, or the same name)
	 * gets the other device's progress merged into theirs; nothing is stored twice. The sign-offs
	 * the import could not use are kept aside with the learner's records, so that they are listed,
	 * exported and erased with them.
	 */
	async importRecords(incoming: CheckedLearnerRecords[]): Promise<ImportSummary> {
		return this.#exclusive(async () => {
			const summary: ImportSummary = {
				learnersAdded: 0,
				learnersMatched: 0,
				certificatesAdded: 0,
				signOffsSetAside: 0
			};
			const learners = await this.listLearners();
			for (const { learner, progress, unusable } of incoming) {
				const here =
					learners.find((known) => known.id === learner.id) ?? sameName(learners, learner.name);
				if (here) summary.learnersMatched++;
				else {
					learners.push(learner);
					summary.learnersAdded++;
				}
				const id = (here ?? learner).id;
				await this.#keepImportedAside(keys.progress(id), unusable);
				summary.signOffsSetAside += unusable.length;
				const before = await this.progress(id);
				const arrived = arrivedInFile({ ...progress, learnerId: id }, localDate(this.#now()));
				const merged = mergeProgress(before, arrived);
				summary.certificatesAdded += merged.certificates.length - before.certificates.length;
				await this.#store.setItem(keys.progress(id), merged);
			}
			await this.#writeLearners(learners);
			return summary;
		});
	}

	/** Every record kept aside on this device, oldest first, including those from earlier visits. */
	async listSetAside(): Promise<SetAsideRecord[]> {
		const kept: SetAsideRecord[] = [];
		for (const id of (await this.#courseKeys()).filter(keys.isSetAside)) {
			const copy = (await this.#store.getItem(id)) as Partial<Record<string, unknown>> | null;
			const text = (value: unknown) => (typeof value === 'string' ? value : '');
			kept.push({
				id,
				key: text(copy?.key),
				reason: text(copy?.reason) || 'it could not be read',
				at: text(copy?.at),
				...(copy?.entry === true ? { entry: true as const } : {})
			});
		}
		const stored = new Set(kept.map((record) => record.id));
		// A record whose copy could not be stored is still where it was: list it too.
		const leftInPlace = this.setAside.filter((record) => !stored.has(record.id));
		return [...kept.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '')), ...leftInPlace];
	}

	/** The copies kept aside (or those named), whole, as JSON can hold them: to send for help. */
	async exportSetAside(ids?: readonly string[]): Promise<string> {
		const copies: unknown[] = [];
		for (const id of (await this.#courseKeys()).filter(keys.isSetAside)) {
			if (!ids || ids.includes(id)) copies.push(nearestJson(await this.#store.getItem(id)));
		}
		return JSON.stringify({ setAside: copies }, null, 2);
	}

	/** Throws away a copy kept aside, once someone has decided it is not needed. */
	async discardSetAside(id: string): Promise<void> {
		if (keys.isSetAside(id)) await this.#store.removeItem(id);
	}

	async loadDraft(owner: string, key: string): Promise<unknown> {
		return (await this.#store.getItem(keys.draft(owner, key))) ?? undefined;
	}

	/** Keeps unfinished work; for a learner erased meanwhile it throws LearnerErased instead. */
	async saveDraft(owner: string, key: string, value: unknown): Promise<void> {
		if (owner === GUEST) return this.#store.setItem(keys.draft(owner, key), value);
		await this.#exclusive(async () => {
			await this.#stillHere(owner);
			await this.#store.setItem(keys.draft(owner, key), value);
		});
	}

	async clearDraft(owner: string, key: string): Promise<void> {
		await this.#store.removeItem(keys.draft(owner, key));
	}

	/** The store's keys that can be the course's: another script on this origin may add others. */
	async #courseKeys(): Promise<string[]> {
		const all: unknown[] = await this.#store.keys();
		return all.filter((key): key is string => typeof key === 'string');
	}

	async #writeLearners(learners: Learner[]): Promise<void> {
		await this.#store.setItem(keys.learners, { schemaVersion: SCHEMA_VERSION, learners });
	}

	/** Call under the lock, so that an erase cannot come between this check and the write. */
	async #stillHere(learnerId: string): Promise<void> {
		const learners = await this.listLearners();
		if (!learners.some((learner) => learner.id === learnerId)) throw new LearnerErased(learnerId);
	}

	#exclusive<T>(work: () => Promise<T>): Promise<T> {
		return this.#store.exclusive ? this.#store.exclusive(work) : work();
	}

	async #readProgress(key: string): Promise<LearnerProgress | undefined> {
		const raw = await this.#store.getItem(key);
		if (raw === null || raw === undefined) return undefined;
		const { progressKind, upgradeRecord } = await storedRecordChecks();
		const result = upgradeRecord(progressKind, raw);
		if (!result.ok) {
			await this.#moveAside(key, raw, result.reason, result.detail);
			return undefined;
		}
		if (result.migrated) await this.#store.setItem(key, result.value);
		return result.value;
	}

	/**
	 * Keeps aside the sign-offs an import could not use, as one entry each of the learner's
	 * progress. They are not added to `setAside`, which tells of stored records that could not be
	 * read; and a sign-off already kept from an earlier import of the same file is not kept again.
	 */
	async #keepImportedAside(key: string, unusable: UnusableSignOff[]) {
		if (unusable.length === 0) return;
		const prefix = keys.setAside(key, '');
		const kept = new Set<string>();
		for (const id of (await this.#courseKeys()).filter((id) => id.startsWith(prefix))) {
			const copy = (await this.#store.getItem(id)) as { raw?: unknown } | null;
			kept.add(JSON.stringify(copy?.raw));
		}
		for (const { signOff, where, reason } of unusable) {
			if (kept.has(JSON.stringify(signOff))) continue;
			kept.add(JSON.stringify(signOff));
			const at = this.timestamp();
			const copy = { key, reason, detail: where, at, entry: true, raw: signOff };
			await this.#store.setItem(this.#asideId(key, at), copy);
		}
	}

	#asideId(key: string, at: string): string {
		return keys.setAside(key, `${at}#${this.#copies++}`);
	}

	/** Keeps a copy of an unusable record, and only once the copy is safe removes the original. */
	async #moveAside(key: string, raw: unknown, reason: string, detail: string) {
		if (await this.#keepAside(key, raw, reason, detail)) await this.#store.removeItem(key);
	}

	/**
	 * Stores a copy of an unusable record, as it is where the browser can hold it (a BigInt, a
	 * cycle), otherwise as the nearest JSON, and reports it. Says whether a copy was stored: when
	 * none could be, the record stays where it is, reported, to be read again next time.
	 */
	async #keepAside(key: string, raw: unknown, reason: string, detail: string, entry = false) {
		const at = this.timestamp();
		const id = this.#asideId(key, at);
		let kept = false;
		for (const copy of [raw, nearestJson(raw)]) {
			try {
				await this.#store.setItem(id, { key, reason, detail, at, entry, raw: copy });
				kept = true;
				break;
			} catch {
				// This copy cannot be stored: try the next, plainer one.
			}
		}
		const reported = kept ? reason : `${reason}; it could not be copied, so it was left in place`;
		this.setAside.push(
			entry ? { id, key, reason: reported, at, entry } : { id, key, reason: reported, at }
		);
		return kept;
	}
}

function sameName(learners: Learner[], name: string): Learner | undefined {
	return learnersNamed(learners, name)[0];
}

/** The raw value as JSON can hold it: a BigInt as its digits, a cycle marked where it closes. */
function nearestJson(raw: unknown): unknown {
	const seen = new WeakSet<object>();
	try {
		return JSON.parse(
			JSON.stringify(raw, (_key, value: unknown) => {
				if (typeof value === 'bigint') return `${value}n`;
				if (typeof value === 'object' && value !== null) {
					if (seen.has(value)) return '[cycle]';
					seen.add(value);
				}
				return value;
			})
		) as unknown;
	} catch {
		return String(raw);
	}
}
