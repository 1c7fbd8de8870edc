import { resolve } from '$app/paths';

/** Where the build puts one slide of the deck, as data. */
export function slideFile(index: number): string {
	return resolve('/present/slides/[index].json', { index: String(index) });
}
