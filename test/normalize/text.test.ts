import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts, mayChange, mayChangeUnits, normalizeText, pointAt } from '../../src/normalize/text.js';

/** The map as a plain array, or null. */
const mapOf = (text: string) => {
  const { map } = normalizeText(text);
  return map ? Array.from(map) : null;
};

/**
 * The rule the fast loop must follow, cluster by cluster (the former implementation):
 * CRLF and lone CR → LF, a base with marks (or an astral code point) NFC on its own,
 * zero-width dropped, space-likes → space; map entry i of a cluster's output → at + min(i, length - 1).
 */
function reference(decoded: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (const m of decoded.matchAll(/\r\n|[^\p{M}][\p{M}]*|[\p{M}]+/gsu)) {
    let piece = m[0];
    if (piece === '\r\n' || piece === '\r') piece = '\n';
    else if (piece.length > 1) piece = piece.replace(/ƣ/gu, 'ư').replace(/Ƣ/gu, 'Ư').replace(/\u2044/gu, '/').normalize('NFC');
    else if (piece === 'ƣ') piece = 'ư';
    else if (piece === 'Ƣ') piece = 'Ư';
    else if (piece === '\u2044') piece = '/';
    else if (/^[\u200b\u200c\u200d\u2060\ufeff]$/u.test(piece)) piece = '';
    else if (/^[\u00a0\u2007\u202f\t\v\f]$/u.test(piece)) piece = ' ';
    for (let i = 0; i < piece.length; i++) map.push(m.index + Math.min(i, m[0].length - 1));
    text += piece;
  }
  map.push(decoded.length);
  return { text, map };
}

describe('normalizeText', () => {
  it('mayChange finds every code unit that a step may change or that starts a cluster: its fast path is exact', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const special = /[\r\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\t\v\f\u01a2\u01a3\u2044]/.test(ch);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      if ((special || surrogate || /\p{M}/u.test(ch)) && !mayChange(ch)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
    // The scan of code units gives mayChange's verdict for every one of them, and for a text.
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (mayChangeUnits(Uint16Array.of(c)) !== mayChange(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    const text = 'Hà Nội, ngày 1 tháng 2\n- Như trên;\u00a0x';
    expect(mayChangeUnits(Uint16Array.from(text, (ch) => ch.charCodeAt(0)))).toBe(mayChange(text));
    expect(normalizeText(text, Uint16Array.from(text, (ch) => ch.charCodeAt(0)))).toEqual(normalizeText(text));
    // Vietnamese letters, precomposed, are outside: an NFC Vietnamese text with LF line ends takes the fast path.
    expect(mayChange('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nđ ư ơ ă â ê ô Ư Ơ Ă Â Ê Ô Đ')).toBe(false);
  });

  it('leaves NFC text without special characters alone (no map)', () => {
    expect(normalizeText('Số: 12/UBND\nHà Nội')).toEqual({ text: 'Số: 12/UBND\nHà Nội', map: null });
  });

  it.each<[name: string, input: string, text: string, map: number[]]>([
    ['CRLF', 'a\r\nb', 'a\nb', [0, 1, 3, 4]],
    ['lone CR', 'a\rb\r', 'a\nb\n', [0, 1, 2, 3, 4]],
    ['CR CR LF', '\r\r\n', '\n\n', [0, 1, 3]],
    ['tab, VT, FF', 'a\tb\vc\fd', 'a b c d', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['no-break spaces', 'a\u00a0b\u2007c\u202fd', 'a b c d', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['zero-width characters', '\ufeffa\u200bb\u200c\u200dc\u2060', 'abc', [1, 3, 6, 8]],
    ['NFD Vietnamese', 'Vie\u0302\u0323t', 'Việt', [0, 1, 2, 5, 6]],
    // NFC puts the dot below (class 220) first, composes ạ + breve into ặ, and keeps the acute apart.
    ['a base followed by several marks', 'xa\u0306\u0301\u0323y', 'xặ\u0301y', [0, 1, 2, 5, 6]],
    ['marks with no base at the start', '\u0301\u0323a\r\nb', '\u0323\u0301a\nb', [0, 1, 2, 3, 5, 6]],
    ['marks with no base after CRLF', 'a\r\n\u0301b', 'a\n\u0301b', [0, 1, 3, 4, 5]],
    ['a lone CR with a mark is kept as printed', 'a\r\u0301\tb', 'a\r\u0301 b', [0, 1, 2, 3, 4, 5]],
    ['a tab with a mark is kept as printed', '\t\u0301\u00a0', '\t\u0301 ', [0, 1, 2, 3]],
    ['a cluster that NFC lengthens', 'x\u0f73\t', 'x\u0f71\u0f72 ', [0, 1, 1, 2, 3]],
    // look-alikes that PDF fonts put for ư, Ư and "/"
    ['ƣ and Ƣ of a PDF font', 'Trƣờng NGƢỜI', 'Trường NGƯỜI', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ['ƣ with a mark after it', 'ngƣ\u0301', 'ngứ', [0, 1, 2, 4]],
    ['the fraction slash', '12\u20442017', '12/2017', [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('%s', (_name, input, text, map) => {
    expect(normalizeText(input).text).toBe(text);
    expect(mapOf(input)).toEqual(map);
    expect(reference(input)).toEqual({ text, map });
  });

  it('keeps text whose only NFC difference lies outside mark clusters', () => {
    // U+212B ANGSTROM SIGN has a singleton decomposition; alone it is not a cluster with marks.
    expect(normalizeText('\u212b 1')).toEqual({ text: '\u212b 1', map: null });
    expect(normalizeText('\u212b\t1').text).toBe('\u212b 1');
  });

  it('maps every offset of the output back to the decoded text', () => {
    const input = 'Hà\u00a0Nội,\r\nngày 1\u200b2 tha\u0301ng 10\r\n\tnăm 2022\r';
    const { text, map } = normalizeText(input);
    expect(text).toBe('Hà Nội,\nngày 12 tháng 10\n năm 2022\n');
    expect(map).not.toBeNull();
    expect(map!.length).toBe(text.length + 1);
    expect(input.slice(map![text.indexOf('ngày')], map![text.indexOf('ngày') + 4])).toBe('ngày');
    expect(input.slice(map![text.indexOf('12')], map![text.indexOf('12') + 2])).toBe('1\u200b2');
    expect(map![text.length]).toBe(input.length);
  });

  it('matches the cluster rule on random mixtures of the characters it treats', () => {
    const alphabet = ['a', 'ệ', ' ', 'ƣ', 'Ƣ', '\u2044', '\n', '\r', '\r\n', '\t', '\v', '\f', '\u00a0', '\u2007', '\u202f', '\u200b', '\u200d', '\u2060', '\ufeff',
      '\u0300', '\u0301', '\u0323', '\u0306', '\u0340', '\u0f73', '\u212b', '\ud834\udd5e', '\ud834\udd65', '\ud83d\ude00', '\ud800', '\udc00'];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 3000; n++) {
      let input = '';
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) input += alphabet[Math.floor(random() * alphabet.length)];
      const { text, map } = normalizeText(input);
      // Untouched (no map) when nothing needs replacing and the text has no mark at all, or the cluster rule leaves
      // it as it is (it is NFC, or not NFC only outside mark clusters).
      const untouched = !/[\r\t\v\f\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u01a2\u01a3\u2044]/u.test(input) && (!/\p{M}/u.test(input) || reference(input).text === input);
      expect(map === null).toBe(untouched);
      if (map === null) expect(text).toBe(input);
      else expect({ text, map: Array.from(map) }).toEqual(reference(input));
    }
  });
});

describe('lineStarts and pointAt', () => {
  const text = 'một\r\nhai\rba\n\nbốn';
  it('counts LF, CRLF and a lone CR as line ends; points are 1-based', () => {
    const starts = lineStarts(text);
    expect(Array.from(starts)).toEqual([0, 5, 9, 12, 13]);
    expect(pointAt(starts, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(pointAt(starts, 10)).toEqual({ line: 3, column: 2, offset: 10 });
    expect(pointAt(starts, text.length)).toEqual({ line: 5, column: 4, offset: text.length });
  });
  it('up to an offset, gives the same point for every offset up to it, with or without CR', () => {
    for (const source of [text, text.replace(/\r\n?/gu, '\n')]) {
      const all = lineStarts(source);
      for (let upTo = 0; upTo <= source.length; upTo++) {
        const some = lineStarts(source, upTo);
        expect(some.length).toBeLessThanOrEqual(all.length);
        for (let offset = 0; offset <= upTo; offset++) expect(pointAt(some, offset)).toEqual(pointAt(all, offset));
      }
    }
  });
  it('gives the starts of a loop over every character, on random texts of line ends and letters', () => {
    const byLoop = (source: string, upTo: number) => {
      const starts = [0];
      for (let i = 0; i < source.length && i < upTo; i++) {
        const c = source.charCodeAt(i);
        if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      return starts;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ố', '\r', '\n', '\r\n', ' '), maxLength: 30 }), fc.nat(40), (source, upTo) => {
        expect(Array.from(lineStarts(source, upTo))).toEqual(byLoop(source, upTo));
        expect(Array.from(lineStarts(source))).toEqual(byLoop(source, source.length));
      }),
      { numRuns: 3000 },
    );
  });
});
