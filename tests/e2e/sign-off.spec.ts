import type { Page } from '@playwright/test';
import { policyEdition } from '../../src/lib/server/content/policy-fingerprint';
import { formatDate } from '../../src/lib/dates/calendar-date';
import { signOffOf, type PolicyEdition } from '../../src/lib/records/sign-off';
import { emptyProgress } from '../../src/lib/records/storage/empty-progress';
import { recordsFile } from '../../src/lib/records/records-transfer';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { mouse, passQuiz } from './quiz-answers';
import {
	deviceWith,
	inductionDone,
	learnerNamed,
	passedCertificate,
	seedStore
} from './records-store';

const edition = policyEdition(course.policy, course.setting.policy.version);
const version = course.setting.policy.version;
const newVersionNotice = `You need to sign the new version of the policy: version ${version}.`;
const firstTimePrompt = 'The last step is to sign the policy';
const olderEdition = { ...edition, version: '0.9', fingerprint: '00000000000000aa' };
const statement = `I have read and understood the ${course.setting.name} ${course.setting.policy.title} policy, version ${course.setting.policy.version}.`;

/** Amira Khan, who has passed the induction and signed `signed`, an older edition of the policy. */
async function seedSignedBefore(page: Page, signed: PolicyEdition) {
	const amira = learnerNamed('Amira Khan');
	await seedStore(
		page,
		deviceWith([
			{
				learner: amira,
				progress: {
					...inductionDone(),
					certificates: [await passedCertificate(amira)],
					signOffs: [signOffOf(signed, 'Amira Khan', '', '2026-01-10T09:00:00.000Z')]
				}
			}
		])
	);
}

test('a learner signs the policy by typing their own name, and nobody else can sign for them', async ({
	page
}) => {
	const amira = learnerNamed('Amira Khan');
	await seedStore(page, deviceWith([{ learner: amira, progress: inductionDone() }]));
	await open(page, '/learners');
	await expect(
		page.getByText(`You have not signed version ${version} of the policy yet.`)
	).toBeVisible();
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
	await expect(page.getByText(`You signed version ${version} of the policy on`)).toBeVisible();
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
	await seedSignedBefore(page, older);

	await open(page, '/learners');
	await expect(page.getByRole('status').filter({ hasText: newVersionNotice })).toBeVisible();
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
	await expect(page.getByRole('cell', { name: /^Signed Made on this device$/ })).toBeVisible();
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

test('a learner who signed an older version is told so on their own pages until they sign again', async ({
	page
}) => {
	await seedSignedBefore(page, olderEdition);
	for (const path of ['/', '/learners']) {
		await open(page, path);
		const notice = page.getByRole('status').filter({ hasText: newVersionNotice });
		await expect(notice).toBeVisible();
		await expect(notice.getByRole('link', { name: 'Sign the new version' })).toHaveAttribute(
			'href',
			'/sign'
		);
	}
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Sign the new version' }).click();
	await page.getByLabel('Your name').fill('Amira Khan');
	await page.getByRole('button', { name: 'Sign' }).click();
	await expect(page.getByRole('status')).toContainText(`signed version ${version}`);

	for (const path of ['/', '/learners']) {
		await open(page, path);
		await expect(page.getByText(newVersionNotice)).toHaveCount(0);
		await expect(page.getByRole('link', { name: /^Sign the/ })).toHaveCount(0);
	}
	await expect(page.getByText(`You signed version ${version} of the policy on`)).toBeVisible();
});

test('a learner with a certificate who has never signed is asked, gently; one who has not started is not', async ({
	page
}) => {
	const amira = learnerNamed('Amira Khan');
	const newcomer = learnerNamed('Sam Jones');
	await seedStore(
		page,
		deviceWith([
			{ learner: amira, progress: { certificates: [await passedCertificate(amira)] } },
			{ learner: newcomer }
		])
	);
	for (const path of ['/', '/learners']) {
		await open(page, path);
		const prompt = page.getByRole('status').filter({ hasText: firstTimePrompt });
		await expect(prompt.getByRole('link', { name: 'Sign the policy' })).toBeVisible();
		await expect(page.getByText(newVersionNotice)).toHaveCount(0);
	}

	await page.getByRole('button', { name: 'Switch learner' }).click();
	await page.getByRole('button', { name: 'Sam Jones' }).click();
	await expect(page.getByRole('heading', { name: 'Learning as Sam Jones' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Sign the/ })).toHaveCount(0);
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Welcome, Sam Jones' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Sign the/ })).toHaveCount(0);
});

test('passing the induction quiz leads on to signing, and signing to the certificate, which says it is signed', async ({
	page
}) => {
	await seedStore(
		page,
		deviceWith([{ learner: learnerNamed('Priya Shah'), progress: inductionDone() }])
	);
	await open(page, '/quiz/induction');
	await passQuiz(page, mouse, course.setting.course.quizQuestions.induction);
	await expect(page.getByText('The last step is to sign the policy')).toBeVisible();
	await page.getByRole('link', { name: 'Sign the policy' }).click();

	await page.getByLabel('Your name').fill('Priya Shah');
	await page.getByRole('button', { name: 'Sign' }).click();
	await expect(page.getByRole('status')).toContainText(`signed version ${version}`);
	await page.getByRole('link', { name: 'See and print your certificate' }).click();

	const certificate = page.getByRole('article', { name: 'Certificate of completion' });
	const today = formatDate(new Date().toISOString().slice(0, 10));
	await expect(certificate).toContainText(`Policy version ${version} signed on ${today}`);
	await expect(certificate.getByRole('link', { name: 'Sign the policy' })).toHaveCount(0);
});

test('a certificate says when the policy version it was earned on is not signed, and offers to sign it on screen only', async ({
	page
}) => {
	const amira = learnerNamed('Amira Khan');
	const current = await passedCertificate(amira);
	const older = { ...(await passedCertificate(amira)), policyVersion: olderEdition.version };
	await seedStore(
		page,
		deviceWith([{ learner: amira, progress: { certificates: [current, older] } }])
	);

	await open(page, `/certificate#${current.id}`);
	const certificate = page.getByRole('article', { name: 'Certificate of completion' });
	await expect(certificate).toContainText(`Policy version ${version}: not signed`);
	const sign = certificate.getByRole('link', { name: 'Sign the policy' });
	await expect(sign).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(certificate).toContainText(`Policy version ${version}: not signed`);
	await expect(sign).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// A version the course no longer has cannot be signed now.
	await open(page, `/certificate#${older.id}`);
	await expect(certificate).toContainText('Policy version 0.9: not signed');
	await expect(sign).toHaveCount(0);
});

test('a certificate earned on an older version says when that version was signed', async ({
	page
}) => {
	const amira = learnerNamed('Amira Khan');
	const earned = { ...(await passedCertificate(amira)), policyVersion: olderEdition.version };
	const signedOlder = signOffOf(olderEdition, 'Amira Khan', '', '2026-01-10T09:00:00.000Z');
	await seedStore(
		page,
		deviceWith([{ learner: amira, progress: { certificates: [earned], signOffs: [signedOlder] } }])
	);
	await open(page, `/certificate#${earned.id}`);
	await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(
		'Policy version 0.9 signed on 10 January 2026'
	);
});
