import type { Scorm12Api } from '$lib/scorm/lms-api';

/** An LMS that keeps what it is given and logs every call, as a test needs to see them. */
export function fakeLms(initial: Record<string, string> = {}, initialises = true) {
	const data: Record<string, string> = {
		'cmi.core.lesson_status': 'not attempted',
		'cmi.core.student_id': 'u42',
		'cmi.core.student_name': 'Okafor, Ada',
		'cmi.suspend_data': '',
		...initial
	};
	const calls: string[] = [];
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push('initialise'), String(initialises)),
		LMSFinish: () => (calls.push('finish'), 'true'),
		LMSGetValue: (element) => data[element] ?? '',
		LMSSetValue: (element, value) => {
			calls.push(`${element}=${value}`);
			data[element] = value;
			return 'true';
		},
		LMSCommit: () => (calls.push('commit'), 'true'),
		LMSGetLastError: () => '0',
		LMSGetErrorString: () => ''
	};
	return { api, data, calls };
}
