import { describe, expect, it, vi } from 'vitest';
import type { ScenarioFinish } from '$lib/records/course-records.svelte';
import { ScenarioSession } from '$lib/scenario/scenario-session.svelte';
import { validScenario } from './valid-scenario';

const scenario = validScenario();
const draftKey = `scenario:${scenario.id}`;

/** Records kept in memory, as the records API keeps them for the current learner. */
function fakeRecords() {
	const drafts = new Map<string, unknown>();
	const finished: ScenarioFinish[] = [];
	return {
		drafts,
		finished,
		connect: vi.fn(async () => {}),
		loadDraft: async (key: string) => drafts.get(key),
		saveDraft: async (key: string, value: unknown) => void drafts.set(key, value),
		clearDraft: async (key: string) => void drafts.delete(key),
		recordScenario: vi.fn(async (finish: ScenarioFinish) => void finished.push(finish))
	};
}

/** A store that refuses every write, as a full disk does. */
function refusingRecords() {
	const records = fakeRecords();
	const refuse = () => Promise.reject(new Error('QuotaExceededError'));
	return { ...records, saveDraft: refuse, clearDraft: refuse, recordScenario: vi.fn(refuse) };
}

describe('a scenario session', () => {
	it('keeps the place at each step, then clears it and records the ending', async () => {
		const records = fakeRecords();
		const session = new ScenarioSession(scenario, records);
		await session.open();
		expect(session.at).toBe('request');
		expect(session.resumed).toBe(false);

		expect(await session.choose(1)).toBe('stepped');
		expect(session.at).toBe('ignored');
		await vi.waitFor(() => expect(records.drafts.has(draftKey)).toBe(true));

		await session.choose(0);
		expect(session.ending?.outcome).toBe('follows');
		expect(session.choicesTaken).toEqual([
			scenario.nodes.request!.choices[1]!.label,
			scenario.nodes.ignored!.choices[0]!.label
		]);
		await vi.waitFor(() =>
			expect(records.finished).toEqual([
				{
					scenarioId: scenario.id,
					endingId: 'explained',
					outcome: 'follows',
					path: ['request', 'ignored', 'explained']
				}
			])
		);
		// An ending is a place to go back from, so it is kept until the learner starts again.
		expect(records.drafts.has(draftKey)).toBe(true);
		session.restart();
		await vi.waitFor(() => expect(records.drafts.has(draftKey)).toBe(false));
		expect(session.unsaved).toBe(false);
		expect(session.unrecorded).toBe(false);
	});

	it('carries on from the saved place when it is opened again', async () => {
		const records = fakeRecords();
		const first = new ScenarioSession(scenario, records);
		await first.open();
		await first.choose(1);
		await vi.waitFor(() => expect(records.drafts.has(draftKey)).toBe(true));
		first.stop();

		const again = new ScenarioSession(scenario, records);
		await again.open();
		expect(again.at).toBe('ignored');
		expect(again.resumed).toBe(true);
		await again.choose(0);
		expect(again.resumed).toBe(false);
	});

	it('starts afresh when the learner chooses before the saved place is read', async () => {
		const records = fakeRecords();
		const earlier = new ScenarioSession(scenario, records);
		await earlier.choose(1);
		await vi.waitFor(() => expect(records.drafts.has(draftKey)).toBe(true));
		earlier.stop();
		let release = () => {};
		records.connect.mockImplementation(() => new Promise<void>((done) => (release = done)));
		const session = new ScenarioSession(scenario, records);
		const opening = session.open();

		await session.choose(2);
		const afterChoice = session.at;
		expect(afterChoice).not.toBe('ignored');
		release();
		await opening;
		expect(session.at).toBe(afterChoice);
		expect(session.resumed).toBe(false);
	});

	it('starts again, saying so, from a stored place that is not a way through the scenario', async () => {
		const records = fakeRecords();
		records.drafts.set(draftKey, { context: { path: ['request', 'nowhere'], choices: [7] } });
		const session = new ScenarioSession(scenario, records);
		await session.open();
		expect(session.at).toBe('request');
		expect(session.resumed).toBe(false);
		expect(session.restarted).toBe(true);
		await vi.waitFor(() => expect(records.drafts.has(draftKey)).toBe(false));
		await session.choose(1);
		expect(session.restarted).toBe(false);
	});

	it('restarts a place saved before the scenario changed', async () => {
		const records = fakeRecords();
		const first = new ScenarioSession(scenario, records);
		await first.open();
		await first.choose(1);
		await vi.waitFor(() => expect(records.drafts.has(draftKey)).toBe(true));

		// The author puts the first step's choices in another order: the saved choice now leads elsewhere.
		const request = scenario.nodes.request!;
		const [firstChoice, ...others] = request.choices;
		const edited = {
			...scenario,
			nodes: { ...scenario.nodes, request: { ...request, choices: [...others, firstChoice!] } }
		};
		const afterEdit = new ScenarioSession(edited, records);
		await afterEdit.open();
		expect(afterEdit).toMatchObject({ at: 'request', resumed: false, restarted: true });
	});

	it('chooses once when a second click comes while the run downloads', async () => {
		const records = fakeRecords();
		const session = new ScenarioSession(scenario, records);
		const [first, second] = await Promise.all([session.choose(1), session.choose(1)]);
		expect([first, second]).toEqual(['stepped', 'ignored']);
		expect(session.at).toBe('ignored');
	});

	it('says the choice did nothing when the run cannot download, and recovers on the next', async () => {
		const records = fakeRecords();
		const load = vi
			.fn<() => Promise<typeof import('$lib/scenario/scenario-run.svelte')>>()
			.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
			.mockImplementation(() => import('$lib/scenario/scenario-run.svelte'));
		const session = new ScenarioSession(scenario, records, load);
		expect(await session.choose(1)).toBe('ignored');
		expect(session.unavailable).toBe(true);
		expect(session.at).toBe('request');

		expect(await session.choose(1)).toBe('stepped');
		expect(session.unavailable).toBe(false);
		expect(session.at).toBe('ignored');
	});

	it('says so when neither the place nor the ending can be saved', async () => {
		const records = refusingRecords();
		const session = new ScenarioSession(scenario, records);
		await session.open();
		await session.choose(1);
		await vi.waitFor(() => expect(session.unsaved).toBe(true));
		await session.choose(0);
		await vi.waitFor(() => expect(session.unrecorded).toBe(true));
		expect(session.ending).toBeDefined();
	});

	it('does not move back or start again before the first choice', async () => {
		const session = new ScenarioSession(scenario, fakeRecords());
		await session.open();
		expect(session.back()).toBe('ignored');
		expect(session.restart()).toBe('ignored');
	});
});
