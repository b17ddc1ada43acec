/**
 * The check of a record's `positions` that `parseDispatch` runs on every record: the same rules as
 * `recordSchema.shape.positions` (a string-keyed record of `{start, end}` points, each point `{line, column,
 * offset}` with safe integers, line and column from 1, offset from 0), written out as a loop.
 *
 * `positions` holds a span for every value of the record, about twenty a document, and zod — jitless, because
 * congvan builds no code from strings — spent two thirds of each record's validation on it. The zod schema
 * stays the contract (the JSON Schema is generated from it, `validate` uses it); a test holds the two to the
 * same verdicts on arbitrary values.
 */

const ENDS = ['start', 'end'] as const;

/** The JSON Pointer (below the record) of the first thing wrong in `positions`, or null when it is valid. */
export function positionsProblem(positions: unknown): { path: string; message: string } | null {
  if (!isPlainObject(positions)) return { path: '/positions', message: 'expected an object' };
  // Indexed loops and no closure per span: this runs on every record, over twenty-odd spans.
  const keys = Object.keys(positions);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === '__proto__') continue; // zod skips it too (it would replace the prototype of the parsed copy)
    const span = positions[key];
    if (!isPlainObject(span)) return { path: spanPointer(key), message: 'expected an object' };
    for (let e = 0; e < ENDS.length; e++) {
      const end = ENDS[e]!;
      const point = span[end];
      if (!isPlainObject(point)) return { path: `${spanPointer(key)}/${end}`, message: 'expected an object' };
      const field = !isWhole(point.line, 1) ? 'line' : !isWhole(point.column, 1) ? 'column' : !isWhole(point.offset, 0) ? 'offset' : null;
      if (field !== null) return { path: `${spanPointer(key)}/${end}/${field}`, message: `expected a whole number from ${field === 'offset' ? 0 : 1}` };
    }
  }
  return null;
}

/** The pointer of a span, built only for a problem. */
function spanPointer(key: string): string {
  return `/positions/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** A safe integer of at least `least`: line and column from 1, offset from 0. */
function isWhole(value: unknown, least: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least;
}

/** An object that is not an array or null: what a JSON object parses to. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
