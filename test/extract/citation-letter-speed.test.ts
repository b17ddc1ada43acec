/**
 * citations reads the letter before a possible start of a citation from a table: on generated text with letters of
 * the Latin blocks and of other scripts (Greek, astral, beyond U+2000) before type words and "số", it still gives
 * the matches of CITATION.
 */
import { describe, expect, it } from 'vitest';
import { CITATION, citations } from '../../src/extract/references.js';
import { texts } from './generate.js';

describe('citations after letters of any script', () => {
  it('equals text.matchAll(CITATION) on generated text', () => {
    const pieces = [
      'Quyết định ', 'số ', 'Số: ', 'Thông tư ', 'Công văn ', '12/QĐ-UBND', '05/2022/TT-BTC', '28-KL/TW', ' ', 'a', 'é', 'ǅ', 'ª', 'Σ', 'σ',
      '𝐀', 'ⅰ', 'Ⱥ', 'ꞵ', '\u0301', '(', ',', '-', '/', '1', 'ngày 12/10/2022 ', 'của Bộ Tài chính',
    ];
    const expected = (text: string) => [...text.matchAll(CITATION)].map((m) => [m.index, ...m]);
    for (const text of texts(pieces, 20000, 10, 61)) expect([text, citations(text).map((m) => [m.index, ...m])]).toEqual([text, expected(text)]);
  });
});
