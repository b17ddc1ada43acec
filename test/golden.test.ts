/**
 * Golden fixtures: every input in fixtures/golden/ (`name.md` / `name.txt`) is parsed
 * and compared with `name.md.json` / `name.txt.json` (deep equal; the extension stays in
 * the name because `seed-6764.txt` and `seed-6764.md` are both inputs). The JSON files record the current
 * behaviour and are reviewed in diffs; regenerate them with
 *
 *   UPDATE=1 npx vitest run test/golden.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../src/index.js';

const DIR = new URL('../fixtures/golden/', import.meta.url);
const UPDATE = process.env.UPDATE === '1';

const inputs = readdirSync(DIR)
  .filter((f) => /\.(md|txt)$/u.test(f) && f !== 'README.md')
  .sort();

describe('golden fixtures', () => {
  it('has the inputs the suite relies on', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(20);
    for (const name of ['seed-6764.txt', 'seed-6764.md', 'seed-press-report.txt']) expect(inputs).toContain(name);
    // every expected record belongs to an input
    const orphans = readdirSync(DIR).filter((f) => f.endsWith('.json') && !inputs.includes(f.slice(0, -'.json'.length)));
    expect(orphans).toEqual([]);
  });

  it.each(inputs)('%s', (name) => {
    const bytes = readFileSync(new URL(name, DIR));
    const record = parseDispatch(bytes, { file: `fixtures/golden/${name}` });
    const expectedUrl = new URL(`${name}.json`, DIR);
    const actual = `${JSON.stringify(record, null, 2)}\n`;
    if (UPDATE) {
      writeFileSync(expectedUrl, actual);
      expect(readFileSync(expectedUrl, 'utf8')).toBe(actual);
      return;
    }
    expect(existsSync(expectedUrl), `missing ${expectedUrl.pathname}: run with UPDATE=1`).toBe(true);
    const expected: unknown = JSON.parse(readFileSync(expectedUrl, 'utf8'));
    expect(record).toEqual(expected);
  });
});
