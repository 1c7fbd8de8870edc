import type { Outcome, Scenario } from '$lib/content/scenario';

/**
 * Cues that let a learner pick the right opening choice without the lesson's judgement (the content
 * review of December 2026, Appendix A): naming the DSL, the Lead Practitioner or the policy, saying
 * "kindly", or being the only "don't".
 */
export const GIVEAWAY_CUES: Record<string, RegExp> = {
	'names the DSL': /\b(DSL|Designated Safeguarding Lead)\b/i,
	'names the Lead Practitioner': /\bLead Practitioner\b/i,
	'names the policy': /\bpolicy\b/i,
	'says "kindly"': /\bkindly\b/i,
	'is the only "don\'t"': /^(don['’]t|do not|say no)\b/i
};

/** Every outcome an ending reachable from `next` can have. */
function outcomesFrom(scenario: Scenario, next: string): Set<Outcome> {
	const ending = scenario.endings[next];
	if (ending) return new Set([ending.outcome]);
	const node = scenario.nodes[next];
	return new Set(node?.choices.flatMap((choice) => [...outcomesFrom(scenario, choice.next)]) ?? []);
}

export interface OpeningVerdict {
	id: string;
	/** The cue that gives the right choice away, if one does. */
	cue: string | undefined;
}

/**
 * The right opening choices: those that lead straight to a `follows` ending, or where none does,
 * those from which a `follows` ending can still be reached.
 */
function rightChoices(scenario: Scenario): boolean[] {
	const choices = scenario.nodes[scenario.start]?.choices ?? [];
	const straight = choices.map((choice) => scenario.endings[choice.next]?.outcome === 'follows');
	if (straight.some(Boolean)) return straight;
	return choices.map((choice) => outcomesFrom(scenario, choice.next).has('follows'));
}

/**
 * An opening gives the answer away when a cue marks exactly the right choices: a learner who looks
 * for the cue finds the answer. This is stricter than the review's own count, which let a
 * cue-marked right choice pass where a wrong one was a "real rival"; here a wrong choice must
 * carry the cue too, or the right one must do without it.
 */
export function openingVerdict(scenario: Scenario): OpeningVerdict {
	const choices = scenario.nodes[scenario.start]?.choices ?? [];
	const right = rightChoices(scenario);
	for (const [cue, pattern] of Object.entries(GIVEAWAY_CUES)) {
		const marked = choices.map((choice) => pattern.test(choice.label));
		if (marked.some(Boolean) && marked.every((isMarked, index) => isMarked === right[index])) {
			return { id: scenario.id, cue };
		}
	}
	return { id: scenario.id, cue: undefined };
}
