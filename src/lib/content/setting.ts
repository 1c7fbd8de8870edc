import * as v from 'valibot';
import { audienceSchema, record, textSchema, wholeNumber } from './schema-parts.ts';
import { LANGUAGE_CODE } from './translation/language.ts';

const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim()), '');

const personSchema = record({
	role: textSchema,
	name: optionalText,
	contact: optionalText
});

const helplineSchema = record({
	name: textSchema,
	for: textSchema,
	phone: optionalText,
	email: optionalText,
	web: optionalText,
	hours: optionalText,
	// A helpline for professionals is not the one to give families at a parents' evening.
	audience: v.optional(audienceSchema, 'both')
});

const isoDate = v.pipe(
	v.union([v.string(), v.date()], 'must be a date such as 2026-09-01'),
	v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
	v.isoDate('must be a date such as 2026-09-01')
);

/** A web address a phone can open from a QR code: http or https, with a host. */
function isWebAddress(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== '';
	} catch {
		return false;
	}
}

/** Where the course is published, for the QR code on the families' handout; '' when unknown. */
const publicAddressSchema = v.optional(
	v.pipe(
		v.string('must be a web address such as https://course.example.org/'),
		v.trim(),
		v.check(
			(address) => address === '' || isWebAddress(address),
			'must be a web address such as https://course.example.org/'
		),
		// With a trailing slash, so that a page's path adds to it.
		v.transform((address) => (address === '' || address.endsWith('/') ? address : `${address}/`))
	),
	''
);

export const settingSchema = record({
	name: textSchema,
	publicAddress: publicAddressSchema,
	policy: record({
		number: v.pipe(v.union([v.string(), v.number()]), v.transform(String), textSchema),
		title: textSchema,
		version: v.pipe(v.union([v.string(), v.number()]), v.transform(String), textSchema),
		reviewed: isoDate
	}),
	course: record({
		title: textSchema,
		version: v.pipe(v.union([v.string(), v.number()]), v.transform(String), textSchema),
		passMark: wholeNumber(1, 100),
		certificateMonths: wholeNumber(1, 60),
		reminderDays: wholeNumber(1, 90),
		quizQuestions: record({ induction: wholeNumber(5, 40), refresher: wholeNumber(5, 40) }),
		refresherScenarios: wholeNumber(1, 12)
	}),
	people: record({ dsl: personSchema, leadPractitioner: personSchema }),
	emergency: textSchema,
	/** Where a family takes a complaint: the Social Networking policy sets out no procedure. */
	complaints: optionalText,
	/** Whether families may sign, on the families' pages, that they have read what it asks of them. */
	familySignOff: v.optional(v.boolean('must be true or false'), false),
	helplines: v.array(helplineSchema, 'must be a list'),
	/**
	 * The languages offered to families besides English, in the order offered: each a folder of
	 * lessons/ with its language.yaml and translations. Absent or empty: English only.
	 */
	languages: v.optional(
		v.pipe(
			v.array(
				v.pipe(
					v.string('must be a language code such as pl'),
					v.regex(LANGUAGE_CODE, 'must be a language code such as pl, ur or pa'),
					v.check((code) => code !== 'en', 'is English, which the course is written in')
				),
				'must be a list of language codes, such as [pl, ur]'
			),
			v.check((codes) => new Set(codes).size === codes.length, 'names a language twice')
		),
		[]
	)
});

export type Setting = v.InferOutput<typeof settingSchema>;

/**
 * The policy details the course ships with (the copy of the policy it was built from carries no
 * date). A setting that still has both has not yet put in its own, and certificates would show them.
 */
const SHIPPED_POLICY = { version: '1.12.3 (2026)', reviewed: '2026-09-01' };

/**
 * What the setting has not yet set in lessons/setting.yaml that a certificate or a room of families
 * relies on, in words a manager reads; empty once it is all set.
 */
export function settingGaps({ policy, people }: Pick<Setting, 'policy' | 'people'>): string[] {
	const gaps: string[] = [];
	if (policy.version === SHIPPED_POLICY.version && policy.reviewed === SHIPPED_POLICY.reviewed) {
		gaps.push('the version and review date of its own policy');
	}
	if (!people.dsl.name) gaps.push(`the name of its ${people.dsl.role}`);
	return gaps;
}
export type Person = Setting['people']['dsl'];
export type Helpline = Setting['helplines'][number];
