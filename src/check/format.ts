/**
 * Output of `congvan check`: a vfile-reporter report for people, JSON for programs, workflow commands for
 * GitHub Actions.
 */
import type { Finding, Severity } from './types.js';

export type CheckFormat = 'human' | 'json' | 'github';

export interface FileFindings {
  file: string;
  findings: readonly Finding[];
}

export interface HumanOptions {
  /** ANSI colours; the caller decides (a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
}

/** The operand that stands for stdin; vfile-reporter names a file without a path `<stdin>`. */
const STDIN = '-';

/** vfile's severities: `fatal` true is an error, false a warning, undefined an info message. */
export function fatalOf(severity: Severity | 'info'): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/**
 * The findings as vfile-reporter prints them: each file with findings under its name, one finding a line
 * (`line:column  severity  message  rule-id  congvan`), then a count; files without findings are left out
 * (an empty string when no file has any). vfile and vfile-reporter are loaded here, on use: `--format json`
 * and `github` never load them.
 */
export async function formatHuman(results: readonly FileFindings[], options: HumanOptions): Promise<string> {
  if (results.every(({ findings }) => findings.length === 0)) return '';
  const [{ VFile }, { reporter }] = await Promise.all([import('vfile'), import('vfile-reporter')]);
  const files = results.map(({ file, findings }) => {
    const vfile = new VFile(file === STDIN ? {} : { path: file });
    for (const finding of findings) {
      const message = vfile.message(finding.message, { place: { line: finding.line, column: finding.column }, ruleId: finding.ruleId, source: 'congvan' });
      message.fatal = fatalOf(finding.severity);
    }
    return vfile;
  });
  return `${reporter(files, { color: options.color, quiet: true, defaultName: '<stdin>' })}\n`;
}

export function formatJson(results: readonly FileFindings[]): string {
  const list = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({ file, line: f.line, column: f.column, severity: f.severity, ruleId: f.ruleId, message: f.message })),
  );
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions: values escaped as the runner expects. */
export function formatGithub(results: readonly FileFindings[]): string {
  const data = (value: string) => value.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
  const property = (value: string) => data(value).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
  return results
    .flatMap(({ file, findings }) =>
      findings.map((f) => `::${f.severity === 'error' ? 'error' : 'warning'} file=${property(file)},line=${f.line},col=${f.column},title=${property(f.ruleId)}::${data(f.message)}\n`),
    )
    .join('');
}
