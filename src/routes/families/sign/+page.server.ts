import { course } from '$lib/server/content/course';
import { ENGLISH_FAMILIES_TEXT } from '$lib/families/families-language';

export const load = () => ({
	asked: course.setting.familySignOff,
	policyTitle: course.setting.policy.title,
	text: ENGLISH_FAMILIES_TEXT
});
