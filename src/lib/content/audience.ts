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
