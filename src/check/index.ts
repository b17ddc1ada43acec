/**
 * `congvan check`: conformance of a record (and the source text its positions point into) to the format rules
 * of Nghị định 30 (shared/spec/nd30.md). One rule per module in rules/.
 */
import type { DispatchRecord } from '../schema/record.js';
import { CongvanError } from '../errors.js';
import { rules } from './rules/index.js';
import type { Finding, Rule, RuleSetting, Severity } from './types.js';

export { rules };
export type { Finding, Rule, RuleSetting, Severity };

export interface CheckOptions {
  /** Rule id → setting; rules not named keep their default severity. */
  settings?: ReadonlyMap<string, RuleSetting>;
  /** YYYY-MM-DD; default the local date. */
  today?: string;
}

export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Every finding of the enabled rules, by line and column, then rule order. */
export function checkRecord(record: DispatchRecord, text: string, options: CheckOptions = {}): Finding[] {
  const today = options.today ?? localToday();
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.settings?.get(rule.id);
    if (setting === 'off') continue;
    const severity: Severity = setting === undefined ? rule.severity : setting === 'warn' ? 'warning' : 'error';
    for (const finding of rule.check(record, text, { today })) findings.push({ ...finding, ruleId: rule.id, severity });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `--rule id=off|warn|error` values → settings; an unknown id or level is a usage error. */
export function parseRuleSettings(values: readonly string[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  const ids = new Set(rules.map((rule) => rule.id));
  for (const value of values) {
    const m = /^([a-z0-9-]+)=(off|warn|warning|error)$/u.exec(value.trim());
    if (!m) throw new CongvanError('usage', `--rule takes id=off|warn|error, not "${value}"`);
    if (!ids.has(m[1]!)) throw new CongvanError('usage', `no rule "${m[1]}" (congvan check --list-rules lists them)`);
    settings.set(m[1]!, m[2] === 'warning' ? 'warn' : (m[2] as RuleSetting));
  }
  return settings;
}
