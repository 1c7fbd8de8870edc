import * as v from 'valibot';
import { AUDIENCES } from './audience.ts';

/** Schema pieces shared by every kind of content file. */

export const idSchema = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens')
);

export const textSchema = v.pipe(
	v.string('must be text'),
	v.trim(),
	v.nonEmpty('must not be empty')
);

export const audienceSchema = v.picklist(AUDIENCES, 'must be staff, parents or both');

export const wholeNumber = (min: number, max: number) =>
	v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(min, `must be at least ${min}`),
		v.maxValue(max, `must be at most ${max}`)
	);

export const listOf = <S extends v.GenericSchema>(item: S, min: number, max: number) =>
	v.pipe(
		v.array(item, 'must be a list'),
		v.minLength(min, `must have at least ${min}`),
		v.maxLength(max, `must have at most ${max}`)
	);

/** An object that rejects unknown keys, so that a mistyped field name is reported. */
export const record = <E extends v.ObjectEntries>(entries: E) =>
	v.strictObject(entries, (issue) =>
		issue.expected === 'never'
			? `unknown field ${issue.received}: check its spelling`
			: issue.received === 'undefined'
				? 'is missing'
				: 'must be a set of named fields'
	);
