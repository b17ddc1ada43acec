/**
 * repairUpperWords reads the words with a table instead of text.replace(/[\p{L}\p{M}]+/gu, …): it gives what the
 * pattern form gives, on fixture lines as printed, upper-cased and without their marks, and on generated texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairUpperWords, repairUpperWordsByPattern } from '../../src/extract/ocr.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

const fixtureLines = fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/));
const stripped = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

describe('repairUpperWords', () => {
  it('equals the pattern form on fixture lines, upper-cased, without marks, and decomposed', () => {
    for (const line of fixtureLines) {
      const upper = line.toUpperCase();
      for (const text of [line, upper, stripped(upper), upper.normalize('NFD')]) expect(repairUpperWords(text), text).toEqual(repairUpperWordsByPattern(text));
    }
  });

  it('equals the pattern form on generated texts (separators, marks, letters of other scripts, astral letters)', () => {
    const pieces = ['TONG', 'CỤC', 'TRUONG', 'PHO', 'THANH', ' ', '  ', '-', ',', '.', 'Ồ', 'A', 'a', 'THUÊ', 'TỎNG', 'Σ', 'Ω', '\u0301', '𝐀', '1', '\t', 'ĐỐC', 'GIAM', 'DOC', 'BỘ', 'CU', 'VU', 'ỦY', 'UY'];
    for (const text of texts(pieces, 5000, 12)) expect(repairUpperWords(text), text).toEqual(repairUpperWordsByPattern(text));
  });
});
