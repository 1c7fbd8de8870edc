import type { Page } from '@playwright/test';
import type { Scenario } from '../../src/lib/content/scenario';
import { fillTemplate } from '../../src/lib/content/translation/template';
import { FAMILIES_TEXT as TEXT } from '../../src/lib/families/families-text';
import { familiesView } from '../../src/lib/families/families-view';
import { outcomeLabel } from '../../src/lib/scenario/outcome-labels';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { deviceWith, learnerNamed, seedStore } from './records-store';

const view = familiesView(course);
const scenarioOf = (id: string) => course.scenarios.find((scenario) => scenario.id === id)!;

/** What the device keeps: its databases and its local storage. */
function kept(page: Page) {
	return page.evaluate(async () => ({
		databases: (await indexedDB.databases()).length,
		local: localStorage.length
	}));
}

/** Plays a scenario by its first choice at every step, to an ending; returns the ending. */
async function playToEnd(page: Page, scenario: Scenario) {
	let at = scenario.start;
	while (scenario.nodes[at]) {
		const choice = scenario.nodes[at]!.choices[0]!;
		await page.getByRole('button', { name: choice.label, exact: true }).click();
		at = choice.next;
	}
	await expect(page.locator('#step-heading')).toHaveText('How it turned out');
	return scenario.endings[at]!;
}

test("a family reads the pages from the home page and plays a parents' scenario, keeping nothing", async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('link', { name: TEXT.homeLink, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.title);

	for (const lesson of view.lessons) {
		const section = page.getByRole('region', { name: lesson.title, exact: true });
		await expect(section.getByRole('listitem')).toHaveText(lesson.points);
	}
	const rules = page.getByRole('region', { name: TEXT.rulesHeading });
	for (const rule of view.rules) {
		await expect(rules.getByRole('link', { name: rule.rule, exact: true })).toHaveAttribute(
			'href',
			new RegExp(`/policy#${rule.id}$`)
		);
	}
	await expect(rules.getByText('Binds staff only')).toHaveCount(0);
	await expect(page.getByRole('link', { name: TEXT.fullPolicy })).toHaveAttribute(
		'href',
		/\/policy$/
	);
	const contacts = page.getByRole('region', { name: TEXT.contactsHeading });
	await expect(contacts).toContainText(course.setting.emergency);
	await expect(contacts).toContainText(course.setting.complaints);
	for (const helpline of view.helplines) await expect(contacts).toContainText(helpline.name);
	await expectAccessible(page);

	const [first, second] = view.scenarios;
	await page.getByRole('link', { name: TEXT.startScenarios }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
	await expect(
		page.getByText(fillTemplate(TEXT.scenarioCount, { at: 1, of: view.scenarios.length }))
	).toBeVisible();
	const ending = await playToEnd(page, scenarioOf(first!.id));
	await expect(
		page.getByText(outcomeLabel(ending.outcome, 'parents'), { exact: true })
	).toBeVisible();
	await expect(page.getByText('Binds staff only')).toHaveCount(0);
	await page.getByRole('link', { name: `${TEXT.nextScenario}: ${second!.title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);

	expect(await kept(page)).toEqual({ databases: 0, local: 0 });
});

test('the last scenario for families leads back to their page', async ({ page }) => {
	const last = view.scenarios.at(-1)!;
	await open(page, `/families/scenarios/${last.id}`);
	await playToEnd(page, scenarioOf(last.id));
	await expect(page.getByText(TEXT.lastScenario)).toBeVisible();
	await page.getByRole('link', { name: TEXT.backToFamilies }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.title);
	expect(await kept(page)).toEqual({ databases: 0, local: 0 });
});

test("a family signs by typing their name, and the manager's records list it apart from staff", async ({
	page
}) => {
	test.skip(!course.setting.familySignOff, 'The setting does not ask families to sign');
	const staff = learnerNamed('Amira Khan');
	await seedStore(page, deviceWith([{ learner: staff }]));

	await open(page, '/families');
	await page.getByRole('link', { name: TEXT.signLink }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.signTitle);
	await page.getByRole('button', { name: TEXT.signButton }).click();
	await expect(page.getByRole('alert')).toHaveText(TEXT.nameMissing);
	await page.getByLabel(TEXT.nameLabel).fill('Jo Parent');
	await page.getByRole('button', { name: TEXT.signButton }).click();
	await expect(page.getByRole('status')).toHaveText(
		fillTemplate(TEXT.signed, { name: 'Jo Parent' })
	);

	await open(page, '/records');
	const families = page.getByRole('region', { name: 'Families who have signed' });
	await expect(families.getByRole('rowheader')).toHaveText(['Jo Parent']);
	await expect(families).toContainText(`Version ${course.setting.policy.version}`);
	const learners = page.getByRole('table', {
		name: 'Learners on this device and where each one stands'
	});
	await expect(learners.getByRole('rowheader')).toHaveText(['Amira Khan']);
	await expect(page.getByText('1 learner:')).toBeVisible();

	// The staff member who was learning on the device still is.
	await open(page, '/learners');
	await expect(page.getByText('Amira Khan').first()).toBeVisible();
	await expectAccessible(page);
});
