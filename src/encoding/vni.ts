/**
 * VNI (VNI-Windows; fonts VNI-Times, VNI-Helve…).
 *
 * ASCII in 0x00–0x7F. A Vietnamese vowel is its ASCII base letter followed by at most one
 * byte that draws the marks, the mark bytes being Latin-1 letters in 0xC0–0xFF, the capital
 * forms 0x20 below the small ones (the glyph for capitals sits higher):
 *
 *   tone alone                  sắc ù/Ù  huyền ø/Ø  hỏi û/Û  ngã õ/Õ  nặng ï/Ï
 *   circumflex (â ê ô) + tone   â/Â (none) á/Á à/À å/Å ã/Ã ä/Ä
 *   breve (ă) + tone            ê/Ê (none) é/É è/È ú/Ú ü/Ü ë/Ë
 *
 * Letters that are one byte: ơ ô/Ô and ư ö/Ö (each followed by a tone byte when toned), đ ñ/Ñ,
 * the toned i's (í ì æ ó ò / Í Ì Æ Ó Ò for sắc huyền hỏi ngã nặng) and ỵ î/Î. Examples:
 * "Vieät Nam" = Việt Nam, "Ngöôøi" = Người, "Chæ thò" = Chỉ thị, "Ñoàng Nai" = Đồng Nai.
 *
 * Decoding is lenient where it cannot be ambiguous: a mark byte of the other case than its
 * base letter, and i/I followed by a tone byte, compose too. A mark byte after anything else
 * is kept as the Latin-1 letter it is. 0x80–0x9F are Windows-1252 punctuation; other bytes
 * that VNI does not use (× ÷ ß Ç ç Ð ð Ý ý Þ þ ÿ, 0xA0–0xBF) are Latin-1.
 *
 * Written from the VNI code chart (cross-checked with the VNI table of the xvnkb keyboard).
 */
import { cp1252C1, UNICODE_TO_CP1252_C1 } from './cp1252.js';
import { TONES, VOWELS, vowelLetter, type Tone, type Vowel } from './vietnamese.js';

/** Small mark bytes, by tone (TONES order: ngang huyền sắc hỏi ngã nặng). */
const TONE_ONLY: Readonly<Record<Tone, number | null>> = {
  ngang: null, huyen: 0xf8, sac: 0xf9, hoi: 0xfb, nga: 0xf5, nang: 0xef,
};
const CIRCUMFLEX: Readonly<Record<Tone, number>> = {
  ngang: 0xe2, huyen: 0xe0, sac: 0xe1, hoi: 0xe5, nga: 0xe3, nang: 0xe4,
};
const BREVE: Readonly<Record<Tone, number>> = {
  ngang: 0xea, huyen: 0xe8, sac: 0xe9, hoi: 0xfa, nga: 0xfc, nang: 0xeb,
};
/** The toned i's are single bytes. */
const I_TONED: Readonly<Record<Tone, number>> = {
  ngang: 0x69, huyen: 0xec, sac: 0xed, hoi: 0xe6, nga: 0xf3, nang: 0xf2,
};
const O_HORN = 0xf4; // ơ
const U_HORN = 0xf6; // ư
const Y_NANG = 0xee; // ỵ
const D_STROKE = 0xf1; // đ
/** Small byte → capital byte. */
const CAP = 0x20;

/** Lower-case byte sequence of a vowel letter. */
function lowerSequence(vowel: Vowel, tone: Tone): number[] {
  const plain = (base: number): number[] => {
    const t = TONE_ONLY[tone];
    return t === null ? [base] : [base, t];
  };
  switch (vowel) {
    case 'a': case 'e': case 'o': case 'u':
      return plain(vowel.charCodeAt(0));
    case 'y':
      return tone === 'nang' ? [Y_NANG] : plain(0x79);
    case 'i':
      return [I_TONED[tone]];
    case 'â': return [0x61, CIRCUMFLEX[tone]];
    case 'ê': return [0x65, CIRCUMFLEX[tone]];
    case 'ô': return [0x6f, CIRCUMFLEX[tone]];
    case 'ă': return [0x61, BREVE[tone]];
    case 'ơ': return plain(O_HORN);
    case 'ư': return plain(U_HORN);
  }
}

/** Capital form of a lower-case sequence: ASCII letters and Latin-1 letters alike are 0x20 below. */
const toCapitals = (seq: readonly number[]): number[] => seq.map((b) => b - CAP);

const ENCODE: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, readonly number[]>();
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), [b]);
  for (const [cp, b] of UNICODE_TO_CP1252_C1) map.set(String.fromCodePoint(cp), [b]);
  for (let b = 0xa0; b < 0xc0; b++) map.set(String.fromCharCode(b), [b]);
  for (const b of [0xc7, 0xd0, 0xd7, 0xde, 0xdf, 0xe7, 0xf0, 0xf7, 0xfe, 0xff]) {
    map.set(String.fromCharCode(b), [b]);
  }
  for (const v of VOWELS) {
    for (const t of TONES) {
      const lower = lowerSequence(v, t);
      const letter = vowelLetter(v, t);
      map.set(letter, lower);
      map.set(letter.toUpperCase(), toCapitals(lower));
    }
  }
  map.set('đ', [D_STROKE]);
  map.set('Đ', [D_STROKE - CAP]);
  return map;
})();

/** Single bytes that are letters by themselves (ơ ư đ, toned i, ỵ) in both cases. */
const SINGLE = new Map<number, string>();
/** (base byte << 8 | mark byte) → letter. */
const PAIRS = new Map<number, string>();
const pair = (base: number, mark: number): number => (base << 8) | mark;
for (const [letter, seq] of ENCODE) {
  const [first, second] = seq;
  if (first === undefined) continue;
  if (second !== undefined) PAIRS.set(pair(first, second), letter);
  else if (first >= 0xc0) SINGLE.set(first, letter);
}
// Leniency: a mark byte of the other case composes with its base; i + tone byte composes.
for (const [key, letter] of [...PAIRS]) {
  const base = key >> 8;
  const mark = key & 0xff;
  const other = pair(base, mark >= 0xe0 ? mark - CAP : mark + CAP);
  if (!PAIRS.has(other)) PAIRS.set(other, letter);
}
for (const t of TONES) {
  const mark = TONE_ONLY[t];
  if (mark === null) continue;
  const small = vowelLetter('i', t);
  for (const m of [mark, mark - CAP]) {
    PAIRS.set(pair(0x69, m), small);
    PAIRS.set(pair(0x49, m), small.toUpperCase());
  }
}

function latin(b: number): string {
  return String.fromCodePoint(b >= 0x80 && b < 0xa0 ? cp1252C1(b) : b);
}

/** Byte units (values above 0xFF are code points passed through) → NFC text. */
export function decodeVniUnits(units: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i] ?? 0;
    if (u >= 0x100) {
      out += String.fromCodePoint(u);
      continue;
    }
    const next = units[i + 1];
    if (next !== undefined && next < 0x100) {
      const letter = PAIRS.get(pair(u, next));
      if (letter !== undefined) {
        out += letter;
        i++;
        continue;
      }
    }
    out += SINGLE.get(u) ?? latin(u);
  }
  return out.normalize('NFC');
}

/** Text → VNI bytes; a character VNI cannot write becomes '?'. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const seq = ENCODE.get(ch);
    if (seq === undefined) out.push(0x3f);
    else out.push(...seq);
  }
  return Uint8Array.from(out);
}
