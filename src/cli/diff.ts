/**
 * `congvan diff OLD NEW`: the changes between two versions of a document (src/diff/). Exit like diff(1):
 * 0 the same, 1 different, 2 trouble (an input that cannot be read or parsed: one line on stderr naming it).
 */
import chalk, { Chalk, type ColorSupportLevel } from 'chalk';
import { CongvanError } from '../errors.js';
import type { DocumentFormat } from '../pipeline.js';
import type { EncodingChoice } from '../read/encodings.js';
import { diffRecords } from '../diff/index.js';
import { formatHuman, formatJson } from '../diff/format.js';
import { loadRecord } from '../diff/load.js';
import { checkStdinOnce, readOperand, STDIN } from '../check/read.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';
import { processIo } from './process-io.js';

export interface DiffCommandOptions {
  old: string;
  new: string;
  format: 'human' | 'json';
  ignore: readonly string[];
  exact?: boolean | undefined;
  from: DocumentFormat | 'auto';
  encoding: EncodingChoice;
  /** false with --no-color: no colours even on a terminal. */
  color?: boolean | undefined;
}

export async function run(options: DiffCommandOptions, io: Io = processIo()): Promise<number> {
  checkStdinOnce([options.old, options.new]);
  const load = async (file: string) => {
    try {
      return await loadRecord(await readOperand(file, io.stdin), { file: file === STDIN ? null : file, format: options.from, encoding: options.encoding });
    } catch (error) {
      if (error instanceof CongvanError) throw new CongvanError(error.code, error.message, { cause: error, file });
      throw error;
    }
  };
  const before = await load(options.old);
  const after = await load(options.new);
  const changes = diffRecords(before, after, { ignore: options.ignore, exact: options.exact === true });
  if (options.format === 'json') io.stdout.write(formatJson(changes));
  else {
    const colours = new Chalk({ level: colourLevel(io, options.color) });
    io.stdout.write(formatHuman(changes, { old: options.old, new: options.new }, { old: before, new: after }, colours));
  }
  return changes.length === 0 ? exitCode.ok : exitCode.errors;
}

/**
 * chalk's colour level for the report: the terminal's (`detected`, chalk's own detection) on a terminal, 0 in a
 * pipe, with NO_COLOR (https://no-color.org) or with --no-color.
 */
export function colourLevel(io: Pick<Io, 'stdout' | 'env'>, flag: boolean | undefined, detected: ColorSupportLevel = chalk.level): ColorSupportLevel {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return io.stdout.isTTY === true && !noColor && flag !== false ? detected : 0;
}
