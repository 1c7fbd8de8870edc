import { MAX_NAME_LENGTH, checkLearnerName } from '$lib/records/learner-name';

/**
 * The learner's name as people read it, from SCORM's `cmi.core.student_name` ("Last, First"). A
 * name with no comma is taken as it is; an empty one becomes "Learner", so that the certificate
 * still has a name on it.
 */
export function learnerNameFromLms(studentName: string): string {
	const comma = studentName.indexOf(',');
	const ordered =
		comma === -1 ? studentName : `${studentName.slice(comma + 1)} ${studentName.slice(0, comma)}`;
	const check = checkLearnerName([...ordered.trim()].slice(0, MAX_NAME_LENGTH).join(''));
	return check.ok ? check.name : 'Learner';
}
