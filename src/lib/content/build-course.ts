import { ProblemList } from './content-error.ts';
import {
	POLICY_FILE,
	QUIZ_FILE,
	SETTING_FILE,
	type ContentFiles,
	type Course
} from './course-model.ts';
import {
	LESSON_FOLDER,
	citationsIn,
	countWords,
	lessonFrontmatterSchema,
	splitFrontmatter,
	type Lesson
} from './lesson.ts';
import { policySchema, type Clause, type Policy, type PolicyBlock } from './policy.ts';
import { checkQuizCanBeDrawn, readQuestions, type Question } from './quiz.ts';
import { readScenarios } from './scenario.ts';
import { settingSchema, type Setting } from './setting.ts';
import { YamlSource } from './yaml-source.ts';

/**
 * Builds the course from the files in lessons/. Throws a ContentError naming every file, line and
 * problem, so that a broken edit stops the build with a message an author can act on.
 */
export function buildCourse(files: ContentFiles): Course {
	const problems = new ProblemList();
	const setting = readSetting(files, problems);
	const policy = readPolicy(files, problems, setting?.name ?? '');
	const clauseIds = new Set(policy?.clauses.map((clause) => clause.id));
	const lessons = readLessons(files, problems, clauseIds);
	const scenarios = readScenarios(files, problems, clauseIds, lessons);
	const questions = readQuiz(files, problems, clauseIds);
	// A lesson or question that failed to read would make its clauses look untaught or unassessed:
	// report coverage once the rest is sound.
	if (policy && setting && problems.items.length === 0) {
		checkEveryClauseIsTaught(files, problems, policy, lessons);
		checkEveryClauseIsAssessed(problems, policy, questions);
		checkQuizCanBeDrawn(QUIZ_FILE, problems, questions, policy, setting);
	}
	problems.throwIfAny();
	return { setting: setting!, policy: policy!, lessons, scenarios, questions };
}

function readYaml(files: ContentFiles, file: string, problems: ProblemList) {
	const text = files[file];
	if (text === undefined) {
		problems.add(file, 'is missing');
		return undefined;
	}
	return new YamlSource(file, text, problems);
}

function readSetting(files: ContentFiles, problems: ProblemList): Setting | undefined {
	return readYaml(files, SETTING_FILE, problems)?.validate(settingSchema, problems);
}

function readPolicy(files: ContentFiles, problems: ProblemList, settingName: string) {
	const source = readYaml(files, POLICY_FILE, problems);
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

function readLessons(files: ContentFiles, problems: ProblemList, clauseIds: Set<string>) {
	const lessons: Lesson[] = [];
	const lessonFiles = Object.keys(files)
		.filter((file) => /^lessons\/[^/]+\/index\.md$/.test(file))
		.sort();
	if (lessonFiles.length === 0) problems.add('lessons/', 'has no lessons (NN-topic/index.md)');

	for (const file of lessonFiles) {
		const folder = LESSON_FOLDER.exec(file);
		if (!folder) {
			problems.add(
				file,
				'the folder name must be two digits, a hyphen and a lower-case topic, e.g. 03-friend-requests'
			);
			continue;
		}
		const parts = splitFrontmatter(files[file] ?? '');
		if (!parts) {
			problems.add(file, 'must start with frontmatter between two --- lines', 1);
			continue;
		}
		const source = new YamlSource(file, parts.yaml, problems, 1);
		const meta = source.validate(lessonFrontmatterSchema, problems);
		const bodyStart = parts.yaml.split('\n').length + 2;
		for (const citation of citationsIn(parts.body)) {
			if (!clauseIds.has(citation.id)) {
				problems.add(
					file,
					`cites unknown clause id ${citation.id || '(empty)'}`,
					bodyStart + citation.line
				);
			}
		}
		if (!meta) continue;
		meta.clauses.forEach((id, index) => {
			if (!clauseIds.has(id)) {
				problems.add(file, `clauses: unknown clause id ${id}`, source.lineOf(['clauses', index]));
			}
		});
		lessons.push({
			...meta,
			forParents: meta.forParents ?? [],
			slug: folder[2]!,
			order: Number(folder[1]),
			file,
			words: countWords(parts.body)
		});
	}

	const byNumber = new Map<number, string>();
	const bySlug = new Map<string, string>();
	for (const lesson of lessons) {
		const sameNumber = byNumber.get(lesson.order);
		if (sameNumber) problems.add(lesson.file, `has the same number as ${sameNumber}`);
		const sameSlug = bySlug.get(lesson.slug);
		if (sameSlug) problems.add(lesson.file, `has the same topic name as ${sameSlug}`);
		byNumber.set(lesson.order, lesson.file);
		bySlug.set(lesson.slug, lesson.file);
	}
	return lessons;
}

function checkEveryClauseIsTaught(
	files: ContentFiles,
	problems: ProblemList,
	policy: Policy,
	lessons: Lesson[]
) {
	const taught = new Set(lessons.flatMap((lesson) => lesson.clauses));
	const source = new YamlSource(POLICY_FILE, files[POLICY_FILE] ?? '', new ProblemList());
	policy.clauses.forEach((clause, index) => {
		if (!taught.has(clause.id)) {
			problems.add(
				POLICY_FILE,
				`clause ${clause.id} is taught by no lesson: add it to the clauses of the lesson that teaches it`,
				source.lineOf(['clauses', index])
			);
		}
	});
}

function readQuiz(files: ContentFiles, problems: ProblemList, clauseIds: Set<string>) {
	const source = readYaml(files, QUIZ_FILE, problems);
	return source ? readQuestions(source, problems, clauseIds) : [];
}

function checkEveryClauseIsAssessed(problems: ProblemList, policy: Policy, questions: Question[]) {
	const assessed = new Set(questions.flatMap((question) => question.clauses));
	for (const clause of policy.clauses) {
		if (!assessed.has(clause.id)) {
			problems.add(
				QUIZ_FILE,
				`clause ${clause.id} is assessed by no question: add it to the clauses of a question that tests it`
			);
		}
	}
}
