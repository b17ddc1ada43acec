/**
 * The JSON Schema of a record, generated from the zod schema (the single source of truth) and committed as
 * `schema/congvan.schema.json` by `npm run schema`; test/schema/json-schema.test.ts checks it is current.
 */
import * as z from 'zod';
import { $ZodRegistry, type $ZodType, type GlobalMeta } from 'zod/v4/core';
import { SCHEMA_VERSION, anyRecordSchema, errorRecordSchema, recordSchema, taskSchema } from './record.js';

export const JSON_SCHEMA_ID = `urn:congvan:schema:record:${SCHEMA_VERSION}`;

/** Names for the definitions under `$defs` (recursive types), which zod would otherwise call `__schema0`. */
const definitionNames = new Map<$ZodType, string>([
  [recordSchema, 'record'],
  [errorRecordSchema, 'errorRecord'],
  [taskSchema, 'task'],
]);

/** The global registry (where `.describe()` puts descriptions), with the names above added as ids. */
class NamedDefinitions extends $ZodRegistry<GlobalMeta> {
  override get(schema: $ZodType): GlobalMeta | undefined {
    const meta = z.globalRegistry.get(schema);
    const id = definitionNames.get(schema);
    return id === undefined ? meta : { ...meta, id };
  }
}

/** One schema for every record: `anyOf` a parsed document (`$defs/record`) or an error record (`$defs/errorRecord`). */
export function buildJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(anyRecordSchema, {
    target: 'draft-2020-12',
    io: 'output',
    metadata: new NamedDefinitions(),
  });
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `congvan record, schema version ${SCHEMA_VERSION}`,
    description: 'A Vietnamese administrative document (công văn…) read by congvan',
    ...body,
  };
}

/** The committed form: 2-space indent, trailing newline. */
export function formatJsonSchema(schema: Record<string, unknown> = buildJsonSchema()): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
