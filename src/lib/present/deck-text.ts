/**
 * The English that the parents' evening slides show around the course's own words, in one place:
 * each string is a unit that translators translate (key `present.<name>`, in a language's
 * presentation.yaml). A string with values is a template with named placeholders. The speaker
 * notes are for the presenter and stay in English.
 */
export const PRESENT_TEXT = {
	titleHeading: '{policy}: what we ask of families',
	policyNumber: 'Policy {number}',
	talkTo: 'Talk to {first} or {second}.',
	personNamed: '{role}: {name}',
	personUnnamed: 'the {role}'
} as const;
