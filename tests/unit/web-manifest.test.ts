import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webManifest } from '$lib/offline/web-manifest';

const manifest = webManifest({
	courseTitle: 'Social networking and you',
	settingName: 'Oak Tree Nursery'
});

describe('the web app manifest', () => {
	it('names the course and the setting from the content, not the code', () => {
		expect(manifest.name).toBe('Social networking and you – Oak Tree Nursery');
		expect(manifest.description).toContain('Oak Tree Nursery');
	});

	it('installs as an app with icons of 192 and 512 pixels, one of them maskable', () => {
		expect(manifest.display).toBe('standalone');
		const sizes = manifest.icons.map((icon) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	});

	it('points at icons that exist in static/, by paths relative to the manifest', () => {
		for (const icon of manifest.icons) {
			expect(icon.src).toMatch(/^\.\//);
			expect(existsSync(`static/${icon.src.slice(2)}`), icon.src).toBe(true);
		}
		expect(manifest.start_url).toBe('./');
	});
});
