/**
 * The words of the pages for families, in English, in one place. Each string here is a unit that
 * translators translate (key `families.<name>`, see src/lib/content/translation/): add any words
 * a family reads to this object, never to a page. A string with values is a template with named
 * placeholders, filled in by `fillTemplate`. The policy's and the course's own words come from
 * lessons/, not from here.
 */
export const FAMILIES_TEXT = {
	homeLink: 'For families',
	homeHeading: 'A parent or carer?',
	homeLine: 'Read at home what the policy asks of families, and try the scenarios written for you.',
	title: 'For families',
	intro: [
		'The pre-school has a Social Networking policy. Most of its rules are for staff. Some are for everyone, families included. This page sets out what it asks of you, and where to go with a worry.',
		'You do not need to give your name, and reading these pages keeps nothing on this device.'
	],
	requestsNote:
		'Some points are requests that the setting makes of families. Each one says whether the setting has decided it yet, or only proposed it.',
	pointsHeading: 'What each lesson asks of families',
	rulesHeading: 'The rules of the policy that bind families',
	rulesIntro:
		'These parts of the policy are for everyone, families included. The rest of its rules are for staff only.',
	fullPolicy: 'Read the full policy',
	scenariosHeading: 'What would you do?',
	scenariosIntro:
		'Short stories about things families meet online. Choose what you would do, and see how it turns out. Nothing you choose is kept.',
	startScenarios: 'Start with the first scenario',
	contactsHeading: 'Worried about something you have seen online?',
	signHeading: 'Tell the setting you have read this',
	signLine: 'The setting asks families to sign that they have read what the policy asks of them.',
	signLink: 'Sign that you have read it',
	print: 'Print this page',
	skipLink: 'Skip to main content',
	privacyLink: 'Privacy: what this device keeps',
	languagesLabel: 'Read this page in another language',
	checkedNotice:
		'This translation was checked by a fluent speaker ({role}) on {date}. If anything is unclear, ask us; the English policy is the one that counts.',
	approvedNotice:
		'This translation was checked by a fluent speaker ({role}) on {date}, and approved by the Designated Safeguarding Lead on {approved}. The English policy is the one that counts.',
	listen: 'Listen',
	noVoice:
		'This device has no voice that reads this language, so it cannot read this page aloud. The course never uses online voices, which would send the words to another company. A device’s settings can often add one: look for “text-to-speech”.',
	handoutLink: 'A one-page handout to print',
	handoutTitle: 'What we ask of families online',
	handoutWorry: 'Where to take a worry',
	handoutScan: 'Scan this code with a phone’s camera to read these pages in your language.',
	handoutWriteAddress: 'These pages on the web (ask the setting for the address):',
	scenarioEyebrow: 'For families: what would you do?',
	nextScenario: 'Next scenario',
	lastScenario: 'That was the last scenario.',
	backToFamilies: 'Back to the page for families',
	scenarioCount: 'Scenario {at} of {of}',
	signTitle: 'Sign what the policy asks of families',
	signIntro: [
		'Signing tells the setting that you have read what its policy asks of families. It keeps your name and the date on this device only, for the manager’s records.',
		'So sign on the setting’s own tablet or computer. On your own phone, the setting cannot see it: ask for a paper copy to sign instead.'
	],
	signNotAsked:
		'The setting does not ask families to sign. Reading the page for families is enough.',
	signStatement:
		'I have read what the {setting} {policy} policy, version {version}, asks of families.',
	nameLabel: 'Your name',
	nameHint: 'Type your name as you would sign it.',
	nameMissing: 'Type your name to sign.',
	signButton: 'Sign',
	notKept: 'This device did not keep your sign-off. Ask the setting for a paper copy to sign.',
	signed: 'Thank you, {name}. Your sign-off is kept on this device.'
} as const;
