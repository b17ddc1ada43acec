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
 * parseRecord runs a written-out copy of the rules first (copyValidRecord, at the end of this file), which only
 * says whether the record is valid; the combinators below run when it is not, to say where and why.
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

/**
 * The record as recordSchema.parse gives it, or the first thing wrong in it. With `own`, its `positions` and
 * `messages` are parseDispatch's own, built for this record (fresh objects with the schema's properties, in its
 * order, and no other): they are checked where they are and kept, not copied, since the copy would be the same
 * value property for property.
 */
export function parseRecord(value: unknown, own = false): { record: unknown; problem: null } | { record: null; problem: RecordProblem } {
  const copy = copyValidRecord(value, own);
  if (copy !== undefined) return { record: copy, problem: null };
  // Something is wrong: the combinators above find what and where.
  try {
    return { record: record(value), problem: null };
  } catch (error) {
    if (error instanceof Problem) return { record: null, problem: { path: error.path, message: error.message } };
    throw error;
  }
}

// ---- The same rules, written out per object of the record ----------------------------------------------------
//
// What parseRecord runs first, on every record. The combinators above call closures through closures and read
// and write properties by computed key, which V8 can neither inline nor cache: half of the check's time. Here
// each object is read by its property names and copied as an object literal, and a wrong value throws BAIL (no
// path, no message, no stack); only then do the combinators run, to say what is wrong and where. The test holds
// the two, and zod, to the same verdicts and values (test/schema/check.test.ts).

/** Thrown at the first wrong value; not an Error, so that throwing it captures no stack. */
const BAIL: unique symbol = Symbol('invalid record');

function bail(): never {
  throw BAIL;
}

function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : bail();
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : bail();
}

function strOrNull(value: unknown): string | null {
  return value === null ? null : typeof value === 'string' ? value : bail();
}

function bool(value: unknown): boolean {
  return typeof value === 'boolean' ? value : bail();
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) bail();
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = str(value[i]);
  return out;
}

/** A whole number of at least `least` (zod's int(): a safe integer). */
function int(value: unknown, least: number): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least ? value : bail();
}

function intOrNull(value: unknown, least: number): number | null {
  return value === null ? null : int(value, least);
}

function listOf<T>(value: unknown, copy: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) bail();
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
  return out;
}

const SHA256 = /^[0-9a-f]{64}$/;
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function copySource(value: unknown) {
  const v = obj(value);
  const format = v.format;
  if (format !== 'markdown' && format !== 'text' && format !== 'docx' && format !== 'pdf' && format !== 'html') bail();
  const sha256 = str(v.sha256);
  if (!SHA256.test(sha256)) bail();
  const out: Record<string, unknown> = { file: strOrNull(v.file), format, encoding: str(v.encoding), sha256 };
  // Optional: copied when set, and kept as undefined when present as undefined (zod's parse does both).
  if (v.id !== undefined) out.id = str(v.id);
  else if ('id' in v) out.id = undefined;
  return out;
}

function copyAssignee(value: unknown) {
  const v = obj(value);
  const role = v.role;
  if (role !== 'lead' && role !== 'coordinate' && role !== 'assigned') bail();
  return { name: str(v.name), role };
}

function copyDeadline(value: unknown) {
  if (value === null) return null;
  const v = obj(value);
  return { date: strOrNull(v.date), text: str(v.text), recurring: bool(v.recurring) };
}

function copyTask(value: unknown): unknown {
  const v = obj(value);
  return { label: str(v.label), text: str(v.text), assignees: listOf(v.assignees, copyAssignee), deadline: copyDeadline(v.deadline), subtasks: listOf(v.subtasks, copyTask) };
}

function copyDirective(value: unknown) {
  const v = obj(value);
  return { text: str(v.text), assignees: listOf(v.assignees, copyAssignee), deadline: copyDeadline(v.deadline) };
}

function copyReference(value: unknown) {
  const v = obj(value);
  return { number: str(v.number), date: strOrNull(v.date), issuer: strOrNull(v.issuer), type: strOrNull(v.type) };
}

function copySigner(value: unknown) {
  if (value === null) return null;
  const v = obj(value);
  const authority = v.authority;
  if (authority !== null && authority !== 'TM' && authority !== 'KT' && authority !== 'TL' && authority !== 'TUQ' && authority !== 'Q') bail();
  return { authority, onBehalfOf: strOrNull(v.onBehalfOf), title: strOrNull(v.title), name: strOrNull(v.name), authorityChain: strings(v.authorityChain) };
}

/**
 * The copy functions below check their value and copy it; with `keep` (parseRecord's `own`) they run the same checks
 * and give back the value itself.
 */
function copyMessage(value: unknown, keep = false) {
  const v = obj(value);
  const ruleId = str(v.ruleId);
  if (!RULE_ID.test(ruleId)) bail();
  const severity = v.severity;
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info') bail();
  const message = str(v.message);
  const line = intOrNull(v.line, 1);
  const column = intOrNull(v.column, 1);
  return keep ? v : { ruleId, severity, message, line, column };
}

function copyPoint(value: unknown, keep = false) {
  const v = obj(value);
  const line = int(v.line, 1);
  const column = int(v.column, 1);
  const offset = int(v.offset, 0);
  return keep ? v : { line, column, offset };
}

function copyPositions(value: unknown, keep = false) {
  const v = obj(value);
  const out: Record<string, unknown> = keep ? v : {};
  const keys = Object.keys(v);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    // zod skips it (it would replace the prototype of the copy); a record kept as it is must not hold it.
    if (key === '__proto__') {
      if (keep) bail();
      continue;
    }
    const span = obj(v[key]);
    const start = copyPoint(span.start, keep);
    const end = copyPoint(span.end, keep);
    if (!keep) out[key] = { start, end };
  }
  return out;
}

/** copyMessage over a list, kept as it is. */
function keptMessages(value: unknown) {
  if (!Array.isArray(value)) bail();
  for (let i = 0; i < value.length; i++) copyMessage(value[i], true);
  return value;
}

/** The record as recordSchema.parse gives it, or undefined when anything in it is wrong (`own`: see parseRecord). */
export function copyValidRecord(value: unknown, own = false): unknown {
  try {
    return copyRecord(value, own);
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

function copyRecord(value: unknown, own: boolean) {
  const v = obj(value);
  if (v.schemaVersion !== SCHEMA_VERSION) bail();
  const docType = v.docType === null ? null : obj(v.docType);
  const number = v.number === null ? null : obj(v.number);
  const date = v.date === null ? null : obj(v.date);
  const issuer = v.issuer === null ? null : obj(v.issuer);
  const archive = v.archive === null ? null : obj(v.archive);
  const urgency = v.urgency;
  if (urgency !== null && urgency !== 'khẩn' && urgency !== 'thượng khẩn' && urgency !== 'hỏa tốc') bail();
  const confidentiality = v.confidentiality;
  if (confidentiality !== null && confidentiality !== 'mật' && confidentiality !== 'tối mật' && confidentiality !== 'tuyệt mật') bail();
  return {
    schemaVersion: SCHEMA_VERSION,
    source: copySource(v.source),
    docType: docType === null ? null : { name: strOrNull(docType.name), code: strOrNull(docType.code) },
    number:
      number === null
        ? null
        : {
            value: strOrNull(number.value),
            raw: str(number.raw),
            seq: strOrNull(number.seq),
            year: strOrNull(number.year),
            typeCode: strOrNull(number.typeCode),
            issuerCode: strOrNull(number.issuerCode),
            unitCode: strOrNull(number.unitCode),
          },
    date: date === null ? null : { value: strOrNull(date.value), place: strOrNull(date.place) },
    issuer: issuer === null ? null : { name: str(issuer.name), parent: strOrNull(issuer.parent), inferred: bool(issuer.inferred) },
    subject: strOrNull(v.subject),
    recipients: strings(v.recipients),
    references: listOf(v.references, copyReference),
    tasks: listOf(v.tasks, copyTask),
    directives: listOf(v.directives, copyDirective),
    signer: copySigner(v.signer),
    distribution: strings(v.distribution),
    archive: archive === null ? null : { holders: strings(archive.holders), copies: intOrNull(archive.copies, Number.MIN_SAFE_INTEGER) },
    urgency,
    confidentiality,
    positions: copyPositions(v.positions, own),
    messages: own ? keptMessages(v.messages) : listOf(v.messages, copyMessage),
  };
}
