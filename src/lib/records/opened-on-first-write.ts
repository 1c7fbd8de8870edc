import type { KeyValueStore } from './key-value-store';

/**
 * A store that opens the real one only when something is first written, for a device that holds
 * no records yet (`exists` says whether it does): until then every read finds nothing, and the
 * storage library is not downloaded. While nothing is open each read asks `exists` again, so
 * that records another tab has started since are found.
 */
export function openedOnFirstWrite(
	open: () => Promise<KeyValueStore>,
	exists: () => Promise<boolean>,
	exclusive?: KeyValueStore['exclusive']
): KeyValueStore {
	let opened: Promise<KeyValueStore> | undefined;
	const openNow = () => (opened ??= open());
	const openIfAny = async () => opened ?? ((await exists()) ? openNow() : undefined);
	return {
		getItem: async (key) => (await openIfAny())?.getItem(key) ?? null,
		setItem: async (key, value) => (await openNow()).setItem(key, value),
		removeItem: async (key) => (await openIfAny())?.removeItem(key),
		keys: async () => (await openIfAny())?.keys() ?? [],
		...(exclusive ? { exclusive } : {})
	};
}
