/** `congvan parse FILE|-`: one dispatch → its record as JSON on stdout, diagnostics on stderr. */
import { readFile } from 'node:fs/promises';
import { CongvanError } from '../errors.js';
import { parseDispatch, type InputFormat } from '../pipeline.js';
import type { DispatchRecord } from '../schema/record.js';
import { formatDiagnostics } from '../emit/diagnostics.js';
import { formatJson } from '../emit/json.js';
import { exitCode } from './exit-code.js';
import { processIo, stderrColours, type Io } from './io.js';

/** The name that stands for stdin among the inputs. */
export const STDIN = '-';

export interface ParseCommandOptions {
  /** Inputs as given on the command line: paths, or `-` for stdin. Exactly one for now. */
  inputs: readonly string[];
  /** Reader; `auto` decides by extension, then by markdown syntax. */
  format: InputFormat | 'auto';
  /** Include source positions; false gives `positions: {}`. */
  positions: boolean;
  /** Indented JSON (true), one line (false), or undefined: indented when stdout is a terminal. */
  pretty?: boolean | undefined;
}

export async function run(options: ParseCommandOptions, io: Io = processIo()): Promise<number> {
  const [input, ...more] = options.inputs;
  if (input === undefined || more.length > 0) {
    throw new CongvanError('usage', `parse takes one input, got ${options.inputs.length}`);
  }
  const record = await parseInput(input, options, io);
  io.stdout.write(formatJson(record, { pretty: options.pretty ?? io.stdout.isTTY === true }));
  io.stderr.write(formatDiagnostics(input, record.messages, stderrColours(io)));
  return record.messages.some((message) => message.severity === 'error') ? exitCode.errors : exitCode.ok;
}

/** Reads and parses one input; every failure is a CongvanError naming the input. */
export async function parseInput(input: string, options: Omit<ParseCommandOptions, 'inputs' | 'pretty'>, io: Pick<Io, 'stdin'>): Promise<DispatchRecord> {
  const bytes = await readInput(input, io.stdin);
  try {
    return parseDispatch(bytes, { file: input === STDIN ? null : input, format: options.format, positions: options.positions });
  } catch (error) {
    if (error instanceof CongvanError) throw new CongvanError(error.code, error.message, { cause: error, file: input });
    throw error;
  }
}

async function readInput(input: string, stdin: Io['stdin']): Promise<Uint8Array> {
  try {
    return input === STDIN ? await readAll(stdin) : await readFile(input);
  } catch (error) {
    throw new CongvanError('unreadable-input', describeReadError(error), { cause: error, file: input });
  }
}

async function readAll(stream: Io['stdin']): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
