import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CertificateView from '../../src/routes/certificate/CertificateView.svelte';
import { signOffOf } from '$lib/records/sign-off';
import { editions, sampleCertificate } from '../unit/records/fixtures/records';

describe('the certificate', () => {
	it('shows its QR code beside the details', async () => {
		await render(CertificateView, {
			certificate: sampleCertificate(),
			verifyAddress: 'https://example.org/verify#id=7K3M-Q9XA-2BFD',
			signOff: undefined,
			canSign: false
		});
		await expect.element(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		await expect.element(page.getByText(/^Scan the code, or enter these details at/)).toBeVisible();
	});

	it('still shows, without a QR code, when its details are too long for one', async () => {
		await render(CertificateView, {
			certificate: sampleCertificate(),
			verifyAddress: `https://example.org/verify#${'%E2%80%99'.repeat(1_000)}`,
			signOff: undefined,
			canSign: false
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

	describe('says whether the policy version it was earned on is signed', () => {
		const certificate = sampleCertificate({ policyVersion: editions.current.version });
		const verifyAddress = 'https://example.org/verify#id=7K3M-Q9XA-2BFD';

		it('with the day it was signed', async () => {
			const signOff = signOffOf(editions.current, 'Amira Khan', '', '2026-12-03T10:00:00.000Z');
			await render(CertificateView, { certificate, verifyAddress, signOff, canSign: true });
			await expect
				.element(page.getByText('Policy version 1.12.3 signed on 3 December 2026'))
				.toBeVisible();
			await expect
				.element(page.getByRole('link', { name: 'Sign the policy' }))
				.not.toBeInTheDocument();
		});

		it('or not signed, with a link to sign where the version can be signed now', async () => {
			await render(CertificateView, {
				certificate,
				verifyAddress,
				signOff: undefined,
				canSign: true
			});
			await expect.element(page.getByText(/^Policy version 1.12.3: not signed/)).toBeVisible();
			await expect
				.element(page.getByRole('link', { name: 'Sign the policy' }))
				.toHaveAttribute('href', '/sign');
		});

		it('or not signed, with no link where it cannot', async () => {
			await render(CertificateView, {
				certificate,
				verifyAddress,
				signOff: undefined,
				canSign: false
			});
			await expect.element(page.getByText(/^Policy version 1.12.3: not signed/)).toBeVisible();
			await expect
				.element(page.getByRole('link', { name: 'Sign the policy' }))
				.not.toBeInTheDocument();
		});
	});
});
