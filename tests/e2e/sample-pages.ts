import { sitePages } from '../../tools/site-pages';
import { course } from './course-content';

const SCENARIO_PAGE = /\/scenarios\/([^/]+)$/;

/**
 * Every built page, except that scenario pages (staff's and families') stand in for each other:
 * they share one template, and the content check and unit tests read every scenario's words. One
 * page for each kind of opening screen, for each audience, and one with no screen, are kept, so
 * that each way a scenario page can look is checked; the rest would only add time.
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
	return sitePages().filter((path) => {
		const id = SCENARIO_PAGE.exec(path)?.[1];
		return id === undefined || kept.has(id);
	});
}
