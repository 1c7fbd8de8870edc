import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CertificateView from '../../src/routes/certificate/CertificateView.svelte';
import { sampleCertificate } from '../unit/records/fixtures/records';

describe('the certificate', () => {
	it('shows its QR code beside the details', async () => {
		await render(CertificateView, {
			certificate: sampleCertificate(),
			verifyAddress: 'https://example.org/verify#id=7K3M-Q9XA-2BFD'
		});
		await expect.element(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		await expect.element(page.getByText(/^Scan the code, or enter these details at/)).toBeVisible();
	});

	it('still shows, without a QR code, when its details are too long for one', async () => {
		await render(CertificateView, {
			certificate: sampleCertificate(),
			verifyAddress: `https://example.org/verify#${'%E2%80%99'.repeat(1_000)}`
		});
		await expect
			.element(page.getByRole('heading', { name: 'Certificate of completion' }))
			.toBeVisible();
		await expect.element(page.getByText('7K3M-Q9XA-2BFD')).toBeVisible();
		await expect.element(page.getByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
		await expect
			.element(page.getByText(/^Enter these details at example.org\/verify/))
			.toBeVisible();
	});
});
