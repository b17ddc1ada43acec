/**
 * looksBinary counts control bytes a word at a time from the first aligned byte: its verdict must be the byte
 * loop's, at every alignment of the view and for each control byte in each place of a word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../src/read/decode.js';

/** The verdict byte by byte: a NUL, or more than a tenth of control bytes, in the first 8 KiB. */
function binaryByBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && (b < 9 || (b > 13 && b !== 27))) control++;
  }
  return control > n * 0.1;
}

describe('looksBinary, four bytes at a time', () => {
  it('gives the verdict of the byte loop at every alignment', () => {
    const byte = fc.oneof(fc.constantFrom(8, 9, 10, 13, 14, 26, 27, 31, 32, 0x7f, 0x80, 0x9f, 0xa0, 0xc3, 0xe1), fc.integer({ min: 1, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 80 }), fc.nat(3), fc.nat(3), fc.boolean(), (list, before, after, nul) => {
        const buffer = new Uint8Array(before + list.length + after + 1).fill(0x61);
        buffer.set(list, before);
        if (nul) buffer[before + list.length] = 0;
        const bytes = buffer.subarray(before, before + list.length + (nul ? 1 : 0));
        expect(looksBinary(bytes)).toBe(binaryByBytes(bytes));
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
        expect([b, place, looksBinary(bytes)]).toEqual([b, place, binaryByBytes(bytes)]);
      }
    }
    const long = new Uint8Array(9000).fill(0x61);
    long.fill(1, 8192);
    expect(looksBinary(long)).toBe(false);
    long.fill(1, 7300, 8192);
    expect(looksBinary(long)).toBe(binaryByBytes(long));
  });
});
