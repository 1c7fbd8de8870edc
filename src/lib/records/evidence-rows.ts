import type { Journey } from '$lib/journeys/journey';
import { scorePercent } from '$lib/course/score';
import {
	latestCertificate,
	learnerStatus,
	statusLabel,
	type LearnerStatus
} from './learner-status';
import {
	SIGN_OFF_LABELS,
	lastSignOff,
	signOffStatus,
	type PolicyEdition,
	type SignOffStatus
} from './sign-off';
import { sourceLabel } from './record-source';
import type { Certificate, LearnerProgress } from './storage/record-schema';
import type { LearnerRecords } from './storage/records-merge';

/** A journey finished with a certificate: the day, and the score it was passed with. */
export interface Completion {
	completedOn: string;
	scorePercent: number;
}

/**
 * One learner's training as an inspector asks about it: the evidence sheet prints these, and the
 * records page's table and the CSV export show the same, so that the three never disagree.
 */
export interface EvidenceRow {
	learnerId: string;
	name: string;
	role: string;
	/** The first induction passed: when the learner was trained. */
	induction?: Completion;
	lastRefresher?: Completion;
	/** The learner's longest-lasting certificate: it decides their status, and until when. */
	latestCertificate?: Certificate;
	/** How that certificate came to this device, in words (see record-source.ts). */
	certificateFrom?: string;
	statusKind: LearnerStatus['kind'];
	/** The certificate's standing in words: "Certified until …", "Expired on …", "In progress". */
	status: string;
	signOffStatus: SignOffStatus;
	signOffLabel: string;
	/** The learner's latest sign-off, of whichever edition, and how it came to this device. */
	signed?: { version: string; on: string; from: string };
	lessonsRead: number;
	scenariosFinished: number;
	quizAttempts: number;
}

export interface EvidenceContext {
	today: string;
	reminderDays: number;
	edition: PolicyEdition;
}

export function evidenceRow(
	{ learner, progress }: LearnerRecords,
	{ today, reminderDays, edition }: EvidenceContext
): EvidenceRow {
	const signOff = lastSignOff(progress);
	const sign = signOffStatus(progress, edition);
	const status = learnerStatus(progress, today, reminderDays);
	const latest = latestCertificate(progress);
	return {
		learnerId: learner.id,
		name: learner.name,
		role: learner.role,
		induction: completion(journeyCertificates(progress, 'induction')[0]),
		lastRefresher: completion(journeyCertificates(progress, 'refresher').at(-1)),
		latestCertificate: latest,
		certificateFrom: latest && sourceLabel(latest.source),
		statusKind: status.kind,
		status: statusLabel(status, reminderDays),
		signOffStatus: sign,
		signOffLabel: SIGN_OFF_LABELS[sign],
		signed: signOff && {
			version: signOff.policyVersion,
			on: signOff.signedAt.slice(0, 10),
			from: sourceLabel(signOff.source)
		},
		lessonsRead: progress.lessonsRead.length,
		scenariosFinished: Object.keys(progress.scenarios).length,
		quizAttempts: progress.quizAttempts.length
	};
}

/** Everyone's rows in the order a staff list is read: by name, as a person sorts names. */
export function evidenceRows(everyone: LearnerRecords[], context: EvidenceContext): EvidenceRow[] {
	return everyone
		.map((records) => evidenceRow(records, context))
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base', numeric: true }));
}

/** The journey's certificates, earliest first. */
function journeyCertificates(progress: LearnerProgress, journey: Journey): Certificate[] {
	return progress.certificates
		.filter((certificate) => certificate.journey === journey)
		.sort((a, b) => a.completedOn.localeCompare(b.completedOn));
}

function completion(certificate: Certificate | undefined): Completion | undefined {
	return (
		certificate && {
			completedOn: certificate.completedOn,
			scorePercent: scorePercent(certificate)
		}
	);
}
