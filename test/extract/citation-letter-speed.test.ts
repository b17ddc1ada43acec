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

describe('citations whose sequence holds a dot', () => {
  it('equals text.matchAll(CITATION) on generated text of digits, dots and separators', () => {
    const pieces = ['Nghị quyết ', 'số ', 'Số: ', '66', '.', '13', '1', '/', '-', '2026', '/NQ-CP', 'NQ', 'CP', ' ', 'a', ',', ':', 'ngày '];
    const expected = (text: string) => [...text.matchAll(CITATION)].map((m) => [m.index, ...m]);
    for (const text of texts(pieces, 20000, 12, 67)) expect([text, citations(text).map((m) => [m.index, ...m])]).toEqual([text, expected(text)]);
  });
  it('reads "66.13/2026/NQ-CP" whole, after a type word, "số" or nothing', () => {
    for (const text of ['Nghị quyết số 66.13/2026/NQ-CP ngày 05/3/2026', 'theo Nghị quyết 66.13/2026/NQ-CP', '(66.13/2026/NQ-CP)']) {
      expect(citations(text).map((m) => m[2])).toEqual(['66.13/2026/NQ-CP']);
    }
    // A second dot leaves no citation, as the pattern has it.
    expect(citations('1.2.13/2026/NQ-CP')).toEqual([]);
  });
});

describe('a code with a slash inside', () => {
  it('is read whole ("16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC"), and cited as printed', async () => {
    const { citedNumber } = await import('../../src/extract/references.js');
    const found = citations('Căn cứ Thông tư liên tịch số 16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC ngày 20/11/2006 của liên Bộ');
    expect(found.map((m) => [m[2], citedNumber(m[2]!)])).toEqual([['16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC', '16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC']]);
  });
  it("is no document's without a year: a form's code", () => {
    expect(citations('theo mẫu số 03/KBS/GSQL Phụ lục V, Bản kê 21/BKTrC/GSQL')).toEqual([]);
  });
});
