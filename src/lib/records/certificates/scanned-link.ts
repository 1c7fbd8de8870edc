/**
 * The certificate link a scanned QR code holds, as the part after `#` to open on this device's
 * check page; undefined when the code holds anything else. Only a link to this course's own
 * check page counts, so that a scanned code never sends the tablet to another website, and the
 * link opens inside this copy of the course, whose records it is meant for.
 */
export function scannedFragment(scanned: string, checkPage: URL): string | undefined {
	let link: URL;
	try {
		link = new URL(scanned.trim());
	} catch {
		return undefined;
	}
	if (link.protocol !== 'https:' && link.protocol !== 'http:') return undefined;
	// The host is not compared: a certificate printed by this course on another address (its old
	// host, or a laptop on the setting's network) carries the same fields.
	if (link.pathname !== checkPage.pathname || link.hash.length <= 1) return undefined;
	return link.hash.slice(1);
}
