/**
 * Calendar dates as ISO strings (2026-11-26), free of time zones: a certificate completed on a
 * day is valid until the same day months later, wherever it is read.
 */

/** The date on the device's own calendar at this moment. */
export function localDate(moment: Date): string {
	return [
		String(moment.getFullYear()).padStart(4, '0'),
		String(moment.getMonth() + 1).padStart(2, '0'),
		String(moment.getDate()).padStart(2, '0')
	].join('-');
}

function toUtc(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}

/** The same day some months later; a day the month lacks (31 February) becomes its last day. */
export function addMonths(date: string, months: number): string {
	const start = toUtc(date);
	const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
	const lastDay = new Date(
		Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)
	).getUTCDate();
	target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
	return target.toISOString().slice(0, 10);
}

/** Whole days from one date to another: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "26 November 2026". */
export function formatDate(date: string): string {
	return longDate.format(toUtc(date));
}
