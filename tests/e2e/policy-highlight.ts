import type { Page } from '@playwright/test';
import { course } from './course-content';

/** The clause of each policy block drawn highlighted, by its colour, as a reader sees it. */
export function highlightedBlocks(page: Page) {
	return page.locator('.policy-text .block').evaluateAll((blocks) => {
		const plain = getComputedStyle(document.body).backgroundColor;
		return blocks
			.filter((block) => {
				const colour = getComputedStyle(block).backgroundColor;
				return colour !== 'rgba(0, 0, 0, 0)' && colour !== plain;
			})
			.map((block) => block.getAttribute('data-clause'));
	});
}

export function blocksOf(clauseId: string) {
	return course.policy.sections
		.flatMap((section) => section.blocks)
		.filter((block) => block.clause === clauseId)
		.map((block) => block.clause);
}
