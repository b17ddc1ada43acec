import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every .txt and .md file below `dir` (default fixtures/), for tests that hold a reader to a reference. */
export function fixtureTexts(dir = 'fixtures'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureTexts(path) : /\.(txt|md)$/.test(name) ? [path] : [];
  });
}
