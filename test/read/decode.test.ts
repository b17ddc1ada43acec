/**
 * UTF-8 input is validated and transcoded to UTF-16 by ICU (read/decode.ts): the text must be the one a fatal
 * TextDecoder gives, for every valid UTF-8 input (astral code points, noncharacters, a BOM inside the text,
 * Uint8Array views at an offset), and invalid UTF-8 must still be told apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';
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
