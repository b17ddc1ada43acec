/**
 * `congvan diff`: what changed between two versions of a document, field by field (Nghị định 30, Điều 18:
 * a replacing or correcting document). Tasks and directives are aligned by content, not by label;
 * recipients, distribution and references are compared as sets. `source`, `positions` and `messages` are
 * never compared. Every change has a JSON Pointer into the new record (into the old one for a removal) and the
 * source positions of the field in both files.
 */
import type { Assignee, DispatchRecord, Position, Reference, Task } from '../schema/record.js';
import { similarity, wordDiff, type WordPart } from './words.js';

export type ChangeOp = 'added' | 'removed' | 'changed' | 'moved' | 'renumbered';

export interface Change {
  op: ChangeOp;
  path: string;
  old: unknown;
  new: unknown;
  oldPosition: Position | null;
  newPosition: Position | null;
  /** For a changed text: its word-level diff. */
  words?: WordPart[];
}

export interface DiffOptions {
  /** Fields to leave out: a pointer ("/signer/name", indices left out: "/tasks/deadline") or a field name anywhere ("deadline"). */
  ignore?: readonly string[];
  /** Compare texts exactly; by default whitespace, NFC/NFD and markdown emphasis do not count. */
  exact?: boolean;
}

/** Fields compared as sequences or sets, or never: everything else is compared leaf by leaf. */
const SPECIAL = new Set(['schemaVersion', 'source', 'positions', 'messages', 'tasks', 'directives', 'recipients', 'distribution', 'references']);

/** Tasks whose texts are at least this similar are the same task, edited. */
const SAME_TASK = 0.5;

type Item = { label?: string; text: string; assignees: Assignee[]; deadline: Task['deadline']; subtasks?: Task[] };

export function diffRecords(before: DispatchRecord, after: DispatchRecord, options: DiffOptions = {}): Change[] {
  const norm = options.exact ? (value: string) => value : foldFormatting;
  const changes: Change[] = [];
  const where = (record: DispatchRecord, pointer: string | null) => (pointer === null ? null : positionOf(record, pointer));
  const push = (op: ChangeOp, oldPath: string | null, newPath: string | null, old: unknown, value: unknown, words?: WordPart[]) => {
    const change: Change = { op, path: (op === 'removed' ? oldPath : newPath) ?? oldPath ?? '', old, new: value, oldPosition: where(before, oldPath), newPosition: where(after, newPath) };
    if (words) change.words = words;
    changes.push(change);
  };
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a, norm)) === JSON.stringify(canonical(b, norm));

  // Plain fields, leaf by leaf; arrays of strings (authorityChain, holders) as whole values.
  const leaves = (path: string, a: unknown, b: unknown) => {
    if (same(a, b)) return;
    const none = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);
    if (none(a)) return push('added', null, path, a ?? null, b);
    if (none(b)) return push('removed', path, null, a, b ?? null);
    if (isObject(a) && isObject(b)) {
      // Another number: its parts (seq, codes, the printed form) follow from it and are not listed one by one.
      if (path === '/number' && !same(a.value, b.value) && a.value !== null && b.value !== null) return push('changed', '/number/value', '/number/value', a.value, b.value);
      for (const key of unionKeys(a, b)) leaves(`${path}/${escape(key)}`, a[key] ?? null, b[key] ?? null);
      return;
    }
    // A long text (the subject…) gets its word-level diff too.
    const long = (v: unknown): v is string => typeof v === 'string' && v.trim().split(/\s+/u).length >= 6;
    push('changed', path, path, a, b, long(a) && long(b) ? wordDiff(norm(a), norm(b)) : undefined);
  };
  for (const key of unionKeys(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>)) {
    if (SPECIAL.has(key)) continue;
    leaves(`/${escape(key)}`, (before as unknown as Record<string, unknown>)[key] ?? null, (after as unknown as Record<string, unknown>)[key] ?? null);
  }

  // Sets of strings.
  for (const key of ['recipients', 'distribution'] as const) {
    const matched = matchSet(before[key], after[key], (a, b) => norm(a) === norm(b));
    for (const i of matched.removed) push('removed', `/${key}/${i}`, null, before[key][i], null);
    for (const j of matched.added) push('added', null, `/${key}/${j}`, null, after[key][j]);
  }

  // References: a set by number; the same number with another date, issuer or type is a change.
  const refKey = (r: Reference) => r.number.replace(/\s+/gu, '').toUpperCase();
  const refs = matchSet(before.references, after.references, (a, b) => refKey(a) === refKey(b));
  for (const i of refs.removed) push('removed', `/references/${i}`, null, before.references[i], null);
  for (const j of refs.added) push('added', null, `/references/${j}`, null, after.references[j]);
  for (const [i, j] of refs.pairs) {
    for (const field of ['number', 'date', 'issuer', 'type'] as const) {
      const [a, b] = [before.references[i]![field], after.references[j]![field]];
      if (!same(a, b)) push('changed', `/references/${i}/${field}`, `/references/${j}/${field}`, a, b);
    }
  }

  // Sequences aligned by content.
  const sequence = (oldBase: string, newBase: string, a: readonly Item[], b: readonly Item[]) => {
    const pairs = align(a.map((t) => norm(t.text)), b.map((t) => norm(t.text)));
    const pairedOld = new Set(pairs.map(([i]) => i));
    const pairedNew = new Set(pairs.map(([, j]) => j));
    a.forEach((task, i) => pairedOld.has(i) || push('removed', `${oldBase}/${i}`, null, task, null));
    b.forEach((task, j) => pairedNew.has(j) || push('added', null, `${newBase}/${j}`, null, task));
    const inOrder = longestIncreasing(pairs.map(([, j]) => j));
    for (const [k, [i, j]] of pairs.entries()) {
      const [x, y] = [a[i]!, b[j]!];
      const [oldPath, newPath] = [`${oldBase}/${i}`, `${newBase}/${j}`];
      if (!inOrder.has(k)) push('moved', oldPath, newPath, oldPath, newPath);
      if (x.label !== undefined && y.label !== undefined && x.label !== y.label) push('renumbered', `${oldPath}/label`, `${newPath}/label`, x.label, y.label);
      if (norm(x.text) !== norm(y.text)) push('changed', `${oldPath}/text`, `${newPath}/text`, x.text, y.text, wordDiff(norm(x.text), norm(y.text)));
      const people = (p: Assignee) => `${p.role}:${norm(p.name).toLocaleLowerCase('vi')}`;
      const assignees = matchSet(x.assignees, y.assignees, (p, q) => people(p) === people(q));
      for (const n of assignees.removed) push('removed', `${oldPath}/assignees/${n}`, null, x.assignees[n], null);
      for (const n of assignees.added) push('added', null, `${newPath}/assignees/${n}`, null, y.assignees[n]);
      if (!same(x.deadline, y.deadline)) {
        const op: ChangeOp = x.deadline === null ? 'added' : y.deadline === null ? 'removed' : 'changed';
        push(op, `${oldPath}/deadline`, `${newPath}/deadline`, x.deadline, y.deadline);
      }
      if (x.subtasks && y.subtasks) sequence(`${oldPath}/subtasks`, `${newPath}/subtasks`, x.subtasks, y.subtasks);
    }
  };
  sequence('/tasks', '/tasks', before.tasks, after.tasks);
  sequence('/directives', '/directives', before.directives, after.directives);

  return changes.filter((change) => !ignored(change.path, options.ignore ?? []));
}

/** Whitespace folded, NFC, markdown emphasis and escapes dropped, "Hoà"/"Hòa" spelled alike. */
export function foldFormatting(value: string): string {
  return value
    .normalize('NFC')
    .replace(/(\*{1,3}|_{1,3}|`)(?=\S)([^*_`]*?\S)\1/gu, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

function canonical(value: unknown, norm: (s: string) => string): unknown {
  if (typeof value === 'string') return norm(value);
  if (Array.isArray(value)) return value.map((v) => canonical(v, norm));
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k], norm)]));
  return value ?? null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function escape(key: string): string {
  return key.replace(/~/gu, '~0').replace(/\//gu, '~1');
}

/** Items of two lists paired one to one by `equal`, in order; the rest removed (old indices) or added (new). */
function matchSet<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): { pairs: Array<[number, number]>; removed: number[]; added: number[] } {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const removed: number[] = [];
  a.forEach((x, i) => {
    const j = b.findIndex((y, k) => !used.has(k) && equal(x, y));
    if (j < 0) removed.push(i);
    else {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return { pairs, removed, added: b.map((_, j) => j).filter((j) => !used.has(j)) };
}

/**
 * Pairs of (old index, new index) of the same task: equal texts first (in order), then the most similar
 * remaining pairs, as long as they are similar enough. Sorted by old index.
 */
function align(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  a.forEach((text, i) => {
    const j = b.findIndex((other, k) => !usedB.has(k) && other === text);
    if (j >= 0) {
      pairs.push([i, j]);
      usedA.add(i);
      usedB.add(j);
    }
  });
  const candidates: Array<[number, number, number]> = [];
  a.forEach((x, i) => {
    if (usedA.has(i)) return;
    b.forEach((y, j) => {
      if (usedB.has(j)) return;
      const score = similarity(x, y);
      if (score >= SAME_TASK) candidates.push([score, i, j]);
    });
  });
  candidates.sort((p, q) => q[0] - p[0] || Math.abs(p[1] - p[2]) - Math.abs(q[1] - q[2]) || p[1] - q[1]);
  for (const [, i, j] of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    pairs.push([i, j]);
    usedA.add(i);
    usedB.add(j);
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}

/** Indices (into `values`) of one longest strictly increasing subsequence: the pairs that kept their order. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const kept = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) kept.add(k);
  return kept;
}

/** The position of a pointer, or of its nearest ancestor that has one ("/tasks/2/text" → "/tasks/2"). */
function positionOf(record: DispatchRecord, pointer: string): Position | null {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const position = record.positions[p];
    if (position) return position;
  }
  return null;
}

/** `--ignore`: "/signer/name" or "signer.name" (a pointer, indices left out) or "deadline" (that field anywhere). */
function ignored(path: string, ignore: readonly string[]): boolean {
  const segments = path.split('/').slice(1).filter((s) => !/^\d+$/u.test(s));
  const bare = `/${segments.join('/')}`;
  return ignore.some((field) => {
    const spec = field.trim().replace(/\./gu, '/');
    if (!spec.includes('/')) return segments.includes(spec);
    const pointer = spec.startsWith('/') ? spec : `/${spec}`;
    return bare === pointer || bare.startsWith(`${pointer}/`);
  });
}
