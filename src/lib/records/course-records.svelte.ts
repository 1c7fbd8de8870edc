import { getContext, setContext } from 'svelte';
import { isPass } from '$lib/course/score';
import { openBrowserStoreWhenNeeded } from './browser-store';
import type { CertificateCourse } from './certificates/certificate';
import type {
	LinkedAddition,
	LinkedHolder,
	LinkedRecords
} from './certificates/certificate-from-link';
import { memoryStore, type KeyValueStore } from './key-value-store';
import { LearnerErased } from './learner-erased';
import { GUEST } from './record-keys';
import type {
	Certificate,
	Learner,
	LearnerProgress,
	QuizAttemptRecord,
	ScenarioOutcome
} from './storage/record-schema';
import type {
	HeldCertificate,
	ImportSummary,
	RecordsRepository
} from './storage/records-repository';
import type { CourseContents, LearnerRecords } from './records-transfer';
import type { SetAsideRecord } from './set-aside';
import { nameConfirms, signOffOf, signOffOfEdition, type PolicyEdition } from './sign-off';

export type {
	Certificate,
	Journey,
	Learner,
	LearnerProgress,
	QuizAttemptRecord,
	ScenarioOutcome,
	SignOff
} from './storage/record-schema';
export type { CertificateCourse } from './certificates/certificate';
export type { CourseContents, LearnerRecords } from './records-transfer';
export type { HeldCertificate } from './storage/records-repository';

/** A finished quiz's marks, from which the records judge the pass. */
export type FinishedQuiz = Omit<QuizAttemptRecord, 'passed'>;

export interface ScenarioFinish {
	scenarioId: string;
	endingId: string;
	outcome: ScenarioOutcome;
	path: string[];
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problem: string };

export type RecordsChange = { progress: LearnerProgress } | { draftKey: string; draft: unknown };

/** What a learning system (or anything else that owns the learner) adds to the records. */
export interface RecordsConnection {
	/** Opens the store the records live in, instead of the site's own. */
	openStore: () => Promise<KeyValueStore>;
	/** Runs once, as soon as storage is open and before any page reads it. */
	prepare?: (repository: RecordsRepository) => Promise<void>;
	/**
	 * Hears each change to the current learner's progress or drafts as it is stored, with the new
	 * value (undefined for a draft cleared), so that it can pass it on at once.
	 */
	changed?: (change: RecordsChange) => void;
	/** True when the learner is set by the connection: then nobody enters a name or switches. */
	learnerFixed: boolean;
}

/** Tells this site's other open tabs that the records changed, so they show it without a reload. */
const CHANNEL = 'course-records';

/**
 * The learner records the pages show and change: who is using the course on this device, and
 * their progress and certificates. When the browser will not store anything, records live in
 * memory for this visit and `storage` says so, so that the course still works.
 */
export class CourseRecords {
	storage: 'loading' | 'available' | 'unavailable' = $state('loading');
	learner: Learner | undefined = $state();
	learners: Learner[] = $state([]);
	progress: LearnerProgress | undefined = $state();
	setAside: SetAsideRecord[] = $state([]);
	/** Every record kept aside on this device, from this visit and earlier ones. */
	keptAside: SetAsideRecord[] = $state([]);
	/** What the learner last asked the course to keep and this device would not store. */
	notSaved: string | undefined = $state();
	/** The name of the learner this tab was keeping records for, erased meanwhile (in another tab). */
	erasedMeanwhile: string | undefined = $state();
	/** Counts re-reads of storage, so a page can re-query when records change (here or in another tab). */
	changes = $state(0);
	/** The current learner's certificates, newest first. */
	certificates: Certificate[] = $derived(
		[...(this.progress?.certificates ?? [])].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
	);
	readonly ready: Promise<void>;
	/** Whether the learner comes from elsewhere (an LMS), so that no page offers to change them. */
	learnerFixed = $state(false);
	readonly #course: () => CertificateCourse | undefined;
	readonly #comingConnection: Promise<RecordsConnection | undefined> | undefined;
	#connection: RecordsConnection | undefined;
	#markReady: () => void = () => {};
	#connecting: Promise<void> | undefined;
	#opened: RecordsRepository | undefined;
	#channel: BroadcastChannel | undefined;

	/**
	 * `course` gives what goes on a certificate; without it, passing the quiz issues none.
	 * `connection`, when given, supplies the store and hears of every change; it may arrive late
	 * (its code downloaded on demand), and storage opens once it has.
	 */
	constructor(
		course: () => CertificateCourse | undefined = () => undefined,
		connection?: Promise<RecordsConnection | undefined>
	) {
		this.#course = course;
		this.#comingConnection = connection;
		this.ready = new Promise((resolve) => (this.#markReady = resolve));
	}

	/**
	 * Opens storage. Only pages that read or write records call this, so that the storage library
	 * is downloaded by those pages alone; calling it again does nothing.
	 */
	connect(openStore?: () => Promise<KeyValueStore>): Promise<void> {
		this.#connecting ??= this.#open(openStore);
		return this.#connecting;
	}

	// The schema, migrations and storage library load here, so that pages without records skip them.
	async #open(openStore: (() => Promise<KeyValueStore>) | undefined) {
		const [{ RecordsRepository }, connection] = await Promise.all([
			import('./storage/records-repository'),
			this.#comingConnection
		]);
		this.#connection = connection;
		this.learnerFixed = connection?.learnerFixed ?? false;
		const store =
			openStore ??
			connection?.openStore ??
			(() => openBrowserStoreWhenNeeded(() => (this.storage = 'unavailable')));
		try {
			this.#opened = new RecordsRepository(await store());
			this.storage = 'available';
			if (typeof BroadcastChannel !== 'undefined') {
				this.#channel = new BroadcastChannel(CHANNEL);
				this.#channel.onmessage = () => this.refresh();
			}
		} catch {
			this.#opened = new RecordsRepository(memoryStore());
			this.storage = 'unavailable';
		}
		await this.#connection?.prepare?.(this.#opened);
		await this.refresh();
		this.#markReady();
	}

	/** Every caller waits for `ready` (or is called from `open`), so storage is open by then. */
	get #repository(): RecordsRepository {
		if (!this.#opened) throw new Error('Records used before connect()');
		return this.#opened;
	}

	/** Re-reads everything, e.g. after another tab may have changed it. */
	async refresh(): Promise<void> {
		this.learners = await this.#repository.listLearners();
		const id = await this.#repository.currentLearnerId();
		this.learner = this.learners.find((learner) => learner.id === id);
		this.progress = this.learner ? await this.#repository.progress(this.learner.id) : undefined;
		await this.#noteSetAside(true);
		this.changes++;
	}

	/** Adds a learner and makes them the current one; undefined if storage refused (see notSaved). */
	async addLearner(name: string, role = ''): Promise<Learner | undefined> {
		await this.ready;
		return this.#attempt('your name', async () => {
			const learner = await this.#repository.addLearner(name, role);
			this.erasedMeanwhile = undefined;
			await this.#repository.setCurrentLearner(learner.id);
			await this.#changed();
			return learner;
		});
	}

	/** Changes who is learning; false if storage refused (see notSaved). */
	async switchTo(learnerId: string | undefined): Promise<boolean> {
		await this.ready;
		return this.#succeeded('who is learning', async () => {
			await this.#repository.setCurrentLearner(learnerId);
			this.erasedMeanwhile = undefined;
			await this.#changed();
		});
	}

	async loadDraft(key: string): Promise<unknown> {
		await this.ready;
		return this.#repository.loadDraft(this.#owner, key);
	}

	async saveDraft(key: string, value: unknown): Promise<void> {
		await this.ready;
		await this.#unlessErased(this.learner, () =>
			this.#repository.saveDraft(this.#owner, key, value)
		);
		this.#connection?.changed?.({ draftKey: key, draft: value });
	}

	async clearDraft(key: string): Promise<void> {
		await this.ready;
		await this.#repository.clearDraft(this.#owner, key);
		this.#connection?.changed?.({ draftKey: key, draft: undefined });
	}

	/** Marks a lesson read; false if storage refused (see notSaved). */
	async markLessonRead(slug: string): Promise<boolean> {
		return this.#succeeded('that you have read this lesson', () =>
			this.#changeProgress((progress) => {
				if (!progress.lessonsRead.includes(slug)) progress.lessonsRead.push(slug);
			})
		);
	}

	async recordScenario({ scenarioId, ...result }: ScenarioFinish): Promise<void> {
		await this.#changeProgress((progress) => {
			progress.scenarios[scenarioId] = { ...result, finishedAt: this.#repository.timestamp() };
		});
	}

	/**
	 * Records a finished quiz. A pass, judged here from its marks, earns a certificate, which is
	 * returned so that the quiz page can link to it; otherwise (or with no learner chosen) the
	 * result is undefined.
	 */
	async recordQuizAttempt(marks: FinishedQuiz): Promise<Certificate | undefined> {
		await this.ready;
		const learner = this.learner;
		if (!learner) return undefined;
		const now = this.#repository.moment();
		const course = this.#course();
		// The course's own pass mark where it is known, not one a page passes in.
		const passMark = course?.passMark ?? marks.passMark;
		const attempt = { ...marks, passMark, passed: isPass(marks, passMark) };
		const certificate =
			attempt.passed && course ? await this.#issue(course, learner.name, attempt, now) : undefined;
		await this.#changeProgress((progress) => {
			progress.quizAttempts.push({ ...attempt, finishedAt: now.toISOString() });
			if (certificate) progress.certificates.push(certificate);
		}, learner);
		return certificate;
	}

	/**
	 * Signs this edition of the policy for the current learner, who confirms by typing their own
	 * name. False if the name is not theirs or storage refused (see notSaved). Signing an edition
	 * already signed (from another tab, say) keeps the first sign-off.
	 */
	async signPolicy(edition: PolicyEdition, typedName: string, role: string): Promise<boolean> {
		await this.ready;
		const learner = this.learner;
		if (!learner || !nameConfirms(typedName, learner.name)) return false;
		return this.#succeeded('your sign-off', () =>
			this.#changeProgress((progress) => {
				if (signOffOfEdition(progress, edition)) return;
				progress.signOffs.push(signOffOf(edition, typedName, role, this.#repository.timestamp()));
			})
		);
	}

	/** A certificate held by anyone on this device, with its holder's records. */
	async findCertificate(id: string): Promise<HeldCertificate | undefined> {
		await this.ready;
		const held = await this.#repository.findCertificate(id);
		await this.#noteSetAside();
		return held;
	}

	/**
	 * Adds a certificate checked from its link (and its sign-off) to the records on this device,
	 * for the learner the manager chose; undefined if storage refused (see notSaved).
	 */
	async addFromLink(
		linked: LinkedRecords,
		holder: LinkedHolder
	): Promise<LinkedAddition | undefined> {
		await this.ready;
		const { addLinkedRecords } = await import('./certificates/certificate-from-link');
		return this.#attempt('the certificate', async () => {
			// Storage keeps plain objects: a page's reactive copy cannot be stored as it is.
			const plain = $state.snapshot(linked);
			const added = await addLinkedRecords(this.#repository, plain, holder);
			await this.#changed();
			return added;
		});
	}

	/** Everyone on this device with their progress, for the manager's records. */
	async everyone(): Promise<LearnerRecords[]> {
		await this.ready;
		const everyone = await this.#repository.everyone();
		// Reading everyone may find more damaged records; the notice should name them too.
		await this.#noteSetAside();
		return everyone;
	}

	/** An export file (JSON text) of everyone, or of the learners named. */
	async exportRecords(learnerIds?: string[]): Promise<string> {
		const everyone = await this.everyone();
		const chosen = learnerIds
			? everyone.filter(({ learner }) => learnerIds.includes(learner.id))
			: everyone;
		const { recordsFile } = await import('./records-transfer');
		return JSON.stringify(recordsFile(chosen, this.#repository.moment()), null, 2);
	}

	/**
	 * Reads an export file from another device and merges it in, keeping aside the sign-offs this
	 * course cannot use; or changes nothing and says why.
	 */
	async importRecords(text: string, course: CourseContents): Promise<ImportResult> {
		await this.ready;
		const { readRecordsFile, checkRecordsAgainst } = await import('./records-transfer');
		const file = readRecordsFile(text);
		if (!file.ok) return file;
		const checked = await checkRecordsAgainst(file.learners, course);
		if (!checked.ok) return checked;
		const summary = await this.#attempt('the imported records', async () => {
			const merged = await this.#repository.importRecords(checked.learners);
			await this.#changed();
			return merged;
		});
		if (!summary) {
			return {
				ok: false,
				problem:
					'This device would not store the records. Check that the browser may store data for this site and has space, then import the file again.'
			};
		}
		return { ok: true, summary };
	}

	/** The copies kept aside (or those named), as a JSON text to save and send for help. */
	async exportSetAside(ids?: readonly string[]): Promise<string> {
		await this.ready;
		return this.#repository.exportSetAside(ids);
	}

	/** Throws away a copy kept aside; false if storage refused (see notSaved). */
	async discardSetAside(id: string): Promise<boolean> {
		await this.ready;
		return this.#succeeded('the discarding of a record set aside', async () => {
			await this.#repository.discardSetAside(id);
			await this.#changed();
		});
	}

	/** Erases a learner; false if storage refused part-way (they stay listed: erase again). */
	async eraseLearner(learnerId: string): Promise<boolean> {
		await this.ready;
		return this.#succeeded('the erasing of your data', async () => {
			await this.#repository.eraseLearner(learnerId);
			await this.#changed();
		});
	}

	/**
	 * Runs a change the learner asked for. When storage refuses it, `notSaved` names what was
	 * lost, for the page to say, and the result is undefined; the next change that works clears it.
	 */
	async #attempt<T>(what: string, change: () => Promise<T>): Promise<T | undefined> {
		try {
			const result = await change();
			this.notSaved = undefined;
			return result;
		} catch (error) {
			// An erased learner is not a device that refused: #unlessErased has said so already.
			if (!(error instanceof LearnerErased)) this.notSaved = what;
			return undefined;
		}
	}

	/**
	 * Runs a write for the current learner. When they were erased meanwhile (in another tab), the
	 * write stored nothing: the tab shows who is left and names the erased learner, and the error
	 * goes on to the caller, whose work was not kept.
	 */
	async #unlessErased<T>(learner: Learner | undefined, write: () => Promise<T>): Promise<T> {
		try {
			return await write();
		} catch (error) {
			if (error instanceof LearnerErased) {
				this.erasedMeanwhile = learner?.name;
				await this.refresh();
			}
			throw error;
		}
	}

	async #succeeded(what: string, change: () => Promise<void>): Promise<boolean> {
		const done = await this.#attempt(what, async () => {
			await change();
			return true;
		});
		return done === true;
	}

	/** Reading may find damaged records: the notice and the lists of what is kept aside name them. */
	async #noteSetAside(relist = false) {
		const found = this.#repository.setAside.length !== this.setAside.length;
		this.setAside = [...this.#repository.setAside];
		if (relist || found) this.keptAside = await this.#repository.listSetAside();
	}

	/**
	 * Progress belongs to a named learner; with nobody chosen there is nothing to record it for. A
	 * change is for the learner who did the work (`learner`, passed in when the work took a while,
	 * as a quiz does), not whoever the page shows by the time it is written.
	 */
	async #changeProgress(
		change: (progress: LearnerProgress) => void,
		learner: Learner | undefined = this.learner
	) {
		await this.ready;
		if (!learner) return;
		const progress = await this.#unlessErased(learner, () =>
			this.#repository.updateProgress(learner.id, change)
		);
		if (this.learner?.id === learner.id) this.progress = progress;
		this.#connection?.changed?.({ progress });
		this.#channel?.postMessage('changed');
	}

	async #changed() {
		await this.refresh();
		this.#channel?.postMessage('changed');
	}

	async #issue(
		course: CertificateCourse,
		learnerName: string,
		attempt: QuizAttemptRecord,
		now: Date
	): Promise<Certificate> {
		const [{ issueCertificate }, { certificateIdFrom }] = await Promise.all([
			import('./certificates/certificate'),
			import('./certificates/certificate-code')
		]);
		const id = certificateIdFrom(crypto.getRandomValues(new Uint8Array(8)));
		return issueCertificate(course, learnerName, attempt, now, id);
	}

	get #owner(): string {
		return this.learner?.id ?? GUEST;
	}
}

const KEY = Symbol('course-records');

export function setCourseRecords(records: CourseRecords): CourseRecords {
	return setContext(KEY, records);
}

export function getCourseRecords(): CourseRecords {
	return getContext<CourseRecords>(KEY);
}
