import { splitSentences, spokenTexts } from '$lib/read-aloud/sentences';

/** The elements whose text is read, each one after the other; the innermost win. */
const BLOCKS = 'h1, h2, h3, h4, p, li, legend, label, blockquote, dt, dd, figcaption';
/** Text that is not read: marked so, hidden from assistive technology, or not prose. */
const SKIP = '[data-listen-skip], [aria-hidden="true"], code, input, select, textarea';
/** On a list whose items are read with their numbers, the word to say before each: "Choice 2." */
const NUMBERS = 'data-listen-numbers';

export interface PageSentence {
	/** What the voice says, with any prefix. */
	spoken: string;
	/** Where the sentence is on the page, to highlight it. */
	range: Range;
	/** The element it is in, to scroll it into view. */
	block: Element;
}

/** The sentences of a region of the page, in reading order, with where each one is. */
export function pageSentences(region: Element): PageSentence[] {
	const numbered = new Set<Element>();
	return [...region.querySelectorAll(BLOCKS)]
		.filter((block) => !block.querySelector(BLOCKS) && !block.closest(SKIP) && shown(block))
		.flatMap((block) => {
			const sentences = sentencesOf(block);
			const item = block.closest(`[${NUMBERS}] > *`);
			const list = item?.parentElement;
			const first = sentences[0];
			// An item of several blocks has its number said once, before the first.
			if (item && list && first && !numbered.has(item)) {
				numbered.add(item);
				const number = [...list.children].indexOf(item) + 1;
				first.spoken = `${list.getAttribute(NUMBERS)} ${number}. ${first.spoken}`;
			}
			return sentences;
		});
}

function shown(element: Element): boolean {
	return element.checkVisibility?.() ?? true;
}

function sentencesOf(block: Element): PageSentence[] {
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	const starts: number[] = [];
	let text = '';
	for (const node of nodes) {
		starts.push(text.length);
		text += node.data;
	}
	const spans = splitSentences(text);
	const spoken = spokenTexts(text, spans);
	return spans.map((span, index) => {
		const range = document.createRange();
		const [startNode, startOffset] = place(nodes, starts, span.start, false);
		const [endNode, endOffset] = place(nodes, starts, span.end, true);
		range.setStart(startNode, startOffset);
		range.setEnd(endNode, endOffset);
		return { spoken: spoken[index] ?? '', range, block };
	});
}

/** The text node and offset in it of a place in the text; at a seam, an end stays in the earlier node. */
function place(nodes: Text[], starts: number[], at: number, isEnd: boolean): [Text, number] {
	let index = 0;
	while (index + 1 < nodes.length) {
		const next = starts[index + 1] ?? Infinity;
		if (isEnd ? at <= next : at < next) break;
		index++;
	}
	return [nodes[index]!, at - (starts[index] ?? 0)];
}
