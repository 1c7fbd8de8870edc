/**
 * A write for a learner who is no longer on this device: erased, in this tab or another, since the
 * page last read the list. The write stores nothing, so that an erased learner stays erased.
 */
export class LearnerErased extends Error {
	constructor(readonly learnerId: string) {
		super('This learner has been erased from this device.');
		this.name = 'LearnerErased';
	}
}
