import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
	/** The page's size in points: A4 landscape is 842 × 595. */
	width: number;
	height: number;
	/**
	 * Every letter printed on the page, in the order the PDF draws them, with no spaces: a PDF
	 * draws "fi" in "certificate" as one glyph of its own, so words do not survive whole.
	 */
	letters: string;
}

/** What a printed PDF holds, page by page, as a reader of the paper would see it. */
export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
	const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const [, , width = 0, height = 0] = page.view;
		const content = await page.getTextContent();
		const words = content.items.map((item) => ('str' in item ? item.str : ''));
		pages.push({ width, height, letters: lettersOf(words.join('')) });
	}
	await document.destroy();
	return pages;
}

/** Text as `PdfPage.letters` holds it, to look for in a page. */
export function lettersOf(text: string): string {
	return text.replace(/\s+/g, '');
}
