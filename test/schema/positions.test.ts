import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordSchema } from '../../src/schema/record.js';
import { positionsProblem } from '../../src/schema/positions.js';

const zodPositions = recordSchema.shape.positions;

/** Values near the shape of positions: right and wrong types, numbers on both sides of the limits. */
const number = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(0.5, 1.5, Number.NaN, Infinity, -0, 2 ** 53, 1e300), fc.string(), fc.constant(null));
const point = fc.oneof(
  fc.record({ line: number, column: number, offset: number }),
  fc.record({ line: number, column: number, offset: number }, { requiredKeys: [] }),
  fc.constantFrom(null, [], 'x', 1),
);
const span = fc.oneof(fc.record({ start: point, end: point }), fc.record({ start: point, end: point }, { requiredKeys: [] }), fc.constantFrom(null, [], 2));
const positions = fc.oneof(fc.dictionary(fc.oneof(fc.string(), fc.constant('__proto__')), span, { maxKeys: 4 }), fc.constantFrom(null, [], 'x', 3, undefined));

describe('positionsProblem: the loop that checks positions', () => {
  it('gives the verdict of the zod schema on arbitrary values', () => {
    fc.assert(
      fc.property(positions, (value) => {
        expect(positionsProblem(value) === null).toBe(zodPositions.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [{ '/a': { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 5, offset: 9 } } }, null],
    [{}, null],
    [{ '/a': { start: { line: 0, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }, '/positions/~1a/start/line'],
    [{ '/tasks/0': { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: -1 } } }, '/positions/~1tasks~10/end/offset'],
    [{ 'a~b': { start: { line: 1, column: 1.5, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }, '/positions/a~0b/start/column'],
    [{ x: { start: { line: 1, column: 1, offset: 0 } } }, '/positions/x/end'],
    [[], '/positions'],
  ])('%j → %s', (value, path) => {
    expect(positionsProblem(value)?.path ?? null).toBe(path);
  });
});
