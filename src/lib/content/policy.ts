import * as v from 'valibot';
import { audienceSchema, idSchema, listOf, record, textSchema } from './schema-parts.ts';

const blockSchema = v.pipe(
	record({
		clause: v.optional(idSchema),
		text: v.optional(textSchema),
		items: v.optional(listOf(textSchema, 1, 20)),
		note: v.optional(textSchema)
	}),
	v.check((block) => Boolean(block.text || block.items), 'a block needs text, items or both')
);

export const policySchema = record({
	groups: listOf(record({ id: idSchema, title: textSchema }), 1, 20),
	clauses: listOf(
		record({ id: idSchema, who: audienceSchema, rule: textSchema, group: idSchema }),
		1,
		200
	),
	preamble: v.array(textSchema, 'must be a list'),
	sections: listOf(record({ heading: textSchema, blocks: listOf(blockSchema, 1, 50) }), 1, 50)
});

export type PolicyFile = v.InferOutput<typeof policySchema>;
export type PolicyBlock = PolicyFile['sections'][number]['blocks'][number] & {
	/** Set on the first part of the text that states a clause: the target of links to it. */
	anchor?: string;
};

/** A rule of the policy, with the policy's own words for it. */
export interface Clause {
	id: string;
	who: v.InferOutput<typeof audienceSchema>;
	rule: string;
	group: string;
	words: string;
}

export interface ClauseGroup {
	id: string;
	title: string;
}

export interface PolicySection {
	heading: string;
	blocks: PolicyBlock[];
}

export interface Policy {
	groups: ClauseGroup[];
	clauses: Clause[];
	preamble: string[];
	sections: PolicySection[];
}
