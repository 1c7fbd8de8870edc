import { course } from './course-content';
import { expect, open, test } from './fixtures';
import {
	deviceWith,
	inductionDone,
	learnerNamed,
	passedCertificate,
	seedStore
} from './records-store';
import { editLessons, rebuiltCourse } from './rebuilt-course';

const version = course.setting.policy.version;
const newVersion = '1.13 (2027)';
const changed = course.policy.clauses.find((clause) => clause.id === 'platforms-covered')!;

test('a new policy version, published by a rebuild, asks a signed learner to sign again, with what changed', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	const amira = learnerNamed('Amira Khan');
	const certificate = await passedCertificate(amira);
	await seedStore(
		page,
		deviceWith([{ learner: amira, progress: { ...inductionDone(), certificates: [certificate] } }])
	);
	await open(page, '/sign');
	await page.getByLabel('Your name').fill('Amira Khan');
	await page.getByRole('button', { name: 'Sign' }).click();
	await expect(page.getByRole('status')).toContainText(`signed version ${version}`);

	const rebuilt = await rebuiltCourse(context, (folder) => {
		editLessons(folder, 'setting.yaml', `version: '${version}'`, `version: '${newVersion}'`);
		editLessons(
			folder,
			'policy.yaml',
			'          - Personal blogs\n',
			'          - Personal blogs\n          - TikTok\n'
		);
	});
	try {
		await open(page, '/');
		await expect(
			page.getByText(`You need to sign the new version of the policy: version ${newVersion}.`)
		).toBeVisible();
		await open(page, '/records');
		await expect(page.getByRole('cell', { name: 'Needs to sign the new version' })).toBeVisible();

		await open(page, '/learners');
		await page.getByRole('link', { name: 'Sign the new version' }).click();
		await expect(page.getByText(`You signed version ${version}`)).toBeVisible();
		const changes = page.getByRole('region', { name: 'What changed since you last signed' });
		await expect(changes.getByRole('listitem')).toHaveText([`${changed.rule}: words changed`]);
		await page.getByLabel('Your name').fill('Amira Khan');
		await page.getByRole('button', { name: 'Sign' }).click();
		await expect(page.getByRole('status')).toContainText(`signed version ${newVersion}`);

		await open(page, '/records');
		await expect(page.getByRole('cell', { name: /^Signed Made on this device$/ })).toBeVisible();
		await open(page, '/records/evidence');
		await expect(page.getByRole('row', { name: /Amira Khan/ })).toContainText(
			`Version ${newVersion} on`
		);
	} finally {
		rebuilt.stop();
	}
});
