// Types for scripts/eval-lib.js (plain ESM, no build step), for test/eval-score.test.ts.

export interface Outcome {
  exact: boolean;
  loose: boolean;
}

export interface TaskOutcome extends Outcome {
  n: number;
  got: number;
  exactMatched: number;
  looseMatched: number;
}

export interface SetStats {
  equal: boolean;
  tp: number;
  truth: number;
  record: number;
}

export interface ReferenceOutcome extends Outcome {
  exactStats: SetStats;
  looseStats: SetStats;
}

export interface FieldResult extends Outcome {
  want: unknown;
  got: unknown;
  [extra: string]: unknown;
}

export interface DocResult {
  error: string | null;
  fields: Record<string, FieldResult>;
  unrecoverable: Record<string, { abstained: boolean; got: unknown }>;
  unknownUnrecoverable: string[];
}

export interface FieldSummary {
  n: number;
  exact: number | null;
  loose: number | null;
  extra: boolean;
}

export interface PrecisionRecall {
  tp: number;
  truth: number;
  record: number;
  precision: number | null;
  recall: number | null;
}

export interface Summary {
  fields: Record<string, FieldSummary>;
  mean: { exact: number | null; loose: number | null };
  tasks: { n: number; exactMatched: number; looseMatched: number; exactRate: number | null; looseRate: number | null };
  references: { exact: PrecisionRecall; loose: PrecisionRecall };
  unrecoverable: { n: number; abstained: number; rate: number | null };
}

export interface Baseline {
  version: number;
  savedAt?: string;
  mean: Summary['mean'];
  fields: Summary['fields'];
  docs: Record<string, { error: boolean; fields: Record<string, Outcome> }>;
}

export interface BaselineDiff {
  changes: Array<{ id: string; gained: string[]; lost: string[]; error: string | null }>;
  unchanged: number;
  newDocs: string[];
  missingDocs: string[];
  mean: { before: number | null; after: number | null };
}

export interface FieldDef {
  name: string;
  extra?: boolean;
  present(truth: any): boolean;
  want(truth: any): unknown;
  got(record: any): unknown;
  compare(want: any, got: any, ctx?: { unrecoverable: Set<string>; ocr: Record<string, string> }): Outcome;
}

export function collapse(value: unknown): string | null;
export function looseFold(value: unknown): string;
export function isEmpty(value: unknown): boolean;
export function compareScalar(want: unknown, got: unknown, alternatives?: unknown[]): Outcome;
export function compareRaw(want: unknown, got: unknown): Outcome;
export function compareList(want: unknown, got: unknown): Outcome;
export function normalizeAuthority(value: unknown): string | null;
export function compareAuthority(want: unknown, got: unknown): Outcome;
export const NUMBER_PARTS: string[];
export function compareNumberParts(wantParts: unknown, recordNumber: unknown, skip?: Set<string>): Outcome;
export function isArchiveItem(item: unknown, isLast?: boolean): boolean;
export function splitDistribution(distribution: unknown): { items: string[]; archive: string | null };
export function parseArchiveHolders(line: string | null | undefined): string[];
export function looseHolders(holders: unknown): string[];
export function compareHolders(want: unknown, got: unknown): Outcome;
export function compareTasks(wantPrefixes: unknown, gotTasks: unknown): TaskOutcome;
export function compareReferences(wantNumbers: unknown, gotNumbers: unknown): ReferenceOutcome;
export function parseUnrecoverable(entries: unknown): { fields: Set<string>; unknown: string[] };
export function ocrAlternatives(ocrCorrected: unknown): Record<string, string>;
export const FIELDS: FieldDef[];
export const FIELD_NAMES: string[];
export function scoreDoc(truth: any, record: any, error?: string | null): DocResult;
export function aggregate(docs: Array<{ id: string; result: DocResult }>): Summary;
export function toBaseline(docs: Array<{ id: string; result: DocResult }>, summary: Summary, meta?: Record<string, unknown>): Baseline;
export function diffBaseline(baseline: Baseline | null | undefined, docs: Array<{ id: string; result: DocResult }>, summary: Summary | null): BaselineDiff;
