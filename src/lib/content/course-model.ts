import type { Decision } from './decisions.ts';
import type { Lesson } from './lesson.ts';
import type { Policy } from './policy.ts';
import type { Question } from './quiz.ts';
import type { Scenario } from './scenario.ts';
import type { Setting } from './setting.ts';
import type { LanguageInfo } from './translation/language.ts';

/** Everything in lessons/, validated: what the pages are built from. */
export interface Course {
	setting: Setting;
	policy: Policy;
	lessons: Lesson[];
	scenarios: Scenario[];
	questions: Question[];
	/** The questions the policy leaves open, with the setting's answers where recorded. */
	decisions: Decision[];
	/** The languages the setting offers families besides English, in its order. */
	languages: LanguageInfo[];
}
