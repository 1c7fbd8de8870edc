import { describe, expect, it } from 'vitest';
import { withScreensDrawn } from '$lib/server/draw-screens';
import { markdownToHtml } from '$lib/content/markdown';
import type { Scenario, ScenarioNode } from '$lib/content/scenario';

const step: ScenarioNode = {
	situationHtml: markdownToHtml('A request.'),
	situationText: 'A request.',
	choices: []
};

function scenarioWith(from: string): Pick<Scenario, 'nodes' | 'endings'> {
	return {
		nodes: {
			request: { ...step, screen: { kind: 'request', from, message: 'Hi <b>there</b> & bye' } },
			later: step
		},
		endings: {
			done: { outcome: 'follows', happened: 'Fine.', why: 'Because.', clauses: ['a'] }
		}
	};
}

describe('screens drawn when the site is built', () => {
	it('puts the drawn card in place of the description, and leaves other steps alone', () => {
		const drawn = withScreensDrawn(scenarioWith('Leah'));
		const request = drawn.nodes.request!;
		expect(request).not.toHaveProperty('screen');
		expect(request.screenHtml).toContain(
			'<figcaption>On your phone: a friend request from Leah</figcaption>'
		);
		expect(request.screenHtml).toContain('<bdi>Leah</bdi>');
		expect(drawn.nodes.later).toEqual(step);
		expect(drawn.endings.done).not.toHaveProperty('screenHtml');
	});

	it('escapes what the author wrote: a screen is text, never markup', () => {
		const html = withScreensDrawn(scenarioWith('<img src=x onerror=alert(1)>')).nodes.request!
			.screenHtml!;
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expect(html).toContain('Hi &lt;b>there&lt;/b> &amp; bye');
	});
});
