import { policyEdition } from '../../src/lib/server/content/policy-fingerprint';
import { signOffOf } from '../../src/lib/records/sign-off';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { lettersOf, pdfPages } from './pdf-text';
import { deviceWith, learnerNamed, passedCertificate, seedStore } from './records-store';

const edition = policyEdition(course.policy, course.setting.policy.version);
const HEADINGS = [
	'Name',
	'Role',
	'Induction (score)',
	'Last refresher (score)',
	'Certificate valid until',
	'Policy signed',
	'Status'
];

/** Learners numbered from 01, each trained and signed, so that every row is full. */
async function trainedLearners(count: number) {
	return Promise.all(
		Array.from({ length: count }, async (_, index) => {
			const learner = {
				...learnerNamed(`Learner ${String(index + 1).padStart(2, '0')}`),
				role: 'Nursery practitioner'
			};
			const certificate = await passedCertificate(learner);
			const signOff = signOffOf(edition, learner.name, learner.role, new Date().toISOString());
			return { learner, progress: { certificates: [certificate], signOffs: [signOff] } };
		})
	);
}

test('the evidence sheet lists each learner’s training, and is reached from the records page', async ({
	page
}) => {
	const [trained] = await trainedLearners(1);
	const starter = learnerNamed('Zoe New');
	await seedStore(page, deviceWith([trained!, { learner: starter }]));
	await open(page, '/records');
	await page.getByRole('link', { name: 'Print the evidence sheet' }).click();

	await expect(
		page.getByRole('heading', { level: 1, name: /Training evidence: Social Networking policy/ })
	).toBeVisible();
	await expect(page.getByText(`version ${course.setting.policy.version}, reviewed`)).toBeVisible();
	const table = page.getByRole('table', { name: 'Each learner’s training and sign-off' });
	for (const heading of HEADINGS) {
		await expect(table.getByRole('columnheader', { name: heading, exact: true })).toBeVisible();
	}
	const row = table.getByRole('row', { name: /Learner 01/ });
	await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d+ \w{3} \d{4} \(93%\)$/);
	await expect(row).toContainText(`Version ${course.setting.policy.version} on`);
	await expect(row).toContainText('Signed');
	const newcomer = table.getByRole('row', { name: /Zoe New/ });
	await expect(newcomer).toContainText('Not started');
	await expect(newcomer).toContainText('Never signed');
	await expectAccessible(page);
});

for (const count of [1, 40]) {
	test(`printed with ${count} ${count === 1 ? 'learner' : 'learners'}, the sheet is A4 landscape with its header and page number on every page`, async ({
		page
	}) => {
		test.slow();
		await seedStore(page, deviceWith(await trainedLearners(count)));
		await open(page, '/records/evidence');
		await expect(
			page.getByRole('row', { name: new RegExp(`Learner ${String(count).padStart(2, '0')}`) })
		).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();

		const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
		if (count === 1) expect(pages).toHaveLength(1);
		else expect(pages.length).toBeGreaterThan(1);
		for (const [index, printed] of pages.entries()) {
			expect([Math.round(printed.width), Math.round(printed.height)]).toEqual([842, 595]);
			for (const heading of HEADINGS) expect(printed.letters).toContain(lettersOf(heading));
			expect(printed.letters).toContain(lettersOf(`Page ${index + 1} of ${pages.length}`));
			expect(printed.letters, 'no site chrome').not.toContain(lettersOf('Skip to main content'));
		}
		const rows = pages.flatMap((printed) => printed.letters.match(/Learner\d\d/g) ?? []);
		expect(rows, 'every learner once, no row split or lost').toEqual(
			Array.from({ length: count }, (_, index) => `Learner${String(index + 1).padStart(2, '0')}`)
		);
		expect(pages[0]!.letters).toContain(lettersOf(course.setting.name));
	});
}
