import { JOURNEYS } from '$lib/journeys/journey';
import { parseDraft, quizDraftKey } from '$lib/quiz/quiz-draft';
import { openBrowserStore } from '$lib/records/browser-store';
import type { RecordsChange, RecordsConnection } from '$lib/records/course-records.svelte';
import { packageDatabase } from '$lib/records/record-keys';
import type { LearnerProgress } from '$lib/records/storage/record-schema';
import type { RecordsRepository } from '$lib/records/storage/records-repository';
import { findLmsApi, type WindowLike } from './lms-api';
import { learnerNameFromLms } from './lms-learner';
import { LmsSession, type LmsLaunch } from './lms-session';
import { mergeResume, resumeStateOf } from './resume-state';
import type { ResumeState } from './suspend-data';

/**
 * The SCORM package's link to the LMS that launched it, or the lack of one: it finds the LMS,
 * starts the session, gives the records their store and their learner, restores where the
 * learner left off, and reports each milestone. Without an LMS the course runs as the site does,
 * in a store of its own.
 */
export class LmsLink {
	/** Why what the LMS kept could not be resumed, when it could not. */
	readonly resumeProblem: string | undefined;
	readonly records: RecordsConnection;
	private readonly session: LmsSession | undefined;
	private readonly launch: LmsLaunch | undefined;
	private progress: LearnerProgress | undefined;
	private readonly quizDrafts: ResumeState['quizDrafts'] = {};

	/** `packagePath` is where the package is served from, which names its browser storage. */
	constructor(win: WindowLike, packagePath: string, now: () => number = Date.now) {
		const api = findLmsApi(win);
		const session = api && new LmsSession(api, now);
		this.launch = session?.start();
		this.session = this.launch && session;
		this.resumeProblem =
			this.launch && !this.launch.resume.ok ? this.launch.resume.problem : undefined;
		const database = packageDatabase(packagePath, this.launch?.learnerId);
		this.records = this.launch
			? {
					openStore: () => openBrowserStore(database),
					prepare: (repository) => this.prepare(repository),
					changed: (change) => this.changed(change),
					learnerFixed: true
				}
			: { openStore: () => openBrowserStore(database), learnerFixed: false };
	}

	get connected(): boolean {
		return this.session !== undefined;
	}

	/** Ends the LMS session: called as the page goes away. */
	finish(): void {
		this.session?.finish();
	}

	/** The LMS's learner becomes the only learner, with what the LMS kept added to their progress. */
	private async prepare(repository: RecordsRepository) {
		if (!this.launch) return;
		const learner =
			(await repository.listLearners())[0] ??
			(await repository.addLearner(learnerNameFromLms(this.launch.studentName)));
		await repository.setCurrentLearner(learner.id);
		const kept = this.launch.resume.ok ? this.launch.resume.state : undefined;
		const now = repository.timestamp();
		this.progress = await repository.updateProgress(learner.id, (progress) => {
			if (kept) Object.assign(progress, mergeResume(progress, kept, now));
		});
		for (const journey of JOURNEYS) {
			// The LMS holds the latest sitting's quiz, wherever it was taken.
			const draft = kept?.quizDrafts[journey];
			if (draft) await repository.saveDraft(learner.id, quizDraftKey(journey), draft);
			const held =
				draft ?? parseDraft(await repository.loadDraft(learner.id, quizDraftKey(journey)));
			if (held) this.quizDrafts[journey] = held;
		}
		this.report();
	}

	/** Keeps what changed, and reports at once: a report left until later may never be made. */
	private changed(change: RecordsChange) {
		if ('progress' in change) {
			this.progress = change.progress;
		} else {
			const journey = JOURNEYS.find((j) => quizDraftKey(j) === change.draftKey);
			if (!journey) return;
			const draft = parseDraft(change.draft);
			if (draft) this.quizDrafts[journey] = draft;
			else delete this.quizDrafts[journey];
		}
		this.report();
	}

	private report() {
		if (this.progress) this.session?.report(resumeStateOf(this.progress, this.quizDrafts));
	}
}
