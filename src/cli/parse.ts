/**
 * `congvan parse INPUT…`: dispatches → records.
 *
 * One file (or `-`) as JSON is the single-input mode: the record on stdout, or, if the input cannot be read
 * or parsed, one line on stderr and exit 2. Anything else is a batch (src/batch/): several inputs, a folder,
 * a glob, `--format ndjson|csv` or `-o DIR`, where every input yields one record (an error record if it
 * fails), in input order, followed by a summary on stderr.
 */
import { CongvanError } from '../errors.js';
import type { DocumentFormat } from '../pipeline.js';
import type { EncodingChoice } from '../read/encodings.js';
import type { DispatchRecord, Message } from '../schema/record.js';
import { formatJson } from '../emit/json.js';
import { classifyOperand, expandOperands, STDIN } from '../batch/inputs.js';
import { DEFAULT_MAX_BYTES, describeReadError, readInputFile, tooLarge } from '../batch/read.js';
import { defaultJobs } from '../batch/jobs.js';
import type { Destination } from '../batch/settings.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';
import { processIo } from './process-io.js';

export { STDIN };

export type OutputFormat = 'json' | 'ndjson' | 'csv';

export interface ParseCommandOptions {
  /** Operands as given on the command line: files, folders, globs, or `-` for stdin. */
  inputs: readonly string[];
  /** Reader; `auto` decides by content and extension, then by markdown syntax. */
  format: DocumentFormat | 'auto';
  /** Character encoding of the inputs; `auto` (default) detects it. */
  encoding?: EncodingChoice | undefined;
  /** Include source positions; false gives `positions: {}`. */
  positions: boolean;
  /** Indented JSON (true), one line (false), or undefined: indented when stdout is a terminal. */
  pretty?: boolean | undefined;
  /** `--format`: undefined picks json for one input, and for a batch ndjson unless stdout is a terminal. */
  output?: OutputFormat | undefined;
  /** `-o DIR`: one JSON file per input. */
  outDir?: string | undefined;
  /** Glob patterns of files to leave out of folders and globs. */
  ignore?: readonly string[] | undefined;
  /** Worker threads; default the number of cores. */
  jobs?: number | undefined;
  failFast?: boolean | undefined;
  resume?: boolean | undefined;
  /** No diagnostics and no progress bar. */
  quiet?: boolean | undefined;
  /** `--max-bytes`: inputs larger than this many bytes are refused with input-too-large (default 20 MB). */
  maxBytes?: number | undefined;
  /** Pipe mode: requests as NDJSON lines on stdin (the only operand is `-`), records as NDJSON on stdout. */
  stdinNdjson?: boolean | undefined;
}

export async function run(options: ParseCommandOptions, io: Io = processIo()): Promise<number> {
  checkUsage(options);
  if (options.stdinNdjson === true) {
    const { runPipe } = await import('./stdin-ndjson.js');
    return runPipe({ format: options.format, encoding: options.encoding ?? 'auto', positions: options.positions, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, quiet: options.quiet === true }, io);
  }
  const cwd = process.cwd();
  const operands = await Promise.all(options.inputs.map((input) => classifyOperand(input, cwd)));
  const [operand] = operands;
  const single = operands.length === 1 && operand !== undefined && (operand.kind === 'file' || operand.kind === 'stdin');
  if (single && options.outDir === undefined && (options.output ?? 'json') === 'json') return runSingle(operand.text, options, io);

  const interrupt = new AbortController();
  const stopListening = io.onInterrupt?.(() => interrupt.abort()) ?? (() => undefined);
  try {
    let expansion;
    try {
      expansion = await expandOperands(operands, { cwd, ignore: options.ignore ?? [], exclude: options.outDir ?? null, signal: interrupt.signal });
    } catch (error) {
      if (interrupt.signal.aborted) return exitCode.interrupted;
      throw error;
    }
    const destination: Destination = options.outDir !== undefined ? 'files' : (options.output ?? (io.stdout.isTTY === true ? 'json' : 'ndjson'));
    const pretty = destination === 'json' ? (options.pretty ?? io.stdout.isTTY === true) : destination === 'files' && options.pretty === true;
    const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(expansion.inputs.length), expansion.inputs.length));
    const stdin = expansion.inputs.some((input) => input.path === null) ? await readAll(io.stdin) : null;
    // Loaded here: a parallel batch never loads the parser in the main thread.
    const { runBatch } = await import('../batch/run.js');
    return await runBatch(
      expansion,
      {
        settings: { from: options.format, encoding: options.encoding ?? 'auto', positions: options.positions, destination, pretty, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES },
        jobs,
        outDir: options.outDir ?? null,
        resume: options.resume === true,
        failFast: options.failFast === true,
        quiet: options.quiet === true,
        stdin,
        signal: interrupt.signal,
      },
      io,
    );
  } finally {
    stopListening();
  }
}

function checkUsage(options: ParseCommandOptions): void {
  if (options.inputs.length === 0) throw new CongvanError('usage', 'parse needs at least one input');
  if (options.resume && options.outDir === undefined) throw new CongvanError('usage', '--resume needs an output folder (-o DIR)');
  if (options.outDir !== undefined && options.output !== undefined) throw new CongvanError('usage', '-o writes one JSON file per input: it cannot be combined with --format');
  if (options.outDir !== undefined && options.inputs.includes(STDIN)) throw new CongvanError('usage', '-o cannot write the record of stdin (-): give files or folders');
  if (options.pretty === true && (options.output === 'ndjson' || options.output === 'csv')) {
    throw new CongvanError('usage', `--pretty applies to JSON, not to --format ${options.output}`);
  }
  if (options.jobs !== undefined && !(Number.isInteger(options.jobs) && options.jobs >= 1)) throw new CongvanError('usage', '--jobs takes a whole number from 1');
  if (options.stdinNdjson === true) {
    if (options.inputs.length !== 1 || options.inputs[0] !== STDIN) throw new CongvanError('usage', '--stdin-ndjson reads its requests from stdin: give - as the only input');
    if (options.outDir !== undefined || options.resume === true) throw new CongvanError('usage', '--stdin-ndjson writes NDJSON records on stdout: it cannot be combined with -o or --resume');
    if (options.output !== undefined && options.output !== 'ndjson') throw new CongvanError('usage', `--stdin-ndjson writes NDJSON, not --format ${options.output}`);
    if (options.pretty === true) throw new CongvanError('usage', '--stdin-ndjson writes one record per line: it cannot be combined with --pretty');
  }
}

/** One file or stdin: the record as JSON, diagnostics on stderr; a failure is thrown (one line, exit 2). */
async function runSingle(input: string, options: ParseCommandOptions, io: Io): Promise<number> {
  const record = await parseInput(input, options, io);
  io.stdout.write(formatJson(record, { pretty: options.pretty ?? io.stdout.isTTY === true }));
  if (options.quiet !== true && record.messages.length > 0) await printDiagnostics(input, record.messages, io);
  return record.messages.some((message) => message.severity === 'error') ? exitCode.errors : exitCode.ok;
}

/** Loaded only when there is a message to print: a clean record needs no formatter and no colours (chalk). */
async function printDiagnostics(input: string, messages: readonly Message[], io: Io): Promise<void> {
  const [{ formatDiagnostics }, { stderrColours }] = await Promise.all([import('../emit/diagnostics.js'), import('./io.js')]);
  io.stderr.write(formatDiagnostics(input, messages, stderrColours(io)));
}

/** Reads and parses one input; every failure is a CongvanError naming the input. */
export async function parseInput(input: string, options: Pick<ParseCommandOptions, 'format' | 'encoding' | 'positions' | 'maxBytes'>, io: Pick<Io, 'stdin'>): Promise<DispatchRecord> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = input === STDIN ? await readStdin(io.stdin, maxBytes) : readInputFile(input, input, maxBytes);
  const { parseDocument } = await import('../pipeline.js');
  try {
    return await parseDocument(bytes, { file: input === STDIN ? null : input, format: options.format, encoding: options.encoding ?? 'auto', positions: options.positions });
  } catch (error) {
    if (error instanceof CongvanError) throw new CongvanError(error.code, error.message, { cause: error, file: input });
    throw error;
  }
}

async function readStdin(stdin: Io['stdin'], maxBytes: number): Promise<Uint8Array> {
  try {
    return await readAll(stdin, maxBytes);
  } catch (error) {
    if (error instanceof CongvanError) throw error;
    throw new CongvanError('unreadable-input', describeReadError(error), { cause: error, file: STDIN });
  }
}

/** All of stdin; stops reading (input-too-large) once it is more than `maxBytes`. */
async function readAll(stream: Io['stdin'], maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes, STDIN);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
