import { describe, expect, it, vi } from 'vitest';
import type { Audience } from '$lib/content/audience';
import type { Learner, LearnerProgress } from '$lib/records/course-records.svelte';
import { REFRESHER_DRAFT } from '$lib/refresher/refresher-round';
import { RefresherSession } from '$lib/refresher/refresher-session.svelte';

const scenarios: { id: string; audience: Audience }[] = [
	...Array.from({ length: 6 }, (_, i) => ({ id: `staff-${i}`, audience: 'staff' as const })),
	{ id: 'parents-1', audience: 'parents' }
];

/** Records kept in memory for the current learner, as the records API keeps them. */
function fakeRecords() {
	const drafts = new Map<string, unknown>();
	return {
		drafts,
		progress: undefined as LearnerProgress | undefined,
		learner: {
			id: 'learner-1',
			name: 'Sam Okafor',
			role: '',
			createdAt: '2026-11-01T09:00:00.000Z'
		} as Learner | undefined,
		loadDraft: vi.fn(async (key: string) => drafts.get(key)),
		saveDraft: vi.fn(async (key: string, value: unknown) => void drafts.set(key, value))
	};
}

function finishedAt(when: string, ...ids: string[]): LearnerProgress {
	return {
		scenarios: Object.fromEntries(
			ids.map((id) => [
				id,
				{ endingId: 'e', outcome: 'follows', path: ['a', 'e'], finishedAt: when }
			])
		)
	} as unknown as LearnerProgress;
}

describe('a refresher session', () => {
	it('draws a round the first time and keeps it, so the next opening shows the same', async () => {
		const records = fakeRecords();
		const first = new RefresherSession(records, scenarios, 3);
		await first.open();
		expect(first.drawn).toHaveLength(3);
		expect(first.drawn.every((scenario) => scenario.audience !== 'parents')).toBe(true);
		expect(records.drafts.get(REFRESHER_DRAFT)).toEqual(first.round);

		const again = new RefresherSession(records, scenarios, 3);
		await again.open();
		expect(again.drawn.map((scenario) => scenario.id)).toEqual(
			first.drawn.map((scenario) => scenario.id)
		);
	});

	it("keeps a guest's round only once they act on it", async () => {
		const records = { ...fakeRecords(), learner: undefined };
		const session = new RefresherSession(records, scenarios, 3);
		await session.open();
		expect(session.drawn).toHaveLength(3);
		expect(records.saveDraft).not.toHaveBeenCalled();

		await session.keep();
		await session.keep();
		expect(records.saveDraft).toHaveBeenCalledTimes(1);
		expect(records.drafts.get(REFRESHER_DRAFT)).toEqual(session.round);
	});

	it('counts only what was finished since the round began', async () => {
		const records = fakeRecords();
		records.drafts.set(REFRESHER_DRAFT, { seed: 42, startedAt: '2026-11-01T09:00:00.000Z' });
		const session = new RefresherSession(records, scenarios, 3);
		await session.open();
		const [drawnFirst, drawnSecond] = session.drawn.map((scenario) => scenario.id) as [
			string,
			string
		];
		records.progress = {
			scenarios: {
				...finishedAt('2026-11-02T10:00:00.000Z', drawnFirst).scenarios,
				...finishedAt('2025-11-02T10:00:00.000Z', drawnSecond).scenarios
			}
		} as unknown as LearnerProgress;
		expect(session.isFinished(drawnFirst)).toBe(true);
		expect(session.isFinished(drawnSecond)).toBe(false);
		expect(session.finished).toBe(1);
	});

	it('draws afresh over a damaged round, and when asked to', async () => {
		const records = fakeRecords();
		records.drafts.set(REFRESHER_DRAFT, { seed: 'not a number' });
		const session = new RefresherSession(records, scenarios, 3);
		await session.open();
		expect(session.round?.seed).toEqual(expect.any(Number));
		const before = session.round;
		await session.drawAgain();
		expect(session.round).not.toBe(before);
		expect(records.saveDraft).toHaveBeenCalledTimes(2);
	});

	it('shows only the latest opening when learners change quickly', async () => {
		const records = fakeRecords();
		let releaseFirst = () => {};
		records.loadDraft
			.mockImplementationOnce(
				() =>
					new Promise((done) => (releaseFirst = () => done({ seed: 1, startedAt: '2026-01-01' })))
			)
			.mockImplementationOnce(async () => ({ seed: 2, startedAt: '2026-02-01' }));
		const session = new RefresherSession(records, scenarios, 3);
		const first = session.open();
		await session.open();
		releaseFirst();
		await first;
		expect(session.round).toEqual({ seed: 2, startedAt: '2026-02-01' });
	});

	it('says so when the round cannot be kept, and still shows it', async () => {
		const records = fakeRecords();
		records.saveDraft.mockRejectedValue(new Error('QuotaExceededError'));
		const session = new RefresherSession(records, scenarios, 3);
		await session.open();
		expect(session.drawn).toHaveLength(3);
		expect(session.unsaved).toBe(true);
	});
});
