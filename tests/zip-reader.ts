import { inflateRawSync } from 'node:zlib';

/**
 * Reads every file of a plain zip archive (the kind the package script writes and an LMS
 * accepts), checking each one's size. Tests use it because CI machines need have no `unzip`.
 */
export function readZip(zip: Uint8Array): Map<string, Buffer> {
	const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
	const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end === -1) throw new Error('Not a zip archive: no end of central directory');
	const count = bytes.readUInt16LE(end + 10);
	let at = bytes.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`Bad central directory entry ${i}`);
		const method = bytes.readUInt16LE(at + 10);
		const compressed = bytes.readUInt32LE(at + 20);
		const size = bytes.readUInt32LE(at + 24);
		const nameLength = bytes.readUInt16LE(at + 28);
		const extraLength = bytes.readUInt16LE(at + 30);
		const commentLength = bytes.readUInt16LE(at + 32);
		const local = bytes.readUInt32LE(at + 42);
		const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
		const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
		const body = bytes.subarray(dataStart, dataStart + compressed);
		const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
		if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, expected ${size}`);
		files.set(name, data);
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}
