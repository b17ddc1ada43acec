/**
 * TCVN3 ("ABC", TCVN 5712:1993 table VN3; fonts .VnTime, .VnArial…, capitals .VnTimeH…).
 *
 * Single-byte, ASCII in 0x00–0x7F. The Vietnamese letters sit in 0xA1–0xFE: every lower-case
 * letter (toned vowels, ă â ê ô ơ ư, đ) and the seven toneless capitals Ă Â Ê Ô Ơ Ư Đ. The
 * standard's full table VN1 also gives the 60 toned capitals codes (0x01–0x17, 0x80–0x9F and
 * 16 positions inside 0xA1–0xFF); VN3, the table fonts and keyboards used, drops them: a
 * capital toned letter was typed as its lower-case code in a capitals font (.VnTimeH), which
 * draws every code as a capital. Hence:
 *
 *  - decoding gives lower case for toned letters (Ấ typed in .VnTimeH comes back as ấ; pass
 *    `capitals` to `convertLegacyText` when the font is a capitals one);
 *  - encoding a capital toned letter writes its lower-case code (Á → 0xB8, same as á), so a
 *    round trip folds those letters to lower case; Ă Â Ê Ô Ơ Ư Đ keep their own codes.
 *
 * Other bytes, decoding only. VN3 assigns nothing else; the standard's table VN2, a superset of
 * VN3 that leaves the control ranges alone too, fills the rest of 0xA1–0xFF, and is followed:
 *  - 0xB0–0xB4 are VN2's combining tone marks (huyền, hỏi, ngã, sắc, nặng), composed with the
 *    preceding letter;
 *  - the 16 other VN2 positions (0xAF, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) are
 *    16 of the toned capitals (VN1 has them at the same codes). Text typed with VN3 fonts does
 *    not hold them;
 *  - 0x80–0x9F are read as Windows-1252 punctuation (curly quotes, dashes… which Word inserts
 *    and the fonts draw there), not as VN1's capitals, and 0x00–0x1F stay ASCII controls
 *    (VN1 puts capitals on some of them);
 *  - 0xA0 is a no-break space.
 *
 * The table was written from the standard's code chart and cross-checked against the
 * TCVN5712-1 charmap of the GNU C library.
 */
import { cp1252C1, UNICODE_TO_CP1252_C1 } from './cp1252.js';

/** VN3: byte → letter, in byte order. Every entry decodes and encodes. */
const VN3: readonly (readonly [number, string])[] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // a: huyền hỏi ngã sắc nặng
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  // ă (its nặng is at 0xC6)
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  // â
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  // e (0xCD is VN2's Ể)
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  // ê
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  // i (0xD9–0xDB are VN2's Ễ Ế Ồ)
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  // o (0xE0 is VN2's Ổ)
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  // ô
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  // ơ
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  // u (0xF0 is VN2's Ỗ)
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  // ư
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  // y
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

/** VN2 (and VN1) capitals at positions VN3 leaves empty: decoding only. */
const VN2_CAPITALS: readonly (readonly [number, string])[] = [
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'],
  [0xc4, 'Ấ'], [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xe0, 'Ổ'],
  [0xf0, 'Ỗ'], [0xff, 'Ố'],
];

/** VN2's combining tone marks. */
const MARKS: readonly (readonly [number, string])[] = [
  [0xb0, '\u0300'], // huyền
  [0xb1, '\u0309'], // hỏi
  [0xb2, '\u0303'], // ngã
  [0xb3, '\u0301'], // sắc
  [0xb4, '\u0323'], // nặng
];

const DECODE: readonly string[] = (() => {
  const table: string[] = [];
  for (let b = 0; b < 0x100; b++) {
    table.push(String.fromCodePoint(b >= 0x80 && b < 0xa0 ? cp1252C1(b) : b));
  }
  for (const [b, ch] of [...VN3, ...VN2_CAPITALS, ...MARKS]) table[b] = ch;
  return table;
})();

const ENCODE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), b);
  map.set('\u00a0', 0xa0);
  for (const [cp, b] of UNICODE_TO_CP1252_C1) map.set(String.fromCodePoint(cp), b);
  for (const [b, ch] of VN3) map.set(ch, b);
  // Toned capitals have no code of their own: they take the lower-case letter's code.
  for (const [b, ch] of VN3) {
    const upper = ch.toUpperCase();
    if (!map.has(upper)) map.set(upper, b);
  }
  for (const [b, mark] of MARKS) map.set(mark, b);
  return map;
})();

/** Byte units (values above 0xFF are code points passed through) → NFC text. */
export function decodeTcvn3Units(units: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i] ?? 0;
    out += u < 0x100 ? DECODE[u] : String.fromCodePoint(u);
  }
  return out.normalize('NFC');
}

/**
 * Text → TCVN3 bytes. Capital toned letters take their lower-case codes (see above); a letter
 * the table lacks is written as its base letter plus the standard's combining tone marks when
 * that is possible with VN2's combining marks (ḿ → m + 0xB3), otherwise as '?'.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const b = ENCODE.get(ch);
    if (b !== undefined) {
      out.push(b);
      continue;
    }
    const parts = [...ch.normalize('NFD')].map((c) => ENCODE.get(c));
    if (parts.length > 1 && parts.every((p) => p !== undefined)) {
      out.push(...(parts as number[]));
    } else {
      out.push(0x3f);
    }
  }
  return Uint8Array.from(out);
}
