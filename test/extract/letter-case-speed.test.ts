/**
 * The word tests of issuerAfterOf read a case table instead of their patterns: each gives what its pattern gives,
 * on every BMP character alone, on generated words (other scripts, titlecase and astral letters, marks) and on the
 * words of the fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCapitalisedWord, isLowerWord, isUpperWord } from '../../src/extract/references.js';
import { latin } from '../../src/latin.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

const CAPITALISED_WORD = latin(String.raw`^\p{Lu}\p{Ll}*$`, 'u');
const LOWER_WORD = latin(String.raw`^\p{Ll}+$`, 'u');
const UPPER_WORD = latin(String.raw`^\p{Lu}{2,}$`, 'u');

const check = (w: string) => {
  expect([w, isCapitalisedWord(w), isLowerWord(w), isUpperWord(w)]).toEqual([w, CAPITALISED_WORD.test(w), LOWER_WORD.test(w), UPPER_WORD.test(w)]);
};

describe('isCapitalisedWord, isLowerWord, isUpperWord are their patterns', () => {
  it('on every BMP character, alone and doubled', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      check(ch);
      check(ch + ch);
      check(`A${ch}`);
      check(`a${ch}`);
    }
  });
  it('on generated words', () => {
    const pieces = ['A', 'a', 'Đ', 'đ', 'Ư', 'ư', 'ấ', 'Ấ', 'Σ', 'σ', 'ǅ', 'ß', 'Ɐ', '𝐀', '𝐚', '\u0301', '1', '-', '.', 'ⓐ', 'Ⅰ', 'ﬁ'];
    for (const w of ['', ...texts(pieces, 30000, 6, 31)]) check(w);
  });
  it('on the words of the fixtures', () => {
    for (const path of fixtureTexts()) for (const w of readFileSync(path, 'utf8').split(/\s+/u)) check(w);
  });
});
