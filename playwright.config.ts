import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './tools/browser';

// Each checkout can serve its own build on its own port (E2E_PORT), so parallel runs never share one.
const port = Number(process.env.E2E_PORT ?? 4173);
const launchOptions = browserLaunchOptions();

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: {
			...launchOptions,
			// No host but this one resolves, so nothing the course asks of another origin can load;
			// the tests' fixture reports any such request.
			args: [
				...(launchOptions.args ?? []),
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
			]
		},
		// The service worker fetches the whole course for offline use on every first visit, which
		// would cost each test a download of the site. Only the tests of the offline copy, updates
		// and the SCORM package (where no worker may register) allow it (withServiceWorker).
		serviceWorkers: 'block',
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore'
	}
});
