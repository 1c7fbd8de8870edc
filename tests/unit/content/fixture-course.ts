import { buildCourse } from '$lib/content/build-course';
import { ContentError, formatProblem } from '$lib/content/content-error';
import type { ContentFiles } from '$lib/content/content-files';

/**
 * A tiny valid course: two clauses, two lessons and enough questions for an induction quiz. Each
 * test breaks one thing in a copy of it.
 */
export function fixtureCourse(): ContentFiles {
	return {
		'lessons/setting.yaml': `name: Little Acorns Nursery
policy:
  number: '1.12.3'
  title: Social Networking
  version: '2026'
  reviewed: 2026-09-01
course:
  title: Social networking and you
  version: '1.0'
  passMark: 80
  certificateMonths: 12
  reminderDays: 30
  quizQuestions:
    induction: 15
    refresher: 10
  refresherScenarios: 4
people:
  dsl:
    role: Designated Safeguarding Lead
  leadPractitioner:
    role: Lead Practitioner
emergency: Call 999.
helplines:
  - name: NSPCC helpline
    for: Anyone worried about a child.
    phone: 0808 800 5000
`,
		'lessons/policy.yaml': `groups:
  - id: friendships
    title: Friend requests
clauses:
  - id: no-parent-friends
    who: staff
    group: friendships
    rule: No parents as friends.
  - id: refuse-politely
    who: staff
    group: friendships
    rule: Refuse politely.
preamble: []
sections:
  - heading: Policy statement for {setting}
    blocks:
      - clause: no-parent-friends
        text: Staff of {setting} must not have parents as friends.
      - clause: refuse-politely
        text: Polite refusal.
`,
		'lessons/01-friends/index.md': `---
title: Friend requests
summary: Why staff do not befriend parents.
audience: staff
minutes: 5
clauses: [no-parent-friends]
keyPoints:
  - One.
  - Two.
  - Three.
---

Staff do not befriend [parents](policy:no-parent-friends).
`,
		'lessons/02-saying-no/index.md': `---
title: Saying no
summary: How to say no kindly.
audience: both
minutes: 3
clauses: [refuse-politely]
keyPoints:
  - One.
  - Two.
  - Three.
forParents:
  - Please do not send requests.
  - Staff will say no kindly.
---

Say no [politely](policy:refuse-politely).
`,
		'lessons/quiz.yaml': fixtureQuiz(16)
	};
}

/**
 * The fixture course with scenario files added (keyed by their path in lessons/), each lesson
 * naming for its induction the first three staff scenarios added to its folder, as the check asks.
 */
export function fixtureCourseWith(scenarios: Record<string, string>): ContentFiles {
	const files = { ...fixtureCourse(), ...scenarios };
	const named = new Map<string, string[]>();
	for (const [file, text] of Object.entries(scenarios)) {
		const folder = /^(lessons\/[^/]+)\//.exec(file)?.[1];
		const id = /^id: (\S+)$/m.exec(text)?.[1];
		if (!folder || !id || /^audience: parents$/m.test(text)) continue;
		named.set(folder, [...(named.get(folder) ?? []), id].slice(0, 3));
	}
	for (const [folder, ids] of named) {
		const lesson = `${folder}/index.md`;
		const text = files[lesson];
		if (text) files[lesson] = text.replace(/^clauses: .*$/m, `$&\ninduction: [${ids.join(', ')}]`);
	}
	return files;
}

/** The problems a broken course reports, as `file:line: message` strings. */
export function problemsOf(files: ContentFiles): string[] {
	try {
		buildCourse(files);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	throw new Error('The broken course built without a problem');
}

/** `count` true-or-false questions for staff, taking the two clauses in turn. */
function fixtureQuiz(count: number): string {
	const questions = Array.from(
		{ length: count },
		(_, i) => `  - id: question-${i + 1}
    kind: true-false
    audience: staff
    clauses: [${i % 2 === 0 ? 'no-parent-friends' : 'refuse-politely'}]
    prompt: Statement ${i + 1}.
    options:
      - text: 'True'
        correct: true
        feedback: Right.
      - text: 'False'
        correct: false
        feedback: Not so.
`
	);
	return `questions:\n${questions.join('')}`;
}
