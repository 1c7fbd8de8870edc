/** The choice with the most hands, or undefined when nobody has voted or the lead is tied. */
export function leadingChoice(tallies: readonly number[]): number | undefined {
	const most = Math.max(0, ...tallies);
	if (most === 0) return undefined;
	const leaders = tallies.flatMap((count, index) => (count === most ? [index] : []));
	return leaders.length === 1 ? leaders[0] : undefined;
}
