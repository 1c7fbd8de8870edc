import * as v from 'valibot';
import { learnerIndexSchemaV2, progressSchemaV2 } from './record-schema-v2';

/**
 * The records as version 3 of the course stored them (v2 and policy sign-offs), kept unchanged
 * so that a stored v3 record can be checked before it is migrated. Never edit these: add a new
 * version instead.
 */
const fingerprint = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/));

export const learnerIndexSchemaV3 = v.object({
	...learnerIndexSchemaV2.entries,
	schemaVersion: v.literal(3)
});

export const progressSchemaV3 = v.object({
	...progressSchemaV2.entries,
	schemaVersion: v.literal(3),
	signOffs: v.array(
		v.object({
			policyVersion: v.pipe(v.string(), v.nonEmpty()),
			fingerprint,
			clauseFingerprints: v.record(v.string(), fingerprint),
			name: v.pipe(v.string(), v.nonEmpty()),
			role: v.string(),
			signedAt: v.pipe(v.string(), v.isoTimestamp())
		})
	)
});
