import type { LearnerProgress } from './record-schema';
import { SCHEMA_VERSION } from './schema-version';

/** A learner's progress before they have done anything: what a first visit starts from. */
export function emptyProgress(learnerId: string): LearnerProgress {
	return {
		schemaVersion: SCHEMA_VERSION,
		learnerId,
		lessonsRead: [],
		scenarios: {},
		quizAttempts: [],
		certificates: [],
		signOffs: []
	};
}
