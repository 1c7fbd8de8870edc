import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Screen as ScreenData } from '$lib/content/screen';
import { pageSentences } from '$lib/components/read-aloud/page-sentences';
import Screen from '$lib/components/screen/Screen.svelte';

/** Draws a screen in a column as narrow as the narrowest phone the course supports. */
async function draw(screen: ScreenData, width = 320) {
	document.body.style.margin = '0';
	const { container } = await render(Screen, {
		target: document.body.appendChild(
			Object.assign(document.createElement('div'), { style: `inline-size: ${width}px` })
		),
		props: { screen }
	});
	return container.querySelector('figure')!;
}

/** What read aloud says, in order: the sentences of the figure's readable blocks. */
const spoken = (figure: Element) => pageSentences(figure).map((sentence) => sentence.spoken);

/** Whether any text in the figure runs out of its box sideways, which would scroll a 320 px page. */
function overflows(figure: Element): boolean {
	return [figure, ...figure.querySelectorAll('*')].some(
		(element) => element.scrollWidth > element.clientWidth + 1
	);
}

const LONG_NAME = 'Maximiliana Bartholomew-Fitzwilliamson'; // 38 characters, one long word
const LONG_POST =
	'Absolutelyfuriousaboutwhathappenedatpickuptodayandnobodyhastoldmeanything '.repeat(3) +
	'I want to know who was in the room, why nobody rang me, and what the pre-school is going to do about it before Monday. Share this with every parent you know.';

describe('a screen, drawn as a phone-like card', () => {
	it('a friend request: named for what it is, read in order', async () => {
		const figure = await draw({
			kind: 'request',
			app: 'Facebook',
			from: 'Leah Morgan',
			detail: '3 mutual friends',
			message: 'Hi! Thanks for everything you do for Oscar.'
		});
		await expect
			.element(
				page.getByRole('figure', {
					name: 'On your phone: a friend request from Leah Morgan on Facebook'
				})
			)
			.toBeVisible();
		expect(spoken(figure)).toEqual([
			'On your phone: a friend request from Leah Morgan on Facebook',
			'Friend request',
			'Leah Morgan',
			'3 mutual friends',
			'Hi!',
			'Thanks for everything you do for Oscar.'
		]);
		// Avatars are initials, hidden from a listener who has just heard the name.
		expect(figure.querySelector('.avatar')?.textContent).toBe('LM');
		expect(figure.querySelector('img')).toBeNull();
	});

	it('a post: its photo described in words, its counts and comments in order', async () => {
		const figure = await draw({
			kind: 'post',
			author: 'Jade Parker',
			time: '2h',
			audience: 'Public',
			text: 'Best day at the farm!',
			photo: 'Oscar and two other children at the water tray',
			likes: 24,
			comments: [{ author: 'Sam Green', text: 'Which nursery is that?' }]
		});
		await expect
			.element(page.getByRole('figure', { name: 'On your phone: a post by Jade Parker' }))
			.toBeVisible();
		await expect.element(page.getByRole('list', { name: 'Comments' })).toBeVisible();
		expect(spoken(figure)).toEqual([
			'On your phone: a post by Jade Parker',
			'Jade Parker',
			'2h',
			'Who can see it: Public',
			'Best day at the farm!',
			'Photo: Oscar and two other children at the water tray',
			'24 likes · 1 comment',
			'Sam Green',
			'Which nursery is that?'
		]);
	});

	it('a post that says how many comments it has, more than it shows', async () => {
		const figure = await draw({
			kind: 'post',
			author: 'A parent',
			text: 'Avoid!',
			commentCount: 30
		});
		expect(spoken(figure)).toEqual([
			'On your phone: a post by A parent',
			'A parent',
			'Avoid!',
			'30 comments'
		]);
	});

	it('a group chat: each message with who sent it, the learner\'s own marked "You"', async () => {
		const figure = await draw({
			kind: 'messages',
			app: 'WhatsApp',
			title: 'Sunflower Room parents',
			group: true,
			members: 23,
			messages: [
				{ from: 'Priya', time: '19:42', text: 'Did anyone hear what happened at pick-up?' },
				{ from: 'You', photo: 'Screenshot of the closed page' }
			]
		});
		await expect
			.element(
				page.getByRole('figure', {
					name: 'On your phone: the group chat “Sunflower Room parents” on WhatsApp'
				})
			)
			.toBeVisible();
		expect(spoken(figure)).toEqual([
			'On your phone: the group chat “Sunflower Room parents” on WhatsApp',
			'Sunflower Room parents',
			'Group chat · 23 members',
			'Priya, 19:42',
			'Did anyone hear what happened at pick-up?',
			'You',
			'Photo: Screenshot of the closed page'
		]);
		// Where a message sits is not the only cue to whose it is: it says "You".
		const mine = figure.querySelector('.thread li.mine');
		expect(mine?.textContent).toContain('You');
		expect(figure.querySelectorAll('.thread li.mine')).toHaveLength(1);
	});

	it('a profile: name, job line, bio and who can see it', async () => {
		const figure = await draw({
			kind: 'profile',
			app: 'LinkedIn',
			name: 'Amy Turner',
			job: 'Early Years Practitioner',
			bio: 'Mum of two. Loves crafts.',
			audience: 'Public'
		});
		await expect
			.element(
				page.getByRole('figure', { name: 'On your phone: the profile of Amy Turner on LinkedIn' })
			)
			.toBeVisible();
		expect(spoken(figure)).toEqual([
			'On your phone: the profile of Amy Turner on LinkedIn',
			'Profile',
			'Amy Turner',
			'Early Years Practitioner',
			'Mum of two.',
			'Loves crafts.',
			'Who can see it: Public'
		]);
	});

	it('a notification, with and without the person it is about', async () => {
		const figure = await draw({
			kind: 'notification',
			from: 'Chloe Evans',
			text: 'Chloe Evans checked in at Little Acorns Pre-school with you.',
			time: 'Just now'
		});
		await expect
			.element(
				page.getByRole('figure', { name: 'On your phone: a notification about Chloe Evans' })
			)
			.toBeVisible();
		expect(spoken(figure)).toEqual([
			'On your phone: a notification about Chloe Evans',
			'Notification',
			'Chloe Evans',
			'Just now',
			'Chloe Evans checked in at Little Acorns Pre-school with you.'
		]);
		const plain = await draw({ kind: 'notification', text: 'You have been tagged in a photo.' });
		expect(spoken(plain)).toEqual([
			'On your phone: a notification',
			'Notification',
			'You have been tagged in a photo.'
		]);
	});

	it('a review: its rating said in words, not only drawn as stars', async () => {
		const figure = await draw({
			kind: 'review',
			author: 'A. Parent',
			rating: 1,
			place: 'Little Acorns Pre-school',
			text: "Staff don't care.",
			time: '3 days ago'
		});
		await expect
			.element(
				page.getByRole('figure', {
					name: 'On your phone: a review of Little Acorns Pre-school by A. Parent'
				})
			)
			.toBeVisible();
		expect(spoken(figure)).toEqual([
			'On your phone: a review of Little Acorns Pre-school by A. Parent',
			'Review of Little Acorns Pre-school',
			'A. Parent',
			'3 days ago',
			'1 out of 5 stars',
			"Staff don't care."
		]);
		expect(figure.querySelector('.stars')?.getAttribute('aria-hidden')).toBe('true');
	});
});

describe('a screen with long words reflows at 320 px', () => {
	it('a long name and a long post wrap, with nothing sticking out sideways', async () => {
		const figure = await draw({
			kind: 'post',
			author: LONG_NAME,
			text: LONG_POST,
			comments: [{ author: LONG_NAME, text: LONG_POST }]
		});
		await expect
			.element(page.getByRole('figure', { name: `On your phone: a post by ${LONG_NAME}` }))
			.toBeVisible();
		expect(figure.getBoundingClientRect().width).toBeLessThanOrEqual(320);
		expect(overflows(figure)).toBe(false);
	});

	it('a long chat title and messages wrap too', async () => {
		const figure = await draw({
			kind: 'messages',
			title: LONG_NAME,
			messages: [{ from: LONG_NAME, time: 'Yesterday, 23:59', text: LONG_POST }]
		});
		expect(spoken(figure)[0]).toBe(`On your phone: messages with ${LONG_NAME}`);
		expect(overflows(figure)).toBe(false);
	});
});

describe('a right-to-left name', () => {
	it('is kept apart from the English around it, in the name and the avatar', async () => {
		const figure = await draw({ kind: 'request', from: 'عائشہ خان', message: 'Hello!' });
		await expect
			.element(page.getByRole('figure', { name: 'On your phone: a friend request from عائشہ خان' }))
			.toBeVisible();
		const name = figure.querySelector('.name bdi');
		expect(name?.textContent).toBe('عائشہ خان');
		// The browser lays the name out right to left inside its own box.
		expect(getComputedStyle(name!).direction).toBe('rtl');
		expect(figure.querySelector('.avatar')?.textContent).toBe('عخ');
		expect(spoken(figure)).toEqual([
			'On your phone: a friend request from عائشہ خان',
			'Friend request',
			'عائشہ خان',
			'Hello!'
		]);
	});
});
