import type { KeyValueStore } from './key-value-store';
import { DATABASE, keys, type Database } from './record-keys';

/**
 * Opens the browser's own storage (IndexedDB, or localforage's fallbacks) and proves it works with
 * a write and a read, because private windows and full disks often fail only on the first write.
 * Rejects when nothing can be stored.
 */
export async function openBrowserStore(database: Database = DATABASE): Promise<KeyValueStore> {
	const { default: localforage } = await import('localforage');
	const store = localforage.createInstance({ ...database });
	await store.ready();
	const probe = `${keys.probe}${Date.now()}`;
	await store.setItem(probe, 'ok');
	if ((await store.getItem(probe)) !== 'ok') throw new Error('Storage did not keep a test value');
	await store.removeItem(probe);
	return {
		getItem: (key) => store.getItem(key),
		setItem: async (key, value) => {
			await store.setItem(key, value);
		},
		removeItem: (key) => store.removeItem(key),
		keys: () => store.keys(),
		// Web Locks are shared by every tab of this origin, so two tabs never interleave an update.
		exclusive: (work) =>
			'locks' in navigator ? navigator.locks.request(database.name, work) : work()
	};
}
