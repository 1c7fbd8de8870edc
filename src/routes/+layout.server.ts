import { course } from '$lib/content/course.server';

export const load = () => ({
	settingName: course.setting.name,
	courseTitle: course.setting.course.title
});
