/**
 * The check that `parseDispatch` runs on every record it returns: the rules of `recordSchema` (record.ts),
 * written out as plain functions.
 *
 * The zod schema stays the contract: the TypeScript types come from it, schema/congvan.schema.json is generated
 * from it, and `congvan validate` checks records with it. But zod builds its schemas when it is loaded — about
 * a tenth of the start-up of `congvan parse` — and, jitless (congvan builds no code from strings), it spent
 * about 8 % of a document's time validating the record. This check needs neither, so the parse path never
 * loads zod. A property test holds the two to the same verdicts on arbitrary changes to real records.
 *
 * Like zod's parse, the check ignores properties that the schema does not name.
 */
import { isPlainObject, positionsProblem } from './positions.js';
import { SCHEMA_VERSION } from './version.js';

export interface RecordProblem {
  /** JSON Pointer of the first value found wrong. */
  path: string;
  message: string;
}

/**
 * Thrown by a parse below at the first value found wrong, and caught by parseRecord. The path is built on the
 * way out, each object and array putting its key in front, so that a valid record builds no path at all.
 */
class Problem extends Error {
  path = '';
}

/**
 * Checks a value and returns it as zod would: objects copied with the properties of their shape only, in the
 * order of the shape (so that the JSON of a record lists its fields in the order of the contract).
 */
type Parse = (value: unknown) => unknown;

function fail(message: string): never {
  throw new Problem(message);
}

/** Runs `parse` on the value at `key`, putting the key in front of the path of a problem found below it. */
function at(key: string | number, parse: Parse, value: unknown): unknown {
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof Problem) error.path = `/${key}${error.path}`;
    throw error;
  }
}

const string: Parse = (value) => (typeof value === 'string' ? value : fail('expected a string'));
const boolean: Parse = (value) => (typeof value === 'boolean' ? value : fail('expected a boolean'));

function matching(pattern: RegExp): Parse {
  return (value) => (typeof value === 'string' && pattern.test(value) ? value : fail(`expected a string matching ${pattern}`));
}

/** A whole number of at least `least` (zod's int(): a safe integer). */
function whole(least: number): Parse {
  return (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= least ? value : fail(`expected a whole number from ${least}`));
}

function oneOf(...values: readonly unknown[]): Parse {
  return (value) => (values.includes(value) ? value : fail(`expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`));
}

function nullable(parse: Parse): Parse {
  return (value) => (value === null ? null : parse(value));
}

function optional(parse: Parse): Parse {
  return (value) => (value === undefined ? undefined : parse(value));
}

function arrayOf(item: () => Parse): Parse {
  return (value) => {
    if (!Array.isArray(value)) fail('expected an array');
    const parse = item();
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = at(i, parse, value[i]);
    return out;
  };
}

function object(shape: Record<string, Parse>): Parse {
  const keys = Object.keys(shape);
  const parses = Object.values(shape);
  return (value) => {
    if (!isPlainObject(value)) fail('expected an object');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const parsed = at(key, parses[i]!, value[key]);
      if (parsed !== undefined || key in value) out[key] = parsed;
    }
    return out;
  };
}

const nullableString = nullable(string);

const assignee = object({ name: string, role: oneOf('lead', 'coordinate', 'assigned') });
const deadline = nullable(object({ date: nullableString, text: string, recurring: boolean }));
const task: Parse = object({
  label: string,
  text: string,
  assignees: arrayOf(() => assignee),
  deadline,
  subtasks: arrayOf(() => task),
});

const record = object({
  schemaVersion: oneOf(SCHEMA_VERSION),
  source: object({
    file: nullableString,
    format: oneOf('markdown', 'text', 'docx', 'pdf', 'html'),
    encoding: string,
    sha256: matching(/^[0-9a-f]{64}$/),
    id: optional(string),
  }),
  docType: nullable(object({ name: nullableString, code: nullableString })),
  number: nullable(
    object({ value: nullableString, raw: string, seq: nullableString, year: nullableString, typeCode: nullableString, issuerCode: nullableString, unitCode: nullableString }),
  ),
  date: nullable(object({ value: nullableString, place: nullableString })),
  issuer: nullable(object({ name: string, parent: nullableString, inferred: boolean })),
  subject: nullableString,
  recipients: arrayOf(() => string),
  references: arrayOf(() => object({ number: string, date: nullableString, issuer: nullableString, type: nullableString })),
  tasks: arrayOf(() => task),
  directives: arrayOf(() => object({ text: string, assignees: arrayOf(() => assignee), deadline })),
  signer: nullable(
    object({
      authority: nullable(oneOf('TM', 'KT', 'TL', 'TUQ', 'Q')),
      onBehalfOf: nullableString,
      title: nullableString,
      name: nullableString,
      authorityChain: arrayOf(() => string),
    }),
  ),
  distribution: arrayOf(() => string),
  archive: nullable(object({ holders: arrayOf(() => string), copies: nullable(whole(Number.MIN_SAFE_INTEGER)) })),
  urgency: nullable(oneOf('khẩn', 'thượng khẩn', 'hỏa tốc')),
  confidentiality: nullable(oneOf('mật', 'tối mật', 'tuyệt mật')),
  // Checked by its own loop, then copied as zod copies it (each point with its three fields only).
  positions: (value) => {
    const found = positionsProblem(value);
    if (found !== null) {
      const problem = new Problem(found.message);
      problem.path = found.path.slice('/positions'.length);
      throw problem;
    }
    const spans = value as Record<string, Record<'start' | 'end', Record<'line' | 'column' | 'offset', number>>>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(spans)) {
      if (key === '__proto__') continue;
      const { start, end } = spans[key]!;
      out[key] = { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
    }
    return out;
  },
  messages: arrayOf(() =>
    object({
      ruleId: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      severity: oneOf('error', 'warning', 'info'),
      message: string,
      line: nullable(whole(1)),
      column: nullable(whole(1)),
    }),
  ),
});

/** The record as recordSchema.parse gives it, or the first thing wrong in it. */
export function parseRecord(value: unknown): { record: unknown; problem: null } | { record: null; problem: RecordProblem } {
  try {
    return { record: record(value), problem: null };
  } catch (error) {
    if (error instanceof Problem) return { record: null, problem: { path: error.path, message: error.message } };
    throw error;
  }
}
