import type { Component, ComponentProps } from 'svelte';
import { render } from 'vitest-browser-svelte';
import { CourseRecords } from '$lib/records/course-records.svelte';
import { memoryStore, type KeyValueStore } from '$lib/records/key-value-store';
import { course } from '../unit/records/fixtures/records';
import WithRecords from './WithRecords.svelte';

/** Records for one learner, kept in memory, as the layout gives them to a page. */
export async function recordsFor(name: string, store: KeyValueStore = memoryStore()) {
	const records = new CourseRecords(() => course);
	await records.connect(async () => store);
	await records.addLearner(name);
	return records;
}

// Svelte's own ComponentProps takes any component this way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = Component<any>;

interface Harness<C extends AnyComponent> {
	records: CourseRecords;
	component: C;
	props: ComponentProps<C>;
}

/** Renders a component of a page with the learner's records, as the page's layout provides them. */
export function renderWithRecords<C extends AnyComponent>(
	records: CourseRecords,
	component: C,
	props: ComponentProps<C>
) {
	// A generic component, passed as a value, forgets its type parameter: say it again here.
	const harness = WithRecords as unknown as Component<Harness<C>>;
	return render(harness, { props: { records, component, props } });
}
