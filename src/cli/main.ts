/** The congvan command line: commands wired here, errors reported here, exit code set here only. */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { Command, CommanderError, Option } from 'commander';
import { CongvanError } from '../errors.js';
import { exitCode } from './exit-code.js';
import * as parse from './parse.js';

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
    .description('read one dispatch and print its record as JSON on stdout; diagnostics go to stderr')
    .argument('<file>', 'a .md or .txt file, or - for stdin')
    .addOption(new Option('--pretty', 'indented JSON (default when stdout is a terminal)').conflicts('compact'))
    .addOption(new Option('--compact', 'JSON on one line (default when stdout is not a terminal)'))
    .addOption(new Option('--from <format>', 'reader to use').choices(['markdown', 'text', 'auto']).default('auto'))
    .option('--no-positions', 'omit source positions (the record has "positions": {})')
    .action(async (file: string, options: { pretty?: true; compact?: true; from: 'markdown' | 'text' | 'auto'; positions: boolean }) => {
      exit(
        await parse.run({
          inputs: [file],
          format: options.from,
          positions: options.positions,
          pretty: options.pretty ?? (options.compact ? false : undefined),
        }),
      );
    });

  return program;
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
