/**
 * Legacy Vietnamese encodings → Unicode, and detection.
 *
 *   decodeLegacy(bytes, 'tcvn3' | 'vni' | 'windows-1258')   bytes → NFC text
 *   encodeLegacy(text, 'tcvn3' | 'vni' | 'windows-1258')    text → bytes (tests, fixtures)
 *   convertLegacyText(text, 'tcvn3' | 'vni')                 text read as Windows-1252/Latin-1
 *                                                            (a .VnTime / VNI-Times run) → NFC
 *   detectEncoding(bytes)                                    { encoding, confidence }
 *   decodeAuto(bytes)                                        detect, then decode
 *
 * TCVN3 has no codes for capital toned letters (see tcvn3.ts): decoding gives them in lower
 * case and encoding writes their lower-case codes, so a round trip is exact up to the case of
 * those letters. For VNI and Windows-1258 the round trip of Vietnamese text is exact.
 * Characters an encoding cannot write are encoded as '?'. Decoding never throws.
 */
import { textToUnits } from './cp1252.js';
import { decodeCp1258, encodeCp1258 } from './cp1258.js';
import { detectEncoding, type DetectedEncoding } from './detect.js';
import { decodeTcvn3Units, encodeTcvn3 } from './tcvn3.js';
import { decodeVniUnits, encodeVni } from './vni.js';

export { detectEncoding, assessVietnamese } from './detect.js';
export type { DetectedEncoding, Detection, Assessment } from './detect.js';
export { isVietnameseSyllable } from './vietnamese.js';
export { tcvn3Capitals } from './capitals.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';
/** The encodings of legacy fonts, whose text arrives already read as Windows-1252. */
export type LegacyFontEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258'];

function unknown(encoding: never): never {
  throw new RangeError(`unknown legacy encoding: ${String(encoding)}`);
}

/** Bytes in a legacy encoding → NFC Unicode text. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3': return decodeTcvn3Units(bytes);
    case 'vni': return decodeVniUnits(bytes);
    case 'windows-1258': return decodeCp1258(bytes);
    default: return unknown(encoding);
  }
}

/** Unicode text (any normalisation form) → bytes in a legacy encoding. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'tcvn3': return encodeTcvn3(text);
    case 'vni': return encodeVni(text);
    case 'windows-1258': return encodeCp1258(text);
    default: return unknown(encoding);
  }
}

export interface ConvertOptions {
  /**
   * The font draws every letter as a capital (TCVN3's .VnTimeH, .VnArialH…: the name ends in
   * "H"): the result is upper-cased, which restores the capitals TCVN3 cannot encode.
   */
  capitals?: boolean;
}

/**
 * Text in a legacy font that was read as Windows-1252 or Latin-1 — e.g. a .docx run in
 * .VnTime or VNI-Times, whose characters are U+0000–U+00FF or 1252's punctuation
 * (U+2018 …) — → NFC Unicode. Characters beyond those pass through unchanged.
 */
export function convertLegacyText(text: string, encoding: LegacyFontEncoding, options: ConvertOptions = {}): string {
  let out: string;
  switch (encoding) {
    case 'tcvn3': out = decodeTcvn3Units(textToUnits(text)); break;
    case 'vni': out = decodeVniUnits(textToUnits(text)); break;
    default: return unknown(encoding);
  }
  return options.capitals === true ? out.toUpperCase() : out;
}

/**
 * Detects the encoding of `bytes` and decodes them to NFC text (a BOM is dropped). Encodings
 * other than the legacy ones go through TextDecoder, invalid sequences becoming U+FFFD.
 */
export function decodeAuto(bytes: Uint8Array): { text: string; encoding: DetectedEncoding; confidence: number } {
  const { encoding, confidence } = detectEncoding(bytes);
  let text: string;
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be':
      text = new TextDecoder(encoding).decode(bytes).normalize('NFC');
      break;
    default:
      text = decodeLegacy(bytes, encoding);
  }
  return { text, encoding, confidence };
}
