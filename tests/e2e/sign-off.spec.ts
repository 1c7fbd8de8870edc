import { policyEdition } from '../../src/lib/content/policy-fingerprint';
import { signOffOf } from '../../src/lib/records/sign-off';
import { emptyProgress } from '../../src/lib/records/storage/record-schema';
import { recordsFile } from '../../src/lib/records/records-transfer';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { deviceWith, inductionDone, learnerNamed, seedStore } from './records-store';

const edition = policyEdition(course.policy, course.setting.policy.version);
const statement = `I have read and understood the ${course.setting.name} ${course.setting.policy.title} policy, version ${course.setting.policy.version}.`;

test('a learner signs the policy by typing their own name, and nobody else can sign for them', async ({
	page
}) => {
	const amira = learnerNamed('Amira Khan');
	await seedStore(page, deviceWith([{ learner: amira, progress: inductionDone() }]));
	await open(page, '/learners');
	await expect(page.getByText(/Never signed/)).toBeVisible();
	await page.getByRole('link', { name: 'Sign the policy' }).click();

	await expect(page.getByText(statement)).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Your name').fill('Sam Jones');
	await page.getByRole('button', { name: 'Sign' }).click();
	await expect(page.getByRole('alert')).toContainText('Type your own name, Amira Khan');

	await page.getByLabel('Your name').fill('amira  khan');
	await page.getByLabel('Your role').fill('Room leader');
	await page.getByRole('button', { name: 'Sign' }).click();
	await expect(page.getByRole('status')).toContainText(
		`signed version ${course.setting.policy.version}`
	);
	await open(page, '/learners');
	await expect(page.getByText(/Signed\./)).toBeVisible();
});

test('a new edition of the policy asks for a new sign-off, shows what changed, and signing again clears it', async ({
	page
}) => {
	const [kept, changed] = course.policy.clauses;
	const older = {
		version: '0.9',
		fingerprint: '00000000000000aa',
		// The edition signed had one clause with other words and one clause the policy has since dropped.
		clauses: {
			[kept!.id]: edition.clauses[kept!.id]!,
			[changed!.id]: 'ffffffffffffffff',
			'dropped-clause': 'eeeeeeeeeeeeeeee'
		}
	};
	const amira = learnerNamed('Amira Khan');
	await seedStore(
		page,
		deviceWith([
			{
				learner: amira,
				progress: {
					...inductionDone(),
					signOffs: [signOffOf(older, 'Amira Khan', '', '2026-01-10T09:00:00.000Z')]
				}
			}
		])
	);

	await open(page, '/learners');
	await expect(page.getByText(/Needs to sign the new version/)).toBeVisible();
	await open(page, '/records');
	await expect(page.getByRole('cell', { name: 'Needs to sign the new version' })).toBeVisible();
	await page.getByLabel('Show').selectOption({ label: 'Not started' });
	await expect(page.getByText('0 shown')).toBeVisible();
	await page.getByLabel('Show').selectOption({ label: 'Needs to sign the policy' });
	await expect(page.getByText('1 shown')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Needs to sign the new version' })).toBeVisible();

	await open(page, '/learners');
	await page.getByRole('link', { name: 'Sign the new version' }).click();
	await expect(page.getByText('You signed version 0.9')).toBeVisible();
	const changes = page.getByRole('region', { name: 'What changed since you last signed' });
	await expect(changes.getByRole('listitem')).toHaveText([
		`${changed!.rule}: words changed`,
		...Object.keys(edition.clauses)
			.filter((id) => id !== kept!.id && id !== changed!.id)
			.map((id) => `${course.policy.clauses.find((clause) => clause.id === id)!.rule}: new`),
		'dropped-clause: removed'
	]);
	await page.getByLabel('Your name').fill('Amira Khan');
	await page.getByRole('button', { name: 'Sign' }).click();
	await expect(page.getByRole('status')).toContainText('signed version');

	await open(page, '/records');
	await expect(page.getByRole('cell', { name: 'Signed', exact: true })).toBeVisible();
});

test('an import whose sign-off is for a newer policy brings in the learner and sets the sign-off aside', async ({
	page
}) => {
	const amira = learnerNamed('Amira Khan');
	const newer = { ...edition, version: `${course.setting.policy.version}.1` };
	const progress = {
		...emptyProgress(amira.id),
		signOffs: [signOffOf(newer, 'Amira Khan', '', '2026-11-01T09:00:00.000Z')]
	};
	const file = JSON.stringify(recordsFile([{ learner: amira, progress }], new Date()));

	await open(page, '/records');
	await expect(page.getByText('No one has used the course on this device yet.')).toBeVisible();
	await page.getByLabel('Records file (JSON)').setInputFiles({
		name: 'newer-policy.json',
		mimeType: 'application/json',
		buffer: Buffer.from(file)
	});
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Imported: 1 new learner, 0 already here, 0 new certificates. 1 sign-off could not be used and is set aside: see “Records set aside on this device” above.'
	);
	await expect(page.getByRole('rowheader', { name: 'Amira Khan' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Never signed' })).toBeVisible();
	const list = page.getByRole('region', { name: 'Records set aside on this device' });
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(list.getByRole('listitem')).toContainText('Amira Khan’s progress');
	await expect(list.getByRole('listitem')).toContainText(
		`a sign-off in an imported file for policy version ${newer.version}, newer than this course’s version ${course.setting.policy.version}.`
	);
});
