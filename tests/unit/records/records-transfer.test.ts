import { describe, expect, it } from 'vitest';
import type { LearnerProgress } from '$lib/records/storage/record-schema';
import { emptyProgress } from '$lib/records/storage/empty-progress';
import { EXPORT_FORMAT, readRecordsFile, recordsFile } from '$lib/records/records-transfer';
import { mergeProgress } from '$lib/records/storage/records-merge';
import v1Store from './fixtures/v1-store.json';

const sam = { id: 'sam-1', name: 'Sam Jones', role: '', createdAt: '2026-11-01T09:00:00.000Z' };
const samProgress: LearnerProgress = { ...emptyProgress('sam-1'), lessonsRead: ['tagging'] };
const goodFile = () => recordsFile([{ learner: sam, progress: samProgress }], new Date());

describe('readRecordsFile', () => {
	it('reads a file this course exported', () => {
		expect(readRecordsFile(JSON.stringify(goodFile()))).toEqual({
			ok: true,
			learners: [{ learner: sam, progress: samProgress }]
		});
	});

	it('refuses strings longer than any field of the course needs', () => {
		const long = 'x'.repeat(10_000);
		for (const progress of [
			{ ...samProgress, lessonsRead: [long] },
			{ ...samProgress, learnerId: long }
		]) {
			const file = { ...goodFile(), learners: [{ learner: sam, progress }] };
			expect(readRecordsFile(JSON.stringify(file))).toMatchObject({
				ok: false,
				problem: expect.stringContaining('is longer than 100 characters') as unknown
			});
		}
		const named = {
			...goodFile(),
			learners: [{ learner: { ...sam, role: long }, progress: samProgress }]
		};
		expect(readRecordsFile(JSON.stringify(named))).toMatchObject({
			ok: false,
			problem: expect.stringContaining('is too long') as unknown
		});
	});

	it('tidies a name with control characters as the course would have stored it', () => {
		const typed = { ...sam, name: 'Sam\u0007 Jones\u0000' };
		const file = { ...goodFile(), learners: [{ learner: typed, progress: samProgress }] };
		const result = readRecordsFile(JSON.stringify(file));
		expect(result.ok && result.learners[0]?.learner.name).toBe('Sam Jones');
	});

	it('reads a file that starts with a byte order mark', () => {
		expect(readRecordsFile('\uFEFF' + JSON.stringify(goodFile())).ok).toBe(true);
	});

	it('migrates version 1 progress inside a file', () => {
		const amira = v1Store.learners.learners[0];
		const file = {
			...goodFile(),
			schemaVersion: 1,
			learners: [
				{ learner: amira, progress: v1Store['progress:5f1c2d9e-0a4b-4c8e-9a51-3f0e7d2b6c11'] }
			]
		};
		const result = readRecordsFile(JSON.stringify(file));
		expect(result.ok && result.learners[0]?.progress).toMatchObject({
			schemaVersion: 4,
			certificates: [],
			signOffs: []
		});
	});

	it.each([
		['text that is not JSON', 'name,role\nSam,', 'is not JSON'],
		['an empty file', '', 'is not JSON'],
		[
			'JSON from somewhere else',
			'{"users":[{"name":"Sam"}]}',
			'not a records file from this course'
		],
		['a JSON list', '[1,2,3]', 'not a records file from this course'],
		['JSON null', 'null', 'not a records file from this course'],
		[
			'a file from a newer version',
			JSON.stringify({ ...goodFile(), schemaVersion: 5 }),
			'newer version of the course (records version 5)'
		],
		[
			'a file with a damaged learner',
			JSON.stringify({
				...goodFile(),
				learners: [{ learner: { ...sam, name: '' }, progress: samProgress }]
			}),
			'damaged: learners.0.learner.name'
		],
		[
			'a file with a 10,000-character name',
			JSON.stringify({
				...goodFile(),
				learners: [{ learner: { ...sam, name: 'x'.repeat(10_000) }, progress: samProgress }]
			}),
			'damaged: learners.0.learner.name: is too long'
		],
		[
			'a file with damaged progress',
			JSON.stringify({
				...goodFile(),
				learners: [{ learner: sam, progress: { ...samProgress, lessonsRead: 'all' } }]
			}),
			'damaged: learners.0.progress: lessonsRead'
		],
		[
			'a file whose progress belongs to someone else',
			JSON.stringify({
				...goodFile(),
				learners: [{ learner: sam, progress: emptyProgress('someone-else') }]
			}),
			'belongs to a different learner'
		],
		[
			'a file with no list of learners',
			JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 2, exportedAt: new Date() }),
			'damaged'
		]
	])('refuses %s, saying what is wrong and that nothing changed', (_label, text, problem) => {
		const result = readRecordsFile(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem).toContain(problem);
		expect(result.problem).toMatch(/Nothing has been changed\.$/);
	});
});

describe('mergeProgress', () => {
	const finished = (at: string) => ({
		endingId: 'e',
		outcome: 'follows' as const,
		path: [],
		finishedAt: at
	});
	const attempt = (at: string) => ({
		journey: 'induction' as const,
		seed: 1,
		questionIds: [],
		correct: 1,
		total: 1,
		passMark: 80,
		passed: true,
		finishedAt: at
	});

	it('keeps everything from both devices and nothing twice', () => {
		const here: LearnerProgress = {
			...emptyProgress('sam-1'),
			lessonsRead: ['a', 'b'],
			scenarios: { s1: finished('2026-11-01T10:00:00.000Z') },
			quizAttempts: [attempt('2026-11-02T10:00:00.000Z')]
		};
		const there: LearnerProgress = {
			...emptyProgress('sam-1'),
			lessonsRead: ['b', 'c'],
			scenarios: {
				s1: finished('2026-11-03T10:00:00.000Z'),
				s2: finished('2026-11-01T10:00:00.000Z')
			},
			quizAttempts: [attempt('2026-11-02T10:00:00.000Z'), attempt('2026-11-01T10:00:00.000Z')]
		};
		const merged = mergeProgress(here, there);
		expect(merged.lessonsRead).toEqual(['a', 'b', 'c']);
		expect(merged.scenarios.s1?.finishedAt).toBe('2026-11-03T10:00:00.000Z');
		expect(Object.keys(merged.scenarios)).toEqual(['s1', 's2']);
		expect(merged.quizAttempts.map((a) => a.finishedAt)).toEqual([
			'2026-11-01T10:00:00.000Z',
			'2026-11-02T10:00:00.000Z'
		]);
		expect(mergeProgress(merged, there)).toEqual(merged);
	});

	it('keeps one sign-off per edition of the policy, in the order they were signed', () => {
		const signed = (version: string, fingerprint: string, at: string) => ({
			policyVersion: version,
			fingerprint,
			clauseFingerprints: {},
			name: 'Sam',
			role: '',
			signedAt: at,
			source: { kind: 'this-device' as const }
		});
		const here: LearnerProgress = {
			...emptyProgress('sam-1'),
			signOffs: [signed('2', 'bbbbbbbbbbbbbbbb', '2026-11-05T10:00:00.000Z')]
		};
		const there: LearnerProgress = {
			...emptyProgress('sam-1'),
			signOffs: [
				signed('2', 'bbbbbbbbbbbbbbbb', '2026-11-06T10:00:00.000Z'),
				signed('1', 'aaaaaaaaaaaaaaaa', '2026-10-01T10:00:00.000Z')
			]
		};
		const merged = mergeProgress(here, there);
		expect(merged.signOffs.map((s) => [s.policyVersion, s.signedAt])).toEqual([
			['1', '2026-10-01T10:00:00.000Z'],
			['2', '2026-11-05T10:00:00.000Z']
		]);
		expect(mergeProgress(merged, there)).toEqual(merged);
	});
});
