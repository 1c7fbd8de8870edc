import type { Page } from '@playwright/test';
import {
	certificateCourseOf,
	issueCertificate
} from '../../src/lib/records/certificates/certificate';
import { certificateIdFrom } from '../../src/lib/records/certificates/certificate-code';
import type {
	Certificate,
	Learner,
	LearnerProgress
} from '../../src/lib/records/storage/record-schema';
import { SCHEMA_VERSION } from '../../src/lib/records/storage/schema-version';
import { emptyProgress } from '../../src/lib/records/storage/empty-progress';
import { isForStaff } from '../../src/lib/content/audience';
import { DATABASE, GUEST, keys } from '../../src/lib/records/record-keys';
import { course } from './course-content';
import { expect, open } from './fixtures';

export const certificateCourse = certificateCourseOf(course.setting);

export function learnerNamed(name: string, id = crypto.randomUUID()): Learner {
	return { id, name, role: '', createdAt: new Date().toISOString() };
}

/** A certificate as the site issues one for a pass, completed at `when`. */
export function passedCertificate(learner: Learner, when = new Date()): Promise<Certificate> {
	const attempt = {
		journey: 'induction' as const,
		seed: 1,
		questionIds: [],
		correct: 14,
		total: 15,
		passMark: course.setting.course.passMark,
		passed: true
	};
	const id = certificateIdFrom(crypto.getRandomValues(new Uint8Array(8)));
	return issueCertificate(certificateCourse, learner.name, attempt, when, id);
}

/** Progress with every lesson read and every staff scenario finished: the induction quiz is open. */
export function inductionDone(when = new Date()): Partial<LearnerProgress> {
	const finishedAt = when.toISOString();
	return {
		lessonsRead: course.lessons.map((lesson) => lesson.slug),
		scenarios: Object.fromEntries(
			course.scenarios.filter(isForStaff).map((scenario) => {
				const [endingId, ending] = Object.entries(scenario.endings)[0]!;
				return [
					scenario.id,
					{ endingId, outcome: ending.outcome, path: [scenario.start, endingId], finishedAt }
				];
			})
		)
	};
}

/** The stored records of a device with these learners on it, the first of them chosen. */
export function deviceWith(
	entries: { learner: Learner; progress?: Partial<LearnerProgress> }[]
): Record<string, unknown> {
	const items: Record<string, unknown> = {
		[keys.learners]: {
			schemaVersion: SCHEMA_VERSION,
			learners: entries.map(({ learner }) => learner)
		}
	};
	if (entries[0]) items[keys.current] = entries[0].learner.id;
	for (const { learner, progress } of entries) {
		items[keys.progress(learner.id)] = { ...emptyProgress(learner.id), ...progress };
	}
	return items;
}

/**
 * Puts records straight into the browser's storage, as an earlier visit would have left them. A
 * device that has kept nothing has no database yet (the site makes it with the first thing it
 * keeps), so this makes it as localforage does: version 1, with one store.
 */
export async function seedStore(page: Page, items: Record<string, unknown>) {
	await open(page, '/learners');
	await expect(page.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();
	await putInStore(page, items);
}

/** Puts records straight into the browser's storage from the page open now, which stays as it is. */
export async function putInStore(page: Page, items: Record<string, unknown>) {
	await page.evaluate(
		async ({ database, store, items }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(database, 1);
				request.onupgradeneeded = () => request.result.createObjectStore(store);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
			});
			const transaction = db.transaction(store, 'readwrite');
			for (const [key, value] of Object.entries(items))
				transaction.objectStore(store).put(value, key);
			await new Promise((resolve, reject) => {
				transaction.oncomplete = resolve;
				transaction.onerror = () =>
					reject(transaction.error ?? new Error('IndexedDB transaction failed'));
			});
			db.close();
		},
		{ database: DATABASE.name, store: DATABASE.storeName, items }
	);
}

/**
 * Everything in the browser's records store, by key: nothing, while the site has not made the
 * store (reading never makes it, which would leave the site a database without its store).
 */
export async function readStore(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(
		async ({ database, store }) => {
			const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
				const request = indexedDB.open(database);
				request.onupgradeneeded = () => request.transaction?.abort();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () =>
					request.error?.name === 'AbortError'
						? resolve(undefined)
						: reject(request.error ?? new Error('IndexedDB request failed'));
			});
			if (!db) return {};
			if (!db.objectStoreNames.contains(store)) {
				db.close();
				return {};
			}
			const objects = db.transaction(store).objectStore(store);
			const [keys, values] = await Promise.all(
				[objects.getAllKeys(), objects.getAll()].map(
					(request) =>
						new Promise<unknown[]>((resolve, reject) => {
							request.onsuccess = () => resolve(request.result);
							request.onerror = () =>
								reject(request.error ?? new Error('IndexedDB request failed'));
						})
				)
			);
			db.close();
			return Object.fromEntries(keys!.map((key, index) => [String(key), values![index]]));
		},
		{ database: DATABASE.name, store: DATABASE.storeName }
	);
}

/**
 * The stored draft with this key (`quiz:induction`, `scenario:<id>`), whoever owns it: a test
 * waits for it before a reload, because the site saves a step just after showing it.
 */
export async function storedDraft(page: Page, key: string): Promise<unknown> {
	const store = await readStore(page);
	const owner = store[keys.current];
	return store[keys.draft(typeof owner === 'string' ? owner : GUEST, key)];
}
