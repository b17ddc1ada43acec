import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema } from '../../src/schema/json-schema.js';
import { congvan } from './run.js';

describe('congvan schema', () => {
  it('prints schema/congvan.schema.json, generated from the zod schema', () => {
    const { status, stdout, stderr } = congvan(['schema']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(new URL('../../schema/congvan.schema.json', import.meta.url), 'utf8'));
    expect(stdout).toBe(formatJsonSchema());
    const schema = JSON.parse(stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.anyOf).toEqual([{ $ref: '#/$defs/record' }, { $ref: '#/$defs/errorRecord' }]);
  });

  it('is listed in the help', () => {
    expect(congvan(['--help']).stdout).toMatch(/^ {2}schema +print the JSON Schema/m);
  });
});
