/**
 * Bytes → text. BOMs first; binary data refused; valid UTF-8 taken as it is unless it is legacy-font text
 * (TCVN3 or VNI read as Latin-1: "B¶o Th¾ng" for "Bảo Thắng"); bytes that are not UTF-8 are identified among
 * Windows-1258, TCVN3 and VNI by how Vietnamese each reading is (src/encoding). Reports the encoding used.
 */
import { Buffer, isUtf8, transcode } from 'node:buffer';
import { CongvanError } from '../errors.js';
import { assessVietnamese, convertLegacyText, decodeLegacy, detectEncoding, tcvn3Capitals, type LegacyEncoding } from '../encoding/index.js';

import type { EncodingChoice } from './encodings.js';

export type { EncodingChoice } from './encodings.js';

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3` or `vni`. */
  encoding: string;
  /** Set when the bytes were not valid in the detected encoding. */
  warning?: string;
  /** Set when a legacy encoding was recognised, to say how. */
  note?: string;
  /**
   * The text's UTF-16 code units, when decoding made them (valid UTF-8, transcoded by ICU): a view that later
   * steps scan about twice as fast as the string (normalizeText's check that nothing needs normalising).
   */
  units?: Uint16Array;
}

const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** A detection below this confidence is not trusted: the bytes are read as (invalid) UTF-8 instead. */
const MIN_CONFIDENCE = 0.3;

export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Decoded {
  if (bytes.length === 0) throw new CongvanError('empty-input', 'the input is empty');
  if (choice !== 'auto') return decodeAs(bytes, choice);
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    // UTF-16 without a BOM has a NUL in every other byte: told apart from binary data by where they fall.
    const guess = detectEncoding(bytes);
    if (guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be') return { text: new TextDecoder(guess.encoding).decode(bytes), encoding: guess.encoding };
    throw new CongvanError('binary-input', 'the input is binary data, not text (unsupported format)');
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 === null) {
    const guess = detectEncoding(bytes);
    if ((guess.encoding === 'windows-1258' || guess.encoding === 'tcvn3' || guess.encoding === 'vni') && guess.confidence >= MIN_CONFIDENCE) {
      return { text: legacy(bytes, guess.encoding), encoding: guess.encoding, note: `the input is not UTF-8: read as ${NAMES[guess.encoding]} (confidence ${guess.confidence})` };
    }
    return lenient(bytes, 'utf-8');
  }
  return legacyFontText(utf8.text, utf8.units) ?? (utf8.units === null ? { text: utf8.text, encoding: 'utf-8' } : { text: utf8.text, encoding: 'utf-8', units: utf8.units });
}

const NAMES: Record<LegacyEncoding, string> = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

function decodeAs(bytes: Uint8Array, choice: Exclude<EncodingChoice, 'auto'>): Decoded {
  switch (choice) {
    case 'utf-8':
      return startsWith(bytes, 0xef, 0xbb, 0xbf) ? decodeUtf8(bytes.subarray(3), 'utf-8-bom') : decodeUtf8(bytes, 'utf-8');
    case 'utf-16le':
    case 'utf-16be':
      return { text: new TextDecoder(choice).decode(bytes), encoding: choice }; // TextDecoder drops a BOM
    default:
      return { text: legacy(bytes, choice), encoding: choice };
  }
}

function legacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const text = decodeLegacy(bytes, encoding);
  return encoding === 'tcvn3' ? tcvn3Capitals(text) : text;
}

function decodeUtf8(bytes: Uint8Array, encoding: string): Decoded {
  const utf8 = strictUtf8(bytes);
  return utf8 === null ? lenient(bytes, encoding) : { text: utf8.text, encoding };
}

/**
 * Valid UTF-8 decoded, with its UTF-16 code units when ICU made them, or null. The bytes are validated
 * (simdutf), then transcoded to UTF-16 by ICU and taken as they are: 371 MB/s on Vietnamese text (8 µs for a
 * 5 KB dispatch), where V8's UTF-8 decoder, and a fatal TextDecoder, reach 140–170 MB/s (30 µs), which was most
 * of the cost of reading a long text. The strings are the same (test/read/decode.test.ts); without ICU's
 * transcoder V8's decoder is used.
 */
function strictUtf8(bytes: Uint8Array): { text: string; units: Uint16Array | null } | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length === 0) return { text: '', units: null };
  let utf16: Buffer;
  try {
    utf16 = transcode(buffer, 'utf8', 'ucs2');
  } catch {
    return { text: buffer.toString('utf8'), units: null };
  }
  const units = utf16.byteOffset % 2 === 0 ? new Uint16Array(utf16.buffer, utf16.byteOffset, utf16.length >> 1) : null;
  return { text: utf16.toString('ucs2'), units };
}

function lenient(bytes: Uint8Array, encoding: string): Decoded {
  return { text: utf8Lenient.decode(bytes), encoding, warning: 'the input is not valid UTF-8; invalid bytes were replaced with U+FFFD' };
}

/**
 * Per UTF-16 code unit, 1 for a Latin-1 letter or symbol (U+00A0–U+00FF) and 2 for a letter or mark of
 * Vietnamese outside Latin-1 (ă, đ, ơ, ư, ĩ, ũ: U+0102–U+01B0; the Vietnamese block U+1EA0–U+1EF9; the
 * combining marks U+0300–U+0323), else 0: what legacyFontText counts.
 */
const LETTER_CLASS = new Uint8Array(0x10000);
LETTER_CLASS.fill(1, 0xa0, 0x100);
LETTER_CLASS.fill(2, 0x102, 0x1b1);
LETTER_CLASS.fill(2, 0x1ea0, 0x1efa);
LETTER_CLASS.fill(2, 0x300, 0x324);

/**
 * The first 8 KiB of the text hold three Latin-1 letters or symbols at least, and fewer than one Vietnamese
 * letter or mark of its own for four of them: legacy-font text may be what it is. `units` are the text's code
 * units, when decoding made them (scanned faster than the string).
 */
export function mayBeLegacyFontText(text: string, units: Uint16Array | null = null): boolean {
  const n = Math.min(text.length, 8192);
  // Each character adds its class to the counts, through a table rather than branches: in Vietnamese text the
  // letters with marks fall at random, and the branches they took were mispredicted (3× the time of the table).
  let latin1 = 0;
  let vietnamese = 0;
  if (units !== null) {
    for (let i = 0; i < n; i++) {
      const k = LETTER_CLASS[units[i]!]!;
      latin1 += k & 1;
      vietnamese += k >> 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = LETTER_CLASS[text.charCodeAt(i)]!;
      latin1 += k & 1;
      vietnamese += k >> 1;
    }
  }
  return latin1 >= 3 && vietnamese <= latin1 / 4;
}

/**
 * Text typed in a TCVN3 or VNI font and saved as Unicode arrives as Latin-1 letters ("B¶o Th¾ng", "Baûo
 * Thaéng"). Such text has Latin-1 letters and symbols where Vietnamese has its own letters; when it has, each
 * conversion is scored against Vietnamese syllables and the clearly better reading wins. Text with Vietnamese
 * letters of its own is left alone after a scan of its first 8 KiB.
 */
function legacyFontText(text: string, units: Uint16Array | null = null): Decoded | null {
  if (!mayBeLegacyFontText(text, units)) return null;
  const sample = text.slice(0, 32768);
  const asIs = assessVietnamese(sample).score;
  let best: { encoding: 'tcvn3' | 'vni'; score: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const a = assessVietnamese(convertLegacyText(sample, encoding));
    if (a.valid > 0 && a.score > asIs + 0.3 && (best === null || a.score > best.score)) best = { encoding, score: a.score };
  }
  if (best === null) return null;
  const converted = convertLegacyText(text, best.encoding);
  return {
    text: best.encoding === 'tcvn3' ? tcvn3Capitals(converted) : converted,
    encoding: best.encoding,
    note: `text in a ${NAMES[best.encoding]} font saved as Unicode ("mojibake"): converted to Unicode`,
  };
}

function startsWith(bytes: Uint8Array, b0: number, b1: number, b2 = -1): boolean {
  return bytes[0] === b0 && bytes[1] === b1 && (b2 === -1 || bytes[2] === b2);
}

/** NUL bytes or a high share of control characters in the first 8 KiB mean binary data. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if ((n === bytes.length ? bytes : bytes.subarray(0, n)).indexOf(0) !== -1) return true;
  let control = 0;
  // Four bytes at a time from the first aligned one: a word with no byte below 32 holds no control byte, and most
  // have none (text has a line end every few dozen bytes); the others are counted byte by byte. In a word, byte b
  // is below 32 when bit 7 is clear in both b and (b & 0x7f) + 0x60, which carries into no other byte.
  let i = 0;
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  if (n - head >= 4) {
    for (; i < head; i++) control += CONTROL[bytes[i]!]!;
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + head, (n - head) >> 2);
    for (let w = 0; w < words.length; w++, i += 4) {
      const x = words[w]!;
      if ((((((x & 0x7f7f7f7f) + 0x60606060) | 0) | x) & HIGH_BITS) !== HIGH_BITS) {
        control += CONTROL[bytes[i]!]! + CONTROL[bytes[i + 1]!]! + CONTROL[bytes[i + 2]!]! + CONTROL[bytes[i + 3]!]!;
      }
    }
  }
  for (; i < n; i++) control += CONTROL[bytes[i]!]!;
  return control > n * 0.1;
}

/** Bit 7 of each byte of a word, as the int32 that a bitwise operation gives. */
const HIGH_BITS = 0x80808080 | 0;

/** 1 for the control bytes that looksBinary counts (below 32, except tab, line ends, form feed and escape). */
const CONTROL = new Uint8Array(256);
for (let b = 1; b < 32; b++) if (b < 9 || (b > 13 && b !== 27)) CONTROL[b] = 1;

/**
 * Text that is already decoded (the library's string input): legacy-font text is recognised as in
 * decodeBytes; `tcvn3` or `vni` forces the conversion, any other choice takes the text as it is.
 */
export function decodeString(text: string, choice: EncodingChoice = 'auto'): Decoded {
  const unbommed = text.replace(/^\ufeff/u, '');
  if (choice === 'tcvn3') return { text: tcvn3Capitals(convertLegacyText(unbommed, choice)), encoding: choice };
  if (choice === 'vni') return { text: convertLegacyText(unbommed, choice), encoding: choice };
  if (choice === 'auto') return legacyFontText(unbommed) ?? { text: unbommed, encoding: 'utf-8' };
  return { text: unbommed, encoding: 'utf-8' };
}
