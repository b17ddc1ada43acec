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

  it('covers ok and error records, and gives the definitions stable names', () => {
    const schema = buildJsonSchema() as { anyOf: unknown; $defs: Record<string, { properties: Record<string, unknown> }> };
    expect(schema.anyOf).toEqual([{ $ref: '#/$defs/record' }, { $ref: '#/$defs/errorRecord' }]);
    expect(Object.keys(schema.$defs).sort()).toEqual(['errorRecord', 'record', 'task']);
    expect(schema.$defs.record!.properties.tasks).toEqual({ type: 'array', items: { $ref: '#/$defs/task' } });
    expect(Object.keys(schema.$defs.errorRecord!.properties)).toEqual(['schemaVersion', 'source', 'error']);
  });

  it('is deterministic', () => {
    expect(formatJsonSchema()).toBe(formatJsonSchema());
  });
});
