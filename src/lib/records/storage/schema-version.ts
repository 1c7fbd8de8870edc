/**
 * The version of the shape the course stores (record-schema.ts). Kept apart from the schemas, which
 * need valibot: writing a first record needs the version, and only reading a stored one needs the
 * checks.
 *
 * Version 2 added certificates to each learner's progress; version 3 added policy sign-offs;
 * version 4 added where each certificate and sign-off came from.
 */
export const SCHEMA_VERSION = 4;
