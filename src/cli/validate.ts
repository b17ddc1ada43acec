/**
 * `congvan validate FILE…|-`: checks records (from congvan or any other system) against the schema.
 *
 * A file holds JSON (one record, or an array of records) or NDJSON (one record per line). Every problem is
 * printed on stdout as `file:record:pointer: message`, where record is the record's number from 1 in a JSON
 * array and its line in NDJSON, and pointer a JSON Pointer into the record (`/` for the record itself).
 * A summary goes to stderr. Exit 0 when every record is valid, 1 when one is not, 2 when a file cannot be
 * read or is not JSON (one line naming the file and the line).
 */
import { readFileSync } from 'node:fs';
import { checkRecord } from '../schema/validate.js';
import { describeReadError } from '../batch/read.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';

const STDIN = '-';

interface Unreadable {
  line: number | null;
  message: string;
}

type Contents = { records: Array<{ number: number; value: unknown }> } | { unreadable: Unreadable };

export async function run(files: readonly string[], io: Pick<Io, 'stdin' | 'stdout' | 'stderr'>): Promise<number> {
  let records = 0;
  let invalid = 0;
  let problems = 0;
  let unreadable = 0;
  for (const file of files) {
    const contents = splitRecords(await readText(file, io));
    if ('unreadable' in contents) {
      unreadable += 1;
      const { line, message } = contents.unreadable;
      io.stderr.write(`congvan: ${file}${line === null ? '' : `:${line}`}: ${message}\n`);
      continue;
    }
    for (const { number, value } of contents.records) {
      records += 1;
      const found = checkRecord(value);
      if (found.length === 0) continue;
      invalid += 1;
      problems += found.length;
      io.stdout.write(found.map((problem) => `${file}:${number}:${problem.pointer === '' ? '/' : problem.pointer}: ${problem.message}\n`).join(''));
    }
  }
  const files_ = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  const parts = [`${records - invalid} valid`, `${invalid} invalid${problems > 0 ? ` (${problems} ${problems === 1 ? 'problem' : 'problems'})` : ''}`];
  if (unreadable > 0) parts.push(`${unreadable} ${unreadable === 1 ? 'file' : 'files'} unreadable`);
  io.stderr.write(`congvan: ${records} ${records === 1 ? 'record' : 'records'} in ${files_}: ${parts.join(', ')}\n`);
  if (unreadable > 0) return exitCode.failure;
  return invalid > 0 ? exitCode.errors : exitCode.ok;
}

async function readText(file: string, io: Pick<Io, 'stdin'>): Promise<string | Unreadable> {
  try {
    if (file !== STDIN) return readFileSync(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    return { line: null, message: describeReadError(error) };
  }
}

/** JSON (a record or an array of records) or NDJSON (a record per line, numbered by line). */
export function splitRecords(text: string | Unreadable): Contents {
  if (typeof text !== 'string') return { unreadable: text };
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return { unreadable: { line: null, message: 'empty: no records' } };
  try {
    const value: unknown = JSON.parse(text);
    return { records: Array.isArray(value) ? value.map((item, index) => ({ number: index + 1, value: item })) : [{ number: 1, value }] };
  } catch (error) {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => line.trim() !== '');
    if (lines.filter((line) => line.trim() !== '').length > 1 && parses(lines[first]!)) {
      const records: Array<{ number: number; value: unknown }> = [];
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue;
        try {
          records.push({ number: index + 1, value: JSON.parse(line) });
        } catch (lineError) {
          return { unreadable: { line: index + 1, message: notJson(lineError) } };
        }
      }
      return { records };
    }
    return { unreadable: { line: lineAt(text, syntaxErrorOffset(text)), message: notJson(error) } };
  }
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** JSON.parse's message without the copy of the input that V8 puts in it. */
function notJson(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `not JSON: ${message.replace(/, (?:\.\.\.)?".*$/s, '').replace(/^Unexpected/, 'unexpected')}`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The offset of the first JSON syntax error in `text` (Node 20's JSON.parse does not always say where). */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const string = (): void => {
    i += 1;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 34) {
        i += 1;
        return;
      }
      if (ch === 92) i += 2;
      else if (ch < 32) fail();
      else i += 1;
    }
    fail();
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i += 1;
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) {
          i += 1;
          return;
        } else fail();
      }
    }
    if (ch === '"') return string();
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (error) {
    return error instanceof SyntaxAt ? error.offset : 0;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
