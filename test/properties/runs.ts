/**
 * How many cases the property tests run. `npm test` runs the defaults (a few seconds); `npm run bench:props`
 * sets CONGVAN_PROPERTY_RUNS=10000 to run the same properties with 10,000 cases of golden-document mutations.
 * CONGVAN_PROPERTY_SEED replays a failing run (fast-check prints the seed and path of a counterexample).
 */

/** Total cases of the golden-document mutation properties (test/properties/golden-mutations.test.ts). */
export const TOTAL_RUNS = positiveInteger('CONGVAN_PROPERTY_RUNS') ?? 500;

/** The share of TOTAL_RUNS given to one property (the shares of a file add up to 1). */
export function runs(share: number): number {
  return Math.max(1, Math.ceil(TOTAL_RUNS * share));
}

/** fast-check parameters: the number of runs, and the seed (and path) when one is given to replay a failure. */
export function parameters(numRuns: number): { numRuns: number; seed?: number; path?: string } {
  const seed = positiveInteger('CONGVAN_PROPERTY_SEED', true);
  const path = process.env.CONGVAN_PROPERTY_PATH;
  return { numRuns, ...(seed === undefined ? {} : { seed }), ...(path ? { path } : {}) };
}

/** A time-out for a test of `numRuns` cases of about `msPerCase` each: no speed is asserted, a slow machine must not fail it. */
export function timeout(numRuns: number, msPerCase: number): number {
  return Math.max(30_000, numRuns * msPerCase * 4);
}

function positiveInteger(name: string, allowNegative = false): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || (!allowNegative && value < 1)) throw new Error(`${name} must be a${allowNegative ? 'n' : ' positive'} integer, not ${JSON.stringify(raw)}`);
  return value;
}
