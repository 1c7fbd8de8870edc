import { course } from '$lib/server/content/course';

export const load = () => ({
	policy: course.setting.policy,
	// The rule of each clause names it in the list of what changed since a learner last signed.
	clauseRules: Object.fromEntries(course.policy.clauses.map((clause) => [clause.id, clause.rule]))
});
