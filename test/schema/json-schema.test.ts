import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, formatJsonSchema, JSON_SCHEMA_ID } from '../../src/schema/json-schema.js';
import { SCHEMA_VERSION } from '../../src/schema/record.js';

const committedPath = new URL('../../schema/congvan.schema.json', import.meta.url);

describe('schema/congvan.schema.json', () => {
  it('equals the schema generated from the zod schema', () => {
    const committed = readFileSync(committedPath, 'utf8');
    expect(committed, 'schema/congvan.schema.json is out of date: run `npm run schema` and commit the result').toBe(
      formatJsonSchema(),
    );
  });

  it('names its draft, id and schema version', () => {
    const schema = buildJsonSchema();
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(JSON_SCHEMA_ID).toBe(`urn:congvan:schema:record:${SCHEMA_VERSION}`);
    expect(schema.title).toBe(`congvan record, schema version ${SCHEMA_VERSION}`);
  });

  it('gives the recursive task type a stable name', () => {
    const schema = buildJsonSchema() as { $defs: Record<string, unknown>; properties: { tasks: unknown } };
    expect(Object.keys(schema.$defs)).toEqual(['task']);
    expect(schema.properties.tasks).toEqual({ type: 'array', items: { $ref: '#/$defs/task' } });
  });

  it('is deterministic', () => {
    expect(formatJsonSchema()).toBe(formatJsonSchema());
  });
});
