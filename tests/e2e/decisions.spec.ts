import { isDecided } from '../../src/lib/content/decisions';
import { proposalsAwaitingDsl } from '../../src/lib/content/requests';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';

test("the DSL's page lists every open question, what meets it and whether it is decided", async ({
	page
}) => {
	await open(page, '/coverage');
	await page.getByRole('main').getByRole('link', { name: "the setting's decisions" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("The setting's decisions");

	const undecided = course.decisions.filter((decision) => !isDecided(decision)).length;
	await expect(
		page.getByText(`${course.decisions.length - undecided} of ${course.decisions.length} decided.`)
	).toBeVisible();
	const items = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
	await expect(items.getByRole('heading', { level: 3 })).toHaveText(
		course.decisions.map((decision) => decision.question)
	);
	for (const decision of course.decisions) {
		const item = page.getByRole('listitem').filter({
			has: page.getByRole('heading', { name: decision.question })
		});
		await expect(
			item.getByText(isDecided(decision) ? 'Decided' : 'Not decided yet.')
		).toBeVisible();
		for (const slug of decision.meets.lessons) {
			const lesson = course.lessons.find((candidate) => candidate.slug === slug)!;
			await expect(item.getByRole('link', { name: lesson.title })).toHaveAttribute(
				'href',
				new RegExp(`/lessons/${slug}$`)
			);
		}
		for (const id of decision.meets.scenarios) {
			await expect(
				item.getByRole('link').and(page.locator(`[href$="/scenarios/${id}"]`))
			).toBeVisible();
		}
	}
	await expectAccessible(page);
});

test("the DSL's page shows the setting's details, and an empty name as a gap to fill", async ({
	page
}) => {
	await open(page, '/decisions');
	const details = page.getByRole('definition');
	const { policy, people } = course.setting;
	await expect(page.getByRole('term')).toHaveText([
		'Policy version',
		'Policy review date',
		people.dsl.role,
		people.leadPractitioner.role
	]);
	await expect(details.nth(0)).toContainText(policy.version);
	await expect(details.nth(2)).toContainText(people.dsl.name || 'Not filled in yet');
	await expect(details.nth(3)).toContainText(people.leadPractitioner.name || 'Not filled in yet');
});

test('a lesson that meets an open question says the policy does not say, and who to ask', async ({
	page
}) => {
	const decision = course.decisions.find(
		(candidate) => !isDecided(candidate) && candidate.meets.lessons.length > 0
	)!;
	await open(page, `/lessons/${decision.meets.lessons[0]}`);
	const box = page.getByRole('complementary', { name: 'Questions the policy leaves open' });
	const item = box.getByRole('listitem').filter({ hasText: decision.question });
	await expect(item).toContainText(
		`The policy does not say. Ask ${course.setting.people.dsl.name ? `${course.setting.people.dsl.name}, the` : 'the'} ${course.setting.people.dsl.role}.`
	);
});

test("the DSL's page lists the requests to families that wait for a decision", async ({ page }) => {
	await open(page, '/decisions');
	const section = page.getByRole('list').filter({
		has: page.getByRole('link', { name: proposalsAwaitingDsl(course.decisions)[0]!.proposal })
	});
	await expect(section.getByRole('link')).toHaveText(
		proposalsAwaitingDsl(course.decisions).map((request) => request.proposal)
	);
	await section.getByRole('link').first().click();
	await expect(page).toHaveURL(new RegExp(`#${proposalsAwaitingDsl(course.decisions)[0]!.id}$`));
});
