import { qrModules } from '$lib/records/certificates/qr-code';
import { qrPath } from '$lib/records/certificates/qr-path';

/** The handout's QR code as an SVG path and its size, drawn when the site is built. */
export interface DrawnQr {
	path: string;
	size: number;
}

export function drawQr(address: string): DrawnQr | undefined {
	const modules = address ? qrModules(address) : undefined;
	return modules && { path: qrPath(modules), size: modules.length };
}
