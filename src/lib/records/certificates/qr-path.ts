/**
 * An SVG path that draws a QR code's dark modules, one rectangle per horizontal run, so that the
 * code is drawn as a single element in 1-unit squares (its viewBox is the matrix size).
 */
export function qrPath(modules: boolean[][]): string {
	const parts: string[] = [];
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return parts.join('');
}

/** The modules a path from `qrPath` draws, for checking a drawn code. */
export function modulesFromPath(path: string, size: number): boolean[][] {
	const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let dx = 0; dx < Number(run); dx++) modules[Number(y)]![Number(x) + dx] = true;
	}
	return modules;
}
