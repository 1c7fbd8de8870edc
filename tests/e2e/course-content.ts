import { buildCourse } from '../../src/lib/content/build-course';
import { readLessonsFolder } from '../../src/lib/server/content/lessons-folder';

/** The course as the site was built from it, so tests follow the content rather than copy it. */
export const course = buildCourse(readLessonsFolder(process.cwd()));
