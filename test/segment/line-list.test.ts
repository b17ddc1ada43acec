/**
 * LineList: the lines of a document, made into Line objects when asked for. A list over another (explodeLines'
 * output) shares the lines made through either, answers text, first and last character without making lines,
 * and holds its own parts where the base has none.
 */
import { describe, expect, it } from 'vitest';
import { readTextList } from '../../src/read/text.js';
import { LineList } from '../../src/segment/line-list.js';
import { makeLine, type Line } from '../../src/segment/lines.js';

const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 6 ? '' : `Dòng ${i} của phụ lục;`)).join('\n');

describe('LineList', () => {
  it('makes a line of a long plain text only when asked, once, in any chunk', () => {
    const list = readTextList(text).lines;
    expect(list.length).toBe(3000 - Math.floor(3000 / 7));
    const far = list.at(list.length - 1)!;
    expect(far.text).toBe('Dòng 2999 của phụ lục;');
    expect(text.slice(far.start, far.start + far.text.length)).toBe(far.text);
    expect(list.at(list.length - 1)).toBe(far);
    expect(list.at(1500)!.text).toBe(list.text(1500));
    expect(list.anyCell()).toBe(false);
  });

  it('over a base: parts where given, base lines elsewhere, shared with the base', () => {
    const base = readTextList('a\nb\nc\nd').lines;
    const part = makeLine('X', null, 0, 'paragraph', 0, 0, false, undefined);
    const over = LineList.over(base, Int32Array.from([0, -1, 2, 3]), [part]);
    expect(over.length).toBe(4);
    expect(over.at(1)).toBe(part);
    expect([over.text(0), over.text(1), over.text(2)]).toEqual(['a', 'X', 'c']);
    expect([over.firstCode(1), over.lastCode(3)]).toEqual([88, 100]);
    // Made through the list over the base, the line is the base's own.
    expect(over.at(2)).toBe(base.at(2));
    expect(over.slice(2).map((l) => l.text)).toEqual(['c', 'd']);
    expect(over.slice().map((l) => l.text)).toEqual(['a', 'X', 'c', 'd']);
  });

  it('of Line objects: every line as given; a table cell anywhere is seen', () => {
    const lines: Line[] = [makeLine('BỘ Y TẾ', null, 0, 'cell', 0, 0, false, { table: 0, row: 0, column: 0 }), makeLine('Số: 1', null, 8, 'paragraph', 1, 0, false, undefined)];
    const list = LineList.of(lines);
    expect(list.at(0)).toBe(lines[0]);
    expect(list.anyCell()).toBe(true);
    expect(LineList.over(list, Int32Array.from([1]), []).anyCell()).toBe(true);
    expect(LineList.of([lines[1]!]).anyCell()).toBe(false);
    expect([list.text(1), list.firstCode(1), list.lastCode(1)]).toEqual(['Số: 1', 83, 49]);
  });
});
