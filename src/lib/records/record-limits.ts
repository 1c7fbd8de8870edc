import { MAX_NAME_LENGTH } from './learner-name';

/**
 * The most characters each text field of a certificate holds: the schema refuses a stored one
 * that is longer, and a link refuses one before it is checked. Here, with no schema library, so
 * that the check page can read a link without downloading the storage code.
 */
export const CERTIFICATE_LIMITS = {
	learnerName: MAX_NAME_LENGTH,
	settingName: 200,
	courseTitle: 200,
	courseVersion: 40,
	policyVersion: 80,
	code: 20
} as const;

/** The most characters a sign-off's policy version holds. */
export const SIGN_OFF_LIMITS = { policyVersion: 80 } as const;
