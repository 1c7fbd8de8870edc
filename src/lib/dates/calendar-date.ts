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

/** "26 November 2026", or the same date as a reader of another language writes it. */
export function formatDate(date: string, locale = 'en-GB'): string {
	const format =
		locale === 'en-GB'
			? longDate
			: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
	return format.format(toUtc(date));
}

const shortDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** "26 Nov 2026": for a table with many dates in a row, where the long form would wrap. */
export function formatShortDate(date: string): string {
	return shortDate.format(toUtc(date));
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

function monthNumber(name: string): number | undefined {
	const lower = name.toLowerCase();
	const index = MONTHS.findIndex((month) => lower.length >= 3 && month.startsWith(lower));
	return index === -1 ? undefined : index + 1;
}

/**
 * A date as a person types it from a printed certificate: "26 November 2026", "26 Nov 2026",
 * "26/11/2026" (day first, as in the UK) or "2026-11-26". Undefined when it is not a real date.
 */
export function parseTypedDate(typed: string): string | undefined {
	const text = typed.trim().replace(/\s+/g, ' ');
	let parts: [number, number, number] | undefined;
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
	match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
	if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
	match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$/i.exec(text);
	if (match) {
		const month = monthNumber(match[2]!);
		if (month) parts = [Number(match[3]), month, Number(match[1])];
	}
	if (!parts) return undefined;
	const [year, month, day] = parts;
	const date = new Date(Date.UTC(year, month - 1, day));
	const valid =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return valid ? date.toISOString().slice(0, 10) : undefined;
}
