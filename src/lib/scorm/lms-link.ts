import { JOURNEYS } from '$lib/journeys/journey';
import { parseDraft, quizDraftKey } from '$lib/quiz/quiz-draft';
import { openBrowserStore } from '$lib/records/browser-store';
import type { RecordsConnection } from '$lib/records/course-records.svelte';
import { packageDatabase } from '$lib/records/record-keys';
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
	private reports: Promise<void> = Promise.resolve();

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
					changed: (repository, learnerId, draftKey) =>
						this.changed(repository, learnerId, draftKey),
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
		if (this.launch.resume.ok) {
			const kept = this.launch.resume.state;
			const now = repository.timestamp();
			await repository.updateProgress(learner.id, (progress) => {
				Object.assign(progress, mergeResume(progress, kept, now));
			});
			// The LMS holds the latest session's quiz, wherever it was taken.
			for (const journey of JOURNEYS) {
				const draft = kept.quizDrafts[journey];
				if (draft) await repository.saveDraft(learner.id, quizDraftKey(journey), draft);
			}
		}
		this.report(repository, learner.id);
		await this.reports;
	}

	private changed(repository: RecordsRepository, learnerId: string, draftKey?: string) {
		const quizKeys: string[] = JOURNEYS.map(quizDraftKey);
		if (draftKey === undefined || quizKeys.includes(draftKey)) this.report(repository, learnerId);
	}

	/** One report at a time, in order, so that an older state never overwrites a newer one. */
	private report(repository: RecordsRepository, learnerId: string) {
		this.reports = this.reports.then(async () => {
			const quizDrafts: ResumeState['quizDrafts'] = {};
			for (const journey of JOURNEYS) {
				const draft = parseDraft(await repository.loadDraft(learnerId, quizDraftKey(journey)));
				if (draft) quizDrafts[journey] = draft;
			}
			this.session?.report(resumeStateOf(await repository.progress(learnerId), quizDrafts));
		});
	}
}
