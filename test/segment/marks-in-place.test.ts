/**
 * hasMarksJoined reads pieces where they are instead of joining them: it gives hasMarks of the pieces joined by
 * single spaces, the 4000-character cut included. LineList.textSpan points at each line's text without making it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasMarks, hasMarksJoined } from '../../src/extract/ocr.js';
import { readTextList } from '../../src/read/text.js';
import { LineList } from '../../src/segment/line-list.js';
import { makeLine } from '../../src/segment/lines.js';
import { fixtureTexts } from '../read/fixture-texts.js';

/** hasMarksJoined over pieces given as [text, from, to]. */
function joined(pieces: Array<[string, number, number]>): boolean {
  return hasMarksJoined(
    pieces.map((p) => p[0]),
    Int32Array.from(pieces.map((p) => p[1])),
    Int32Array.from(pieces.map((p) => p[2])),
  );
}

describe('hasMarksJoined', () => {
  it('is hasMarks of the pieces joined by spaces, on fixture lines and random pieces around the 4000 cut', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const cases: Array<Array<[string, number, number]>> = [[], [['', 0, 0]], [['', 0, 0], ['', 0, 0]]];
    for (const text of fixtureTexts().map((path) => readFileSync(path, 'utf8'))) {
      const lines = text.split('\n');
      // The first 60 lines, each read from the whole text, and the same lines as strings of their own.
      const pieces: Array<[string, number, number]> = [];
      let at = 0;
      for (const line of lines.slice(0, 60)) {
        pieces.push([text, at, at + line.length]);
        at += line.length + 1;
      }
      cases.push(pieces, lines.slice(0, 60).map((l) => [l, 0, l.length]));
    }
    // Unmarked pieces with a few marked ones, long and short: the ratio lands on both sides of 5 % and the
    // joined text on both sides of 4000 characters (a mark just past the cut must not count).
    const plainWords = ['ban', 'nhan', 'dan', 'thanh', 'pho', '', '  ', '1'];
    const markedWords = ['Hà', 'Nội', 'ngày', 'tháng', 'a\u0300'];
    for (let k = 0; k < 2000; k++) {
      const count = 1 + Math.floor(random() * 80);
      // The share of marked words in this case.
      const share = random() * 0.15;
      const pieces: Array<[string, number, number]> = [];
      for (let i = 0; i < count; i++) {
        let t = '';
        const n = Math.floor(random() * (k % 5 === 0 ? 30 : 12));
        for (let j = 0; j < n; j++) {
          const from = random() < share ? markedWords : plainWords;
          t += `${from[Math.floor(random() * from.length)]} `;
        }
        const pad = Math.floor(random() * 4);
        const s = `${'x'.repeat(pad)}${t}${'y'.repeat(pad)}`;
        pieces.push([s, pad, pad + t.length]);
      }
      cases.push(pieces);
    }
    // Plain pieces, then marked ones across the cut, the share of marks near 5 % at the cut: a cut one character
    // off, or spaces between pieces not counted, changes verdicts here.
    for (let length = 8; length <= 30; length++) {
      for (let plainLength = 3700; plainLength <= 3900; plainLength += 7) {
        const pieces: Array<[string, number, number]> = [];
        const plain = 'a'.repeat(length);
        for (let at = 0; at < plainLength; at += length + 1) pieces.push([plain, 0, length]);
        for (let i = 0; i < 40; i++) pieces.push([`x${'à'.repeat(length)}`, 1, length + 1]);
        cases.push(pieces);
      }
    }
    const wrong = cases.filter((pieces) => joined(pieces) !== hasMarks(pieces.map(([t, from, to]) => t.slice(from, to)).join(' ')));
    expect(wrong).toEqual([]);
    const verdicts = cases.map(joined);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(100);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(100);
    // Some cases are cut at 4000 characters.
    expect(cases.filter((p) => p.reduce((n, [, from, to]) => n + to - from + 1, -1) > 4000).length).toBeGreaterThan(10);
  });
});

describe('LineList.textSpan', () => {
  it('points at the text of every line, made or not, plain, over a base, or of Line objects', () => {
    for (const text of fixtureTexts().slice(0, 40).map((path) => readFileSync(path, 'utf8'))) {
      const base = readTextList(text).lines;
      const part = makeLine('PHẦN', null, 0, 'paragraph', 0, 0, false, undefined);
      const from = Int32Array.from({ length: base.length + 1 }, (_, i) => (i === 1 ? -1 : i === 0 ? 0 : i - 1));
      const over = LineList.over(base, from, [part]);
      const span = new Int32Array(2);
      for (const list of [base, over, LineList.of(base.slice())]) {
        for (let i = 0; i < list.length; i++) {
          if (i % 3 === 0) list.at(i);
          const s = list.textSpan(i, span);
          expect(s.slice(span[0], span[1])).toBe(list.text(i));
        }
      }
    }
  });
});
