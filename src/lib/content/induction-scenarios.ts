import { isForStaff } from './audience.ts';
import { ProblemList } from './content-error.ts';
import type { ContentFiles } from './content-files.ts';
import { splitFrontmatter, type Lesson } from './lesson.ts';
import type { Scenario } from './scenario.ts';
import { YamlSource } from './yaml-source.ts';

// Two or three scenarios a lesson keep the induction under two hours however many scenarios the
// course gains; the rest are for the refresher and for practice.
const MOST = 3;
const FEWEST = 2;

/**
 * Checks each lesson's `induction` list: every id is a staff scenario in the lesson's own folder,
 * named once, and a lesson with staff scenarios names two or three of them (its one, if it has one).
 */
export function checkInductionScenarios(
	files: ContentFiles,
	problems: ProblemList,
	lessons: readonly Lesson[],
	scenarios: readonly Scenario[]
): void {
	for (const lesson of lessons) {
		const source = new YamlSource(
			lesson.file,
			splitFrontmatter(files[lesson.file] ?? '')?.yaml ?? '',
			new ProblemList(),
			1
		);
		const staffHere = scenarios.filter((s) => s.lesson === lesson.slug && isForStaff(s));
		const seen = new Set<string>();
		lesson.induction.forEach((id, index) => {
			const line = source.lineOf(['induction', index]);
			const scenario = scenarios.find((candidate) => candidate.id === id);
			if (!scenario) {
				problems.add(lesson.file, `induction: unknown scenario id ${id}`, line);
			} else if (!isForStaff(scenario)) {
				problems.add(
					lesson.file,
					`induction: ${id} is a scenario for parents; the induction is for staff`,
					line
				);
			} else if (scenario.lesson !== lesson.slug) {
				problems.add(
					lesson.file,
					`induction: ${id} belongs to another lesson (${scenario.file}); name only this lesson's scenarios`,
					line
				);
			} else if (seen.has(id)) {
				problems.add(lesson.file, `induction: ${id} is named twice`, line);
			}
			seen.add(id);
		});
		const needed = Math.min(staffHere.length, FEWEST);
		if (lesson.induction.length < needed) {
			problems.add(
				lesson.file,
				`induction: name ${needed === 1 ? 'the one staff scenario' : `${FEWEST} or ${MOST} of the ${staffHere.length} staff scenarios`} in this folder that the induction asks for`,
				source.lineOf(['induction'])
			);
		}
	}
}
