import { describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '$lib/records/key-value-store';
import { openedOnFirstWrite } from '$lib/records/opened-on-first-write';

/** A real store that counts how often it was opened, and a switch for whether it exists yet. */
function device(initial: Record<string, unknown> = {}) {
	const real = memoryStore(initial);
	const state = { opens: 0, exists: Object.keys(initial).length > 0 };
	const open = async (): Promise<KeyValueStore> => {
		state.opens += 1;
		state.exists = true;
		return real;
	};
	return { real, state, store: openedOnFirstWrite(open, async () => state.exists) };
}

describe('openedOnFirstWrite', () => {
	it('reads nothing and opens nothing on a device without records', async () => {
		const { state, store } = device();
		expect(await store.getItem('learners')).toBeNull();
		expect(await store.keys()).toEqual([]);
		await store.removeItem('learners');
		expect(state.opens).toBe(0);
	});

	it('opens the real store, once, with the first thing written, and reads it after', async () => {
		const { real, state, store } = device();
		await store.setItem('learners', ['Amira']);
		await store.setItem('current', 'a');
		expect(state.opens).toBe(1);
		expect(await real.getItem('learners')).toEqual(['Amira']);
		expect(await store.getItem('current')).toBe('a');
		expect(await store.keys()).toEqual(['learners', 'current']);
	});

	it('finds records another tab has started since, by looking again on each read', async () => {
		const { real, state, store } = device();
		expect(await store.getItem('learners')).toBeNull();
		await real.setItem('learners', ['Ben']);
		state.exists = true;
		expect(await store.getItem('learners')).toEqual(['Ben']);
		expect(state.opens).toBe(1);
	});

	it('runs a read-then-write under the lock it is given', async () => {
		const order: string[] = [];
		const store = openedOnFirstWrite(
			async () => memoryStore(),
			async () => false,
			async (work) => {
				order.push('locked');
				return work();
			}
		);
		expect(await store.exclusive!(async () => 'done')).toBe('done');
		expect(order).toEqual(['locked']);
	});
});
