/**
 * UTF-8 input is validated and transcoded to UTF-16 by ICU (read/decode.ts): the text must be the one a fatal
 * TextDecoder gives, for every valid UTF-8 input (astral code points, noncharacters, a BOM inside the text,
 * Uint8Array views at an offset), and invalid UTF-8 must still be told apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary, mayBeLegacyFontText } from '../../src/read/decode.js';
import { parameters, runs } from '../properties/runs.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const codeUnits = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('decodeBytes on UTF-8', () => {
  it.each([
    ['Vietnamese', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
    ['astral code points', 'Số 😀 𝅗𝅥 𠀀 end'],
    ['noncharacters and a BOM inside', 'a\uffff b\ufffe c\ufeff d'],
    ['one character', 'x'],
    ['decomposed marks', 'Hà Nội'.normalize('NFD')],
  ])('%s: the text a fatal TextDecoder gives', (_name, text) => {
    const bytes = new TextEncoder().encode(text);
    const { units, ...decoded } = decodeBytes(bytes);
    expect(decoded).toEqual({ text: fatal.decode(bytes), encoding: 'utf-8' });
    // The UTF-16 code units that the transcoder made, handed on with the text, are the text's.
    expect(units && Array.from(units)).toEqual(codeUnits(text));
    // A view into a larger buffer, at an odd offset.
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 1);
    expect(decodeBytes(padded.subarray(1, 1 + bytes.length)).text).toBe(text);
    expect(decodeBytes(Buffer.from(bytes)).text).toBe(text);
  });

  it('a BOM alone is an empty text after it', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf])).text).toBe('');
  });

  it('gives the text of a fatal TextDecoder on random valid UTF-8', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'ế', 'Đ', ' ', '\n', '😀', '\uffff'), fc.integer({ min: 0x20, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c))), maxLength: 60 });
    fc.assert(
      fc.property(text, (t) => {
        const bytes = new TextEncoder().encode(t);
        if (bytes.length === 0 || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return;
        const decoded = decodeBytes(bytes);
        if (decoded.encoding === 'utf-8') expect(decoded.text).toBe(fatal.decode(bytes));
        if (decoded.units) expect(Array.from(decoded.units)).toEqual(codeUnits(decoded.text));
      }),
      parameters(runs(0.2)),
    );
  });

  it('invalid UTF-8 is not taken as UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Số 12 '), 0xc3, 0x28, 0x41]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding === 'utf-8' && decoded.warning === undefined).toBe(false);
  });
});

/** The rules of the two scans as first written, branch by branch: the tables must give the same verdicts. */
function legacyByBranches(text: string): boolean {
  let vietnamese = 0;
  let latin1 = 0;
  for (let i = 0; i < Math.min(text.length, 8192); i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c <= 0xff) latin1++;
    else if ((c >= 0x102 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x323)) vietnamese++;
  }
  return !(latin1 < 3 || vietnamese > latin1 / 4);
}

function binaryByBranches(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.1;
}

describe('the scans of decodeBytes', () => {
  // Characters at the edges of each range the scans count, and ordinary ones.
  const edges = [0x9f, 0xa0, 0xff, 0x100, 0x101, 0x102, 0x1b0, 0x1b1, 0x2ff, 0x300, 0x323, 0x324, 0x1e9f, 0x1ea0, 0x1ef9, 0x1efa, 0x41, 0x20, 0xe0, 0x1ec7];
  const unit = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 0xffff }).filter((c) => c < 0xd800 || c > 0xdfff));

  it('mayBeLegacyFontText: the verdict of the branches, over the string and over its code units', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(9000), (codes, pad) => {
        // Padding past 8 KiB now and then, so that the limit of the scan is crossed.
        const text = String.fromCharCode(...codes) + (pad > 8000 ? 'a'.repeat(pad) + String.fromCharCode(...codes) : '');
        const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
        expect(mayBeLegacyFontText(text)).toBe(legacyByBranches(text));
        expect(mayBeLegacyFontText(text, units)).toBe(legacyByBranches(text));
      }),
      parameters(runs(0.2)),
    );
    expect(mayBeLegacyFontText('B¶o Th¾ng tØnh Lµo Cai')).toBe(true);
    expect(mayBeLegacyFontText('Bảo Thắng tỉnh Lào Cai')).toBe(false);
  });

  it('mayBeLegacyFontText counts every BMP code unit as the branches do', () => {
    // Next to two Latin-1 letters, a third makes the verdict true; next to eight and two Vietnamese letters, a
    // third Vietnamese one makes it false: each code unit's class shows, over the string and over the units.
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const text of [`àà${String.fromCharCode(c)}`, `ààààààààạạ${String.fromCharCode(c)}`]) {
        const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
        if (mayBeLegacyFontText(text) !== legacyByBranches(text) || mayBeLegacyFontText(text, units) !== legacyByBranches(text)) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('looksBinary: the verdict of the branches', () => {
    const byte = fc.oneof(fc.constantFrom(0, 8, 9, 13, 14, 26, 27, 31, 32, 0xc3), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), fc.nat(9000), (list, pad) => {
        const bytes = new Uint8Array([...list, ...(pad > 8000 ? new Array(pad).fill(0x61) : []), ...(pad > 8500 ? [0] : [])]);
        expect(looksBinary(bytes)).toBe(binaryByBranches(bytes));
      }),
      parameters(runs(0.2)),
    );
    // One byte among eight letters: a control byte (or NUL) is over a tenth of nine.
    for (let b = 0; b < 256; b++) {
      const bytes = new Uint8Array([b, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61]);
      expect([b, looksBinary(bytes)]).toEqual([b, binaryByBranches(bytes)]);
    }
  });
});

describe('looksBinary, four bytes at a time', () => {
  it('gives the verdict of the byte loop at every alignment', () => {
    const byte = fc.oneof(fc.constantFrom(8, 9, 10, 13, 14, 26, 27, 31, 32, 0x7f, 0x80, 0x9f, 0xa0, 0xc3, 0xe1), fc.integer({ min: 1, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 80 }), fc.nat(3), fc.nat(3), fc.boolean(), (list, before, after, nul) => {
        const buffer = new Uint8Array(before + list.length + after + 1).fill(0x61);
        buffer.set(list, before);
        if (nul) buffer[before + list.length] = 0;
        const bytes = buffer.subarray(before, before + list.length + (nul ? 1 : 0));
        expect(looksBinary(bytes)).toBe(binaryByBranches(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts each control byte in each place of a word, and only in the first 8 KiB', () => {
    for (let b = 1; b < 256; b++) {
      for (let place = 0; place < 8; place++) {
        // One byte in nine: a control byte is over a tenth.
        const bytes = new Uint8Array(9).fill(0x61);
        bytes[place] = b;
        expect([b, place, looksBinary(bytes)]).toEqual([b, place, binaryByBranches(bytes)]);
      }
    }
    const long = new Uint8Array(9000).fill(0x61);
    long.fill(1, 8192);
    expect(looksBinary(long)).toBe(false);
    long.fill(1, 7300, 8192);
    expect(looksBinary(long)).toBe(binaryByBranches(long));
  });
});
