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
const FIELDS = [['line', 1], ['column', 1], ['offset', 0]] as const;

/** The JSON Pointer (below the record) of the first thing wrong in `positions`, or null when it is valid. */
export function positionsProblem(positions: unknown): { path: string; message: string } | null {
  if (!isPlainObject(positions)) return { path: '/positions', message: 'expected an object' };
  for (const key of Object.keys(positions)) {
    if (key === '__proto__') continue; // zod skips it too (it would replace the prototype of the parsed copy)
    const span = positions[key];
    // The pointer of the span, built only for a problem.
    const at = () => `/positions/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!isPlainObject(span)) return { path: at(), message: 'expected an object' };
    for (const end of ENDS) {
      const point = span[end];
      if (!isPlainObject(point)) return { path: `${at()}/${end}`, message: 'expected an object' };
      for (const [field, least] of FIELDS) {
        const value = point[field];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least) {
          return { path: `${at()}/${end}/${field}`, message: `expected a whole number from ${least}` };
        }
      }
    }
  }
  return null;
}

/** An object that is not an array or null: what a JSON object parses to. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
