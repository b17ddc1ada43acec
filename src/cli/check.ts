/**
 * `congvan check FILE…`: reports where documents depart from the format rules of Nghị định 30 (src/check/).
 * Exit 0 when no finding is at level error, 1 when one is, 2 when an input could not be read or parsed
 * (one line on stderr naming it; the other inputs are still checked).
 */
import { CongvanError } from '../errors.js';
import type { DocumentFormat } from '../pipeline.js';
import type { EncodingChoice } from '../read/encodings.js';
import { checkRecord, parseRuleSettings, rules } from '../check/index.js';
import { formatGithub, formatHuman, formatJson, type CheckFormat, type FileFindings } from '../check/format.js';
import { loadDocument } from '../check/load.js';
import { checkStdinOnce, readOperand, STDIN } from '../check/read.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';
import { processIo } from './process-io.js';

export interface CheckCommandOptions {
  files: readonly string[];
  format: CheckFormat;
  rules: readonly string[];
  from: DocumentFormat | 'auto';
  encoding: EncodingChoice;
  listRules?: boolean | undefined;
  /** false with --no-color: no colours even on a terminal. */
  color?: boolean | undefined;
  /** YYYY-MM-DD, for tests; default the local date. */
  today?: string | undefined;
}

export async function run(options: CheckCommandOptions, io: Io = processIo()): Promise<number> {
  const settings = parseRuleSettings(options.rules);
  if (options.listRules) {
    const width = Math.max(...rules.map((rule) => rule.id.length));
    for (const rule of rules) {
      const setting = settings.get(rule.id);
      const level = setting === undefined ? rule.severity : setting === 'warn' ? 'warning' : setting;
      io.stdout.write(`${rule.id.padEnd(width)}  ${level.padEnd(7)}  ${rule.description}\n`);
    }
    return exitCode.ok;
  }
  if (options.files.length === 0) throw new CongvanError('usage', 'check needs at least one file');
  checkStdinOnce(options.files);
  const results: FileFindings[] = [];
  let trouble = false;
  for (const file of options.files) {
    try {
      const bytes = await readOperand(file, io.stdin);
      const { record, text } = await loadDocument(bytes, { file: file === STDIN ? null : file, format: options.from, encoding: options.encoding });
      results.push({ file, findings: checkRecord(record, text, { settings, ...(options.today ? { today: options.today } : {}) }) });
    } catch (error) {
      if (!(error instanceof CongvanError)) throw error;
      trouble = true;
      io.stderr.write(`congvan: ${file}: ${error.message}\n`);
    }
  }
  if (options.format === 'json') io.stdout.write(formatJson(results));
  else if (options.format === 'github') io.stdout.write(formatGithub(results));
  else io.stdout.write(await formatHuman(results, { color: useColour(io, options.color) }));
  if (trouble) return exitCode.failure;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? exitCode.errors : exitCode.ok;
}

/** Colours only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color; FORCE_COLOR does not colour a pipe. */
export function useColour(io: Pick<Io, 'stdout' | 'env'>, flag: boolean | undefined): boolean {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return io.stdout.isTTY === true && !noColor && flag !== false;
}
