import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown.js';
import { readText } from '../../src/read/text.js';
import { latin } from '../../src/latin.js';
import { concatLines, isLetterOrMarkAt, isWhiteSpace, offsetAt, sliceLine, treeToLines, type Line } from '../../src/segment/lines.js';

/** Every offset of a line, from its own array or from its start. */
const offsetsOf = (l: Line) => Array.from({ length: l.text.length + 1 }, (_, i) => offsetAt(l, i));
const plain = (l: Line) => {
  const { start: _start, ...rest } = l;
  return { ...rest, offsets: offsetsOf(l) };
};
const fromText = (source: string) => treeToLines(readText(source), source).map(plain);
const fromMarkdown = (source: string) => treeToLines(readMarkdown(source), source).map(plain);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('treeToLines', () => {
  it('cuts plain-text blocks into trimmed lines with one offset per character and the end', () => {
    expect(fromText('  Số: 12/UBND \t\nHà Nội\n\n\nKính gửi: Sở\n')).toEqual([
      { text: 'Số: 12/UBND', offsets: range(2, 13), kind: 'paragraph', block: 0, listDepth: 0, emphasized: false },
      { text: 'Hà Nội', offsets: range(16, 22), kind: 'paragraph', block: 0, listDepth: 0, emphasized: false },
      { text: 'Kính gửi: Sở', offsets: range(25, 37), kind: 'paragraph', block: 1, listDepth: 0, emphasized: false },
    ]);
  });

  it('every character of a plain-text line points at itself in the source', () => {
    const source = 'BỘ TÀI CHÍNH\n\t CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   \nSố: 2214/BTC-QLN  \n\nNơi nhận:\n- Như trên;';
    for (const line of fromText(source)) {
      for (let i = 0; i < line.text.length; i++) expect(source[line.offsets[i]!]).toBe(line.text[i]);
      expect(line.offsets[line.text.length]).toBe(line.offsets[line.text.length - 1]! + 1);
    }
  });

  it('a line printed as it stands keeps no offsets array, only its start', () => {
    const source = 'BỘ TÀI CHÍNH\n\n  **Số: 12** \n\nA &amp; B';
    const lines = treeToLines(readMarkdown(source), source);
    expect(lines.map((l) => [l.text, l.offsets === null, l.start])).toEqual([
      ['BỘ TÀI CHÍNH', true, 0],
      ['Số: 12', true, 18],
      ['A & B', false, 29],
    ]);
    for (const line of treeToLines(readText(source), source)) {
      expect(line.offsets).toBeNull();
      expect(source.slice(line.start, line.start + line.text.length)).toBe(line.text);
    }
  });

  it('keeps markdown structure: emphasis, list markers, table cells, escapes, entities and breaks', () => {
    const source = '**KT. GIÁM ĐỐC**\n\n- Như trên;\n- Lưu: VT.\n\n| a | *b* |\n|---|---|\n| c \\| d | e |\n\nA &amp; B\\\nC<br>D';
    expect(fromMarkdown(source)).toEqual([
      { text: 'KT. GIÁM ĐỐC', offsets: range(2, 14), kind: 'paragraph', block: 0, listDepth: 0, emphasized: true },
      { text: '- Như trên;', offsets: range(18, 29), kind: 'paragraph', block: 1, listDepth: 1, emphasized: false },
      { text: '- Lưu: VT.', offsets: range(30, 40), kind: 'paragraph', block: 2, listDepth: 1, emphasized: false },
      { text: 'a', offsets: [44, 45], kind: 'cell', block: 3, listDepth: 0, emphasized: false, cell: { table: 0, row: 0, column: 0 } },
      { text: 'b', offsets: [49, 50], kind: 'cell', block: 4, listDepth: 0, emphasized: true, cell: { table: 0, row: 0, column: 1 } },
      { text: 'c | d', offsets: [66, 67, 69, 70, 71, 72], kind: 'cell', block: 5, listDepth: 0, emphasized: false, cell: { table: 0, row: 1, column: 0 } },
      { text: 'e', offsets: [75, 76], kind: 'cell', block: 6, listDepth: 0, emphasized: false, cell: { table: 0, row: 1, column: 1 } },
      { text: 'A & B', offsets: [80, 81, 82, 87, 88, 89], kind: 'paragraph', block: 7, listDepth: 0, emphasized: false },
      { text: 'C', offsets: [91, 92], kind: 'paragraph', block: 7, listDepth: 0, emphasized: false },
      { text: 'D', offsets: [96, 97], kind: 'paragraph', block: 7, listDepth: 0, emphasized: false },
    ]);
  });

  it('a line is emphasized only when all its non-space characters are', () => {
    const lines = fromMarkdown('**BỘ TÀI CHÍNH** và\n*Số* *12*');
    expect(lines.map((l) => [l.text, l.emphasized])).toEqual([
      ['BỘ TÀI CHÍNH và', false],
      ['Số 12', true],
    ]);
  });

  it('finds text without a position (a plugin node) within 64 characters ahead, else gives it the offset where it would start', () => {
    const source = 'Liên hệ: a@b.vn rồi ' + 'y'.repeat(70) + ' c@d.vn';
    const at = (start: number, end: number) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Liên hệ: ', position: at(0, 9) },
            { type: 'text', value: 'a@b.vn' },
            { type: 'text', value: ' rồi ' + 'y'.repeat(70) + ' ', position: at(15, 91) },
            { type: 'text', value: 'c@d.vn' },
            { type: 'text', value: 'zz' },
          ],
        },
        { type: 'paragraph', children: [{ type: 'text', value: 'q' + 'y'.repeat(70) }] },
      ],
    };
    const [first, second] = treeToLines(tree, source).map(plain);
    expect(first!.text).toBe(source + 'zz');
    expect(first!.offsets).toEqual([...range(0, 97), 97, 98]);
    expect(second!.offsets).toEqual([...Array(71).fill(0), 1]);
  });

  it('the lines of a long document do not share offsets with each other', () => {
    const source = Array.from({ length: 3000 }, (_, i) => `Dòng &amp; ${i}`).join('\n\n');
    const lines = treeToLines(readMarkdown(source), source);
    expect(lines).toHaveLength(3000);
    lines[0]!.offsets![0] = -1;
    expect(lines[1]!.offsets![0]).toBe(source.indexOf('Dòng &amp; 1'));
    const last = source.lastIndexOf('Dòng');
    expect(offsetsOf(lines[2999]!)).toEqual([...range(last, last + 5), ...range(last + 10, source.length)]);
  });
});

describe('sliceLine and concatLines', () => {
  const [line] = treeToLines(readText('Số: 12/UBND\u3000 V/v: họp'), 'Số: 12/UBND\u3000 V/v: họp');

  it('sliceLine trims every white space \\s knows, with the offsets', () => {
    const part = sliceLine(line!, 11);
    expect(part.text).toBe('V/v: họp');
    expect(offsetsOf(part)).toEqual(range(13, 21));
    expect(sliceLine(line!, 11, 13).text).toBe('');
  });

  it('concatLines joins with single spaces mapped to the end of the line before', () => {
    const joined = concatLines(sliceLine(line!, 0, 3), sliceLine(line!, 13));
    expect(joined.text).toBe('Số: V/v: họp');
    expect(offsetsOf(joined)).toEqual([0, 1, 2, 3, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('isWhiteSpace agrees with \\s on every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/u.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('agreeing with \\s');
  });
});

describe('isLetterOrMarkAt', () => {
  it("is latin()'s [\\p{L}\\p{M}] on every BMP code unit, and false past either end", () => {
    const pattern = latin(String.raw`^[\p{L}\p{M}]$`, 'u');
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isLetterOrMarkAt(`x${ch}`, 1) !== pattern.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isLetterOrMarkAt('a', -1)).toBe(false);
    expect(isLetterOrMarkAt('a', 1)).toBe(false);
  });
});
