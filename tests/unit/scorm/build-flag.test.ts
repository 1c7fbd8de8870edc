import { describe, expect, it } from 'vitest';
import {
	isScormPackageBuild,
	scormPackageBuildEnv
} from '../../../tools/scorm-package/build-flag.js';

describe('the SCORM package build flag', () => {
	it('is set only by the package build’s own environment', () => {
		expect(isScormPackageBuild({})).toBe(false);
		expect(isScormPackageBuild({ SCORM_PACKAGE: '0' })).toBe(false);
		expect(isScormPackageBuild({ SCORM_PACKAGE: 'true' })).toBe(false);
		expect(isScormPackageBuild(scormPackageBuildEnv({ BASE_PATH: '/course' }))).toBe(true);
		expect(scormPackageBuildEnv({ BASE_PATH: '/course' })).toMatchObject({ BASE_PATH: '/course' });
	});
});
