/**
 * parseRecord(record, true), as parseDispatch calls it: the record's positions and messages, built by the pipeline
 * with the schema's properties in its order and no other, are checked in place and kept instead of copied. It
 * must find the same problems as the copying check, and give the same value, on real records whose positions and
 * messages are changed at random places (values replaced or removed: what the pipeline builds has no property
 * the schema does not name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../../src/pipeline.js';
import { copyValidRecord, parseRecord } from '../../src/schema/check.js';

const GOLDEN = path.join(import.meta.dirname, '..', '..', 'fixtures', 'golden');
const records = readdirSync(GOLDEN)
  .filter((file) => /\.(md|txt)$/.test(file) && file !== 'README.md')
  .map((file) => JSON.parse(JSON.stringify(parseDispatch(readFileSync(path.join(GOLDEN, file)), { file }))) as Record<string, unknown>);

const replacement = fc.constantFrom(null, undefined, true, 0, 1, -1, 1.5, Number.NaN, 2 ** 53, '', 'x', 'info', 'warning', 'Bad_Rule', 'a-b', [], {}, [{}],
  { line: 1, column: 1, offset: 0 }, { line: 1, column: 0, offset: 0 }, { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 3, offset: 9 } },
  { ruleId: 'x', severity: 'info', message: 'm', line: null, column: null }, { ruleId: 'x', severity: 'info', message: 'm', line: 0, column: null });

/** Every path (as keys) below `value`. */
function paths(value: unknown, at: Array<string | number>): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  return out;
}

const mutated = fc
  .tuple(fc.nat(records.length - 1), fc.array(fc.tuple(fc.boolean(), replacement, fc.nat()), { minLength: 1, maxLength: 3 }))
  .map(([which, changes]) => {
    const record = structuredClone(records[which]!);
    for (const [remove, value, pick] of changes) {
      const all = [...paths(record.positions, ['positions']), ...paths(record.messages, ['messages'])];
      const at = all[pick % all.length]!;
      let parent = record as Record<string | number, unknown>;
      for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = at[at.length - 1]!;
      if (!remove) parent[last] = structuredClone(value);
      else if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    }
    return record;
  });

describe('parseRecord with the pipeline\'s own positions and messages', () => {
  it('keeps them, and gives the value of the copying check, on every golden record', () => {
    for (const record of records) {
      const own = parseRecord(record, true);
      expect(own.problem).toBeNull();
      expect(JSON.stringify(own.record)).toBe(JSON.stringify(parseRecord(record).record));
      const kept = own.record as Record<string, unknown>;
      expect(kept.positions).toBe(record.positions);
      expect(kept.messages).toBe(record.messages);
    }
  });

  it('finds the problems of the copying check, and gives its value, on records changed at random places', () => {
    fc.assert(
      fc.property(mutated, (value) => {
        const copied = parseRecord(value);
        const own = parseRecord(value, true);
        expect(own.problem).toEqual(copied.problem);
        expect(JSON.stringify(own.record)).toBe(JSON.stringify(copied.record));
        expect(copyValidRecord(value, true) === undefined).toBe(copied.problem !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a __proto__ span to the copying path, which drops it', () => {
    const record = structuredClone(records[0]!);
    record.positions = JSON.parse('{"__proto__": {"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 2, "offset": 1}}, "/x": {"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 2, "offset": 1}}}');
    expect(copyValidRecord(record, true)).toBeUndefined();
    expect(JSON.stringify(parseRecord(record, true).record)).toBe(JSON.stringify(parseRecord(record).record));
  });
});
