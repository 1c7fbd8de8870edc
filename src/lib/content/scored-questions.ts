import { isForStaff } from './audience.ts';
import { decisionsMeeting, isDecided, type Decision } from './decisions.ts';
import type { Question } from './quiz.ts';

/**
 * Whether a question waits for the setting: it meets an open question in decisions.yaml that the
 * DSL has not yet answered. Its key would then rest on the course's reading rather than the
 * policy's words or the setting's decision, so it is not scored until the decision is recorded.
 */
export function awaitsDecision(question: Pick<Question, 'id'>, decisions: readonly Decision[]) {
	return decisionsMeeting(decisions, { question: question.id }).some(
		(decision) => !isDecided(decision)
	);
}

/**
 * The scored pool: the questions a member of staff may be asked in a quiz that counts. Parents'
 * questions are never drawn, and a question that meets an undecided open question waits for the
 * DSL's decision. Coverage counts only these as assessing a clause.
 */
export function scoredQuestions(
	questions: readonly Question[],
	decisions: readonly Decision[]
): Question[] {
	return questions.filter(
		(question) => isForStaff(question) && !awaitsDecision(question, decisions)
	);
}
