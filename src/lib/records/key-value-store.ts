/** The little a records store needs from browser storage; localforage and a Map both fit. */
export interface KeyValueStore {
	getItem(key: string): Promise<unknown>;
	setItem(key: string, value: unknown): Promise<void>;
	removeItem(key: string): Promise<void>;
	keys(): Promise<string[]>;
	/**
	 * Runs a read-then-write with no other tab's read-then-write in between, where the browser
	 * can promise that; otherwise simply runs it.
	 */
	exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

/** Keeps records in memory only: used when the browser will not store anything, and in tests. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
	const items = new Map(Object.entries(structuredClone(initial)));
	return {
		getItem: async (key) => structuredClone(items.get(key) ?? null),
		setItem: async (key, value) => {
			items.set(key, structuredClone(value));
		},
		removeItem: async (key) => {
			items.delete(key);
		},
		keys: async () => [...items.keys()]
	};
}
