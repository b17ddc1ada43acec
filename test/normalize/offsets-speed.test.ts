/**
 * normalizeText keeps the map of a text it changed as anchors (where the text and the decoded text stop advancing
 * together) and makes the whole map only when it is read; the pipeline asks decodedOffset for single offsets. Both
 * must give what the whole map gives, for every offset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodedOffset, normalizeText } from '../../src/normalize/text.js';

/** decodedOffset of every offset (and a few past the end) against the whole map. */
function expectOffsetsOfMap(input: string): void {
  const normalized = normalizeText(input);
  const map = normalized.map;
  for (let offset = 0; offset <= normalized.text.length + 2; offset++) {
    expect(decodedOffset(normalized, offset)).toBe(map === null ? offset : map[Math.min(offset, map.length - 1)]);
  }
}

describe('decodedOffset', () => {
  it.each([
    ['nothing to change', 'Số: 12/UBND\nHà Nội'],
    ['CRLF line ends', 'a\r\nb\r\n\r\nc\r\n'],
    ['replacements of one character (no anchor)', 'a\u00a0b\tc\rd\u202f'],
    ['zero-width characters, first and last', '\ufeffa\u200b\u200cb\u2060'],
    ['only zero-width characters', '\u200b\u200b'],
    ['NFD Vietnamese', 'Vie\u0302\u0323t Nam\r\n'],
    ['a cluster that NFC lengthens, twice', 'x\u0f73\t\u0f73\r\ny'],
    ['a lone CR with a mark, kept', 'a\r\u0301\tb'],
    ['text not NFC outside mark clusters only', '\u212b 1'],
  ])('%s', (_name, input) => {
    expectOffsetsOfMap(input);
  });

  it('gives the whole map on random mixtures of the characters normalisation treats', () => {
    const unit = fc.constantFrom('a', 'ệ', ' ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u0301', '\u0323', '\u0f73', '\u212b', '\ud834\udd5e', '\ud834\udd65', '\ud800');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => expectOffsetsOfMap(units.join(''))),
      { numRuns: 3000 },
    );
  });

  it('reads a map that is only a plain object as its map', () => {
    expect(decodedOffset({ text: 'ab', map: Int32Array.of(0, 2, 3) }, 1)).toBe(2);
    expect(decodedOffset({ text: 'ab', map: Int32Array.of(0, 2, 3) }, 9)).toBe(3);
    expect(decodedOffset({ text: 'ab', map: null }, 1)).toBe(1);
  });
});
