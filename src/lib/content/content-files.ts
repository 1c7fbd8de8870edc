/** Which files in lessons/ are course content (the rest, such as README.md, are for people). */
export function isContentFile(path: string): boolean {
	return (
		/^lessons\/[^/]+\.yaml$/.test(path) ||
		/^lessons\/[^/]+\/index\.md$/.test(path) ||
		/^lessons\/[^/]+\/[^/]+\.scenario\.yaml$/.test(path)
	);
}
