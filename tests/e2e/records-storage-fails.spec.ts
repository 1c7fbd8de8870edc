import { readFile } from 'node:fs/promises';
import { keys } from '../../src/lib/records/record-keys';
import { SCHEMA_VERSION } from '../../src/lib/records/storage/schema-version';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { addLearner } from './learners';
import { deviceWith, learnerNamed, readStore, seedStore } from './records-store';

test.describe('when storage fails', () => {
	test('a corrupted store: the site recovers, says so, and loads the rest', async ({ page }) => {
		const amira = learnerNamed('Amira');
		const sam = learnerNamed('Sam');
		await seedStore(page, {
			...deviceWith([{ learner: amira }, { learner: sam }]),
			[keys.progress(amira.id)]: 'not json {',
			[keys.progress(sam.id)]: { schemaVersion: SCHEMA_VERSION + 1, learnerId: sam.id }
		});
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Learning as Amira' })).toBeVisible();
		const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
		await expect(notice).toContainText('Some saved records could not be read.');
		await expect(notice).toContainText('Amira’s progress: it is not a record the course can read.');
		await expect(page.getByText(/^Induction: 0 of \d+ steps done/)).toBeVisible();

		await open(page, '/records');
		await expect(page.getByRole('rowheader', { name: 'Sam' })).toBeVisible();
		await expect(notice).toContainText(
			'Sam’s progress: it was saved by a newer version of the course.'
		);

		const store = await readStore(page);
		const kept = Object.keys(store).filter((key) => keys.isSetAside(key));
		expect(kept).toHaveLength(2);
	});

	test('what was set aside stays listed, for the manager and for its learner, until thrown away', async ({
		page
	}) => {
		const amira = learnerNamed('Amira');
		const sam = learnerNamed('Sam');
		await seedStore(page, {
			...deviceWith([{ learner: amira }, { learner: sam }]),
			[keys.progress(amira.id)]: 'not json {',
			[keys.progress(sam.id)]: 42
		});
		await page.reload();
		await expect(page.getByText('Some saved records could not be read.')).toBeVisible();

		await open(page, '/records');
		const list = page.getByRole('region', { name: 'Records set aside on this device' });
		await expect(list.getByRole('listitem')).toHaveCount(2);
		const download = page.waitForEvent('download');
		await list.getByRole('button', { name: 'Download these records (JSON)' }).click();
		const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
			setAside: { key: string; raw: unknown }[];
		};
		expect(saved.setAside.map(({ raw }) => raw).sort()).toEqual([42, 'not json {']);

		await open(page, '/privacy');
		const mine = page.getByRole('region', { name: 'Your records set aside' });
		await expect(mine.getByRole('listitem')).toHaveCount(1);
		await expect(mine).toContainText('Amira’s progress');

		await open(page, '/records');
		page.once('dialog', (dialog) => void dialog.accept());
		await list
			.getByRole('listitem')
			.filter({ hasText: 'Sam’s progress' })
			.getByRole('button', { name: 'Throw away' })
			.click();
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await page.reload();
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await expect(list).toContainText('Amira’s progress');
	});

	test('a list of learners that is not a record: the site says so, and a new learner can start', async ({
		page
	}) => {
		await seedStore(page, { [keys.learners]: 'not json {', [keys.current]: 'nobody' });
		await page.reload();
		await expect(page.getByText('Some saved records could not be read.')).toBeVisible();
		await addLearner(page, 'Jo');
		await expect(page.getByRole('heading', { name: 'Learning as Jo' })).toBeVisible();
	});

	test('the disk fills in the middle of a visit: every write the learner makes says it was not saved', async ({
		page
	}) => {
		await page.addInitScript((probePrefix) => {
			type Put = (
				this: IDBObjectStore,
				value: unknown,
				key?: IDBValidKey
			) => IDBRequest<IDBValidKey>;
			const put = Reflect.get(IDBObjectStore.prototype, 'put') as Put;
			IDBObjectStore.prototype.put = function (
				this: IDBObjectStore,
				value: unknown,
				key?: IDBValidKey
			) {
				// The disk fills once storage is open: the test value written to open it still fits,
				// however late a slow machine opens it.
				const probe = typeof key === 'string' && key.startsWith(probePrefix);
				if ((window as { diskFull?: boolean }).diskFull && !probe) {
					throw new DOMException('The disk is full.', 'QuotaExceededError');
				}
				return put.call(this, value, key);
			};
		}, keys.probe);
		const amira = learnerNamed('Amira');
		await seedStore(page, deviceWith([{ learner: amira }]));
		const [lesson] = course.lessons;
		await open(page, `/lessons/${lesson!.slug}`);
		// Storage opens as the reader nears the end of the lesson.
		await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
		const mark = page.getByRole('button', { name: 'I have read this lesson' });
		await expect(mark).toBeEnabled();
		await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
		await mark.click();
		await expect(page.getByRole('alert')).toContainText(
			'This device did not save that you have read this lesson.'
		);
		await expect(mark).toBeVisible();

		await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
		await mark.click();
		// Not the alert, which says "…did not save that you have read this lesson" until it goes.
		await expect(page.getByText(/^\W*You have read this lesson\.$/)).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);

		const scenario = course.scenarios.find((candidate) =>
			candidate.nodes[candidate.start]!.choices.some(({ next }) => candidate.endings[next])
		)!;
		const ending = scenario.nodes[scenario.start]!.choices.find(
			({ next }) => scenario.endings[next]
		)!;
		await open(page, `/scenarios/${scenario.id}`);
		await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
		await page.getByRole('button', { name: ending.label, exact: true }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Your ending could not be saved on this device'
		);
	});

	test('storage blocked: the notice shows, and a page that uses records still works', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const blocked = () => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			};
			Object.defineProperty(window, 'indexedDB', { get: blocked });
			Object.defineProperty(window, 'localStorage', { get: blocked });
		});
		await open(page, '/learners');
		await expect(page.getByText('Your progress will not be saved on this device.')).toBeVisible();
		await addLearner(page, 'Amira');
		await expect(page.getByRole('heading', { name: 'Learning as Amira' })).toBeVisible();
		await expectAccessible(page);

		await open(page, '/records');
		await expect(page.getByText('Your progress will not be saved on this device.')).toBeVisible();
		await open(page, '/lessons/why-it-matters');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
});
