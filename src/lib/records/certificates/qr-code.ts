// The QR library is imported here alone: in the browser, only the certificate page imports this
// module; the families' handout draws its code when the site is built.
import encodeQR from 'qr';

/**
 * The modules of a QR code holding `text`, with four light modules around it (the quiet zone the
 * QR standard asks for); undefined when the text is too long for any QR code.
 */
export function qrModules(text: string): boolean[][] | undefined {
	try {
		return encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
	} catch {
		return undefined;
	}
}
