/** The web app manifest, from the setting's own names, so the course installs on a home screen. */
export interface ManifestNames {
	courseTitle: string;
	settingName: string;
}

/** The accent colour of app.css, which the icons are drawn in. */
export const THEME_COLOUR = '#0b5470';

// Paths are relative to the manifest, so the site works under any base path.
export function webManifest({ courseTitle, settingName }: ManifestNames) {
	return {
		name: `${courseTitle} – ${settingName}`,
		short_name: courseTitle,
		description: `A short course on the ${settingName} social networking policy, for staff and parents.`,
		lang: 'en-GB',
		start_url: './',
		scope: './',
		display: 'standalone',
		background_color: '#fbfaf7',
		theme_color: THEME_COLOUR,
		icons: [
			{ src: './icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: './icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: './icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: './icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
		]
	};
}
