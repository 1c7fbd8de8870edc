/** Who owns drafts made before anyone has entered a name. */
export const GUEST = 'guest';

/** The browser database that holds the key-value store (localforage's name and store name). */
export const DATABASE = { name: 'social-networking-course', storeName: 'records' } as const;

/** Where each record lives in the key-value store. */
export const keys = {
	learners: 'learners',
	current: 'current-learner',
	progress: (learnerId: string) => `progress:${learnerId}`,
	draft: (owner: string, key: string) => `draft:${owner}:${key}`,
	drafts: (owner: string) => `draft:${owner}:`,
	setAside: (key: string, at: string) => `set-aside:${key}:${at}`,
	isSetAside: (key: string) => key.startsWith('set-aside:')
};
