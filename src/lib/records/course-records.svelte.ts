import { getContext, setContext } from 'svelte';
import { openBrowserStore } from './browser-store';
import type { CertificateCourse } from './certificates/certificate';
import { memoryStore, type KeyValueStore } from './key-value-store';
import { GUEST } from './record-keys';
import type {
	Certificate,
	Learner,
	LearnerProgress,
	QuizAttemptRecord,
	ScenarioOutcome
} from './storage/record-schema';
import type { ImportSummary, RecordsRepository } from './storage/records-repository';
import type { LearnerRecords } from './storage/records-transfer';
import type { SetAsideRecord } from './set-aside';

export type {
	Certificate,
	Journey,
	Learner,
	LearnerProgress,
	QuizAttemptRecord,
	ScenarioOutcome
} from './storage/record-schema';
export type { CertificateCourse } from './certificates/certificate';
export type { LearnerRecords } from './storage/records-transfer';

export interface ScenarioFinish {
	scenarioId: string;
	endingId: string;
	outcome: ScenarioOutcome;
	path: string[];
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problem: string };

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
	/** Counts re-reads of storage, so a page can re-query when records change (here or in another tab). */
	changes = $state(0);
	/** The current learner's certificates, newest first. */
	certificates: Certificate[] = $derived(
		[...(this.progress?.certificates ?? [])].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
	);
	readonly ready: Promise<void>;
	private readonly course: () => CertificateCourse | undefined;
	private markReady: () => void = () => {};
	private connecting: Promise<void> | undefined;
	private opened: RecordsRepository | undefined;
	private channel: BroadcastChannel | undefined;

	/** `course` gives what goes on a certificate; without it, passing the quiz issues none. */
	constructor(course: () => CertificateCourse | undefined = () => undefined) {
		this.course = course;
		this.ready = new Promise((resolve) => (this.markReady = resolve));
	}

	/**
	 * Opens storage. Only pages that read or write records call this, so that the storage library
	 * is downloaded by those pages alone; calling it again does nothing.
	 */
	connect(openStore: () => Promise<KeyValueStore> = openBrowserStore): Promise<void> {
		this.connecting ??= this.open(openStore);
		return this.connecting;
	}

	// The schema, migrations and storage library load here, so that pages without records skip them.
	private async open(openStore: () => Promise<KeyValueStore>) {
		const { RecordsRepository } = await import('./storage/records-repository');
		try {
			this.opened = new RecordsRepository(await openStore());
			this.storage = 'available';
			if (typeof BroadcastChannel !== 'undefined') {
				this.channel = new BroadcastChannel(CHANNEL);
				this.channel.onmessage = () => this.refresh();
			}
		} catch {
			this.opened = new RecordsRepository(memoryStore());
			this.storage = 'unavailable';
		}
		await this.refresh();
		this.markReady();
	}

	/** Every caller waits for `ready` (or is called from `open`), so storage is open by then. */
	private get repository(): RecordsRepository {
		if (!this.opened) throw new Error('Records used before connect()');
		return this.opened;
	}

	/** Re-reads everything, e.g. after another tab may have changed it. */
	async refresh(): Promise<void> {
		this.learners = await this.repository.listLearners();
		const id = await this.repository.currentLearnerId();
		this.learner = this.learners.find((learner) => learner.id === id);
		this.progress = this.learner ? await this.repository.progress(this.learner.id) : undefined;
		this.setAside = [...this.repository.setAside];
		this.changes++;
	}

	async addLearner(name: string, role = ''): Promise<Learner> {
		await this.ready;
		const learner = await this.repository.addLearner(name, role);
		await this.switchTo(learner.id);
		return learner;
	}

	async switchTo(learnerId: string | undefined): Promise<void> {
		await this.ready;
		await this.repository.setCurrentLearner(learnerId);
		await this.changed();
	}

	async loadDraft(key: string): Promise<unknown> {
		await this.ready;
		return this.repository.loadDraft(this.owner, key);
	}

	async saveDraft(key: string, value: unknown): Promise<void> {
		await this.ready;
		await this.repository.saveDraft(this.owner, key, value);
	}

	async clearDraft(key: string): Promise<void> {
		await this.ready;
		await this.repository.clearDraft(this.owner, key);
	}

	async markLessonRead(slug: string): Promise<void> {
		await this.changeProgress((progress) => {
			if (!progress.lessonsRead.includes(slug)) progress.lessonsRead.push(slug);
		});
	}

	async recordScenario({ scenarioId, ...result }: ScenarioFinish): Promise<void> {
		await this.changeProgress((progress) => {
			progress.scenarios[scenarioId] = { ...result, finishedAt: this.repository.timestamp() };
		});
	}

	/**
	 * Records a finished quiz. A pass earns a certificate, which is returned so that the quiz page
	 * can link to it; otherwise (or with no learner chosen) the result is undefined.
	 */
	async recordQuizAttempt(attempt: QuizAttemptRecord): Promise<Certificate | undefined> {
		await this.ready;
		const learner = this.learner;
		if (!learner) return undefined;
		const now = this.repository.moment();
		const course = this.course();
		const certificate =
			attempt.passed && course ? await this.issue(course, learner.name, attempt, now) : undefined;
		await this.changeProgress((progress) => {
			progress.quizAttempts.push({ ...attempt, finishedAt: now.toISOString() });
			if (certificate) progress.certificates.push(certificate);
		});
		return certificate;
	}

	/** A certificate held by anyone on this device. */
	async findCertificate(id: string): Promise<Certificate | undefined> {
		await this.ready;
		const certificate = await this.repository.findCertificate(id);
		this.setAside = [...this.repository.setAside];
		return certificate;
	}

	/** Everyone on this device with their progress, for the manager's records. */
	async everyone(): Promise<LearnerRecords[]> {
		await this.ready;
		const everyone = await this.repository.everyone();
		// Reading everyone may find more damaged records; the notice should name them too.
		this.setAside = [...this.repository.setAside];
		return everyone;
	}

	/** An export file (JSON text) of everyone, or of the learners named. */
	async exportRecords(learnerIds?: string[]): Promise<string> {
		const everyone = await this.everyone();
		const chosen = learnerIds
			? everyone.filter(({ learner }) => learnerIds.includes(learner.id))
			: everyone;
		const { recordsFile } = await import('./storage/records-transfer');
		return JSON.stringify(recordsFile(chosen, this.repository.moment()), null, 2);
	}

	/** Reads an export file from another device and merges it in, or changes nothing and says why. */
	async importRecords(text: string): Promise<ImportResult> {
		await this.ready;
		const { readRecordsFile } = await import('./storage/records-transfer');
		const file = readRecordsFile(text);
		if (!file.ok) return file;
		const summary = await this.repository.importRecords(file.learners);
		await this.changed();
		return { ok: true, summary };
	}

	/** Erases one learner and everything kept for them on this device. */
	async eraseLearner(learnerId: string): Promise<void> {
		await this.ready;
		await this.repository.eraseLearner(learnerId);
		await this.changed();
	}

	/** Progress belongs to a named learner; with nobody chosen there is nothing to record it for. */
	private async changeProgress(change: (progress: LearnerProgress) => void) {
		await this.ready;
		if (!this.learner) return;
		this.progress = await this.repository.updateProgress(this.learner.id, change);
		this.channel?.postMessage('changed');
	}

	private async changed() {
		await this.refresh();
		this.channel?.postMessage('changed');
	}

	private async issue(
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

	private get owner(): string {
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
