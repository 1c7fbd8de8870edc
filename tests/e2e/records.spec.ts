import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import decodeQR from 'qr/decode.js';
import { addMonths, formatDate, localDate } from '../../src/lib/dates/calendar-date';
import { modulesFromPath } from '../../src/lib/records/certificates/qr-path';
import { keys } from '../../src/lib/records/record-keys';
import { SCHEMA_VERSION } from '../../src/lib/records/storage/record-schema';
import { isForStaff } from '../../src/lib/content/audience';
import { course } from './course-content';
import { expect, expectAccessible, open, test } from './fixtures';
import { addLearner } from './learners';
import { deviceWith, learnerNamed, passedCertificate, readStore, seedStore } from './records-store';

function addDays(date: string, days: number): string {
	const moment = new Date(`${date}T00:00:00Z`);
	moment.setUTCDate(moment.getUTCDate() + days);
	return moment.toISOString().slice(0, 10);
}

const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', 'مريم', '👩🏽‍🍼 Jo'];

/** Fails the test if anything on the page opens an alert: a name run as markup would. */
function refuseDialogs(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return dialogs;
}

async function switchLearner(page: Page) {
	await page.getByRole('button', { name: 'Switch learner' }).click();
	await expect(page.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();
}

/** Draws the certificate's QR code as pixels, as a phone's camera would see it, and reads it. */
async function readQrCode(page: Page): Promise<string> {
	const qr = page.getByRole('img', { name: /QR code/ });
	const size = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
	const modules = modulesFromPath((await qr.locator('path').getAttribute('d'))!, size);
	const scale = 4;
	const width = size * scale;
	const data = new Uint8Array(width * width * 4);
	for (let y = 0; y < width; y++) {
		for (let x = 0; x < width; x++) {
			const dark = modules[Math.floor(y / scale)]![Math.floor(x / scale)];
			data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * width + x) * 4);
		}
	}
	return decodeQR({ width, height: width, data });
}

test.describe('learners on a shared device', () => {
	test('a learner enters a name, and the next one can continue as them', async ({ page }) => {
		await open(page, '/learners');
		await expectAccessible(page);
		await addLearner(page, '  Amira   Khan ', 'Room leader');
		await expect(page.getByRole('heading', { name: 'Learning as Amira Khan' })).toBeVisible();
		await expect(page.getByText('Not started')).toBeVisible();
		await expectAccessible(page);

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Learning as Amira Khan' })).toBeVisible();
		await switchLearner(page);
		await addLearner(page, 'Sam Jones');
		await expect(page.getByRole('heading', { name: 'Learning as Sam Jones' })).toBeVisible();

		await switchLearner(page);
		await page.getByRole('button', { name: 'Amira Khan (Room leader)' }).click();
		await expect(page.getByRole('heading', { name: 'Learning as Amira Khan' })).toBeVisible();
	});

	test('hostile names render as literal text on the learners and records pages and in the CSV', async ({
		page
	}) => {
		const dialogs = refuseDialogs(page);
		await open(page, '/learners');
		for (const name of HOSTILE_NAMES) {
			await addLearner(page, name);
			await expect(page.getByRole('heading', { name: `Learning as ${name}` })).toBeVisible();
			await switchLearner(page);
		}
		for (const name of HOSTILE_NAMES) {
			await expect(page.getByRole('button', { name, exact: true })).toHaveText(name);
		}
		await expect(page.locator('main img')).toHaveCount(0);

		await open(page, '/records');
		const table = page.getByRole('table');
		for (const name of HOSTILE_NAMES) {
			await expect(table.getByRole('rowheader', { name, exact: true })).toHaveText(name);
		}
		await expect(table.locator('img')).toHaveCount(0);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as CSV (Excel)' }).click();
		const csv = await readFile(await (await download).path(), 'utf8');
		expect(csv.startsWith('\uFEFF"Name"')).toBe(true);
		for (const name of HOSTILE_NAMES) expect(csv).toContain(`\r\n"${name}",`);
		expect(dialogs).toEqual([]);
	});

	test('a 10,000-character name is never stored whole and never breaks the layout at 390 px', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/learners');
		await addLearner(page, 'W'.repeat(10_000));
		await expect(page.getByRole('heading', { name: /^Learning as W+$/ })).toBeVisible();

		const store = await readStore(page);
		const names = (store.learners as { learners: { name: string }[] }).learners.map((l) => l.name);
		expect(names).toEqual(['W'.repeat(80)]);
		for (const path of ['/learners', '/records', '/privacy']) {
			await open(page, path);
			await expect(page.getByText('W'.repeat(10), { exact: false }).first()).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(overflow, `page width of ${path}`).toBeLessThanOrEqual(390);
		}
	});

	test('two tabs lose no write, and each shows the other’s change', async ({ page, context }) => {
		await open(page, '/learners');
		const other = await context.newPage();
		await open(other, '/learners');
		await expect(other.getByRole('heading', { name: 'Who is learning?' })).toBeVisible();

		await addLearner(page, 'Amira');
		await expect(other.getByRole('heading', { name: 'Learning as Amira' })).toBeVisible();
		await switchLearner(other);
		await addLearner(other, 'Sam');
		await expect(other.getByRole('heading', { name: 'Learning as Sam' })).toBeVisible();

		await page.reload();
		await switchLearner(page);
		await expect(page.getByRole('button', { name: 'Amira' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Sam' })).toBeVisible();
	});
});

test.describe('certificates', () => {
	// quiz.spec.ts earns a certificate through the quiz itself; here one is stored as the site
	// stores it, so that this test is about the learner's page and a restart, not the quiz.
	test('a certificate is listed on the learner’s page and survives a reload and a browser restart', async ({
		page,
		browser
	}) => {
		const amira = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(amira);
		const scenario = course.scenarios.find(isForStaff)!;
		const lesson = course.lessons.find((each) => each.slug === scenario.lesson);
		const finished = {
			endingId: Object.keys(scenario.endings)[0]!,
			outcome: 'partly' as const,
			path: [],
			finishedAt: new Date().toISOString()
		};
		await seedStore(
			page,
			deviceWith([
				{
					learner: amira,
					progress: {
						lessonsRead: [lesson!.slug],
						scenarios: { [scenario.id]: finished },
						certificates: [certificate]
					}
				}
			])
		);
		await page.reload();
		const lessonItem = page.getByRole('listitem').filter({
			has: page.getByRole('link', { name: lesson!.title, exact: true })
		});
		await expect(lessonItem).toContainText('Read');
		await expect(
			lessonItem.getByRole('listitem').filter({ hasText: scenario.title })
		).toContainText('partly follows the policy');

		const link = page.getByRole('link', { name: /^Induction certificate/ });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/certificate#${certificate.id}$`));
		const shown = page.getByRole('article', { name: 'Certificate of completion' });
		await expect(shown).toContainText('Amira Khan');
		await expect(shown).toContainText(certificate.code);
		await expectAccessible(page);

		await page.reload();
		await expect(shown).toContainText(certificate.id);

		const saved = await page.context().storageState({ indexedDB: true });
		const restarted = await browser.newContext({ storageState: saved });
		const again = await restarted.newPage();
		await open(again, `/certificate#${certificate.id}`);
		await expect(again.getByRole('article', { name: 'Certificate of completion' })).toContainText(
			'Amira Khan'
		);
		await restarted.close();
	});

	test('the QR code opens the verify page, which says the fields match; an altered field is caught', async ({
		page
	}) => {
		const learner = learnerNamed('مريم');
		const certificate = await passedCertificate(learner);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);

		// For someone with the paper and no QR reader, the check page's address is printed.
		const printed = new URL('/verify', page.url());
		await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText(
			`enter these details at ${printed.host}/verify`
		);
		const address = await readQrCode(page);
		const link = await page
			.getByRole('link', { name: 'Check this certificate' })
			.getAttribute('href');
		expect(address).toBe(new URL(link!, page.url()).href);
		expect(new URL(address).pathname).toBe('/verify');

		await open(page, address);
		await expect(page.getByRole('status')).toContainText('The fields match the code.');
		await expect(page.getByRole('status')).toContainText(
			`Valid today: it is valid until ${formatDate(certificate.validUntil)}.`
		);
		await expect(page.getByLabel('Learner’s name')).toHaveValue('مريم');
		await expect(page.getByLabel('Score', { exact: true })).toHaveValue('14 of 15 (93%)');
		await expectAccessible(page);

		await page.getByLabel('Score', { exact: true }).fill('15 of 15 (100%)');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toContainText('This certificate has been altered');
		await expect(page.getByText('not a signature')).toBeVisible();
	});

	test('a verify address whose fields were edited says the certificate has been altered', async ({
		page
	}) => {
		const learner = learnerNamed('Sam');
		const certificate = await passedCertificate(learner);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);
		const address = await page
			.getByRole('link', { name: 'Check this certificate' })
			.getAttribute('href');
		const validUntil = addMonths(certificate.validUntil, 12);
		await open(page, address!.replace(`u=${certificate.validUntil}`, `u=${validUntil}`));
		await expect(page.getByLabel('Valid until')).toHaveValue(formatDate(validUntil));
		await expect(page.getByRole('status')).toContainText('This certificate has been altered');
	});

	test('a manager types only what differs, as printed, with a straight apostrophe, and sees that it matches', async ({
		page
	}) => {
		const learner = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(learner);
		await open(page, '/verify');
		const shared = page.getByRole('group', {
			name: 'The same on every certificate of this course'
		});
		await expect(shared.getByLabel('Setting')).toHaveValue(certificate.settingName);
		await expect(shared.getByLabel('Pass mark')).toHaveValue(`${certificate.passMark}%`);
		await expect(shared.getByLabel('Policy reviewed on')).toHaveValue(
			formatDate(certificate.policyReviewed)
		);
		// The certificate prints a curly apostrophe; a keyboard types a straight one.
		expect(certificate.settingName).toContain('’');
		await shared.getByLabel('Setting').fill(certificate.settingName.replaceAll('’', "'"));
		const typed: [string, string][] = [
			['Certificate id', certificate.id.toLowerCase()],
			['Learner’s name', certificate.learnerName.toUpperCase()],
			['Completed on', formatDate(certificate.completedOn)],
			['Score', '14 of 15 (93%)'],
			['Valid until', formatDate(certificate.validUntil)],
			['Verification code', certificate.code.replace('-', ' ')]
		];
		for (const [label, value] of typed) await page.getByLabel(label, { exact: true }).fill(value);
		await page.getByLabel('Journey').selectOption('Induction');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toContainText('The fields match the code.');
		await expect(page.getByRole('status')).toBeFocused();

		await page.getByLabel('Valid until').fill('31 February 2027');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toContainText(
			'A date, score or journey could not be read'
		);
	});

	test('the verify page says when a genuine certificate has expired, and since when', async ({
		page
	}) => {
		const learner = learnerNamed('Sam');
		const completed = new Date();
		completed.setMonth(completed.getMonth() - 13);
		const certificate = await passedCertificate(learner, completed);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);
		const address = await page
			.getByRole('link', { name: 'Check this certificate' })
			.getAttribute('href');
		await open(page, address!);
		await expect(page.getByRole('status')).toContainText('The fields match the code.');
		await expect(page.getByRole('status')).toContainText(
			`Expired: it was valid until ${formatDate(certificate.validUntil)}`
		);
	});

	test('an unknown certificate id says where certificates are kept', async ({ page }) => {
		await open(page, '/certificate#ZZZZ-ZZZZ-ZZZZ');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate not found');
		await expect(
			page.getByText('No certificate ZZZZ-ZZZZ-ZZZZ is kept on this device.')
		).toBeVisible();
		await expectAccessible(page);
	});

	test('printed, the certificate fits exactly one A4 page, even with an 80-character name', async ({
		page
	}) => {
		const learner = learnerNamed('W'.repeat(80));
		const certificate = await passedCertificate(learner);
		await seedStore(page, deviceWith([{ learner, progress: { certificates: [certificate] } }]));
		await open(page, `/certificate#${certificate.id}`);
		await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('banner')).toBeHidden();
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
	});
});

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
		await expect(page.getByText('You have read this lesson.')).toBeVisible();
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

test.describe('the manager’s records', () => {
	test('each learner shows their status; the CSV neutralises formulas', async ({ page }) => {
		const today = localDate(new Date());
		const certified = learnerNamed('Certified Cat');
		const expiring = learnerNamed('Expiring Eve');
		const expired = learnerNamed('Expired Ed');
		const formula = learnerNamed('=HYPERLINK("http://x")');
		const good = await passedCertificate(certified);
		const soon = { ...(await passedCertificate(expiring)), validUntil: addDays(today, 10) };
		const old = { ...(await passedCertificate(expired)), validUntil: '2020-01-31' };
		await seedStore(
			page,
			deviceWith([
				{ learner: certified, progress: { certificates: [good] } },
				{ learner: expiring, progress: { certificates: [soon] } },
				{ learner: expired, progress: { certificates: [old] } },
				{ learner: learnerNamed('Reading Rob'), progress: { lessonsRead: ['tagging'] } },
				{ learner: learnerNamed('New Nia') },
				{ learner: formula }
			])
		);
		await open(page, '/records');
		await expect(page.getByText('Anyone who can use this device can see this page.')).toBeVisible();
		const status = (name: string) =>
			page
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name }) })
				.getByRole('cell')
				.first();
		await expect(status('Certified Cat')).toHaveText(/^Certified until /);
		await expect(status('Expiring Eve')).toHaveText(/^Expires within 30 days, on /);
		await expect(status('Expired Ed')).toHaveText('Expired on 31 January 2020');
		await expect(status('Reading Rob')).toHaveText('In progress');
		await expect(status('New Nia')).toHaveText('Not started');
		await expectAccessible(page);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as CSV (Excel)' }).click();
		const bytes = await readFile(await (await download).path());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('\r\n"\'=HYPERLINK(""http://x"")",');
	});

	test('on a phone, each learner is a card that fits, and the file chooser looks like the other buttons', async ({
		page
	}) => {
		const learner = learnerNamed('Amira Khan');
		const certificate = await passedCertificate(learner);
		await seedStore(
			page,
			deviceWith([
				{ learner, progress: { certificates: [certificate] } },
				{ learner: learnerNamed('New Nia') }
			])
		);
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/records');
		const cards = page.getByRole('list', {
			name: 'Learners on this device and where each one stands'
		});
		await expect(cards.getByRole('listitem')).toHaveCount(2);
		const card = cards.getByRole('listitem').filter({
			has: page.getByRole('heading', { name: 'Amira Khan' })
		});
		await expect(card).toContainText(`Certified until ${formatDate(certificate.validUntil)}`);
		await expect(card.getByRole('link', { name: certificate.id })).toBeVisible();
		await expect(page.getByRole('table')).toBeHidden();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			'nothing scrolls sideways'
		).toBeLessThanOrEqual(390);

		const chooser = await page.getByLabel('Records file (JSON)').evaluate((input) => {
			const style = getComputedStyle(input, '::file-selector-button');
			return { border: style.borderTopColor, radius: style.borderTopLeftRadius };
		});
		const button = await page.getByRole('button', { name: 'Import' }).evaluate((element) => {
			const style = getComputedStyle(element);
			return { border: style.borderTopColor, radius: style.borderTopLeftRadius };
		});
		expect(chooser).toEqual(button);
		await expectAccessible(page);

		await page.setViewportSize({ width: 820, height: 1180 });
		await expect(page.getByRole('table')).toBeVisible();
		await expect(cards).toBeHidden();
	});

	test('a malformed, foreign or newer import changes nothing and says what is wrong', async ({
		page
	}) => {
		const sam = learnerNamed('Sam');
		await seedStore(page, deviceWith([{ learner: sam, progress: { lessonsRead: ['tagging'] } }]));
		await open(page, '/records');
		await expect(page.getByRole('rowheader', { name: 'Sam' })).toBeVisible();
		const before = await readStore(page);

		const files = [
			['not-json.json', 'name,role\nEve,', 'This file is not JSON'],
			['foreign.json', '{"users":[{"name":"Eve"}]}', 'not a records file from this course'],
			[
				'newer.json',
				JSON.stringify({
					format: 'social-networking-course-records',
					schemaVersion: SCHEMA_VERSION + 1,
					exportedAt: new Date().toISOString(),
					learners: []
				}),
				'made by a newer version of the course'
			],
			[
				'damaged.json',
				JSON.stringify({
					format: 'social-networking-course-records',
					schemaVersion: SCHEMA_VERSION,
					exportedAt: new Date().toISOString(),
					learners: [{ learner: learnerNamed('Eve'), progress: { lessonsRead: 'all' } }]
				}),
				'This file is damaged'
			]
		] as const;
		for (const [name, text, problem] of files) {
			await page.getByLabel('Records file (JSON)').setInputFiles({
				name,
				mimeType: 'application/json',
				buffer: Buffer.from(text)
			});
			await page.getByRole('button', { name: 'Import' }).click();
			await expect(page.getByRole('status')).toContainText(problem);
			await expect(page.getByRole('status')).toContainText('Nothing has been changed.');
		}
		await expect(page.getByRole('rowheader')).toHaveCount(1);
		expect(await readStore(page)).toEqual(before);
	});

	test('an export from one device imports into another without duplicates', async ({
		page,
		browser
	}) => {
		const amira = learnerNamed('Amira');
		const certificate = await passedCertificate(amira);
		await seedStore(
			page,
			deviceWith([{ learner: amira, progress: { certificates: [certificate] } }])
		);
		await open(page, '/records');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as JSON' }).click();
		const exported = await (await download).path();

		const otherDevice = await browser.newContext();
		const other = await otherDevice.newPage();
		await seedStore(other, deviceWith([{ learner: learnerNamed('Sam') }]));
		await open(other, '/records');
		for (const expected of [
			'1 new learner, 0 already here, 1 new certificate',
			'0 new learners, 1 already here, 0 new certificates'
		]) {
			await other.getByLabel('Records file (JSON)').setInputFiles(exported);
			await other.getByRole('button', { name: 'Import' }).click();
			await expect(other.getByRole('status')).toContainText(expected);
		}
		await expect(other.getByRole('rowheader')).toHaveText(['Sam', 'Amira']);
		await expect(other.getByRole('link', { name: certificate.id })).toBeVisible();
		await otherDevice.close();
	});
});

test.describe('privacy', () => {
	test('a learner exports their own data, then erases it after confirming', async ({ page }) => {
		const amira = learnerNamed('Amira');
		const sam = learnerNamed('Sam');
		await seedStore(
			page,
			deviceWith([{ learner: amira, progress: { lessonsRead: ['tagging'] } }, { learner: sam }])
		);
		await open(page, '/privacy');
		await expect(page.getByText('The course has no server')).toBeVisible();
		await expectAccessible(page);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export my data (JSON)' }).click();
		const mine = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
			learners: { learner: { name: string } }[];
		};
		expect(mine.learners.map((entry) => entry.learner.name)).toEqual(['Amira']);

		await page.getByRole('button', { name: 'Erase my data' }).click();
		await page.getByRole('button', { name: 'No, keep it' }).click();
		await page.getByRole('button', { name: 'Erase my data' }).click();
		await expect(page.getByText('This cannot be undone.')).toBeFocused();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Yes, erase my data' }).click();
		await expect(
			page.getByText('Everything kept for Amira on this device has been erased.')
		).toBeFocused();

		const store = await readStore(page);
		expect(Object.keys(store).filter((key) => key.includes(amira.id))).toEqual([]);
		await open(page, '/records');
		await expect(page.getByRole('rowheader')).toHaveText(['Sam']);
	});
});

for (const path of ['/learners', '/certificate', '/verify', '/records', '/privacy']) {
	test(`${path} loads with one h1, and passes an accessibility scan before any records exist`, async ({
		page
	}) => {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('main')).toBeVisible();
		await expectAccessible(page);
	});
}
