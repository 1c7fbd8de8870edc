import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { readLessonsFolder } from '$lib/server/content/lessons-folder';
import { leadingChoice } from '$lib/present/room-vote';
import { RoomVote } from '$lib/present/room-vote.svelte';

describe('leadingChoice', () => {
	it('is the choice with the most hands', () => {
		expect(leadingChoice([1, 4, 2])).toBe(1);
	});

	it('is undefined before anyone votes, and while the lead is tied', () => {
		expect(leadingChoice([])).toBeUndefined();
		expect(leadingChoice([0, 0, 0])).toBeUndefined();
		expect(leadingChoice([3, 1, 3])).toBeUndefined();
	});
});

describe('RoomVote', () => {
	const course = buildCourse(readLessonsFolder(process.cwd()));
	const scenario = course.scenarios.find((candidate) => candidate.audience === 'parents')!;

	it('counts hands for each choice, ignoring a number with no choice', () => {
		const vote = new RoomVote(scenario);
		vote.vote(0);
		vote.vote(2);
		vote.vote(2);
		vote.vote(3 + scenario.nodes[scenario.start]!.choices.length);
		expect(vote.tallies).toEqual([1, 0, 2]);
		expect(vote.leader).toBe(2);
	});

	it('reveals nothing while tied, then follows the leading choice and clears the count', () => {
		const vote = new RoomVote(scenario);
		vote.vote(0);
		vote.vote(1);
		vote.reveal();
		expect(vote.node).toBe(scenario.nodes[scenario.start]);
		vote.vote(1);
		vote.reveal();
		const chosen = scenario.nodes[scenario.start]!.choices[1]!;
		expect(vote.node ?? vote.ending).toBe(
			scenario.nodes[chosen.next] ?? scenario.endings[chosen.next]
		);
		expect(vote.tallies).toEqual([]);
	});

	it('goes back one step and starts again', () => {
		const vote = new RoomVote(scenario);
		vote.vote(0);
		vote.reveal();
		expect(vote.canGoBack).toBe(true);
		vote.back();
		expect(vote.node).toBe(scenario.nodes[scenario.start]);
		vote.vote(1);
		vote.reveal();
		vote.restart();
		expect(vote.node).toBe(scenario.nodes[scenario.start]);
		expect(vote.canGoBack).toBe(false);
	});

	it('keeps a record of what the room chose, and by how many hands, until it goes back', () => {
		const vote = new RoomVote(scenario);
		const start = scenario.nodes[scenario.start]!;
		vote.vote(1);
		vote.vote(1);
		vote.vote(0);
		vote.reveal();
		expect(vote.decisions).toEqual([{ choice: start.choices[1]!.label, hands: 2, of: 3 }]);
		vote.back();
		expect(vote.decisions).toEqual([]);
		vote.vote(0);
		vote.reveal();
		vote.restart();
		expect(vote.decisions).toEqual([]);
	});
});
