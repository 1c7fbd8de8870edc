/** What the quiz page needs to know of a clause a question cites. */
export interface QuizClause {
	id: string;
	rule: string;
	group: string;
	/** The first lesson that teaches the clause, to send a learner back to after a wrong answer. */
	lesson?: { slug: string; title: string; order: number };
}
