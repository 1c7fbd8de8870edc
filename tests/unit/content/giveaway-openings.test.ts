import { describe, expect, it } from 'vitest';
import { projectCourse } from '../project-course';
import { openingVerdict } from './giveaway-openings';
import type { Scenario } from '$lib/content/scenario';

function scenario(labels: string[], outcomes: ('follows' | 'partly' | 'breaches')[]): Scenario {
	return {
		id: 'x',
		title: 'x',
		audience: 'staff',
		lesson: 'x',
		file: 'x',
		start: 'start',
		nodes: {
			start: {
				situationHtml: '' as never,
				situationText: '',
				choices: labels.map((label, index) => ({ label, next: `end-${index}` }))
			}
		},
		endings: Object.fromEntries(
			outcomes.map((outcome, index) => [
				`end-${index}`,
				{ outcome, happened: '', why: '', clauses: ['scope'] }
			])
		)
	};
}

describe('a giveaway opening (Appendix A of the December 2026 content review)', () => {
	it('is one where only the right choice names the DSL, or says kindly', () => {
		expect(
			openingVerdict(
				scenario(
					['Accept it', 'Leave it, and ask the DSL', 'Accept, but restrict it'],
					['breaches', 'follows', 'breaches']
				)
			).cue
		).toBe('names the DSL');
		expect(
			openingVerdict(
				scenario(['Decline it kindly', 'Accept it', 'Ignore it'], ['follows', 'breaches', 'partly'])
			).cue
		).toBe('says "kindly"');
	});

	it('is not one where a wrong choice carries the same cue, or no choice carries one', () => {
		expect(
			openingVerdict(
				scenario(
					['Report it to the DSL tonight as a safeguarding worry', 'Ask the DSL', 'Post'],
					['partly', 'follows', 'breaches']
				)
			).cue
		).toBeUndefined();
		expect(
			openingVerdict(scenario(['Leave your job out of it', 'Keep it'], ['follows', 'breaches'])).cue
		).toBeUndefined();
	});
});

describe("the course's openings", () => {
	const verdicts = projectCourse.scenarios.map(openingVerdict);
	const giveaways = verdicts.filter(({ cue }) => cue !== undefined);

	it('give the answer away in at most a quarter of the scenarios', () => {
		console.log(
			`Giveaway openings: ${giveaways.length} of ${verdicts.length}\n` +
				giveaways.map(({ id, cue }) => `  ${id}: the right choice ${cue}`).join('\n')
		);
		expect(giveaways.length * 4).toBeLessThanOrEqual(verdicts.length);
	});
});
