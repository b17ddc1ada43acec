/**
 * The fast paths of the extractors (prefilters, tables, shortcuts) must give exactly what the plain
 * definitions give: each is checked here against its definition on hand-picked and generated text.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/extract/patterns.js';
import { CITATION, citations } from '../../src/extract/references.js';
import { isoDate } from '../../src/extract/date.js';
import { BARE_LEAD_IN, OBJECT_CUE, OBJECT_CUE_AT, OBJECT_STARTS, SUBJECT_CUE, SUBJECT_CUE_AT, SUBJECT_STARTS, isBareLeadIn } from '../../src/extract/directives.js';
import { hasMarks } from '../../src/extract/ocr.js';
import { DASH, ITEM, itemOf } from '../../src/extract/tasks.js';
import { countWords, firstWords, hasWordChar, isWhiteCode, matchesFrom, squeezeWhite, tokens } from '../../src/extract/text.js';
import { latin } from '../../src/latin.js';
import { hasMarksByRanges, random, texts } from './generate.js';

/** A letter (as the patterns see it) or a digit. */
const WORD_CHAR = latin(String.raw`[\p{L}\p{N}]`, 'u');

describe('fold: the character table gives the definition', () => {
  const definition = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  it('on every BMP character between Vietnamese letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `Đặ${String.fromCharCode(c)}ng`;
      if (fold(text) !== definition(text)) expect(fold(text)).toBe(definition(text));
    }
  });
  it('on generated text, combining marks and astral letters included', () => {
    for (const text of texts(['Nguyễn', 'ĐỒNG', 'a', 'İ', 'ǅ', 'e\u0301', '\u0323', 'ß', 'Σ', '𝒜', ' ', 'Ư', 'ẞ', '\u1e9e'], 3000, 8)) {
      expect(fold(text)).toBe(definition(text));
    }
  });
});

describe('citations: the anchored search gives the matches of CITATION', () => {
  const pieces = [
    'Quyết định', 'quyết định', 'QUYẾT ĐỊNH', 'Quyet dinh', 'Nghị quyết liên tịch', 'Thông tư', 'Văn bản hợp nhất', 'Công   văn', 'Luật', 'Lệnh',
    'số', 'Số', 'SỐ', 'so', 'sô', ':', ' ', '  ', '\u00a0', '\t', ' ', '123', '4', '06', '2022', '12a', '/', '-', '–', '.', ',', '(', ')',
    'QĐ', 'UBND', 'KGVX', 'TTg', 'ĐA', 'TW', 'CP', 'Ngày', 'ngày', 'của', 'x', 'a', 'b', 'Đ', '&', '𝒜', '\ud835', 'Bộ Tài chính',
  ];
  const samples = [
    'Căn cứ Văn bản số 10594/UBND-KGVX ngày 06/10/2022 của UBND tỉnh Đồng Nai',
    'Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị; 4.596 cán bộ; 649/1.240',
    'Nghị định 169-CP, số:12/2022/TT-BKHĐT, So 15 /QĐ-BNV, Quyết định\u00a0số  5/QĐ',
    'Thông tư liên tịch số 1a/TTLT-BTC; theo Luật số 90/2025/QH15, 660/Ngày',
  ];
  const expected = (text: string) => [...text.matchAll(CITATION)].map((m) => [m.index, ...m]);
  const actual = (text: string) => citations(text).map((m) => [m.index, ...m]);
  it.each(samples)('%s', (text) => {
    expect(actual(text)).toEqual(expected(text));
  });
  it('on generated text', () => {
    for (const text of texts(pieces, 4000, 40, 7)) expect(actual(text)).toEqual(expected(text));
  });
});

describe('text helpers', () => {
  const pieces = ['a', 'Đồng', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', 'x y', ''];
  it('squeezeWhite is text.replace(/\\s+/gu, " ")', () => {
    for (const text of texts(pieces, 3000, 12, 3)) expect(squeezeWhite(text)).toBe(text.replace(/\s+/gu, ' '));
  });
  it('firstWords is text.split(/\\s+/u).slice(0, n)', () => {
    for (const text of texts(pieces, 3000, 12, 5)) {
      for (const n of [0, 1, 2, 5, 17]) expect(firstWords(text, n)).toEqual(text.split(/\s+/u).slice(0, n));
    }
  });
});

describe('character tests', () => {
  it('isWhiteCode is /\\s/', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  const pieces = ['a', 'Đồng', ' ', '  ', '\t', '\u00a0', '\u2003', '.', ',', '-', '12', '𝒜', '\ud835', '€', '٣', ';'];
  it('hasWordChar, countWords and tokens are their patterns', () => {
    for (const text of texts(pieces, 3000, 10, 11)) {
      expect(hasWordChar(text)).toBe(WORD_CHAR.test(text));
      expect(countWords(text)).toBe(text.split(/\s+/u).filter((w) => WORD_CHAR.test(w)).length);
      expect(tokens(text)).toEqual([...text.matchAll(/\S+/gu)].map((m) => ({ index: m.index, text: m[0] })));
    }
  });
});

describe('itemOf: the first-characters check rejects no item', () => {
  const pieces = ['1', '12', '1.2', '.', ')', '(', ' ', '\t', 'I', 'V', 'X', 'IV', 'a', 'đ', 'i', 'x', 'Q', '-', '–', '+', '•', '*', 'b) ', 'iv)', 'Đ'];
  it('on generated lines', () => {
    for (const text of texts(pieces, 5000, 6, 13)) {
      const line = { text, offsets: null, start: 0, kind: 'paragraph' as const, block: 0, listDepth: 0, emphasized: false };
      const expected = ITEM.test(text) || DASH.test(text);
      expect(itemOf(line) !== null).toBe(expected);
    }
  });
});

describe('isoDate', () => {
  const definition = (day: string, month: string, year: string): string | null => {
    if (!day || !month || !year || !/^\d+$/.test(day) || !/^\d+$/.test(month) || !/^\d{4}$/.test(year)) return null;
    const [d, m, y] = [Number(day), Number(month), Number(year)];
    if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return null;
    if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  it('is the calendar check it replaces', () => {
    const odd = ['', '0', '007', '1a', '٣', ' 1', '+1', '1.0', '2O22', '19999', '１'];
    for (let y = 1895; y <= 2105; y++) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) expect(isoDate(String(d), String(m), String(y))).toBe(definition(String(d), String(m), String(y)));
      for (const o of odd) expect(isoDate(o, '1', String(y))).toBe(definition(o, '1', String(y)));
    }
    for (const o of odd) expect(isoDate('1', '1', o)).toBe(definition('1', '1', o));
  });
});

describe('directive cues: tried only where their words are', () => {
  const pieces = ['giao', 'Giao', 'GIAO', 'gIaO', 'đề nghị', 'Đề nghị', 'ĐỀ NGHỊ', 'yêu cầu', 'Yêu Cầu', 'chủ trì', 'có trách nhiệm', 'chịu trách nhiệm',
    'có nhiệm vụ', ' ', '  ', 'cho', ' cho ', 'nhiệm vụ', 'trách nhiệm', 'x', 'bàn', 'Bộ', ',', ':', '\u00a0', 'giaogiao', '𝒜'];
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
  const from = (text: string, starts: RegExp, sticky: RegExp) => [...matchesFrom(text, starts, sticky)].map((m) => [m.index, ...m]);
  it('OBJECT_CUE and SUBJECT_CUE on generated text', () => {
    for (const text of texts(pieces, 4000, 12, 17)) {
      expect(from(text, OBJECT_STARTS, OBJECT_CUE_AT)).toEqual(all(text, OBJECT_CUE));
      expect(from(text, SUBJECT_STARTS, SUBJECT_CUE_AT)).toEqual(all(text, SUBJECT_CUE));
    }
  });
});

describe('hasMarks: settled early only when the end cannot change it', () => {
  it('on generated text', () => {
    for (const text of texts(['a', 'b', 'ấ', '\u0301', ' ', '1', 'Đ', 'x'.repeat(19), 'ạ', 'q'.repeat(200)], 5000, 40, 19)) expect(hasMarks(text)).toBe(hasMarksByRanges(text));
    for (let a = 0; a <= 60; a++) for (let m = 0; m <= 6; m++) {
      expect(hasMarks('a'.repeat(a) + 'ấ'.repeat(m))).toBe(hasMarksByRanges('a'.repeat(a) + 'ấ'.repeat(m)));
      expect(hasMarks('ấ'.repeat(m) + 'a'.repeat(a))).toBe(hasMarksByRanges('ấ'.repeat(m) + 'a'.repeat(a)));
    }
  });
});

describe('isBareLeadIn: BARE_LEAD_IN looked for in the end of the text', () => {
  const pieces = ['phải', 'cần', 'Cần', 'yêu cầu', 'đề nghị', 'GIAO', ':', ' ', ' '.repeat(120), 'nhiệm vụ', 'việc', 'giải pháp', 'cụ thể', 'sau',
    'sau đây', 'như sau', 'x'.repeat(30), 'abc', ';', 'Đ', '𝒜'.repeat(20), 'thực hiện tốt những'];
  it('on generated text', () => {
    for (const text of texts(pieces, 6000, 30, 23)) expect(isBareLeadIn(text)).toBe(BARE_LEAD_IN.test(text));
    // Text that ends as a lead-in does, with runs of white space of every length in it.
    const rnd = random(29);
    const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
    const ws = () => pick([' ', '  ', '\t', ' '.repeat(150), '\u00a0']);
    let matched = 0;
    for (const head of texts(pieces, 3000, 12, 31)) {
      const tail = rnd() < 0.3
        ? `${pick(['yêu cầu', 'Đề nghị', 'giao'])}${pick(['', ws()])}:${pick(['', ws()])}`
        : `${pick(['phải', 'cần'])}${pick([' ', ws(), ' ' + 'x'.repeat(Math.floor(rnd() * 90)) + ' ', ' 𝒜𝒜 '])}${pick(['nhiệm vụ', 'việc', 'giải pháp'])}${pick(['', ws() + 'cụ thể'])}${ws()}${pick(['sau', 'sau đây', 'như sau'])}${pick(['', ws()])}:${pick(['', ws()])}`;
      const text = head + pick(['', ' ', 'a']) + tail;
      if (BARE_LEAD_IN.test(text)) matched++;
      expect(isBareLeadIn(text)).toBe(BARE_LEAD_IN.test(text));
    }
    expect(matched).toBeGreaterThan(500);
    for (const tail of ['các đơn vị cần thực hiện tốt những việc cụ thể sau đây:', 'yêu cầu:', 'phải ' + 'y'.repeat(79) + ' việc sau:']) {
      for (const head of ['', 'a'.repeat(300) + ' ', '𝒜'.repeat(200) + ' ', 'x']) expect(isBareLeadIn(head + tail)).toBe(BARE_LEAD_IN.test(head + tail));
    }
  });
});
