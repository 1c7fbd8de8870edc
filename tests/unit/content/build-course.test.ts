import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/build-course';
import type { ContentFiles } from '$lib/content/content-files';
import { fixtureCourse, problemsOf } from './fixture-course';

const LESSON = 'lessons/01-friends/index.md';

function edit(file: string, from: string | RegExp, to: string): ContentFiles {
	const files = fixtureCourse();
	const text = files[file]!;
	const changed = text.replace(from, to);
	expect(changed, `the edit of ${file} must change something`).not.toBe(text);
	return { ...files, [file]: changed };
}

describe('buildCourse with valid content', () => {
	it('builds the lessons in folder order, with slugs from the folder names', () => {
		const course = buildCourse(fixtureCourse());
		expect(course.lessons.map((lesson) => [lesson.order, lesson.slug])).toEqual([
			[1, 'friends'],
			[2, 'saying-no']
		]);
		expect(course.lessons[0]!.forParents).toEqual([]);
	});

	it("fills the setting's name into the policy text", () => {
		const course = buildCourse(fixtureCourse());
		expect(course.policy.sections[0]!.heading).toBe('Policy statement for Little Acorns Nursery');
		expect(course.policy.clauses[0]!.words).toBe(
			'Staff of Little Acorns Nursery must not have parents as friends.'
		);
	});

	it('anchors each clause on the first part of the text that states it', () => {
		const course = buildCourse(fixtureCourse());
		expect(course.policy.sections[0]!.blocks.map((block) => block.anchor)).toEqual([
			'no-parent-friends',
			'refuse-politely'
		]);
	});

	it('reads a missing person name as empty', () => {
		expect(buildCourse(fixtureCourse()).setting.people.dsl.name).toBe('');
	});

	it('builds the same files once, in whatever order they are given, and other files afresh', () => {
		const files = fixtureCourse();
		const reversed = Object.fromEntries(Object.entries(files).reverse());
		expect(buildCourse(reversed)).toBe(buildCourse(files));
		const renamed = edit('lessons/setting.yaml', 'Little Acorns Nursery', 'Oak Tree Pre-school');
		expect(buildCourse(renamed)).not.toBe(buildCourse(files));
		expect(buildCourse(renamed).setting.name).toBe('Oak Tree Pre-school');
	});
});

describe('buildCourse with broken content names the file, the line and the problem', () => {
	it('an unknown clause id in lesson frontmatter', () => {
		const files = edit(LESSON, 'clauses: [no-parent-friends]', 'clauses: [no-parent-friend]');
		expect(problemsOf(files)).toContain(`${LESSON}:6: clauses: unknown clause id no-parent-friend`);
	});

	it('an unknown clause id in a citation in the lesson text', () => {
		const files = edit(LESSON, '(policy:no-parent-friends)', '(policy:no-such-rule)');
		expect(problemsOf(files)).toContain(`${LESSON}:13: cites unknown clause id no-such-rule`);
	});

	it('a missing frontmatter field', () => {
		const files = edit(LESSON, 'minutes: 5\n', '');
		expect(problemsOf(files)).toEqual([`${LESSON}:2: minutes: is missing`]);
	});

	it('a mistyped frontmatter field', () => {
		const files = edit(LESSON, 'audience: staff', 'audiance: staff');
		const problems = problemsOf(files);
		expect(problems).toContain(
			`${LESSON}:4: audiance: unknown field "audiance": check its spelling`
		);
		expect(problems).toContain(`${LESSON}:2: audience: is missing`);
	});

	it('an audience outside staff, parents and both', () => {
		const files = edit(LESSON, 'audience: staff', 'audience: managers');
		expect(problemsOf(files)).toEqual([`${LESSON}:4: audience: must be staff, parents or both`]);
	});

	it('a field of the wrong kind', () => {
		const files = edit(LESSON, 'minutes: 5', 'minutes: five');
		expect(problemsOf(files)).toEqual([`${LESSON}:5: minutes: must be a number`]);
	});

	it('a lesson for parents without points for parents', () => {
		const file = 'lessons/02-saying-no/index.md';
		const files = edit(file, /forParents:\n( {2}- .*\n)+/, '');
		expect(problemsOf(files)).toEqual([
			`${file}:2: forParents: is needed when the audience is parents or both`
		]);
	});

	it('a clause that no lesson teaches', () => {
		const files = edit(LESSON, 'clauses: [no-parent-friends]', 'clauses: [refuse-politely]');
		expect(problemsOf(files)).toEqual([
			'lessons/policy.yaml:5: clause no-parent-friends is taught by no lesson: add it to the clauses of the lesson that teaches it'
		]);
	});

	it('frontmatter that is not valid YAML', () => {
		const files = edit(LESSON, 'title: Friend requests', 'title: [Friend requests');
		expect(problemsOf(files)[0]).toMatch(/^lessons\/01-friends\/index\.md:\d+: is not valid YAML/);
	});

	it('a lesson with no frontmatter', () => {
		const files = { ...fixtureCourse(), [LESSON]: 'Just some text.' };
		expect(problemsOf(files)).toContain(
			`${LESSON}:1: must start with frontmatter between two --- lines`
		);
	});

	it('a lesson folder without its number', () => {
		const files = fixtureCourse();
		files['lessons/friends/index.md'] = files[LESSON]!;
		delete files[LESSON];
		expect(problemsOf(files)[0]).toBe(
			'lessons/friends/index.md: the folder name must be two digits, a hyphen and a lower-case topic, e.g. 03-friend-requests'
		);
	});

	it('two lessons with the same number', () => {
		const files = fixtureCourse();
		files['lessons/01-saying-no/index.md'] = files['lessons/02-saying-no/index.md']!;
		delete files['lessons/02-saying-no/index.md'];
		expect(problemsOf(files)).toEqual([
			'lessons/01-saying-no/index.md: has the same number as lessons/01-friends/index.md'
		]);
	});

	it('a setting without its name', () => {
		const files = edit('lessons/setting.yaml', 'name: Little Acorns Nursery\n', '');
		expect(problemsOf(files)).toEqual(['lessons/setting.yaml:1: name: is missing']);
	});

	it('a pass mark over 100', () => {
		const files = edit('lessons/setting.yaml', 'passMark: 80', 'passMark: 180');
		expect(problemsOf(files)).toEqual([
			'lessons/setting.yaml:10: course.passMark: must be at most 100'
		]);
	});

	it('a missing setting file', () => {
		const files = fixtureCourse();
		delete files['lessons/setting.yaml'];
		expect(problemsOf(files)).toContain('lessons/setting.yaml: is missing');
	});

	it('a placeholder other than {setting} in the policy', () => {
		const files = edit('lessons/policy.yaml', 'Polite refusal.', 'Polite refusal at {school}.');
		expect(problemsOf(files)).toEqual([
			'lessons/policy.yaml:19: unknown placeholder {school}: only {setting} is filled in'
		]);
	});

	it('a policy clause in a group that does not exist', () => {
		const files = edit(
			'lessons/policy.yaml',
			/group: friendships\n {4}rule: Refuse/,
			'group: friends\n    rule: Refuse'
		);
		expect(problemsOf(files)).toEqual([
			'lessons/policy.yaml:11: clause refuse-politely names group friends, which is not in groups'
		]);
	});

	it('a clause that no part of the policy text states', () => {
		const files = edit('lessons/policy.yaml', '      - clause: refuse-politely\n', '      - ');
		expect(problemsOf(files)).toContain(
			'lessons/policy.yaml:9: clause refuse-politely is attached to no part of the policy text'
		);
	});

	it('reports every problem at once', () => {
		let files = edit(LESSON, 'audience: staff', 'audience: managers');
		files = {
			...files,
			'lessons/setting.yaml': files['lessons/setting.yaml']!.replace('passMark: 80', 'passMark: 0')
		};
		expect(problemsOf(files)).toHaveLength(2);
	});
});
