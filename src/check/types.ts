/** The conformance checker's vocabulary: rules, their findings, and how a run configures them. */
import type { DispatchRecord } from '../schema/record.js';

export type Severity = 'error' | 'warning';
/** What `--rule id=…` accepts: `warn` is the spelling of `warning` on the command line. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** What a rule reports: a message at a place in the source text (1-based line and column). */
export interface RuleFinding {
  message: string;
  line: number;
  column: number;
}

export interface RuleContext {
  /** Today as YYYY-MM-DD (for date-not-future); injectable for tests. */
  today: string;
}

export interface Rule {
  /** Stable kebab-case id, used by `--rule` and printed with every finding. */
  id: string;
  /** One line for the README table and `congvan check --list-rules`. */
  description: string;
  /** Where in nd30.md / Nghị định 30 the rule comes from. */
  source: string;
  severity: Severity;
  check(record: DispatchRecord, text: string, context: RuleContext): RuleFinding[];
}

/** A finding as reported: the rule's, with its id and configured severity. */
export interface Finding extends RuleFinding {
  ruleId: string;
  severity: Severity;
}
