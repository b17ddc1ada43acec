/** Output of `congvan check`: linter lines for people, JSON for programs, workflow commands for GitHub Actions. */
import type { ChalkInstance } from 'chalk';
import type { Finding } from './types.js';

export type CheckFormat = 'human' | 'json' | 'github';

export interface FileFindings {
  file: string;
  findings: readonly Finding[];
}

/** `file:line:column  severity  message  rule-id`, one a line, then a count. */
export function formatHuman(results: readonly FileFindings[], colours: ChalkInstance): string {
  const rows = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({ place: `${file}:${f.line}:${f.column}`, severity: f.severity, message: f.message, ruleId: f.ruleId })),
  );
  if (rows.length === 0) return '';
  const placeWidth = Math.max(...rows.map((r) => r.place.length));
  const lines = rows.map((r) => {
    const severity = r.severity === 'error' ? colours.red('error  ') : colours.yellow('warning');
    return `${colours.underline(r.place)}${' '.repeat(placeWidth - r.place.length)}  ${severity}  ${r.message}  ${colours.dim(r.ruleId)}`;
  });
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.length - errors;
  const summary = `${rows.length} ${rows.length === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
  return `${lines.join('\n')}\n\n${errors > 0 ? colours.red(summary) : colours.yellow(summary)}\n`;
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
