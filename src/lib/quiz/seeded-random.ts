/**
 * mulberry32: a small seeded generator, so that a quiz draw can be repeated from its seed (to
 * resume an attempt after a reload, and in tests). Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates), using the given generator. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** A new seed: unpredictable, so that a retake or a new refresher is a fresh draw. */
export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
