/**
 * One input of a batch, from its path to the text of its output: read, check --resume, parse, serialize.
 * It runs in a worker thread (worker.ts), or in the main thread with --jobs 1, and never throws: an input
 * that cannot be read or parsed gives its error record (../shared/spec/output.md).
 */
import { sha256Hex } from '../hash.js';
import { readFileSync, statSync } from 'node:fs';
import { CongvanError } from '../errors.js';
import { parseDocument, toErrorRecord } from '../pipeline.js';
import type { AnyRecord } from '../emit/format.js';
import { DEFAULT_MAX_BYTES, readInputFile, tooLarge } from './read.js';
import type { BatchSettings, Outcome, Task } from './settings.js';

export async function runTask(task: Task, settings: BatchSettings, serialize: (record: AnyRecord) => string): Promise<Outcome> {
  const outcome = { index: task.index, file: task.file, target: task.target };
  const sourceFile = task.path === null ? null : task.file;
  let bytes: Uint8Array | null = null;
  try {
    bytes = task.bytes ?? readInputFile(task.file, task.path!, settings.maxBytes);
    if (task.bytes !== undefined && task.bytes.length > (settings.maxBytes ?? DEFAULT_MAX_BYTES)) throw tooLarge(task.bytes.length, settings.maxBytes ?? DEFAULT_MAX_BYTES, task.file);
    // parseDispatch hashes the bytes for the record itself: hash here only for --resume (and failures, below).
    if (task.resume && task.target !== null && task.path !== null && isUpToDate(task.path, task.target, sha256Hex(bytes))) {
      return { ...outcome, status: 'skipped', format: null, text: '', messages: [], error: null };
    }
    const record = await parseDocument(bytes, { file: sourceFile, format: settings.from, encoding: settings.encoding, positions: settings.positions });
    const status = record.messages.some((message) => message.severity === 'error') ? 'errors' : 'clean';
    return { ...outcome, status, format: record.source.format, text: serialize(record), messages: record.messages, error: null };
  } catch (error) {
    return failedOutcome(task, error, serialize, bytes === null ? null : sha256Hex(bytes));
  }
}

/** The outcome of an input that could not be read or parsed: its error record. */
export function failedOutcome(task: Task, error: unknown, serialize: (record: AnyRecord) => string, sha256: string | null): Outcome {
  const record = toErrorRecord(task.path === null ? null : task.file, error, sha256 === null ? {} : { sha256 });
  const failure = error instanceof CongvanError ? record.error : { ...record.error, message: `internal error: ${record.error.message}` };
  return { index: task.index, file: task.file, target: task.target, status: 'failed', format: null, text: serialize(record), messages: [], error: failure };
}

/** --resume: the output exists, is not older than the input, and was made from the same bytes. */
export function isUpToDate(input: string, target: string, sha256: string): boolean {
  try {
    if (statSync(target).mtimeMs < statSync(input).mtimeMs) return false;
    const previous = JSON.parse(readFileSync(target, 'utf8')) as { source?: { sha256?: unknown } };
    return previous.source?.sha256 === sha256;
  } catch {
    return false;
  }
}
