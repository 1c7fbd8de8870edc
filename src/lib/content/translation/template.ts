/**
 * Interface strings that carry values are templates with named placeholders, `Scenario {at} of
 * {of}`, so that a translation can put the values where its grammar wants them.
 */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The template with each `{name}` replaced by its value; a name with no value stays as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(PLACEHOLDER, (placeholder, name: string) =>
		name in values ? String(values[name]) : placeholder
	);
}
