/**
 * A SCORM 1.2 time span (CMITimeSpan, `HHHH:MM:SS`) for a session of `milliseconds`. Hours take
 * two digits at least and four at most, as the data model allows; a longer session is capped.
 */
export function sessionTime(milliseconds: number): string {
	const seconds = Math.min(Math.max(0, Math.floor(milliseconds / 1000)), 9999 * 3600 + 3599);
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	return [hours, minutes, seconds % 60].map((part) => String(part).padStart(2, '0')).join(':');
}
