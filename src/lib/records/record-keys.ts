/** Who owns drafts made before anyone has entered a name. */
export const GUEST = 'guest';

/** The browser database that holds the key-value store (localforage's name and store name). */
export const DATABASE = { name: 'social-networking-course', storeName: 'records' } as const;

export type Database = { name: string; storeName: string };

/**
 * The database of a SCORM package. Every package on an LMS shares the LMS's origin, so each
 * keeps its own database, named by the address it is served from (which differs for each
 * activity, and for each upload) and by the LMS's learner, where the LMS names one.
 */
export function packageDatabase(packagePath: string, lmsLearnerId?: string): Database {
	const learner = lmsLearnerId === undefined ? '' : ` learner ${lmsLearnerId}`;
	return { ...DATABASE, name: `${DATABASE.name} package ${packagePath}${learner}` };
}

/** Where each record lives in the key-value store. */
export const keys = {
	learners: 'learners',
	current: 'current-learner',
	progress: (learnerId: string) => `progress:${learnerId}`,
	/** The learner whose progress a key holds, or undefined for any other key. */
	progressOwner: (key: string) =>
		key.startsWith('progress:') ? key.slice('progress:'.length) : undefined,
	draft: (owner: string, key: string) => `draft:${owner}:${key}`,
	drafts: (owner: string) => `draft:${owner}:`,
	setAside: (key: string, at: string) => `set-aside:${key}:${at}`,
	isSetAside: (key: string) => key.startsWith('set-aside:'),
	/** The test value written, read back and removed when storage opens, to see that it keeps data. */
	probe: 'probe:'
};
