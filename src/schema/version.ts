/** The version of the output contract (record.ts), in every record's `schemaVersion`. */
export const SCHEMA_VERSION = '1' as const;
