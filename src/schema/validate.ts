/**
 * Checking a record from anywhere (congvan, another system, a hand edit) against the schema, with every problem
 * as a JSON Pointer and a message for people, built from zod's issues. Used by `congvan validate`.
 *
 * zod strips unknown properties instead of refusing them, while the JSON Schema (schema/congvan.schema.json)
 * forbids them (`additionalProperties: false`): they are looked for separately, by walking the value along the
 * schema, so that `validate` agrees with the JSON Schema.
 */
import type * as z from 'zod';
import { isPlainObject } from './positions.js';
import { errorRecordSchema, recordSchema } from './record.js';

export interface Problem {
  /** JSON Pointer (RFC 6901) into the record; '' is the record itself. */
  pointer: string;
  message: string;
}

/** The problems of one record (none when it is valid). A record with `error` and no `docType` is an error record. */
export function checkRecord(value: unknown): Problem[] {
  if (!isPlainObject(value)) return [{ pointer: '', message: `expected a record (an object), got ${describe(value)}` }];
  const schema = 'error' in value && !('docType' in value) ? errorRecordSchema : recordSchema;
  const problems: Problem[] = [];
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) for (const issue of result.error.issues) problems.push({ pointer: toPointer(issue.path), message: describeIssue(issue) });
  unknownProperties(schema, value, [], problems);
  return problems;
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

type Issue = z.core.$ZodIssue & { input?: unknown };

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `required property missing (expected ${article(issue.expected)})`;
      return `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, got ${describe(issue.input)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern !== undefined
        ? `${describe(issue.input)} does not match ${issue.pattern}`
        : `${describe(issue.input)} is not a valid ${issue.format}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `too short: at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'} expected`
        : `expected at least ${String(issue.minimum)}, got ${describe(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `too long: at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'} expected`
        : `expected at most ${String(issue.maximum)}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown properties: ${issue.keys.join(', ')}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function article(type: string): string {
  switch (type) {
    case 'int':
      return 'an integer';
    case 'object':
    case 'array':
      return `an ${type}`;
    default:
      return `a ${type}`;
  }
}

/** A value as a reader would name it: `null`, `an array`, `"text"`, `42`. Long strings are cut. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(text);
  }
  return String(value);
}

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}

function defOf(schema: z.core.$ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Properties the schema does not know, at any depth (the JSON Schema's `additionalProperties: false`). */
function unknownProperties(schema: z.core.$ZodType, value: unknown, path: PropertyKey[], problems: Problem[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable':
    case 'optional':
      if (value !== null && value !== undefined && def.innerType) unknownProperties(def.innerType, value, path, problems);
      return;
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((item, index) => unknownProperties(def.element!, item, [...path, index], problems));
      return;
    case 'record':
      if (isPlainObject(value) && def.valueType) for (const [key, item] of Object.entries(value)) unknownProperties(def.valueType, item, [...path, key], problems);
      return;
    case 'object':
      if (!isPlainObject(value) || !def.shape) return;
      for (const [key, item] of Object.entries(value)) {
        const property = def.shape[key];
        if (property === undefined) problems.push({ pointer: toPointer([...path, key]), message: 'unknown property (not in the schema)' });
        else unknownProperties(property, item, [...path, key], problems);
      }
      return;
    default:
      return;
  }
}
