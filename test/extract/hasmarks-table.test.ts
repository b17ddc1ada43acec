/** hasMarks reads a weight table; it gives what the range tests it replaced gave. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasMarks } from '../../src/extract/ocr.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { hasMarksByRanges } from './generate.js';

describe('hasMarks', () => {
  it('gives what the range tests gave, on fixtures and on random texts around every boundary', () => {
    const texts = fixtureTexts().map((path) => readFileSync(path, 'utf8'));
    const edges = [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8, 0xf6, 0xf7, 0xf8, 0x1b0, 0x1b1, 0x2ff, 0x300, 0x323, 0x324, 0x1e9f, 0x1ea0, 0x1ef9, 0x1efa, 0x1eff, 0x1f00, 0x20, 0xd800, 0xffff];
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 3000; k++) {
      const length = Math.floor(random() * (k % 10 === 0 ? 6000 : 120));
      let t = '';
      // Mostly plain letters, with marked letters, marks and boundary code units in varying shares.
      const share = random() * 0.2;
      for (let i = 0; i < length; i++) {
        const r = random();
        t += String.fromCharCode(r < share ? edges[Math.floor(random() * edges.length)]! : r < 0.8 ? 97 + Math.floor(random() * 26) : 32);
      }
      texts.push(t);
    }
    expect(texts.filter((t) => hasMarks(t) !== hasMarksByRanges(t))).toEqual([]);
    expect(texts.filter((t) => hasMarks(t)).length).toBeGreaterThan(100);
    expect(texts.filter((t) => !hasMarks(t)).length).toBeGreaterThan(100);
  });
});
