/**
 * The fast paths of the extractors (prefilters, tables, shortcuts) must give exactly what the plain
 * definitions give: each is checked here against its definition on hand-picked and generated text.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/extract/patterns.js';
import { CITATION, citations } from '../../src/extract/references.js';
import { firstWords, squeezeWhite } from '../../src/extract/text.js';

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(pieces: string[], count: number, length: number, seed = 1): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(rnd() * length) }, () => pieces[Math.floor(rnd() * pieces.length)]!).join(''));
}

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
