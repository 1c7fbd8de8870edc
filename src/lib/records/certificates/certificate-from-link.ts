import { localDate } from '$lib/dates/calendar-date';
import { checkLearnerName } from '$lib/records/learner-name';
import type { PolicyEdition } from '$lib/records/sign-off';
import type { Certificate, Learner, SignOff } from '$lib/records/storage/record-schema';
import type { RecordsRepository } from '$lib/records/storage/records-repository';
import { signOffKey } from '$lib/records/storage/records-merge';
import { codeMatches, type CertificateFields } from './certificate-code';
import { signOffMatches, type SignOffRead } from './sign-off-link';

/**
 * A certificate (and the learner's sign-off, when the link carries one) as this device would
 * keep it after a manager adds it from the certificate's link or typed details.
 */
export interface LinkedRecords {
	learnerName: string;
	certificate: Certificate;
	signOff: SignOff | undefined;
}

export type LinkedCheck = { ok: true; records: LinkedRecords } | { ok: false; reason: string };

/**
 * Checks what a link carries before anything is added: the certificate must match its code
 * with the learner's name tidied as the learner form tidies names, and a sign-off must be whole,
 * for the certificate's policy version, and match its own code. Any failure refuses all of it,
 * with the reason.
 */
export async function checkLinkedRecords(
	fields: CertificateFields,
	code: string,
	signOffRead: SignOffRead,
	edition: PolicyEdition,
	now: Date
): Promise<LinkedCheck> {
	const name = checkLearnerName(fields.learnerName);
	if (!name.ok) return refuse(`The learner’s name cannot be kept: ${name.reason}`);
	const tidied = { ...fields, learnerName: name.name };
	if (!(await codeMatches(tidied, code))) {
		return refuse(
			'The certificate’s details do not match its verification code: it has been altered.'
		);
	}
	const on = localDate(now);
	const source = { kind: 'certificate-link', on } as const;
	const certificate: Certificate = {
		...tidied,
		code: code.trim().toUpperCase(),
		// The link carries the day the certificate was earned, not the moment: noon of that day
		// keeps certificates in the order they were earned.
		issuedAt: `${fields.completedOn}T12:00:00.000Z`,
		source
	};
	if (signOffRead.kind === 'none') {
		return { ok: true, records: { learnerName: name.name, certificate, signOff: undefined } };
	}
	if (signOffRead.kind === 'damaged') {
		return refuse('The policy sign-off in this link is damaged: a part of it is missing.');
	}
	const linked = signOffRead.signOff;
	if (linked.policyVersion !== fields.policyVersion) {
		return refuse(
			`The policy sign-off in this link is for version ${linked.policyVersion}, not the certificate’s version ${fields.policyVersion}.`
		);
	}
	if (!(await signOffMatches(certificate, linked))) {
		return refuse('The policy sign-off in this link does not match its code: it has been altered.');
	}
	const signOff: SignOff = {
		policyVersion: linked.policyVersion,
		fingerprint: linked.fingerprint,
		// A link carries the fingerprint of the whole policy, not of each clause; the clauses are
		// known only when the words signed are this course's own.
		clauseFingerprints: linked.fingerprint === edition.fingerprint ? { ...edition.clauses } : {},
		name: name.name,
		role: '',
		signedAt: linked.signedAt,
		source
	};
	return { ok: true, records: { learnerName: name.name, certificate, signOff } };
}

function refuse(reason: string): LinkedCheck {
	return { ok: false, reason: `${reason} Nothing has been added.` };
}

/** Whose records a linked certificate goes into: a new learner, or one already on this device. */
export type LinkedHolder = { kind: 'new' } | { kind: 'existing'; learnerId: string };

/** What adding changed: nothing at all when the same link is added twice. */
export interface LinkedAddition {
	learner: Learner;
	learnerAdded: boolean;
	certificateAdded: boolean;
	signOffAdded: boolean;
}

/**
 * Adds a checked certificate and sign-off to the records on this device. A certificate already
 * here goes on being its holder's, whoever the manager chose, and nothing already here is added
 * again: the same link added twice changes nothing.
 */
export async function addLinkedRecords(
	repository: RecordsRepository,
	{ learnerName, certificate, signOff }: LinkedRecords,
	holder: LinkedHolder
): Promise<LinkedAddition> {
	const held = await repository.findCertificate(certificate.id);
	let learner = held?.holder.learner;
	if (!learner && holder.kind === 'existing') {
		learner = (await repository.listLearners()).find((known) => known.id === holder.learnerId);
		if (!learner) throw new Error('That learner is no longer on this device.');
	}
	const learnerAdded = !learner;
	learner ??= await repository.addLearner(learnerName, '', true);
	let certificateAdded = false;
	let signOffAdded = false;
	await repository.updateProgress(learner.id, (progress) => {
		if (!progress.certificates.some((kept) => kept.id === certificate.id)) {
			progress.certificates.push(certificate);
			certificateAdded = true;
		}
		const key = signOff && signOffKey(signOff);
		if (signOff && !progress.signOffs.some((kept) => signOffKey(kept) === key)) {
			progress.signOffs.push(signOff);
			signOffAdded = true;
		}
	});
	return { learner, learnerAdded, certificateAdded, signOffAdded };
}
