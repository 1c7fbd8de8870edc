import type { CourseRecords } from './course-records.svelte';
import { tidyText } from './learner-name';
import type { LearnerRecords } from './storage/records-merge';
import { signOffOfEdition, type PolicyEdition } from './sign-off';
import type { SignOff } from './storage/record-schema';

/**
 * The role a family's sign-off is kept under. A family signs as staff do, as a person on this
 * device with a sign-off, and this role keeps them apart from staff in the manager's records.
 */
export const FAMILY_ROLE = 'Family: read what the policy asks of families';

export function isFamily({ learner }: Pick<LearnerRecords, 'learner'>): boolean {
	return learner.role === FAMILY_ROLE;
}

/** Everyone on the device, staff apart from families. */
export function staffAndFamilies(everyone: readonly LearnerRecords[]): {
	staff: LearnerRecords[];
	families: LearnerRecords[];
} {
	return {
		staff: everyone.filter((each) => !isFamily(each)),
		families: everyone.filter(isFamily)
	};
}

/** A family's sign-off as the manager's records list it: of this edition, or of an older one. */
export interface FamilySignOffRow {
	id: string;
	name: string;
	signOff: SignOff;
	current: boolean;
}

export function familySignOffRows(
	families: readonly LearnerRecords[],
	edition: PolicyEdition
): FamilySignOffRow[] {
	return families.flatMap(({ learner, progress }) => {
		const current = signOffOfEdition(progress, edition);
		const signOff = current ?? progress.signOffs.at(-1);
		return signOff ? [{ id: learner.id, name: learner.name, signOff, current: !!current }] : [];
	});
}

type FamilyRecords = Pick<
	CourseRecords,
	'connect' | 'learner' | 'addLearner' | 'signPolicy' | 'switchTo'
>;

/**
 * Signs this edition for a family, who types their name: kept as a person of their own on this
 * device, with the family role, as staff sign. Whoever was learning on the device stays so, so
 * that a family's name never becomes the learner. False if no name was typed or the device did
 * not keep the sign-off.
 */
export async function signAsFamily(
	records: FamilyRecords,
	edition: PolicyEdition,
	typedName: string
): Promise<boolean> {
	const name = tidyText(typedName);
	if (name === '') return false;
	await records.connect();
	const learning = records.learner?.id;
	const family = await records.addLearner(name, FAMILY_ROLE);
	if (!family) return false;
	const signed = await records.signPolicy(edition, name, FAMILY_ROLE);
	await records.switchTo(learning);
	return signed;
}
