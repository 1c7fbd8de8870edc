/** The SCORM 1.2 run-time API that an LMS puts on one of the course's parent windows. */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
}

/** The little of a window that the search needs, so that tests can pass plain objects. */
export interface WindowLike {
	parent?: WindowLike | null;
	opener?: WindowLike | null;
	API?: unknown;
}

/** The SCORM 1.2 guidance gives up after this many parents, in case a frame is its own parent. */
const MAX_PARENTS = 7;

function isApi(candidate: unknown): candidate is Scorm12Api {
	return (
		typeof candidate === 'object' &&
		candidate !== null &&
		['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
			(method) => typeof (candidate as Record<string, unknown>)[method] === 'function'
		)
	);
}

/** Reads a window's API; a window from another origin throws on access, which means "none". */
function apiOf(win: WindowLike): Scorm12Api | undefined {
	try {
		return isApi(win.API) ? win.API : undefined;
	} catch {
		return undefined;
	}
}

function parentOf(win: WindowLike): WindowLike | undefined {
	try {
		return win.parent && win.parent !== win ? win.parent : undefined;
	} catch {
		return undefined;
	}
}

function searchUp(start: WindowLike): Scorm12Api | undefined {
	let win: WindowLike | undefined = start;
	for (let depth = 0; win && depth <= MAX_PARENTS; depth++) {
		const api = apiOf(win);
		if (api) return api;
		win = parentOf(win);
	}
	return undefined;
}

/**
 * Finds the LMS's API the standard way: this window and its parents, then the window that
 * opened this one and its parents. Undefined when the course runs outside an LMS.
 */
export function findLmsApi(win: WindowLike): Scorm12Api | undefined {
	const found = searchUp(win);
	if (found) return found;
	try {
		return win.opener ? searchUp(win.opener) : undefined;
	} catch {
		return undefined;
	}
}
