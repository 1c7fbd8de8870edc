import type { PolicyEdition } from '$lib/content/policy';
import { tidyText } from './learner-name';
import { MADE_HERE } from './record-source';
import type { LearnerProgress, SignOff } from './storage/record-schema';

export type { PolicyEdition } from '$lib/content/policy';

export type SignOffStatus = 'signed' | 'needs-new-version' | 'never';

/** What a learner is asked to do about signing: see `signOffRequest`. */
export type SignOffRequest = 'new-version' | 'first-time';

/** Whether a sign-off is for this edition of the policy: its version and its words. */
export function signs(signOff: SignOff, edition: PolicyEdition): boolean {
	return signOff.policyVersion === edition.version && signOff.fingerprint === edition.fingerprint;
}

/** The learner's sign-off of this edition, if they have signed it. */
export function signOffOfEdition(
	progress: LearnerProgress,
	edition: PolicyEdition
): SignOff | undefined {
	return progress.signOffs.find((signOff) => signs(signOff, edition));
}

/** The learner's most recent sign-off, of any edition. */
export function lastSignOff(progress: LearnerProgress): SignOff | undefined {
	return progress.signOffs.reduce<SignOff | undefined>(
		(latest, signOff) => (!latest || signOff.signedAt > latest.signedAt ? signOff : latest),
		undefined
	);
}

/**
 * Where a learner stands with the policy as built: signed this edition, signed only older ones
 * (or the same version with other words), or never signed.
 */
export function signOffStatus(progress: LearnerProgress, edition: PolicyEdition): SignOffStatus {
	if (signOffOfEdition(progress, edition)) return 'signed';
	return progress.signOffs.length > 0 ? 'needs-new-version' : 'never';
}

/**
 * What the learner's own pages ask them to do about signing: sign the new version when they
 * signed an older one, or sign for the first time once they hold a certificate. Nothing while
 * they are still on the course and have never signed, so that nobody is pressed to sign a
 * policy before the course has taught it.
 */
export function signOffRequest(
	progress: LearnerProgress,
	edition: PolicyEdition
): SignOffRequest | undefined {
	const status = signOffStatus(progress, edition);
	if (status === 'needs-new-version') return 'new-version';
	if (status === 'never' && progress.certificates.length > 0) return 'first-time';
	return undefined;
}

/**
 * The learner's first sign-off of this policy version, if any. A certificate records only the
 * version it was earned on, not the words, so any sign-off of that version counts for it.
 */
export function signOffFor(progress: LearnerProgress, policyVersion: string): SignOff | undefined {
	return progress.signOffs
		.filter((signOff) => signOff.policyVersion === policyVersion)
		.reduce<SignOff | undefined>(
			(first, signOff) => (!first || signOff.signedAt < first.signedAt ? signOff : first),
			undefined
		);
}

export const SIGN_OFF_LABELS: Record<SignOffStatus, string> = {
	signed: 'Signed',
	'needs-new-version': 'Needs to sign the new version',
	never: 'Never signed'
};

export interface ClauseChanges {
	added: string[];
	removed: string[];
	changed: string[];
}

/** Which clauses differ between the edition a learner signed and this one, by clause id. */
export function changedClauses(
	signed: Record<string, string>,
	edition: PolicyEdition
): ClauseChanges {
	const now = edition.clauses;
	const has = (clauses: Record<string, string>, id: string) => Object.hasOwn(clauses, id);
	return {
		added: Object.keys(now).filter((id) => !has(signed, id)),
		removed: Object.keys(signed).filter((id) => !has(now, id)),
		changed: Object.keys(now).filter((id) => has(signed, id) && signed[id] !== now[id])
	};
}

/** The typed name is the learner's own, as the records keep names (tidied), in any case. */
export function nameConfirms(typed: string, learnerName: string): boolean {
	const fold = (name: string) => tidyText(name).toLocaleLowerCase('en-GB');
	return fold(typed) !== '' && fold(typed) === fold(learnerName);
}

/**
 * Orders policy versions as people number them ("1.9" before "1.12"), so that an import can
 * set aside a sign-off for a version newer than the one this course was built with.
 */
export function compareVersions(a: string, b: string): number {
	return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** A sign-off of this edition by the learner, as stored. */
export function signOffOf(
	edition: PolicyEdition,
	name: string,
	role: string,
	signedAt: string
): SignOff {
	return {
		policyVersion: edition.version,
		fingerprint: edition.fingerprint,
		clauseFingerprints: { ...edition.clauses },
		name: tidyText(name),
		role: tidyText(role),
		signedAt,
		source: MADE_HERE
	};
}
