/**
 * The shortcuts of tasks and directives that read a text once instead of piece by piece must find what the
 * piecewise reading found: each is checked against it on the fixtures' lines and on generated text.
 */
import { describe, expect, it } from 'vitest';
import { endsQuote, hasDigitIn, markersFor, nameAt, singleSpaced, type Markers } from '../../src/extract/tasks.js';
import { findDate } from '../../src/extract/date.js';
import { firstWords } from '../../src/extract/text.js';
import { joinTexts } from '../../src/segment/lines.js';
import { CUE_WORDS, OBJECT_STARTS, SUBJECT_STARTS } from '../../src/extract/directives.js';
import { fixtureLinesAndRuns, texts } from './generate.js';

/** Every line of the fixtures, and each run of three lines joined (task and directive texts span lines). */
const LINES = fixtureLinesAndRuns();

const ACCENTED = markersFor('Sở Y tế chủ trì');
const PLAIN = markersFor('So Y te chu tri');

describe('nameStopAt: a stop phrase where word i starts in the joined words, as in the window of words i to i + 3', () => {
  const pieces = ['Sở', 'Y tế', 'chủ trì', 'chủ', 'trì', 'chịu trách nhiệm', 'chịu', 'trách', 'nhiệm', 'phối hợp', 'với', 'để', 'là', 'có', 'cóx',
    'chu tri', 'phoi hop', 'chiu trach nhiem', 'ban hành', ';', ',', ' ', '  ', '\u00a0', '\t', '', 'ố', '\u0301', 'x'];
  const check = (markers: Markers, text: string) => {
    const words = firstWords(text, 17);
    const joined = words.join(' ');
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      markers.nameStopAt.lastIndex = at;
      expect([text, i, markers.nameStopAt.test(joined)]).toEqual([text, i, markers.nameStop.test(words.slice(i, i + 4).join(' '))]);
      at += words[i]!.length + 1;
    }
  };
  it('on the fixtures and on generated text, in both spellings', () => {
    for (const text of [...LINES, ...texts(pieces, 8000, 16, 31)]) for (const markers of [ACCENTED, PLAIN]) check(markers, text);
  });
  it('is sticky, without the anchor, with the flags of nameStop', () => {
    for (const markers of [ACCENTED, PLAIN]) {
      expect(markers.nameStopAt.sticky).toBe(true);
      expect(markers.nameStopAt.source).toBe(markers.nameStop.source.slice(1));
      expect(markers.nameStopAt.flags.replace('y', '')).toBe(markers.nameStop.flags);
    }
  });
});

describe('extractDeadline: no date without a digit in the 48 characters after the label', () => {
  const pieces = ['ngày', 'Ngày', 'tháng', 'năm', ' ', '/', '.', '-', '…', '_', '1', '12', '2024', '０', '٣', 'mười', 'hai', 'x', ','];
  it('hasDigitIn is /\\d/ on the slice', () => {
    for (const text of [...LINES.slice(0, 3000), ...texts(pieces, 5000, 12, 33)]) {
      for (let from = 0; from <= text.length; from += 7) expect(hasDigitIn(text, from, from + 48)).toBe(/\d/u.test(text.slice(from, from + 48)));
    }
  });
  it('findDate finds nothing in a text without an ASCII digit, with or without "ngày " before it', () => {
    const digitless = [...LINES, ...texts(pieces, 20000, 12, 35)].map((t) => t.replace(/\d/gu, ''));
    for (const text of digitless) {
      expect(findDate(text)).toBe(null);
      expect(findDate(`ngày ${text}`)).toBe(null);
    }
  });
});

/** joinTexts as it was: the texts concatenated one by one (a rope). */
function joinByConcat(lines: ReadonlyArray<{ readonly text: string }>): string {
  let text = '';
  for (let i = 0; i < lines.length; i++) text += i === 0 ? lines[i]!.text : ` ${lines[i]!.text}`;
  return text;
}

describe('joinTexts joins flat what concatenation joined, with the first text replaced when one is given', () => {
  it('on runs of fixture lines', () => {
    for (let i = 0; i < LINES.length; i += 3) {
      const lines = LINES.slice(i, i + 1 + (i % 5)).map((text) => ({ text }));
      expect(joinTexts(lines)).toBe(joinByConcat(lines));
      const first = lines[0]!.text.slice(3);
      expect(joinTexts(lines, first)).toBe(joinByConcat([{ text: first }, ...lines.slice(1)]));
    }
    expect(joinTexts([])).toBe(joinByConcat([]));
  });
});

describe('readDirective may start its cue searches at the paragraph\'s cueAt', () => {
  const first = (pattern: RegExp, text: string, from = 0) => {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    pattern.lastIndex = 0;
    return m ? m.index : -1;
  };
  const pieces = ['giao', 'GIAO', 'Giao', 'đề nghị', 'Đề Nghị', 'yêu cầu', 'chủ trì', 'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ', 'có',
    'chủ', ' ', 'x', 'đề', 'nghị', '“', '"', '.', 'g'];
  it('the first cue word (CUE_WORDS) is the first word of either cue, in the text and in every slice of it after it', () => {
    for (const text of [...LINES, ...texts(pieces, 5000, 12, 37)]) {
      const at = CUE_WORDS.exec(text)?.index ?? -1;
      const o = first(OBJECT_STARTS, text);
      const sub = first(SUBJECT_STARTS, text);
      expect(at).toBe(o < 0 ? sub : sub < 0 ? o : Math.min(o, sub));
      if (at < 0) continue;
      for (let a = 0; a <= at; a += 5) {
        const slice = text.slice(a, at + 40);
        for (const pattern of [OBJECT_STARTS, SUBJECT_STARTS]) {
          const m = first(pattern, slice);
          expect(m < 0 || m >= at - a).toBe(true);
        }
      }
    }
  });
});

describe('endsQuote is the closing-quotation pattern it stands for', () => {
  it('on the fixtures and on generated text', () => {
    const pieces = ['”', '"', '“', '.', ';', ',', ':', ' ', '  ', '\u00a0', '\t', '\u3000', 'a', 'Sở', '𝒜', ''];
    for (const text of [...LINES, ...texts(pieces, 30000, 7, 39)]) expect([text, endsQuote(text)]).toEqual([text, /[”"]\s*[.;,]?$/u.test(text)]);
  });
});

describe('singleSpaced: the first n words joined by single spaces are the start of the text', () => {
  const pieces = ['Sở', 'chủ trì', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\u3000', '\u2028', ',', 'a', '𝒜', ''];
  it('on the fixtures and on generated text', () => {
    for (const text of [...LINES, ...texts(pieces, 20000, 30, 41)]) {
      for (const n of [1, 2, 3, 17]) {
        const joined = firstWords(text, n).join(' ');
        if (singleSpaced(text, n)) expect([text, n, text.startsWith(joined)]).toEqual([text, n, true]);
      }
      // A text whose only white space is single plain spaces is always taken as it stands.
      if (!/[^\S ]| {2}/u.test(text)) expect(singleSpaced(text, 17)).toBe(true);
    }
  });
  it('nameAt reads the same on a text and on its words joined by single spaces', () => {
    for (const text of [...LINES.slice(0, 4000), ...texts(pieces, 5000, 30, 43)]) {
      for (const markers of [ACCENTED, PLAIN]) expect(nameAt(text, markers)).toBe(nameAt(firstWords(text, 17).join(' '), markers));
    }
  });
});
