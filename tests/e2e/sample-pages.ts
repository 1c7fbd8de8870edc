import { sitePages } from '../../tools/site-pages';
import { course } from './course-content';

const SCENARIO_PAGE = /\/scenarios\/([^/]+)$/;

/**
 * The language whose every page is checked: one written right to left, since a left-to-right
 * translation is laid out as the English is. The others' pages share those templates, and the
 * content check reads every translated word; of each, the page for families stands in.
 */
const checkedInFull = new Set(
	course.languages
		.filter((language) => language.dir === 'rtl')
		.slice(0, 1)
		.map(({ code }) => code)
);

/**
 * Every built page, except that scenario pages (staff's and families') stand in for each other:
 * they share one template, and the content check and unit tests read every scenario's words. One
 * page for each kind of opening screen, for each audience, and one with no screen, are kept, so
 * that each way a scenario page can look is checked; the rest would only add time. Translated
 * pages are sampled as `checkedInFull` says, with one scenario page.
 */
export function samplePages(): string[] {
	const kept = new Set<string>();
	const seen = new Set<string>();
	for (const scenario of course.scenarios) {
		const look = `${scenario.audience} ${scenario.nodes[scenario.start]?.screen?.kind ?? 'none'}`;
		if (seen.has(look)) continue;
		seen.add(look);
		kept.add(scenario.id);
	}
	const translatedScenarioShown = new Set<string>();
	return sitePages().filter((path) => {
		const language = course.languages.find(({ code }) => path.split('/')[1] === code)?.code;
		const id = SCENARIO_PAGE.exec(path)?.[1];
		if (language === undefined) return id === undefined || kept.has(id);
		if (!checkedInFull.has(language)) return path === `/${language}/families`;
		if (id === undefined) return true;
		if (translatedScenarioShown.has(language)) return false;
		translatedScenarioShown.add(language);
		return true;
	});
}
