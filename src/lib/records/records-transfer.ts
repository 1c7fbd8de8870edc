import * as v from 'valibot';
import { codeMatches } from './certificates/certificate-code';
import { compareVersions, nameConfirms, type PolicyEdition } from './sign-off';
import { progressKind, upgradeRecord } from './storage/record-migrations';
import { learnerSchema, type Learner, type SignOff } from './storage/record-schema';
import { SCHEMA_VERSION } from './storage/schema-version';
import type { LearnerRecords } from './storage/records-merge';

export type { LearnerRecords } from './storage/records-merge';

/** Names a file as this course's records, so that any other JSON file is turned away. */
export const EXPORT_FORMAT = 'social-networking-course-records';

export interface RecordsFile {
	format: typeof EXPORT_FORMAT;
	schemaVersion: number;
	exportedAt: string;
	learners: LearnerRecords[];
}

export function recordsFile(learners: LearnerRecords[], now: Date): RecordsFile {
	return {
		format: EXPORT_FORMAT,
		schemaVersion: SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		learners
	};
}

const fileSchema = v.object({
	format: v.literal(EXPORT_FORMAT),
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	learners: v.array(v.object({ learner: learnerSchema, progress: v.unknown() }))
});

export type ImportCheck<Checked = LearnerRecords> =
	{ ok: true; learners: Checked[] } | { ok: false; problem: string };

/** A sign-off in an imported file that this course cannot use, with where it was and why not. */
export interface UnusableSignOff {
	signOff: SignOff;
	/** Its place in the file, for whoever mends the source. */
	where: string;
	/** In plain words, to be listed with the other records set aside. */
	reason: string;
}

/** One learner of an import with the sign-offs taken out of their progress, to be kept aside. */
export interface CheckedLearnerRecords extends LearnerRecords {
	unusable: UnusableSignOff[];
}

/**
 * Reads an exported records file, checking all of it before anything is stored: a file that is
 * not JSON, comes from elsewhere, is from a newer version of the course, or has any damaged
 * record is refused whole, with the reason.
 */
export function readRecordsFile(text: string): ImportCheck {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return refuse('This file is not JSON, so it cannot be a records file from this course.');
	}
	const format = (data as { format?: unknown } | null)?.format;
	if (typeof data !== 'object' || data === null || format !== EXPORT_FORMAT) {
		return refuse(
			'This file is not a records file from this course (it has no "format": "' +
				EXPORT_FORMAT +
				'").'
		);
	}
	const version = (data as { schemaVersion?: unknown }).schemaVersion;
	if (typeof version === 'number' && version > SCHEMA_VERSION) {
		return refuse(
			`This file was made by a newer version of the course (records version ${version}); this one reads up to version ${SCHEMA_VERSION}. Update the course on this device first.`
		);
	}
	const file = v.safeParse(fileSchema, data);
	if (!file.success) return refuse(`This file is damaged: ${describe(file.issues[0])}.`);

	const learners: LearnerRecords[] = [];
	for (const [index, entry] of file.output.learners.entries()) {
		const progress = upgradeRecord(progressKind, entry.progress);
		const where = `learners.${index}.progress`;
		if (!progress.ok) return refuse(`This file is damaged: ${where}: ${progress.detail}.`);
		if (progress.value.learnerId !== entry.learner.id) {
			return refuse(`This file is damaged: ${where} belongs to a different learner.`);
		}
		learners.push({ learner: entry.learner, progress: progress.value });
	}
	return { ok: true, learners };
}

/** What the course on this device has: an import may only bring progress in these. */
export interface CourseContents {
	lessons: readonly string[];
	scenarios: readonly string[];
	/**
	 * The edition of the policy this course was built with: no one can have signed a later
	 * version, nor this version in other words.
	 */
	policy: Pick<PolicyEdition, 'version' | 'fingerprint'>;
}

/**
 * Checks what a well-formed file says against what this course could have issued: one entry per
 * learner, progress only in lessons and scenarios this course has, and every certificate in its
 * own learner's name with a code that matches its details. Any of these that fails refuses
 * the whole file, as a damaged record does: the file is not as this course made it, so none of
 * it is brought in, and the manager can mend the source and import it again with nothing left
 * half done.
 *
 * A sign-off this course cannot use (in another person's name than its learner's, for a later
 * policy version, or for this version in other words) is taken out instead, to be kept aside:
 * it states what someone read rather than what this course issued, and it often comes from a
 * device with a newer policy, which only updating this course mends, so it should not keep out
 * everyone's certificates meanwhile.
 */
export async function checkRecordsAgainst(
	learners: LearnerRecords[],
	course: CourseContents
): Promise<ImportCheck<CheckedLearnerRecords>> {
	const ids = new Set<string>();
	const lessons = new Set(course.lessons);
	const scenarios = new Set(course.scenarios);
	const checked: CheckedLearnerRecords[] = [];
	for (const [index, { learner, progress }] of learners.entries()) {
		const where = `learners.${index}`;
		if (ids.has(learner.id)) return refuse(`This file lists one learner twice (${where}).`);
		ids.add(learner.id);
		if (progress.lessonsRead.some((slug) => !lessons.has(slug))) {
			return refuse(`This file is damaged: ${where} has read a lesson this course does not have.`);
		}
		if (Object.keys(progress.scenarios).some((id) => !scenarios.has(id))) {
			return refuse(
				`This file is damaged: ${where} has finished a scenario this course does not have.`
			);
		}
		const other = progress.certificates.find((held) => held.learnerName !== learner.name);
		if (other) {
			return refuse(
				`Certificate ${other.id} in this file is in another person's name than its learner's.`
			);
		}
		const signOffs: SignOff[] = [];
		const unusable: UnusableSignOff[] = [];
		for (const [place, signOff] of progress.signOffs.entries()) {
			const reason = unusableBecause(signOff, learner, course.policy);
			if (reason) unusable.push({ signOff, where: `${where}.progress.signOffs.${place}`, reason });
			else signOffs.push(signOff);
		}
		checked.push({ learner, progress: { ...progress, signOffs }, unusable });
	}
	// Thousands of codes: worked out side by side, they take a fraction of the time in turn.
	const certificates = learners.flatMap(({ progress }) => progress.certificates);
	const matches = await Promise.all(
		certificates.map((certificate) => codeMatches(certificate, certificate.code))
	);
	const altered = certificates.find((_, index) => !matches[index]);
	if (altered) {
		return refuse(
			`Certificate ${altered.id} in this file does not match its verification code: its details have been changed since it was issued.`
		);
	}
	return { ok: true, learners: checked };
}

/** Why this course cannot use a learner's sign-off, or undefined when it can. */
function unusableBecause(
	signOff: SignOff,
	learner: Learner,
	policy: CourseContents['policy']
): string | undefined {
	const imported = 'a sign-off in an imported file';
	if (!nameConfirms(signOff.name, learner.name)) {
		return `${imported} in another person’s name than its learner’s`;
	}
	const order = compareVersions(signOff.policyVersion, policy.version);
	if (order > 0) {
		return `${imported} for policy version ${signOff.policyVersion}, newer than this course’s version ${policy.version}`;
	}
	if (order === 0 && signOff.fingerprint !== policy.fingerprint) {
		return `${imported} for policy version ${signOff.policyVersion} with other words than this course’s version ${policy.version}`;
	}
	return undefined;
}

function refuse(problem: string): { ok: false; problem: string } {
	return { ok: false, problem: `${problem} Nothing has been changed.` };
}

function describe(issue: v.BaseIssue<unknown>): string {
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
}
