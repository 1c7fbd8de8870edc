import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import { ENGLISH_TEXT } from '$lib/content/translation/interface-text';
import { localiseCourse } from '$lib/content/translation/localise';
import { familiesView } from '$lib/families/families-view';
import { englishCourse, englishFiles, translationFiles, units } from './translated-files';

const RUMOUR = 'parents-chat-rumour';
const rumour = (course: typeof englishCourse) =>
	course.scenarios.find((scenario) => scenario.id === RUMOUR)!;

describe('a course localised into a language', () => {
	it('is the English course, every unit a fallback, when nothing is translated', () => {
		const { course, text, fallbacks, language } = localiseCourse(englishCourse, englishFiles, 'pl');
		expect(language).toMatchObject({ code: 'pl', name: 'Polski', dir: 'ltr', status: 'draft' });
		expect(course).toEqual(englishCourse);
		expect(text).toEqual(ENGLISH_TEXT);
		// Every unit is applied exactly once: what is not applied would never be translated.
		expect(fallbacks.map(({ key }) => key).sort()).toEqual(units.map(({ key }) => key).sort());
		expect(new Set(fallbacks.map(({ reason }) => reason))).toEqual(new Set(['missing']));
	});

	it('shows each up-to-date translation, its Markdown compiled and its requests put in', () => {
		const files = {
			...englishFiles,
			...translationFiles('ur', {
				[`${RUMOUR}.rumour.situation`]: { text: 'یہ **اہم** ہے' },
				[`${RUMOUR}.rumour.choices.2.label`]: { text: 'گروپ سے باہر رہیں' },
				[`${RUMOUR}.rumour.screen.messages.1.text`]: { text: 'کوئی جانتا ہے؟' },
				[`${RUMOUR}.added-story.why`]: { text: 'افواہ نہ پھیلائیں۔ [request:no-naming-online]' },
				'request.no-naming-online.proposal': { text: 'کسی کا نام آن لائن نہ لیں۔' },
				'requests.proposed': { text: 'تجویز: {proposal}' },
				'families.scenarioCount': { text: 'منظر نامہ {at} از {of}' },
				'setting.emergency': { text: 'ایمرجنسی میں 999 پر کال کریں۔' }
			})
		};
		const { course, text, language } = localiseCourse(englishCourse, files, 'ur');
		expect(language.dir).toBe('rtl');
		const node = rumour(course).nodes.rumour!;
		expect(node.situationHtml).toBe('<p>یہ <strong>اہم</strong> ہے</p>');
		expect(node.situationText).toBe('یہ اہم ہے');
		expect(node.choices[1]!.label).toBe('گروپ سے باہر رہیں');
		expect(node.choices[0]!.label).toBe(rumour(englishCourse).nodes.rumour!.choices[0]!.label);
		const screen = node.screen?.kind === 'messages' ? node.screen : undefined;
		expect(screen?.messages[0]).toEqual({ from: 'Dan', time: '20:14', text: 'کوئی جانتا ہے؟' });
		expect(rumour(course).endings['added-story']!.why).toBe(
			'افواہ نہ پھیلائیں۔ تجویز: کسی کا نام آن لائن نہ لیں۔'
		);
		expect(text.families.scenarioCount).toBe('منظر نامہ {at} از {of}');
		expect(text.families.title).toBe(ENGLISH_TEXT.families.title);
		expect(course.setting.emergency).toBe('ایمرجنسی میں 999 پر کال کریں۔');
		// A lesson point that is only a request reads as the request, in the language.
		const talking = course.lessons.find((lesson) => lesson.slug === 'talking-about-work')!;
		expect(talking.forParents[0]).toBe('تجویز: کسی کا نام آن لائن نہ لیں۔');
	});

	it('shows the English again once the English sentence changes, until it is translated anew', () => {
		const key = `${RUMOUR}.rumour.situation`;
		const translation = translationFiles('pl', { [key]: { text: 'Jesteś w grupie rodziców.' } });
		const before = localiseCourse(englishCourse, { ...englishFiles, ...translation }, 'pl');
		expect(rumour(before.course).nodes.rumour!.situationText).toBe('Jesteś w grupie rodziców.');

		const file = rumour(englishCourse).file;
		const changed = {
			...englishFiles,
			[file]: englishFiles[file]!.replace('One evening a dad asks', 'Late one evening a dad asks')
		};
		const changedCourse = buildCourse(changed);
		const after = localiseCourse(changedCourse, { ...changed, ...translation }, 'pl');
		expect(rumour(after.course).nodes.rumour!.situationText).toContain(
			'Late one evening a dad asks'
		);
		expect(after.fallbacks).toContainEqual({ key, reason: 'outdated' });
		// Only that sentence: the rest of the scenario is as it was.
		expect(after.fallbacks.filter(({ reason }) => reason === 'outdated')).toHaveLength(1);
	});

	it('keeps the English where a translation drops or adds a placeholder', () => {
		const files = {
			...englishFiles,
			...translationFiles('pl', { 'families.scenarioCount': { text: 'Scenariusz {at}' } })
		};
		const { text, fallbacks } = localiseCourse(englishCourse, files, 'pl');
		expect(text.families.scenarioCount).toBe(ENGLISH_TEXT.families.scenarioCount);
		expect(fallbacks).toContainEqual({ key: 'families.scenarioCount', reason: 'placeholders' });
	});

	it('refuses a language the setting does not offer', () => {
		expect(() => localiseCourse(englishCourse, englishFiles, 'de')).toThrow(/not among/);
	});
});

describe('the pages for families in a language', () => {
	it('say whom each rule binds in the language', () => {
		const files = {
			...englishFiles,
			...translationFiles('ro', { 'binds.both': { text: 'Se aplică personalului și familiilor' } })
		};
		const { course, text } = localiseCourse(englishCourse, files, 'ro');
		const binds = new Set(familiesView(course, text).rules.map((rule) => rule.binds));
		expect([...binds]).toEqual(['Se aplică personalului și familiilor']);
		expect(familiesView(englishCourse).rules[0]?.binds).toBe(ENGLISH_TEXT.binds.both);
	});
});
