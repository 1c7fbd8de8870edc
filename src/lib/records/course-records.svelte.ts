import { getContext, setContext } from 'svelte';
import { openBrowserStore } from './browser-store';
import { memoryStore, type KeyValueStore } from './key-value-store';
import { GUEST, RecordsRepository, type SetAsideRecord } from './records-repository';
import type { Learner, LearnerProgress, QuizAttemptRecord, ScenarioOutcome } from './record-schema';

export type {
	Journey,
	Learner,
	LearnerProgress,
	QuizAttemptRecord,
	ScenarioOutcome
} from './record-schema';

export interface ScenarioFinish {
	scenarioId: string;
	endingId: string;
	outcome: ScenarioOutcome;
	path: string[];
}

/**
 * The learner records the pages show and change: who is using the course on this device, and
 * their progress. When the browser will not store anything, records live in memory for this visit
 * and `storage` says so, so that the course still works.
 */
export class CourseRecords {
	storage: 'loading' | 'available' | 'unavailable' = $state('loading');
	learner: Learner | undefined = $state();
	learners: Learner[] = $state([]);
	progress: LearnerProgress | undefined = $state();
	setAside: SetAsideRecord[] = $state([]);
	readonly ready: Promise<void>;
	private markReady: () => void = () => {};
	private connecting: Promise<void> | undefined;
	private repository: RecordsRepository = new RecordsRepository(memoryStore());

	constructor() {
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

	private async open(openStore: () => Promise<KeyValueStore>) {
		try {
			this.repository = new RecordsRepository(await openStore());
			this.storage = 'available';
		} catch {
			this.storage = 'unavailable';
		}
		await this.refresh();
		this.markReady();
	}

	/** Re-reads everything, e.g. after another tab may have changed it. */
	async refresh(): Promise<void> {
		this.learners = await this.repository.listLearners();
		const id = await this.repository.currentLearnerId();
		this.learner = this.learners.find((learner) => learner.id === id);
		this.progress = this.learner ? await this.repository.progress(this.learner.id) : undefined;
		this.setAside = [...this.repository.setAside];
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
		await this.refresh();
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

	async recordQuizAttempt(attempt: QuizAttemptRecord): Promise<void> {
		await this.changeProgress((progress) => {
			progress.quizAttempts.push({ ...attempt, finishedAt: this.repository.timestamp() });
		});
	}

	/** Progress belongs to a named learner; with nobody chosen there is nothing to record it for. */
	private async changeProgress(change: (progress: LearnerProgress) => void) {
		await this.ready;
		if (!this.learner) return;
		this.progress = await this.repository.updateProgress(this.learner.id, change);
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
