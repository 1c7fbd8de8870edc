import { course } from '$lib/content/course.server';
import type { CertificateCourse } from '$lib/records/certificates/certificate';

export const load = () => {
	const { setting } = course;
	const certificateCourse: CertificateCourse = {
		settingName: setting.name,
		courseTitle: setting.course.title,
		courseVersion: setting.course.version,
		certificateMonths: setting.course.certificateMonths,
		reminderDays: setting.course.reminderDays,
		policyVersion: setting.policy.version,
		policyReviewed: setting.policy.reviewed
	};
	return {
		settingName: setting.name,
		courseTitle: setting.course.title,
		certificateCourse
	};
};
