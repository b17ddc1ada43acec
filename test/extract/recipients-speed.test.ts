/** mayHaveItemDash is a necessary condition of the recipients' item cut: without it the split gives the text alone. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayHaveItemDash } from '../../src/extract/recipients.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

const CUT = /(?<=[;])\s*[-–+]\s+|^\s*[-–+]\s+/u;

describe('mayHaveItemDash', () => {
  const inputs = [
    ...fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/)),
    ...texts(['- ', '– ', '+ ', '—', ';', ' ', 'Sở Y tế', 'a', '\t', '-', '+'], 20000, 8, 51),
  ];
  it('false ⇒ the cut pattern does not match and the split is the text alone', () => {
    for (const text of inputs) {
      if (mayHaveItemDash(text)) continue;
      expect([text, CUT.test(text)]).toEqual([text, false]);
      expect(text.split(CUT)).toEqual([text]);
    }
  });
});
