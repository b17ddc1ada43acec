/**
 * `congvan parse --stdin-ndjson -`: the pipe mode of Hadoop Streaming, Spark's RDD.pipe and GNU parallel --pipe.
 *
 * Each line of stdin is a request, `{"id": "…", "text": "…"}` or `{"id": "…", "base64": "…", "format": "docx"}`;
 * each gives one record on stdout (NDJSON), in the order of the lines, with the request's id in `source.id`.
 * Lines are read one at a time (node:readline) and a record is written before the next line is read, waiting
 * for 'drain' when stdout is full: memory stays flat however long the stream. A line that is not a request
 * (not JSON, no id, neither text nor base64) or an input that cannot be parsed gives an error record, and the
 * stream goes on. Blank lines are skipped. Exit 0 once every line has its record: the failures are in the
 * records, and a streaming engine would retry a task that exits non-zero.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { CongvanError } from '../errors.js';
import type { DocumentFormat } from '../pipeline.js';
import type { EncodingChoice } from '../read/encodings.js';
import type { AnyRecord } from '../emit/format.js';
import { ndjson } from '../emit/ndjson.js';
import { StreamWriter } from '../batch/writers.js';
import { tooLarge } from '../batch/read.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';

export interface PipeOptions {
  /** The reader for requests without a `format`. */
  format: DocumentFormat | 'auto';
  encoding: EncodingChoice;
  positions: boolean;
  /** Inputs larger than this many bytes give an `input-too-large` error record. */
  maxBytes: number;
  quiet: boolean;
}

const FORMATS: Record<string, DocumentFormat | 'auto'> = {
  auto: 'auto',
  markdown: 'markdown',
  md: 'markdown',
  text: 'text',
  txt: 'text',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
};

interface Request {
  id: string;
  bytes: Uint8Array;
  format: DocumentFormat | 'auto';
}

export async function runPipe(options: PipeOptions, io: Pick<Io, 'stdin' | 'stdout' | 'stderr'>): Promise<number> {
  const { parseDocument, toErrorRecord } = await import('../pipeline.js');
  const out = new StreamWriter(io.stdout, ndjson);
  const input = io.stdin instanceof Readable ? io.stdin : Readable.from(io.stdin);
  const lines = createInterface({ input, crlfDelay: Infinity });
  const counts = { clean: 0, errors: 0, failed: 0 };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let record: AnyRecord;
    let id: string | undefined;
    try {
      const request = readRequest(line, options);
      id = request.id;
      const parsed = await parseDocument(request.bytes, { file: null, format: request.format, encoding: options.encoding, positions: options.positions });
      record = { ...parsed, source: { ...parsed.source, id: request.id } };
      if (parsed.messages.some((message) => message.severity === 'error')) counts.errors += 1;
      else counts.clean += 1;
    } catch (error) {
      id ??= error instanceof RequestError ? error.id : undefined;
      const cause = error instanceof RequestError ? error.error : error;
      record = toErrorRecord(null, cause, id === undefined ? {} : { id });
      counts.failed += 1;
    }
    await out.write(ndjson.serialize(record));
    if (out.closed) break;
  }
  lines.close();
  await out.close();
  if (!options.quiet) {
    const total = counts.clean + counts.errors + counts.failed;
    io.stderr.write(`congvan: ${total} ${total === 1 ? 'request' : 'requests'}: ${counts.clean} clean, ${counts.errors} with errors, ${counts.failed} failed\n`);
  }
  return exitCode.ok;
}

class RequestError extends Error {
  constructor(
    readonly id: string | undefined,
    readonly error: CongvanError,
  ) {
    super(error.message);
  }
}

/** One line → a request; a RequestError (code invalid-request or input-too-large) with the id when there is one. */
export function readRequest(line: string, options: Pick<PipeOptions, 'format' | 'maxBytes'>): Request {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new RequestError(undefined, invalid('the line is not JSON'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RequestError(undefined, invalid('the line is not a JSON object'));
  const request = value as Record<string, unknown>;
  const id = typeof request.id === 'string' ? request.id : typeof request.id === 'number' ? String(request.id) : undefined;
  if (id === undefined) throw new RequestError(undefined, invalid('the request has no "id" (a string)'));
  const fail = (message: string): never => {
    throw new RequestError(id, invalid(message));
  };
  let format = options.format;
  if (request.format !== undefined && request.format !== null) {
    const chosen = typeof request.format === 'string' ? FORMATS[request.format] : undefined;
    if (chosen === undefined) fail(`unknown "format": ${JSON.stringify(request.format)} (use ${Object.keys(FORMATS).join(', ')})`);
    format = chosen!;
  }
  let bytes: Uint8Array;
  if (typeof request.text === 'string' && request.base64 === undefined) bytes = Buffer.from(request.text, 'utf8');
  else if (typeof request.base64 === 'string' && request.text === undefined) {
    if (/[^A-Za-z0-9+/=\s]/.test(request.base64)) fail('"base64" is not base64');
    bytes = Buffer.from(request.base64, 'base64');
  } else if (request.text !== undefined && request.base64 !== undefined) fail('the request has both "text" and "base64": give one');
  else fail('the request has neither "text" (a string) nor "base64" (a string)');
  if (bytes!.length > options.maxBytes) {
    throw new RequestError(id, tooLarge(bytes!.length, options.maxBytes, null));
  }
  return { id, bytes: bytes!, format };
}

function invalid(message: string): CongvanError {
  return new CongvanError('invalid-request', message);
}
