/** Who a lesson, scenario or question is written for. */
export const AUDIENCES = ['staff', 'parents', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Written for staff, or for everyone: what the staff induction, refresher and quiz use. */
export function isForStaff({ audience }: { audience: Audience }): boolean {
	return audience !== 'parents';
}

/** Written for parents, or for everyone: what a parents' evening may show. */
export function isForParents({ audience }: { audience: Audience }): boolean {
	return audience !== 'staff';
}

/** A rule of the policy that binds families (not staff alone), as policy.yaml's `who` says. */
export function bindsFamilies({ who }: { who: Audience }): boolean {
	return who !== 'staff';
}

/** Whom a rule binds, as a room of families or a presenter reads it beside the rule. */
export const WHOM_IT_BINDS: Record<Audience, string> = {
	staff: 'Binds staff only',
	parents: 'Binds families',
	both: 'Binds staff and families'
};
