/**
 * Which encoding a byte string is in: Unicode (BOM, UTF-16 shape, valid UTF-8) first, then the
 * legacy Vietnamese encodings by decoding the bytes with each and scoring how Vietnamese the
 * results read.
 */
import { decodeCp1258 } from './cp1258.js';
import { decodeTcvn3Units } from './tcvn3.js';
import { COMMON_WORDS, VIETNAMESE_NON_ASCII, isVietnameseSyllable } from './vietnamese.js';
import { decodeVniUnits } from './vni.js';
import { latin } from '../latin.js';

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

export interface Detection {
  encoding: DetectedEncoding;
  /** 0–1: 1 for a BOM or plain ASCII, near 1 for clear-cut text, near 0 for a guess. */
  confidence: number;
}

/** Only the start of a long input is looked at. */
const SAMPLE_BYTES = 32 * 1024;

/** Word separators: white space, digits, ASCII punctuation and the usual typographic marks. */
const SEPARATORS = /[\s\p{Nd}!-\/:-@\[-`{-~\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]+/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/u;
const LETTERS_ONLY = latin(String.raw`^[\p{L}\p{M}]+$`, 'u');
/** Abbreviations such as QĐ, HĐND, BGĐ: capitals with Đ. */
const ABBREVIATION = /^[A-ZĐ]*Đ[A-ZĐ]*$/u;
/** Code points no text should hold: controls other than tab/line breaks, and U+FFFD. */
const BAD_CHARS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]/gu;

export interface Assessment {
  /** Words holding a non-ASCII character (the only ones whose reading depends on the encoding). */
  judged: number;
  /** Of those, the well-formed Vietnamese syllables (and abbreviations such as HĐND). */
  valid: number;
  /** Of those, frequent words of administrative Vietnamese. */
  common: number;
  /** Control characters and replacement characters. */
  bad: number;
  score: number;
}

/** How Vietnamese a decoded text reads. */
export function assessVietnamese(text: string): Assessment {
  let judged = 0;
  let valid = 0;
  let common = 0;
  for (const word of text.split(SEPARATORS)) {
    if (word === '' || ASCII_ONLY.test(word)) continue;
    judged++;
    if (ABBREVIATION.test(word) || (LETTERS_ONLY.test(word) && isVietnameseSyllable(word))) {
      valid++;
      if (COMMON_WORDS.has(word.toLowerCase())) common++;
    }
  }
  const bad = text.match(BAD_CHARS)?.length ?? 0;
  const score = (valid - (judged - valid) + 0.5 * common - bad) / Math.max(1, judged + bad);
  return { judged, valid, common, bad, score };
}

function hasVietnameseLetter(text: string): boolean {
  for (const ch of text.normalize('NFC')) if (VIETNAMESE_NON_ASCII.has(ch)) return true;
  return false;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte. */
function guessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  if (oddZero / pairs > 0.25 && evenZero / pairs < 0.02) return 'utf-16le';
  if (evenZero / pairs > 0.25 && oddZero / pairs < 0.02) return 'utf-16be';
  return null;
}

function tryUtf8(sample: Uint8Array, truncated: boolean): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: truncated });
  } catch {
    return null;
  }
}

/**
 * Detects the encoding of `bytes`:
 *  1. a BOM (UTF-8, UTF-16LE, UTF-16BE) decides, confidence 1;
 *  2. UTF-16 without a BOM is recognised by its zero bytes (confidence 0.9);
 *  3. plain ASCII is reported as UTF-8, confidence 1 (every candidate reads it the same);
 *  4. valid UTF-8 holding a Vietnamese letter is UTF-8 (confidence 0.99);
 *  5. otherwise the bytes are decoded as Windows-1258, VNI and TCVN3 (and UTF-8 when valid) and
 *     each reading is scored: the share of its non-ASCII words that are well-formed Vietnamese
 *     syllables, a bonus for frequent words, a penalty for control characters. The best reading
 *     wins; its confidence grows with its quality, its lead over the runner-up and the number of
 *     words it rests on. When no reading has a Vietnamese word: UTF-8 if valid, else Windows-1258, confidence 0.
 * Looks at the first 32 KiB only. Never throws.
 */
export function detectEncoding(bytes: Uint8Array): Detection {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', confidence: 1 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', confidence: 1 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', confidence: 1 };

  const truncated = bytes.length > SAMPLE_BYTES;
  const sample = truncated ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const utf16 = guessUtf16(sample);
  if (utf16 !== null) return { encoding: utf16, confidence: 0.9 };
  if (sample.every((b) => b < 0x80)) return { encoding: 'utf-8', confidence: 1 };

  const utf8 = tryUtf8(sample, truncated);
  if (utf8 !== null && hasVietnameseLetter(utf8)) return { encoding: 'utf-8', confidence: 0.99 };

  const readings: { encoding: DetectedEncoding; text: string }[] = [];
  if (utf8 !== null) readings.push({ encoding: 'utf-8', text: utf8 });
  readings.push(
    { encoding: 'windows-1258', text: decodeCp1258(sample) },
    { encoding: 'vni', text: decodeVniUnits(sample) },
    { encoding: 'tcvn3', text: decodeTcvn3Units(sample) },
  );
  const scored = readings
    .map((r) => ({ encoding: r.encoding, a: assessVietnamese(r.text) }))
    // stable: on a tie the earlier candidate (UTF-8, then Windows-1258) stays first
    .sort((x, y) => y.a.score - x.a.score);
  const [best, second] = scored;
  if (best === undefined || best.a.valid === 0) {
    return { encoding: utf8 !== null ? 'utf-8' : 'windows-1258', confidence: 0 };
  }
  const quality = best.a.valid / Math.max(1, best.a.judged + best.a.bad);
  const lead = Math.min(1, Math.max(0, (best.a.score - (second?.a.score ?? -1)) / 0.5));
  const evidence = best.a.judged / (best.a.judged + 2);
  const confidence = Math.round(quality * lead * evidence * 1000) / 1000;
  return { encoding: best.encoding, confidence };
}
