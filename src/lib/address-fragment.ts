/**
 * The text the part of an address after `#` stands for: decoded, or, where it holds a malformed
 * escape (`#%`, `#%E0%A4%A`), the characters as they are, which name nothing on any page.
 */
export function fragmentText(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
