import type { Clause, Policy } from './policy.ts';

/** The clauses with the given ids, in the order given; ids were checked when the course was built. */
export function clausesById(policy: Policy, ids: readonly string[]): Clause[] {
	const byId = new Map(policy.clauses.map((clause) => [clause.id, clause]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}
