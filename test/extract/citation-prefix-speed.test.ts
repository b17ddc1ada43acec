/**
 * citations reads the prefix of a cited document (type word, "số", ":") backwards from the digits with the letter
 * table of loose()'s classes, instead of running CITATION: the table is the classes, and on generated text built
 * from the type words in every spelling loose() accepts (and some it does not), the matches are CITATION's.
 */
import { describe, expect, it } from 'vitest';
import { loose } from '../../src/extract/patterns.js';
import { CITATION, LOOSE_LETTER, citations } from '../../src/extract/references.js';
import { fixtureLinesAndRuns, texts } from './generate.js';

const expected = (text: string) => [...text.matchAll(CITATION)].map((m) => [m.index, ...m]);
const actual = (text: string) => citations(text).map((m) => [m.index, ...m]);

describe('LOOSE_LETTER is the letter classes of loose()', () => {
  it('on every BMP code unit', () => {
    const classes = Array.from({ length: 26 }, (_, k) => new RegExp(`^${loose(String.fromCharCode(97 + k))}$`, 'u'));
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const letter = classes.findIndex((re) => re.test(ch));
      const table = c < LOOSE_LETTER.length ? LOOSE_LETTER[c]! : 0;
      if (table !== (letter < 0 ? 0 : 97 + letter)) expect([c, table]).toEqual([c, letter < 0 ? 0 : 97 + letter]);
    }
  });
});

describe('citations equals text.matchAll(CITATION)', () => {
  it('on type words, "số" and colons in every spelling, run together or apart', () => {
    const pieces = [
      'Quyết định', 'QUYẾT ĐỊNH', 'quyet dinh', 'Quyết  định', 'Quyết\u00a0định', 'Nghị quyết', 'Nghị quyết liên tịch', 'Thông tư',
      'Thông tư liên tịch', 'Thông báo', 'Thông báo kết luận', 'Kết luận', 'Văn bản', 'Văn bản hợp nhất', 'VĂN BẢN', 'Luật', 'Pháp lệnh',
      'Lệnh', 'Đề án', 'De an', 'Giấy mời', 'Công văn', 'Công điện', 'Tờ trình', 'Quy chế', 'Quy định', 'số', 'Số', 'SỐ', 'so', 'sô',
      'ső', 'ā', 'Ş', ':', ' : ', ' ', '  ', '\t', '\u00a0', 'a', 'é', '\u0301', '\u20d0', '𝐀', 'ǅ', 'x', '.', ',', '-', '/', '(',
      '12/QĐ-UBND', '05/2022/TT-BTC', '28-KL/TW', '169-CP', '7', '12a/BC', '3/', '1', '2020',
    ];
    for (const text of texts(pieces, 40000, 12, 7)) if (JSON.stringify(actual(text)) !== JSON.stringify(expected(text))) expect([text, actual(text)]).toEqual([text, expected(text)]);
  });
  it('on fixture lines and runs of lines', () => {
    for (const text of fixtureLinesAndRuns()) if (JSON.stringify(actual(text)) !== JSON.stringify(expected(text))) expect([text, actual(text)]).toEqual([text, expected(text)]);
  });
});
