/**
 * parseRecord (src/schema/check.ts), the check the pipeline runs on every record without zod, against the
 * contract itself (recordSchema): the same verdict and, when valid, the same value (fields in the same order)
 * on real records changed at random places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../../src/pipeline.js';
import { copyValidRecord, parseRecord } from '../../src/schema/check.js';
import { recordSchema } from '../../src/schema/record.js';

const GOLDEN = path.join(import.meta.dirname, '..', '..', 'fixtures', 'golden');
const records = readdirSync(GOLDEN)
  .filter((file) => /\.(md|txt)$/.test(file) && file !== 'README.md')
  .map((file) => JSON.parse(JSON.stringify(parseDispatch(readFileSync(path.join(GOLDEN, file)), { file }))) as unknown);

/** Values that each field of the schema takes or refuses: types, limits, enum members, patterns. */
const replacement = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, 1, -1, 1.5, Number.NaN, Infinity, 2 ** 53, '', '1', 'x', [], {}, [null], ['x'], [{}]),
  fc.constantFrom('lead', 'coordinate', 'KT', 'TM', 'khẩn', 'mật', 'error', 'info', 'markdown', 'pdf', 'layout-table', 'Bad_Rule', 'a'.repeat(64), 'f'.repeat(64)),
  fc.constantFrom({ line: 1, column: 1, offset: 0 }, { start: { line: 1, column: 1, offset: 0 }, end: { line: 0, column: 1, offset: 0 } }),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -3, max: 3 }),
);

/** Every path (as keys) to a value inside `value`, the value itself included. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  return out;
}

type Change = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; value: unknown };

function changed(record: unknown, at: Array<string | number>, change: Change): unknown {
  const copy = structuredClone(record);
  if (at.length === 0) return change.kind === 'set' ? change.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (change.kind === 'set') parent[last] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>).unknownField = change.value;
  }
  return copy;
}

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: replacement.map((value) => ({ kind: 'set' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: replacement.map((value) => ({ kind: 'extra' as const, value })) },
);

const mutated = fc
  .tuple(fc.integer({ min: 0, max: records.length - 1 }), fc.array(change, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }))
  .map(([which, changes, picks]) => {
    let value = records[which];
    changes.forEach((c, i) => {
      const all = paths(value);
      value = changed(value, all[picks[i]! % all.length]!, c);
    });
    return value;
  });

describe('parseRecord: the record check without zod', () => {
  it('passes every golden record unchanged, fields in the order of the schema', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      const checked = parseRecord(record);
      expect(checked.problem).toBeNull();
      expect(JSON.stringify(checked.record)).toBe(JSON.stringify(recordSchema.parse(record)));
      expect(JSON.stringify(copyValidRecord(record))).toBe(JSON.stringify(checked.record));
    }
  });

  it('gives the verdict and the value of recordSchema on records changed at random places', () => {
    fc.assert(
      fc.property(mutated, (value) => {
        const ours = parseRecord(value);
        const zod = recordSchema.safeParse(value);
        expect(ours.problem === null).toBe(zod.success);
        if (zod.success) expect(JSON.stringify(ours.record)).toBe(JSON.stringify(zod.data));
        // The written-out path that parseRecord takes first, on its own: the same verdict and value.
        const fast = copyValidRecord(value);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [{ schemaVersion: '2' }, '/schemaVersion'],
    [{ schemaVersion: '1', source: null }, '/source'],
    ['x', ''],
    [[], ''],
  ])('names the first wrong value: %j → "%s"', (value, pointer) => {
    expect(parseRecord(value).problem?.path).toBe(pointer);
  });

  it.each([['a string', 'req-1', true], ['undefined, present', undefined, true], ['a number', 7, false], ['null', null, false]])(
    'source.id (optional) as %s: the verdict and value of zod on both paths',
    (_, id, valid) => {
      const record = structuredClone(records[0]) as { source: Record<string, unknown> };
      record.source.id = id;
      const zod = recordSchema.safeParse(record);
      expect(zod.success).toBe(valid);
      const fast = copyValidRecord(record) as { source: object } | undefined;
      expect(fast !== undefined).toBe(valid);
      if (zod.success) {
        expect(Object.keys(fast!.source)).toEqual(Object.keys(zod.data.source));
        expect(JSON.stringify(parseRecord(record).record)).toBe(JSON.stringify(zod.data));
      }
    },
  );

  it('points at the field that is wrong', () => {
    const numbered = records.find((r) => (r as { number: unknown }).number !== null);
    const record = structuredClone(numbered) as { number: { raw: unknown } };
    record.number.raw = 5;
    expect(parseRecord(record).problem).toEqual({ path: '/number/raw', message: 'expected a string' });
    const other = structuredClone(records[0]) as { messages: Array<{ line: unknown }> };
    other.messages.push({ ruleId: 'x', severity: 'info', message: 'm', line: 0, column: null } as never);
    expect(parseRecord(other).problem?.path).toBe(`/messages/${other.messages.length - 1}/line`);
  });
});
