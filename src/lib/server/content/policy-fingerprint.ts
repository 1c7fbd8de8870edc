import { createHash } from 'node:crypto';
import type { Policy, PolicyEdition } from '../../content/policy.ts';

export type { PolicyEdition };

/** 16 hex digits: short enough to print on an evidence sheet, long enough never to collide by chance. */
const LENGTH = 16;

/**
 * A short SHA-256 of text with its spacing ignored, so that re-wrapping a line of
 * `lessons/policy.yaml` is no new edition while changing a word is.
 */
export function textFingerprint(text: string): string {
	const words = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
	return createHash('sha256').update(words).digest('hex').slice(0, LENGTH);
}

/** Every word of the policy as built, in reading order, with the clause that each block states. */
function wholeText(policy: Policy): string {
	const blocks = policy.sections.flatMap((section) => [
		section.heading,
		...section.blocks.flatMap((block) => [
			block.clause ? `[${block.clause}]` : '',
			block.text ?? '',
			...(block.items ?? []),
			block.note ?? ''
		])
	]);
	return [...policy.preamble, ...blocks].join('\n');
}

/** Built once, at build time, from the policy the course was built with. */
export function policyEdition(policy: Policy, version: string): PolicyEdition {
	return {
		version,
		fingerprint: textFingerprint(wholeText(policy)),
		clauses: Object.fromEntries(
			policy.clauses.map((clause) => [clause.id, textFingerprint(clause.words)])
		)
	};
}
