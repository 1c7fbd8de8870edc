import type { Setting } from '$lib/content/setting';
import { addMonths, localDate } from '$lib/dates/calendar-date';
import { certificateCode, type CertificateFields } from './certificate-code';
import { MADE_HERE } from '$lib/records/record-source';
import type { Certificate, QuizAttemptRecord } from '$lib/records/storage/record-schema';

/** What the course's configuration puts on every certificate, from lessons/setting.yaml. */
export interface CertificateCourse {
	settingName: string;
	courseTitle: string;
	courseVersion: string;
	/** The quiz's pass mark in per cent: `course.passMark`. */
	passMark: number;
	/** How long a certificate is valid: `course.certificateMonths`. */
	certificateMonths: number;
	/** How long before expiry a certificate counts as expiring soon: `course.reminderDays`. */
	reminderDays: number;
	policyVersion: string;
	/** The date the policy was last reviewed: `policy.reviewed`. */
	policyReviewed: string;
}

/** The certificate's course details, from the setting's file. */
export function certificateCourseOf({
	name,
	policy,
	course
}: Pick<Setting, 'name' | 'policy' | 'course'>): CertificateCourse {
	return {
		settingName: name,
		courseTitle: course.title,
		courseVersion: course.version,
		passMark: course.passMark,
		certificateMonths: course.certificateMonths,
		reminderDays: course.reminderDays,
		policyVersion: policy.version,
		policyReviewed: policy.reviewed
	};
}

/** The certificate for a passed quiz, completed on the device's calendar date at `now`. */
export async function issueCertificate(
	course: CertificateCourse,
	learnerName: string,
	attempt: QuizAttemptRecord,
	now: Date,
	id: string
): Promise<Certificate> {
	const completedOn = localDate(now);
	const fields: CertificateFields = {
		id,
		learnerName,
		settingName: course.settingName,
		courseTitle: course.courseTitle,
		courseVersion: course.courseVersion,
		journey: attempt.journey,
		completedOn,
		correct: attempt.correct,
		total: attempt.total,
		passMark: attempt.passMark,
		validUntil: addMonths(completedOn, course.certificateMonths),
		policyVersion: course.policyVersion,
		policyReviewed: course.policyReviewed
	};
	return {
		...fields,
		code: await certificateCode(fields),
		issuedAt: now.toISOString(),
		source: MADE_HERE
	};
}
