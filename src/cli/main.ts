/** The congvan command line: commands wired here, errors reported here, exit code set here only. */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CongvanError } from '../errors.js';
import { exitCode } from './exit-code.js';
import { processIo } from './process-io.js';
import { SMALL_BATCH } from '../batch/jobs.js';
import { parseByteCount } from '../batch/read.js';
import type { OutputFormat } from './parse.js';
import { ENCODINGS, type EncodingChoice } from '../read/encodings.js';

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  let code: number = exitCode.ok;
  const program = createProgram((returned) => {
    code = returned;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    code = report(error, program.opts<{ debug?: boolean }>().debug === true);
  }
  process.exitCode = code;
}

function createProgram(exit: (code: number) => void): Command {
  const program = new Command('congvan')
    .description('Read Vietnamese official dispatches (công văn) into schema-validated JSON records')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand(false)
    .option('--debug', 'print stack traces of errors')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ outputError: (text, write) => write(`congvan: ${text.replace(/^error: /, '')}`) })
    .exitOverride();

  program
    .command('parse')
    .description('read dispatches and print their records on stdout (JSON, NDJSON or CSV); diagnostics go to stderr')
    .argument('<file...>', 'files (.md, .txt, .docx, .pdf, .html…), folders (read recursively), glob patterns, or - for stdin')
    .addOption(new Option('--format <format>', 'output format; default: json for one file, for several ndjson unless stdout is a terminal').choices(['json', 'ndjson', 'csv']))
    .addOption(new Option('-o, --output <dir>', 'write one .json file per input into <dir>, mirroring the input folders').conflicts('format'))
    .option('--ignore <pattern>', 'leave out files of folders and globs that match this glob pattern (repeatable)', collect, [])
    .option('-j, --jobs <n>', `threads that parse: the main thread and n - 1 workers (default: the number of cores less one, here ${Math.max(1, availableParallelism() - 1)}; 1 for fewer than ${SMALL_BATCH} inputs)`, parseJobs)
    .option('--fail-fast', 'stop at the first input that cannot be read or parsed')
    .option('--resume', 'with -o: skip inputs whose output is up to date (same sha256, not older than the input)')
    .option('-q, --quiet', 'print no diagnostics and no progress bar (failures and the summary still go to stderr)')
    .addOption(new Option('--pretty', 'indented JSON (default when stdout is a terminal)').conflicts('compact'))
    .addOption(new Option('--compact', 'JSON on one line (default when stdout is not a terminal)'))
    .addOption(new Option('--from <format>', 'reader to use (md = markdown, txt = text)').choices(['auto', 'markdown', 'md', 'text', 'txt', 'docx', 'pdf', 'html']).default('auto'))
    .addOption(new Option('--encoding <name>', 'character encoding of the inputs (auto detects BOMs, UTF-8 and legacy TCVN3, VNI, Windows-1258)').choices(ENCODINGS).default('auto'))
    .option('--no-positions', 'omit source positions (the record has "positions": {})')
    .option('--max-bytes <n>', 'refuse inputs larger than n bytes (k, M, G suffixes: 512k, 50M) with the error input-too-large (default: 20M)', parseMaxBytes)
    .option('--stdin-ndjson', 'pipe mode (Hadoop Streaming, Spark RDD.pipe, parallel --pipe): read {"id","text"} or {"id","base64","format"} lines from stdin (give -), write one NDJSON record per line, in order')
    .action(async (files: string[], options: ParseFlags) => {
      // Loaded on use, so that --help and --version do not load the parser.
      const parse = await import('./parse.js');
      exit(
        await parse.run({
          inputs: files,
          format: options.from === 'md' ? 'markdown' : options.from === 'txt' ? 'text' : options.from,
          encoding: options.encoding,
          positions: options.positions,
          pretty: options.pretty ?? (options.compact ? false : undefined),
          output: options.format,
          outDir: options.output,
          ignore: options.ignore,
          jobs: options.jobs,
          failFast: options.failFast,
          resume: options.resume,
          quiet: options.quiet,
          stdinNdjson: options.stdinNdjson,
          maxBytes: options.maxBytes,
        }),
      );
    });

  program
    .command('check')
    .description('report where documents depart from the format rules of Nghị định 30 (number, date, subject, signer, Nơi nhận…)')
    .argument('[file...]', 'documents in any format parse reads, or - for stdin')
    .addOption(new Option('--format <format>', 'output: a vfile-reporter report, JSON, or GitHub Actions annotations').choices(['human', 'json', 'github']).default('human'))
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('--list-rules', 'print the rules, their levels and descriptions')
    .addOption(new Option('--from <format>', 'reader to use (md = markdown, txt = text)').choices(['auto', 'markdown', 'md', 'text', 'txt', 'docx', 'pdf', 'html']).default('auto'))
    .addOption(new Option('--encoding <name>', 'character encoding of the inputs').choices(ENCODINGS).default('auto'))
    .option('--no-color', 'no colours, even on a terminal (as NO_COLOR does)')
    .action(async (files: string[], options: { format: 'human' | 'json' | 'github'; rule: string[]; listRules?: true; from: ParseFlags['from']; encoding: EncodingChoice; color: boolean }) => {
      const check = await import('./check.js');
      const from = options.from === 'md' ? 'markdown' : options.from === 'txt' ? 'text' : options.from;
      exit(await check.run({ files, format: options.format, rules: options.rule, listRules: options.listRules, from, encoding: options.encoding, color: options.color }));
    });

  program
    .command('diff')
    .description('compare two versions of a document field by field; tasks aligned by content (exit 0 same, 1 different, 2 trouble)')
    .argument('<old>', 'the old version: a document in any format parse reads, a JSON record from parse, or - for stdin')
    .argument('<new>', 'the new version')
    .addOption(new Option('--format <format>', 'output: a readable report, or the list of changes as JSON').choices(['human', 'json']).default('human'))
    .option('--ignore <field>', 'leave out a field: a pointer such as /signer/name or tasks/deadline, or a name such as deadline (repeatable)', collect, [])
    .option('--exact', 'count formatting differences too (whitespace, NFC/NFD, markdown emphasis)')
    .addOption(new Option('--from <format>', 'reader to use for both (md = markdown, txt = text)').choices(['auto', 'markdown', 'md', 'text', 'txt', 'docx', 'pdf', 'html']).default('auto'))
    .addOption(new Option('--encoding <name>', 'character encoding of the inputs').choices(ENCODINGS).default('auto'))
    .option('--no-color', 'no colours, even on a terminal (as NO_COLOR does)')
    .action(async (old: string, current: string, options: { format: 'human' | 'json'; ignore: string[]; exact?: true; from: ParseFlags['from']; encoding: EncodingChoice; color: boolean }) => {
      const diff = await import('./diff.js');
      const from = options.from === 'md' ? 'markdown' : options.from === 'txt' ? 'text' : options.from;
      exit(await diff.run({ old, new: current, format: options.format, ignore: options.ignore, exact: options.exact, from, encoding: options.encoding, color: options.color }));
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of a record, ok or error (schema/congvan.schema.json)')
    .action(async () => {
      const schema = await import('./schema.js');
      exit(schema.run(processIo()));
    });

  program
    .command('validate')
    .description('check JSON or NDJSON records against the schema: every problem as file:record:pointer: message')
    .argument('<file...>', 'files of records (a JSON record, a JSON array of records, or NDJSON), or - for stdin')
    .action(async (files: string[]) => {
      const validate = await import('./validate.js');
      exit(await validate.run(files, processIo()));
    });

  return program;
}

interface ParseFlags {
  format?: OutputFormat;
  output?: string;
  ignore: string[];
  jobs?: number;
  failFast?: true;
  resume?: true;
  quiet?: true;
  pretty?: true;
  compact?: true;
  from: 'auto' | 'markdown' | 'md' | 'text' | 'txt' | 'docx' | 'pdf' | 'html';
  encoding: EncodingChoice;
  positions: boolean;
  stdinNdjson?: true;
  maxBytes?: number;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(jobs) || jobs < 1) throw new InvalidArgumentError('give a whole number from 1.');
  return jobs;
}

function parseMaxBytes(value: string): number {
  const bytes = parseByteCount(value);
  if (bytes === null) throw new InvalidArgumentError('give a whole number of bytes from 1, with an optional k, M or G suffix.');
  return bytes;
}

/** One line on stderr; the stack only with --debug. Commander has already printed its own errors. */
function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCode.ok : exitCode.failure;
  if (error instanceof CongvanError) {
    process.stderr.write(`congvan: ${error.file === null ? '' : `${error.file}: `}${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`congvan: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  }
  if (debug) process.stderr.write(`${inspect(error)}\n`);
  return exitCode.failure;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
