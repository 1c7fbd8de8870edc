import { memoryStore, type KeyValueStore } from './key-value-store';
import { openedOnFirstWrite } from './opened-on-first-write';
import { DATABASE, keys, type Database } from './record-keys';

/**
 * The browser's storage as `openBrowserStore` opens it, except on a device that has never kept a
 * record of this course: there the storage library downloads with the first thing kept, not with
 * the page. Should storage then refuse, `onUnavailable` hears it, and records live in memory.
 */
export async function openBrowserStoreWhenNeeded(
	onUnavailable: () => void,
	database: Database = DATABASE
): Promise<KeyValueStore> {
	if (await mayHoldRecords(database.name)) return openBrowserStore(database);
	const openOrMemory = () =>
		openBrowserStore(database).catch(() => {
			onUnavailable();
			return memoryStore();
		});
	return openedOnFirstWrite(openOrMemory, () => mayHoldRecords(database.name), lockFor(database));
}

/**
 * Whether this device may hold records in the database: false only when the browser can list
 * its databases and neither they nor localforage's localStorage fallback have it.
 */
async function mayHoldRecords(name: string): Promise<boolean> {
	try {
		if (typeof indexedDB.databases !== 'function') return true;
		for (let index = 0; index < localStorage.length; index += 1) {
			if (localStorage.key(index)?.startsWith(`${name}/`)) return true;
		}
		return (await indexedDB.databases()).some((known) => known.name === name);
	} catch {
		return true;
	}
}

// Web Locks are shared by every tab of this origin, so two tabs never interleave an update.
function lockFor(database: Database): NonNullable<KeyValueStore['exclusive']> {
	return (work) => ('locks' in navigator ? navigator.locks.request(database.name, work) : work());
}

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
		exclusive: lockFor(database)
	};
}
