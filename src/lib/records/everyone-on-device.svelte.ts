import { onMount } from 'svelte';
import type { CourseRecords, LearnerRecords } from './course-records.svelte';

/**
 * Everyone on this device with their records, for a manager's page: read once storage opens, and
 * again whenever the records change, here or in another tab. Call it while a component starts.
 */
export function everyoneOnDevice(records: CourseRecords): { readonly list: LearnerRecords[] } {
	let everyone: LearnerRecords[] = $state([]);
	$effect(() => {
		if (records.changes === 0) return;
		void records.everyone().then((list) => (everyone = list));
	});
	onMount(() => {
		void records.connect();
	});
	return {
		get list() {
			return everyone;
		}
	};
}
