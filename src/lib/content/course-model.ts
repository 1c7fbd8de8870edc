import type { Decision } from './decisions.ts';
import type { Lesson } from './lesson.ts';
import type { Policy } from './policy.ts';
import type { Question } from './quiz.ts';
import type { Scenario } from './scenario.ts';
import type { Setting } from './setting.ts';

/** Everything in lessons/, validated: what the pages are built from. */
export interface Course {
	setting: Setting;
	policy: Policy;
	lessons: Lesson[];
	scenarios: Scenario[];
	questions: Question[];
	/** The questions the policy leaves open, with the setting's answers where recorded. */
	decisions: Decision[];
}

/** Content files, keyed by their path inside the project (`lessons/setting.yaml`). */
export type ContentFiles = Record<string, string>;

export const SETTING_FILE = 'lessons/setting.yaml';
export const POLICY_FILE = 'lessons/policy.yaml';
export const QUIZ_FILE = 'lessons/quiz.yaml';
export const DECISIONS_FILE = 'lessons/decisions.yaml';
