export interface ReaderProps {
	/** The part of the page to read, from its start. */
	region: Element | null;
	/** Called when reading ends, by the learner or at the end of the text. */
	onclose: () => void;
}
