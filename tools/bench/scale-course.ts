import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGE_CODE } from '../../src/lib/content/translation/language.ts';
import { copyProject } from '../project-copy';

/**
 * The files of a lessons/ folder with the course `times` over, by path inside lessons/. Each copy
 * of a lesson, scenario and question gets its own number, slug, id and title, so the course check
 * treats the result as one larger course.
 */
export function scaledLessons(lessonsFolder: string, times: number): Map<string, string> {
	const folders = readdirSync(lessonsFolder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d{2}-/.test(entry.name))
		.map((entry) => entry.name)
		.sort();
	const files = new Map<string, string>();
	for (const name of readdirSync(lessonsFolder).filter((file) => file.endsWith('.yaml'))) {
		const text = readFileSync(join(lessonsFolder, name), 'utf8');
		files.set(name, name === 'quiz.yaml' ? scaledQuiz(text, times) : text);
	}
	// The languages offered, as they are: the copies' words are left untranslated.
	for (const folder of readdirSync(lessonsFolder, { withFileTypes: true })) {
		if (!folder.isDirectory() || !LANGUAGE_CODE.test(folder.name)) continue;
		for (const file of readdirSync(join(lessonsFolder, folder.name))) {
			files.set(
				`${folder.name}/${file}`,
				readFileSync(join(lessonsFolder, folder.name, file), 'utf8')
			);
		}
	}
	for (let copy = 0; copy < times; copy += 1) {
		const suffix = copy === 0 ? '' : `-c${copy + 1}`;
		const titled = (text: string) =>
			copy === 0 ? text : text.replace(/^title: (.*)$/m, `title: $1 (copy ${copy + 1})`);
		folders.forEach((folder, index) => {
			const number = String(copy * folders.length + index + 1).padStart(2, '0');
			const target = `${number}-${folder.slice(3)}${suffix}`;
			for (const file of readdirSync(join(lessonsFolder, folder))) {
				const text = readFileSync(join(lessonsFolder, folder, file), 'utf8');
				const scenario = /^(.+)\.scenario\.yaml$/.exec(file);
				if (scenario) {
					const id = `${scenario[1]}${suffix}`;
					files.set(
						`${target}/${id}.scenario.yaml`,
						titled(text.replace(/^id: .*$/m, `id: ${id}`))
					);
				} else if (file === 'index.md') {
					// The copy's induction names the copies of the lesson's scenarios.
					const induction = text.replace(
						/^induction: \[(.*)\]$/m,
						(_, ids: string) =>
							`induction: [${ids
								.split(', ')
								.map((id) => `${id}${suffix}`)
								.join(', ')}]`
					);
					files.set(`${target}/${file}`, titled(induction));
				}
			}
		});
	}
	return files;
}

/** quiz.yaml with its questions `times` over, each copy's ids and prompts made its own. */
function scaledQuiz(text: string, times: number): string {
	const [head = '', ...questions] = text.split(/^(?= {2}- id: )/m);
	const copies = Array.from({ length: times }, (_, copy) =>
		questions.map((question) =>
			copy === 0
				? question
				: question
						.replace(/^ {2}- id: (\S+)/m, `  - id: $1-c${copy + 1}`)
						.replace(/^( {4}prompt: )(['"]?)/m, `$1$2(Copy ${copy + 1}) `)
		)
	);
	return [head, ...copies.flat()].join('');
}

/**
 * A copy of the project in a temporary folder, sharing its node_modules, with its course `times`
 * over; returns the folder. Nothing in it is committed.
 */
export function writeScaledProject(project: string, times: number): string {
	const target = copyProject(project, 'scaled-course-', ['lessons']);
	for (const [path, text] of scaledLessons(join(project, 'lessons'), times)) {
		mkdirSync(dirname(join(target, 'lessons', path)), { recursive: true });
		writeFileSync(join(target, 'lessons', path), text);
	}
	return target;
}
