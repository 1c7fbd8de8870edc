import * as v from 'valibot';
import type { ProblemList } from './content-error.ts';
import { POLICY_FILE, type ContentFiles } from './content-files.ts';
import { audienceSchema, idSchema, listOf, record, textSchema } from './schema-parts.ts';
import { readYamlFile } from './yaml-source.ts';

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

/**
 * Reads `lessons/policy.yaml`: checks that clause ids are unique and placed in the text, fills in
 * the setting's name, marks where each clause's text starts, and gives each clause its words.
 */
export function readPolicy(
	files: ContentFiles,
	problems: ProblemList,
	settingName: string
): Policy | undefined {
	const source = readYamlFile(files, POLICY_FILE, problems);
	const file = source?.validate(policySchema, problems);
	if (!source || !file) return undefined;

	const groupIds = new Set(file.groups.map((group) => group.id));
	const seen = new Set<string>();
	file.clauses.forEach((clause, index) => {
		if (seen.has(clause.id)) {
			problems.add(
				POLICY_FILE,
				`clause id ${clause.id} is used twice`,
				source.lineOf(['clauses', index])
			);
		}
		seen.add(clause.id);
		if (!groupIds.has(clause.group)) {
			problems.add(
				POLICY_FILE,
				`clause ${clause.id} names group ${clause.group}, which is not in groups`,
				source.lineOf(['clauses', index, 'group'])
			);
		}
	});

	const fill = (text: string) => text.replaceAll('{setting}', settingName);
	const placed = new Set<string>();
	file.sections.forEach((section, s) =>
		section.blocks.forEach((block, b) => {
			for (const text of [section.heading, block.text, ...(block.items ?? [])]) {
				const unknown = text?.match(/\{(?!setting\})[^}]*\}/);
				if (unknown) {
					problems.add(
						POLICY_FILE,
						`unknown placeholder ${unknown[0]}: only {setting} is filled in`,
						source.lineOf(['sections', s, 'blocks', b])
					);
				}
			}
			if (!block.clause) return;
			placed.add(block.clause);
			if (!seen.has(block.clause)) {
				problems.add(
					POLICY_FILE,
					`unknown clause id ${block.clause}`,
					source.lineOf(['sections', s, 'blocks', b, 'clause'])
				);
			}
		})
	);
	file.clauses.forEach((clause, index) => {
		if (!placed.has(clause.id)) {
			problems.add(
				POLICY_FILE,
				`clause ${clause.id} is attached to no part of the policy text`,
				source.lineOf(['clauses', index])
			);
		}
	});

	const anchored = new Set<string>();
	const sections = file.sections.map((section) => ({
		heading: fill(section.heading),
		blocks: section.blocks.map((block): PolicyBlock => {
			// A clause's link target is the first part of the text that states it.
			const anchor = block.clause && !anchored.has(block.clause) ? block.clause : undefined;
			if (anchor) anchored.add(anchor);
			return {
				...block,
				anchor,
				text: block.text && fill(block.text),
				items: block.items?.map(fill),
				note: block.note && fill(block.note)
			};
		})
	}));
	const clauses: Clause[] = file.clauses.map((clause) => ({
		...clause,
		words: wordsOf(
			sections.flatMap((section) => section.blocks),
			clause.id
		)
	}));
	return {
		groups: file.groups,
		clauses,
		preamble: file.preamble.map(fill),
		sections
	} satisfies Policy;
}

function wordsOf(blocks: PolicyBlock[], clauseId: string): string {
	return blocks
		.filter((block) => block.clause === clauseId)
		.map((block) => [block.text, ...(block.items ?? [])].filter(Boolean).join(' '))
		.join(' ');
}

/**
 * The policy as this build of the course states it: its version and a fingerprint of its words,
 * whole and clause by clause. A sign-off carries these, so that a setting that edits the text
 * without changing the version is still noticed, and the course can say which clauses changed.
 */
export interface PolicyEdition {
	version: string;
	fingerprint: string;
	/** Each clause id with the fingerprint of the policy's own words for it. */
	clauses: Record<string, string>;
}
