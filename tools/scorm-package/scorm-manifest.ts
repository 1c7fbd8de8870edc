export interface ManifestInput {
	/** Names the package to the LMS; the same course keeps the same identifier across versions. */
	identifier: string;
	title: string;
	version: string;
	/** The quiz's pass mark, per cent: the LMS may judge passed or failed from the score with it. */
	masteryScore: number;
	/** Every file in the package, with forward slashes, the launch page among them. */
	files: readonly string[];
	launch: string;
}

function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** A file's path as a URL relative to the package, written into an attribute. */
const href = (path: string) => escapeXml(encodeURI(path));

/** An identifier as XML Schema's ID type accepts it: a letter first, then no spaces or colons. */
export function manifestIdentifier(text: string): string {
	const id = text
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[^A-Za-z]+|-+$/g, '');
	return id || 'course';
}

/**
 * The package's `imsmanifest.xml` for SCORM 1.2: one organisation with one item, whose one SCO
 * resource lists every file of the package.
 */
export function scormManifest(input: ManifestInput): string {
	const title = escapeXml(input.title);
	const files = [...input.files]
		.sort()
		.map((file) => `\t\t\t<file href="${href(file)}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(input.identifier)}" version="${escapeXml(input.version)}"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="organisation">
		<organization identifier="organisation">
			<title>${title}</title>
			<item identifier="course" identifierref="course-sco" isvisible="true">
				<title>${title}</title>
				<adlcp:masteryscore>${input.masteryScore}</adlcp:masteryscore>
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="course-sco" type="webcontent" adlcp:scormtype="sco" href="${href(input.launch)}">
${files}
		</resource>
	</resources>
</manifest>
`;
}
