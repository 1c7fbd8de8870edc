import { formatDate } from '$lib/dates/calendar-date';
import type { LearnerProgress, RecordSource } from './storage/record-schema';

export type { RecordSource } from './storage/record-schema';

export const MADE_HERE: RecordSource = { kind: 'this-device' };

/** How a certificate or sign-off came to this device, in words for the records and exports. */
export function sourceLabel(source: RecordSource): string {
	switch (source.kind) {
		case 'this-device':
			return 'Made on this device';
		case 'imported-file':
			return `From an imported file on ${formatDate(source.on)}`;
		case 'certificate-link':
			return `Added from the certificate’s code on ${formatDate(source.on)}: checked by code, not seen being earned`;
	}
}

/**
 * Progress from another device's file as this device keeps it: what was made on that device
 * arrived here in a file today. What arrived there from a file or a certificate's link keeps
 * that mark, so that a certificate nobody saw being earned is never passed off as one that was.
 */
export function arrivedInFile(progress: LearnerProgress, on: string): LearnerProgress {
	const source = (held: RecordSource): RecordSource =>
		held.kind === 'this-device' ? { kind: 'imported-file', on } : held;
	return {
		...progress,
		certificates: progress.certificates.map((item) => ({ ...item, source: source(item.source) })),
		signOffs: progress.signOffs.map((item) => ({ ...item, source: source(item.source) }))
	};
}
