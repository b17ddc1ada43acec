/**
 * headCuts looks for the motto and its second line in one search (MOTTO or MOTTO_SUB) instead of two: the parts
 * must be those the two searches gave, also where a motto opens at the c that ends "Hạnh phúc" (the one place where
 * a match of one can open inside a match of the other). Expected parts as the two searches cut them.
 */
import { describe, expect, it } from 'vitest';
import { explodeLines } from '../../src/segment/explode.js';
import { LineList } from '../../src/segment/line-list.js';
import { makeLine } from '../../src/segment/lines.js';

/** The parts of one head line. */
const parts = (text: string) => explodeLines(LineList.of([makeLine(text, null, 0, 'paragraph', 0, 0, false, undefined)]), 1, 1).slice().map((l) => l.text);

describe('head cuts of the motto', () => {
  it.each([
    ['UBND TỈNH X Độc lập - Tự do - Hạnh phúcộng hòa xã hội chủ nghĩa việt nam Số: 5/UB', ['UBND TỈNH X', 'Độc lập - Tự do - Hạnh phú', 'c', 'ộng hòa xã hội chủ nghĩa việt nam', 'Số: 5/UB']],
    ['Độc lập - Tự do - Hạnh phúc CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc', ['Độc lập - Tự do - Hạnh phúc', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
    ['BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['BỘ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    ['CỤC THUẾ Độc lập — Tự do -Hạnh phúc', ['CỤC THUẾ', 'Độc lập — Tự do -Hạnh phúc']],
  ])('%s', (text, expected) => {
    expect(parts(text)).toStrictEqual(expected);
  });
});
