/**
 * The fast paths of tasks and directives (prefilters, lazy tokens, shortcuts) must give exactly what the plain
 * definitions give: each is checked against its definition on the fixtures' lines and on generated text.
 */
import { describe, expect, it } from 'vitest';
import { BEFORE_WORD, COORDINATE_WORD, GIAO_WORD, LEAD_WORD, RECURRING_WORD, markersFor, nameAt, neededWords, type Markers } from '../../src/extract/tasks.js';
import { countWords, hasWordChar, LazyTokens, matchFrom, matchesFrom, tokens, trimPunctEnd } from '../../src/extract/text.js';
import { OBJECT_CUE, OBJECT_CUE_AT, OBJECT_STARTS } from '../../src/extract/directives.js';
import { fixtureLinesAndRuns, random, texts } from './generate.js';

/** Every line of the fixtures, and each run of three lines joined (task and directive texts span lines). */
const LINES = fixtureLinesAndRuns();

const ACCENTED = markersFor('Sở Y tế chủ trì');
const PLAIN = markersFor('So Y te chu tri');

describe('neededWords: a marker whose words a text lacks has no match there', () => {
  const pieces = ['hằng', 'hàng', 'HẰNG', 'Hàng', 'hÀng', 'ngày', 'NGÀY', 'tuần', 'tháng', 'quý', 'năm', 'Năm', 'định kỳ', 'Định kỳ', 'ĐỊNH KỲ',
    'định \u212aỳ', 'trước ngày', 'trước', 'chậm nhất', 'hạn chót', 'không muộn hơn', 'xong trước', 'hoàn thành trước', 'trong thời hạn đến', 'là',
    '15', 'chủ trì', 'Sở Y tế', 'giao', 'Giao', 'Đề nghị', 'yêu cầu', 'phối hợp', 'phối hợp với', 'Phối hợp', 'c', 'trướ', 'đề nghị',
    ' ', '  ', '\u00a0', '\t', '\n', ',', '.', ';', 'x', 'a', 'đ', 'ị', 'nh', 'ng', 'h', 'chu tri', 'de nghi', 'phoi hop', 'hang tuan'];
  const check = (markers: Markers, text: string) => {
    const found = neededWords(text, markers);
    const may = (bit: number, pattern: RegExp) => {
      pattern.lastIndex = 0;
      if ((found & bit) === 0) expect(pattern.test(text)).toBe(false);
      pattern.lastIndex = 0;
    };
    may(LEAD_WORD, markers.lead);
    may(GIAO_WORD, markers.giao);
    may(COORDINATE_WORD, markers.coordinate);
    may(RECURRING_WORD, markers.recurring);
    may(BEFORE_WORD, markers.before);
  };
  it('on the fixtures', () => {
    for (const text of LINES) for (const markers of [ACCENTED, PLAIN]) check(markers, text);
  });
  it('on generated text, words overlapping included ("trướchủ trì", "đề nghịnh kỳ")', () => {
    for (const text of texts(pieces, 30000, 8, 5)) for (const markers of [ACCENTED, PLAIN]) check(markers, text);
  });
  it('finds each word', () => {
    const cases: Array<[string, number]> = [['Sở Y tế chủ trì', LEAD_WORD], ['Giao Sở', GIAO_WORD], ['ĐỀ NGHỊ', 0], ['đề nghị', GIAO_WORD],
      ['phối hợp với', COORDINATE_WORD], ['HẰNG tuần', RECURRING_WORD], ['ĐỊNH KỲ', RECURRING_WORD], ['quyết định số', 0],
      ['trướchủ trì', BEFORE_WORD | LEAD_WORD], ['hạn chót', BEFORE_WORD], ['chậm nhất', BEFORE_WORD], ['không muộn hơn', BEFORE_WORD]];
    for (const [text, bits] of cases) expect([text, neededWords(text, ACCENTED)]).toEqual([text, bits]);
  });
});

describe('nameAt: only words that open with a–z or đ are tried as stop phrases', () => {
  /** The alternatives of a stop pattern `^(?:a|b|…)(?!…)`. */
  const alternatives = (markers: Markers) => /^\^\(\?:([^()]*)\)/.exec(markers.nameStop.source)![1]!.split('|');
  it('every stop phrase, in both spellings, opens with a–z or đ, and the pattern has no i flag', () => {
    for (const markers of [ACCENTED, PLAIN]) {
      expect(markers.nameStop.flags).not.toContain('i');
      const alts = alternatives(markers);
      expect(alts.length).toBeGreaterThan(50);
      for (const alt of alts) expect(alt).toMatch(/^[a-zđ]/);
    }
  });
  /** nameAt as it was: every window of four words tried. */
  const definition = (text: string, markers: Markers): string | null => {
    const words = text.split(/\s+/u).slice(0, 17);
    const out: string[] = [];
    for (let i = 0; i < words.length && out.length < 14; i++) {
      if (markers.nameStop.test(words.slice(i, i + 4).join(' '))) break;
      const w = words[i]!;
      out.push(w);
      const last = w.charAt(w.length - 1);
      if (last === ';' || last === '.' || last === ':') break;
    }
    const name = out.join(' ').replace(/(?<![,;.:\s])[,;.:\s]+$/u, '').trim();
    return name.length >= 3 ? name : null;
  };
  const pieces = ['Sở', 'Y tế', 'chủ trì', 'Chủ trì', 'phối hợp', 'với', 'đôn đốc', 'Đôn đốc', 'đảm bảo', 'UBND', 'các', 'huyện', 'chu tri', 'phoi hop',
    'dam bao', 'ban hành', ';', '.', ':', ',', ' ', '  ', '\u00a0', '1.', '-', '(', 'được', 'để', 'là', 'xã', 'Ủy ban'];
  it('on the fixtures and on generated text', () => {
    for (const text of [...LINES, ...texts(pieces, 10000, 14, 9)]) {
      for (const markers of [ACCENTED, PLAIN]) expect(nameAt(text, markers)).toBe(definition(text, markers));
    }
  });
});

describe('LazyTokens: the tokens, as they are asked for', () => {
  const pieces = ['Sở', 'Y', ' ', '  ', '\u00a0', '\t', '\n', '\u3000', ',', 'tế', '𝒜', 'a', ''];
  it('in order and at random, past the end too', () => {
    const rnd = random(3);
    for (const text of [...LINES.slice(0, 2000), ...texts(pieces, 3000, 12, 11)]) {
      const all = tokens(text);
      const inOrder = new LazyTokens(text);
      for (let i = 0; i <= all.length + 1; i++) expect(inOrder.at(i)).toEqual(all[i]);
      const jumping = new LazyTokens(text);
      for (let k = 0; k < 4; k++) {
        const i = Math.floor(rnd() * (all.length + 2));
        expect(jumping.at(i)).toEqual(all[i]);
      }
    }
  });
});

describe('matchFrom and countWords', () => {
  it('matchFrom from any offset is the first of matchesFrom there', () => {
    const pieces = ['giao', 'Giao', 'đề nghị', 'yêu cầu', ' ', 'cho', 'nhiệm vụ', 'x', 'bàn', ',', 'giaogiao'];
    for (const text of texts(pieces, 2000, 10, 13)) {
      expect([...matchesFrom(text, OBJECT_STARTS, OBJECT_CUE_AT)].map((x) => x.index)).toEqual([...text.matchAll(OBJECT_CUE)].map((x) => x.index));
      for (let from = 0; from <= text.length; from += 3) {
        const m = matchFrom(text, OBJECT_STARTS, OBJECT_CUE_AT, from);
        OBJECT_CUE.lastIndex = from;
        const first = OBJECT_CUE.exec(text);
        OBJECT_CUE.lastIndex = 0;
        expect(m && [m.index, m[0]]).toEqual(first && [first.index, first[0]]);
      }
    }
  });
  it('countWords counts the words hasWordChar accepts', () => {
    const pieces = ['Sở', 'đề', ' ', '\u00a0', '-', '–', '1', 'a', '𝒜', '\ud835', '２', '…', 'ß', '.'];
    for (const text of [...LINES.slice(0, 3000), ...texts(pieces, 5000, 10, 15)]) {
      expect(countWords(text)).toBe(text.split(/\s+/u).filter((w) => w !== '' && hasWordChar(w)).length);
    }
  });
});

describe('trimPunctEnd is the trailing-punctuation replacement it stands for', () => {
  it('on the fixtures and on generated text', () => {
    const pieces = ['Sở', 'a', ',', ';', '.', ':', ' ', '  ', '\u00a0', '\t', '\u3000', '!', '𝒜', '\ud835', '-', ''];
    for (const text of [...LINES.slice(0, 3000), ...texts(pieces, 20000, 8, 21)]) {
      expect(trimPunctEnd(text)).toBe(text.replace(/(?<![,;.:\s])[,;.:\s]+$/u, ''));
      expect(trimPunctEnd(text, true)).toBe(text.replace(/(?<![,\s])[,\s]+$/u, ''));
    }
  });
});
