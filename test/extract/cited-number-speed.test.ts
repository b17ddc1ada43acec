/**
 * isPlainSlashNumber, citedNumber's short cut past parseNumber, is the pattern it states, and on what it accepts
 * parseNumber's value is the text itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extract/number.js';
import { CITATION, isPlainSlashNumber } from '../../src/extract/references.js';
import { latin } from '../../src/latin.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

const fixtureLines = fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/));
const DEFINITION = latin(String.raw`^\d+[a-np-z]?(?:\/\d{4})?\/\p{L}[\p{L}\p{M}\d&]*(?:-[\p{L}\p{M}\d&]+)*$`, 'u');
const definition = (raw: string) => DEFINITION.test(raw) && ![...raw].some((ch) => ch.charCodeAt(0) >= 0x2000);

describe('isPlainSlashNumber', () => {
  const pieces = [
    '1', '06', '2022', '12a', 'o', 'O', 'z', '/', '/', '/', '-', '-', '–', ' ', '\t', 'QĐ', 'TT', 'UBND', 'TTg', 'Đ', 'đ', '&', '\u0301', '\u20d0',
    '𝒜', '.', ',', 'Σ', 'ß', '_',
  ];
  const inputs = [
    ...texts(pieces, 40000, 9, 21),
    ...fixtureLines.flatMap((line) => [...line.matchAll(CITATION)].map((m) => m[2]!)),
    '10594/UBND-KGVX', '10/2022/TT-BKHĐT', '12o/QĐ', '12a/QĐ', '12/2022/2023/QĐ', '12/2022', '12/QĐ-', '12/QĐ--VP', '1/A',
  ];
  it('is its pattern', () => {
    for (const raw of inputs) expect([raw, isPlainSlashNumber(raw)]).toEqual([raw, definition(raw)]);
  });
  it('accepts only numbers whose parsed value is the text itself', () => {
    let accepted = 0;
    for (const raw of inputs) {
      if (!isPlainSlashNumber(raw)) continue;
      accepted++;
      expect([raw, parseNumber(raw)?.value]).toEqual([raw, raw]);
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
