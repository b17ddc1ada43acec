/**
 * citations reads the prefix of a cited document (type word, "số", ":") backwards from the digits with the letter
 * table of loose()'s classes, instead of running CITATION: the table is the classes, and on generated text built
 * from the type words in every spelling loose() accepts (and some it does not), the matches are CITATION's.
 */
import { describe, expect, it } from 'vitest';
import { loose } from '../../src/extract/patterns.js';
import { CITATION, LOOSE_LETTER, citations, dateWordsEnd, ofIssuerEnd, typeName } from '../../src/extract/references.js';
import { latin } from '../../src/latin.js';
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

describe('what follows a citation, read at an index', () => {
  const OF_ISSUER = latin(`^\\s*(?:,\\s*)?(?:${loose('của')}|do)\\s+`, 'u');
  const DATE_AFTER = latin(`^\\s*(?:,\\s*)?(?:${loose('ban hành')}\\s+)?${loose('ngày')}\\s+`, 'u');
  const pieces = ['của', 'CỦA', 'cua', 'Của', 'do', 'Do', 'DO', 'đo', 'ban hành', 'BAN HÀNH', 'ban  hanh', 'ngày', 'NGÀY', 'ngay', 'ngáy', ',', ' ', '  ', '\t', '\u00a0', 'x', '1', 'Bộ', '.'];
  it('dateWordsEnd and ofIssuerEnd end where DATE_AFTER and OF_ISSUER do on the text after p', () => {
    for (const text of texts(pieces, 40000, 8, 13)) {
      for (const p of [0, 1, 2]) {
        if (p > text.length) continue;
        const rest = text.slice(p);
        const d = DATE_AFTER.exec(rest);
        const o = OF_ISSUER.exec(rest);
        expect([text, p, dateWordsEnd(text, p), ofIssuerEnd(text, p)]).toEqual([text, p, d ? p + d[0].length : -1, o ? p + o[0].length : -1]);
      }
    }
  });
});

describe('typeName is the case mapping of the printed type word', () => {
  it('on the type words of generated citations', () => {
    const definition = (printed: string) => {
      const words = printed.replace(/\s+/g, ' ');
      return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
    };
    const pieces = ['Quyết định', 'QUYẾT ĐỊNH', 'quyết định', 'Quyết Định', 'Quyết  định', 'Quyết\tđịnh', 'Quyết\u00a0định', 'Văn bản hợp nhất', 'VĂN bản', 'Thông tư', 'ĐỀ ÁN', 'Đề án', 'đề án', 'Luật', 'LUẬT', 'luật', ' số ', ' ', '12/QĐ-UBND'];
    let seen = 0;
    const types = pieces.slice(0, 16);
    for (const text of texts(types, 4000, 3, 17).map((t, i) => `${t}${i % 2 ? ' số ' : ' '}12/QĐ-UBND`)) {
      for (const m of citations(text)) {
        if (m[1] === undefined) continue;
        seen++;
        expect([m[1], typeName(m[1])]).toEqual([m[1], definition(m[1])]);
      }
    }
    expect(seen).toBeGreaterThan(1000);
  });
});
