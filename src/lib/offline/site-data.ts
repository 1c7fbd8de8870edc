/**
 * A data file of this site (one the build prerenders, such as the quiz's question bank), fetched
 * at most once while the page is open. A failed attempt is forgotten, so that the next call, once
 * the connection is back, tries again.
 */
export function siteData<T>(url: string, get: typeof fetch = (...args) => fetch(...args)) {
	let pending: Promise<T> | undefined;
	return (): Promise<T> => {
		pending ??= get(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url} answered ${response.status}`);
				return response.json() as Promise<T>;
			})
			.catch((error: unknown) => {
				pending = undefined;
				throw error;
			});
		return pending;
	};
}
