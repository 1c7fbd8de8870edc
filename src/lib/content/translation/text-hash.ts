/**
 * The short hash a translation entry keeps of the English it was made from (its `from`), so that
 * the check can tell when the English has changed since. Spacing is ignored, so that re-wrapping
 * a line of a content file outdates nothing while changing a word does. FNV-1a (64 bits) rather
 * than SHA-256: it is synchronous and needs no Node module, and it guards against edits, not
 * against anyone forging a collision.
 */
export function textHash(text: string): string {
	const words = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
	let hash = 0xcbf29ce484222325n;
	for (const byte of new TextEncoder().encode(words)) {
		hash ^= BigInt(byte);
		hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	// 12 hex digits: short enough to read in a translation file, long enough for this purpose.
	return hash.toString(16).padStart(16, '0').slice(0, 12);
}
