/**
 * The shortcuts of the directive and task readers give what the forms they replace gave: scannedWords is
 * neededWords with the giao words left to be looked for (GIAO_UNKNOWN), and clauseStart is the greatest lastIndexOf
 * of the clause marks in the 2,000 characters before the cue, plus one; itemOf tries only the pattern a line's first
 * character can open; STOP_AT is either stop pattern on the 80 characters at a token.
 */
import { describe, expect, it } from 'vitest';
import { DASH, GIAO_WORD, ITEM, itemOf, markersFor, neededWords, PROSE_STOP, scannedWords, STOP_AT } from '../../src/extract/tasks.js';
import { makeLine } from '../../src/segment/lines.js';
import { clauseStart } from '../../src/extract/directives.js';
import { fixtureLinesAndRuns, random, texts } from './generate.js';

const LINES = fixtureLinesAndRuns();
const ACCENTED = markersFor('Sở Y tế chủ trì');
const PLAIN = markersFor('So Y te chu tri');
/** The bit scannedWords sets instead of GIAO_WORD (the one bit above those of neededWords). */
const GIAO_UNKNOWN = 32;

describe('scannedWords: neededWords without the giao words', () => {
  const pieces = ['chủ trì', 'phối hợp ', 'hằng ', 'HÀNG\t', 'định kỳ', 'trước', 'hạn', 'chậm nhất', 'muộn hơn', 'giao', 'Đề nghị', 'yêu cầu',
    'chu tri', 'iao', ' ', 'x', 'ng', 'đ', ',', '.'];
  const check = (text: string) => {
    for (const markers of [ACCENTED, PLAIN]) {
      const scanned = scannedWords(text, markers);
      expect(scanned & GIAO_UNKNOWN).toBe(GIAO_UNKNOWN);
      expect(scanned & GIAO_WORD).toBe(0);
      expect([text, scanned & ~GIAO_UNKNOWN]).toEqual([text, neededWords(text, markers) & ~GIAO_WORD]);
    }
  };
  it('on the fixtures', () => {
    for (const text of LINES) check(text);
  });
  it('on generated text', () => {
    for (const text of texts(pieces, 5000, 8, 7)) check(text);
  });
});

describe('clauseStart: where the clause before a cue starts', () => {
  /** The definition it replaces. */
  const definition = (s: string, at: number, commas: boolean): number => {
    const stretch = s.slice(Math.max(0, at - 2000), at);
    const last = Math.max(commas ? stretch.lastIndexOf(',') : -1, stretch.lastIndexOf(';'), stretch.lastIndexOf(':'));
    return Math.max(0, at - 2000) + last + 1;
  };
  it('on the fixtures, at every word', () => {
    for (const text of LINES) {
      for (let at = 0; at <= text.length; at = text.indexOf(' ', at + 1) < 0 ? text.length + 1 : text.indexOf(' ', at + 1)) {
        for (const commas of [true, false]) expect([text, at, clauseStart(text, at, commas)]).toEqual([text, at, definition(text, at, commas)]);
      }
    }
  });
  it('on long generated text (marks farther than 2,000 characters back, or none)', () => {
    const rnd = random(11);
    for (const text of texts(['a', ' ', ',', ';', ':', 'x'.repeat(700), 'Sở Y tế '], 300, 12, 3)) {
      for (let k = 0; k < 20; k++) {
        const at = Math.floor(rnd() * (text.length + 1));
        for (const commas of [true, false]) expect(clauseStart(text, at, commas)).toBe(definition(text, at, commas));
      }
    }
  });
});

describe('itemOf: a line that opens with a dash is tried by DASH alone', () => {
  /** itemOf as it was: ITEM tried first, DASH after it. */
  const definition = (text: string) => {
    const m = ITEM.exec(text);
    if (m) return m[0];
    const d = DASH.exec(text);
    return d ? `dash:${text.slice(d[0].length).trim()}` : null;
  };
  const read = (text: string) => {
    const item = itemOf(makeLine(text, null, 0, 'paragraph', 0, 0, false, undefined));
    if (item === null) return null;
    return item.style === 'dash' ? `dash:${item.text}` : ITEM.exec(text)![0];
  };
  it('on the fixtures and on generated lines', () => {
    const heads = ['-', '–', '—', '+', '•', '1', '12', 'I', 'V', 'a', 'đ', '(', 'i', ')', '.', ' ', '\t', 'x', 'Sở '];
    for (const text of [...LINES, ...texts(heads, 5000, 5, 13)]) expect([text, read(text)]).toEqual([text, definition(text)]);
  });
});

describe('STOP_AT: a stop phrase of NAME_STOP or PROSE_STOP at a token, read in the text itself', () => {
  const definition = (text: string, at: number) => {
    const rest = text.slice(at, at + 80);
    return ACCENTED.nameStop.test(rest) || PROSE_STOP.test(rest);
  };
  const check = (text: string) => {
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && text[at - 1] !== ' ') continue;
      STOP_AT.lastIndex = at;
      expect([text, at, STOP_AT.test(text)]).toEqual([text, at, definition(text, at)]);
    }
  };
  it('on the fixtures', () => {
    for (const text of LINES) check(text);
  });
  it('on generated text (phrases cut short, run on, at the end)', () => {
    const pieces = ['chủ trì', 'phải', 'cần', 'tạo điều kiện', 'chịu trách nhiệm', 'có', 'có liên quan', 'xử lý', ' ', 'x', 'ê', '\u0301', ',', 'tổ', 'chức'];
    for (const text of texts(pieces, 4000, 6, 17)) check(text);
  });
});
