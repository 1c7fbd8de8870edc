import { course } from '$lib/server/content/course';
import { policyEdition } from '$lib/server/content/policy-fingerprint';
import { settingGaps } from '$lib/content/setting';
import { certificateCourseOf } from '$lib/records/certificates/certificate';
import { refresherPlan } from '$lib/refresher/refresher-plan';

export const load = () => ({
	settingName: course.setting.name,
	courseTitle: course.setting.course.title,
	certificateCourse: certificateCourseOf(course.setting),
	refresher: refresherPlan(course),
	policyEdition: policyEdition(course.policy, course.setting.policy.version),
	settingGaps: settingGaps(course.setting)
});
