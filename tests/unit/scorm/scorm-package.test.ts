import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scormManifest } from '../../../tools/scorm-package/scorm-manifest';
import { packageFileName, scormPackage } from '../../../tools/scorm-package/scorm-package';
import { crc32, zipArchive } from '../../../tools/scorm-package/zip-archive';
import { readZip } from '../../zip-reader';
import { projectCourse } from '../project-course';

const { setting } = projectCourse;
const folders: string[] = [];

function buildFolder(files: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'scorm-build-'));
	folders.push(folder);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
	return folder;
}

afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the zip writer', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
	});

	it('reads back every file, deflated or stored, with names in UTF-8', () => {
		const entries = [
			{ path: 'index.html', data: Buffer.from('<p>hello</p>'.repeat(200)) },
			{ path: 'a/b/ünïcode.txt', data: Buffer.from('x') },
			{ path: 'empty.txt', data: Buffer.alloc(0) }
		];
		const files = readZip(zipArchive(entries));
		expect([...files.keys()]).toEqual(entries.map((entry) => entry.path));
		for (const { path, data } of entries) expect(files.get(path)?.equals(data)).toBe(true);
	});

	it('makes the same zip from the same files', () => {
		const entries = [{ path: 'index.html', data: Buffer.from('same') }];
		expect(Buffer.from(zipArchive(entries)).equals(Buffer.from(zipArchive(entries)))).toBe(true);
	});
});

describe('the SCORM 1.2 manifest', () => {
	const manifest = scormManifest({
		identifier: 'course-id',
		title: 'Tom & Jerry’s <course>',
		version: '1.0',
		masteryScore: 80,
		files: ['index.html', 'lessons/a b.html'],
		launch: 'index.html'
	});

	it('declares SCORM 1.2, with the mastery score on its one item', () => {
		expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
		expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
		expect(manifest.match(/<organization /g)).toHaveLength(1);
		expect(manifest.match(/<item /g)).toHaveLength(1);
		expect(manifest.match(/<resource /g)).toHaveLength(1);
		expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
	});

	it('escapes text and file names', () => {
		expect(manifest).toContain('<title>Tom &amp; Jerry’s &lt;course&gt;</title>');
		expect(manifest).toContain('<file href="lessons/a%20b.html"/>');
	});
});

describe('the package', () => {
	it('has imsmanifest.xml at its root and lists every other file in it', () => {
		const folder = buildFolder({
			'index.html': '<p>course</p>',
			'lessons/why.html': '<p>lesson</p>',
			'_app/immutable/start.js': 'export {}',
			'register-service-worker.js': '// the site only'
		});
		const files = readZip(scormPackage(folder, setting));
		expect([...files.keys()]).toEqual([
			'imsmanifest.xml',
			'_app/immutable/start.js',
			'index.html',
			'lessons/why.html'
		]);
		const manifest = files.get('imsmanifest.xml')!.toString('utf8');
		const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) => match[1]);
		expect(listed).toEqual(['_app/immutable/start.js', 'index.html', 'lessons/why.html']);
		expect(manifest).toContain(
			`<adlcp:masteryscore>${setting.course.passMark}</adlcp:masteryscore>`
		);
	});

	it('refuses a build with a service worker in it, or with no launch page', () => {
		const withWorker = buildFolder({ 'index.html': '', 'service-worker.js': '' });
		expect(() => scormPackage(withWorker, setting)).toThrow(/service worker/);
		expect(() => scormPackage(buildFolder({ 'a.html': '' }), setting)).toThrow(/index.html/);
	});

	it('is named after the course and its version', () => {
		expect(packageFileName(setting)).toBe('social-networking-and-you-1.0-scorm12.zip');
	});
});
