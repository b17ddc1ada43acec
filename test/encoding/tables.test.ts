/**
 * Every Vietnamese vowel with each of its 6 tones, plus đ, in both cases and both directions,
 * for TCVN3, VNI and Windows-1258. The expected codes are written here by hand, independently
 * of the module's tables: TCVN3 and VNI as the Latin-1 text one sees when such a file is opened
 * as Windows-1252 ("ngµy", "ngaøy"), Windows-1258 as bytes.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeLegacy, encodeLegacy } from '../../src/encoding/index.js';

/** Tones in the order of every row below. */
const TONES = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'] as const;
const MARK = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
type Vowel = (typeof VOWELS)[number];

const letter = (v: string, t: number): string => (v + MARK[t]).normalize('NFC');
const latin1 = (s: string): number[] => [...Buffer.from(s, 'latin1')];
const bytes = (b: Uint8Array): number[] => [...b];

/** TCVN3, lower case, as Latin-1: ngang huyền sắc hỏi ngã nặng. */
const TCVN3: Record<Vowel, readonly string[]> = {
  a: ['a', 'µ', '¸', '¶', '·', '¹'],
  ă: ['¨', '»', '¾', '¼', '½', 'Æ'],
  â: ['©', 'Ç', 'Ê', 'È', 'É', 'Ë'],
  e: ['e', 'Ì', 'Ð', 'Î', 'Ï', 'Ñ'],
  ê: ['ª', 'Ò', 'Õ', 'Ó', 'Ô', 'Ö'],
  i: ['i', '×', 'Ý', 'Ø', 'Ü', 'Þ'],
  o: ['o', 'ß', 'ã', 'á', 'â', 'ä'],
  ô: ['«', 'å', 'è', 'æ', 'ç', 'é'],
  ơ: ['¬', 'ê', 'í', 'ë', 'ì', 'î'],
  u: ['u', 'ï', 'ó', 'ñ', 'ò', 'ô'],
  ư: ['\u00ad', 'õ', 'ø', 'ö', '÷', 'ù'],
  y: ['y', 'ú', 'ý', 'û', 'ü', 'þ'],
};
/** TCVN3's toneless capitals and đ. */
const TCVN3_OTHERS: readonly (readonly [string, string])[] = [
  ['A', 'A'], ['Ă', '¡'], ['Â', '¢'], ['E', 'E'], ['Ê', '£'], ['I', 'I'], ['O', 'O'], ['Ô', '¤'],
  ['Ơ', '¥'], ['U', 'U'], ['Ư', '¦'], ['Y', 'Y'], ['Đ', '§'], ['đ', '®'],
];

/** VNI, lower case, as Latin-1: ngang huyền sắc hỏi ngã nặng. */
const VNI: Record<Vowel, readonly string[]> = {
  a: ['a', 'aø', 'aù', 'aû', 'aõ', 'aï'],
  ă: ['aê', 'aè', 'aé', 'aú', 'aü', 'aë'],
  â: ['aâ', 'aà', 'aá', 'aå', 'aã', 'aä'],
  e: ['e', 'eø', 'eù', 'eû', 'eõ', 'eï'],
  ê: ['eâ', 'eà', 'eá', 'eå', 'eã', 'eä'],
  i: ['i', 'ì', 'í', 'æ', 'ó', 'ò'],
  o: ['o', 'oø', 'où', 'oû', 'oõ', 'oï'],
  ô: ['oâ', 'oà', 'oá', 'oå', 'oã', 'oä'],
  ơ: ['ô', 'ôø', 'ôù', 'ôû', 'ôõ', 'ôï'],
  u: ['u', 'uø', 'uù', 'uû', 'uõ', 'uï'],
  ư: ['ö', 'öø', 'öù', 'öû', 'öõ', 'öï'],
  y: ['y', 'yø', 'yù', 'yû', 'yõ', 'î'],
};
/** VNI, capitals, as Latin-1 (the mark bytes are the capital Latin-1 letters). */
const VNI_CAPITALS: Record<Vowel, readonly string[]> = {
  a: ['A', 'AØ', 'AÙ', 'AÛ', 'AÕ', 'AÏ'],
  ă: ['AÊ', 'AÈ', 'AÉ', 'AÚ', 'AÜ', 'AË'],
  â: ['AÂ', 'AÀ', 'AÁ', 'AÅ', 'AÃ', 'AÄ'],
  e: ['E', 'EØ', 'EÙ', 'EÛ', 'EÕ', 'EÏ'],
  ê: ['EÂ', 'EÀ', 'EÁ', 'EÅ', 'EÃ', 'EÄ'],
  i: ['I', 'Ì', 'Í', 'Æ', 'Ó', 'Ò'],
  o: ['O', 'OØ', 'OÙ', 'OÛ', 'OÕ', 'OÏ'],
  ô: ['OÂ', 'OÀ', 'OÁ', 'OÅ', 'OÃ', 'OÄ'],
  ơ: ['Ô', 'ÔØ', 'ÔÙ', 'ÔÛ', 'ÔÕ', 'ÔÏ'],
  u: ['U', 'UØ', 'UÙ', 'UÛ', 'UÕ', 'UÏ'],
  ư: ['Ö', 'ÖØ', 'ÖÙ', 'ÖÛ', 'ÖÕ', 'ÖÏ'],
  y: ['Y', 'YØ', 'YÙ', 'YÛ', 'YÕ', 'Î'],
};

/** Windows-1258: the toneless letter's byte, lower and capital. */
const CP1258_BASE: Record<Vowel, readonly [number, number]> = {
  a: [0x61, 0x41], ă: [0xe3, 0xc3], â: [0xe2, 0xc2], e: [0x65, 0x45], ê: [0xea, 0xca],
  i: [0x69, 0x49], o: [0x6f, 0x4f], ô: [0xf4, 0xd4], ơ: [0xf5, 0xd5], u: [0x75, 0x55],
  ư: [0xfd, 0xdd], y: [0x79, 0x59],
};
/** Its combining tone marks, by tone index (1–5). */
const CP1258_TONE = [0, 0xcc, 0xec, 0xd2, 0xde, 0xf2];
/** Toned letters the code page has precomposed (shared with Latin-1). */
const CP1258_PRECOMPOSED: Readonly<Record<string, number>> = {
  à: 0xe0, á: 0xe1, è: 0xe8, é: 0xe9, í: 0xed, ó: 0xf3, ù: 0xf9, ú: 0xfa,
  À: 0xc0, Á: 0xc1, È: 0xc8, É: 0xc9, Í: 0xcd, Ó: 0xd3, Ù: 0xd9, Ú: 0xda,
};

const rows = VOWELS.flatMap((v) => TONES.map((tone, t) => ({ v, t, tone, lower: letter(v, t), upper: letter(v, t).toUpperCase() })));

describe('TCVN3 table', () => {
  it('has 72 vowel letters, all distinct', () => {
    expect(new Set(rows.map((r) => r.lower)).size).toBe(72);
  });

  it.each(rows)('$lower ($v, $tone): lower case both ways', ({ v, t, lower }) => {
    const code = latin1(TCVN3[v][t] ?? '');
    expect(code).toHaveLength(1);
    expect(bytes(encodeLegacy(lower, 'tcvn3'))).toEqual(code);
    expect(decodeLegacy(Uint8Array.from(code), 'tcvn3')).toBe(lower);
  });

  it.each(rows)('$upper ($v, $tone): capital', ({ v, t, lower, upper }) => {
    if (t === 0) {
      // toneless capitals have their own codes
      const [, code] = TCVN3_OTHERS.find(([ch]) => ch === upper) ?? ['', ''];
      expect(bytes(encodeLegacy(upper, 'tcvn3'))).toEqual(latin1(code));
      expect(decodeLegacy(Uint8Array.from(latin1(code)), 'tcvn3')).toBe(upper);
    } else {
      // documented: no code for a toned capital; it is written with the lower-case code and
      // so decodes to lower case
      expect(bytes(encodeLegacy(upper, 'tcvn3'))).toEqual(latin1(TCVN3[v][t] ?? ''));
      expect(decodeLegacy(encodeLegacy(upper, 'tcvn3'), 'tcvn3')).toBe(lower);
    }
  });

  it.each(TCVN3_OTHERS.filter(([ch]) => /[đĐ]/u.test(ch)))('%s both ways', (ch, code) => {
    expect(bytes(encodeLegacy(ch, 'tcvn3'))).toEqual(latin1(code));
    expect(decodeLegacy(Uint8Array.from(latin1(code)), 'tcvn3')).toBe(ch);
  });

  it('decodes the standard combining tone marks 0xB0–0xB4 onto the letter before', () => {
    expect(decodeLegacy(Uint8Array.from([0x61, 0xb0, 0x61, 0xb1, 0x61, 0xb2, 0x61, 0xb3, 0x61, 0xb4]), 'tcvn3')).toBe('àảãáạ');
    expect(decodeLegacy(Uint8Array.from([0xa9, 0xb3]), 'tcvn3')).toBe('ấ');
  });

  it('decodes 0x80–0x9F as Windows-1252 punctuation, 0xA0 as a no-break space, controls as ASCII', () => {
    expect(decodeLegacy(Uint8Array.from([0x93, 0x61, 0x94, 0x20, 0x96, 0x85, 0xa0, 0x09, 0x0a]), 'tcvn3')).toBe('“a” –…\u00a0\t\n');
    expect(bytes(encodeLegacy('“a” –…\u00a0', 'tcvn3'))).toEqual([0x93, 0x61, 0x94, 0x20, 0x96, 0x85, 0xa0]);
  });

  it('writes what it cannot encode as ?', () => {
    expect(bytes(encodeLegacy('中 ©', 'tcvn3'))).toEqual([0x3f, 0x20, 0x3f]);
  });

  // Independent cross-check: the GNU C library's TCVN5712-1 charmap (table VN1) agrees on
  // every code from 0xA0 up; 0x80–0x9F differ on purpose (VN1 capitals there, 1252 here).
  const iconvHasTcvn = (() => {
    try {
      return execFileSync('iconv', ['-l'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('TCVN5712-1');
    } catch {
      return false;
    }
  })();
  it.skipIf(!iconvHasTcvn)('agrees with glibc iconv TCVN5712-1 on 0xA0–0xFF (after a letter)', () => {
    const codes = Array.from({ length: 0x60 }, (_, i) => 0xa0 + i);
    const input = Buffer.from(codes.flatMap((b) => [0x20, 0x6f, b]));
    const glibc = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input }).toString('utf8');
    expect(decodeLegacy(input, 'tcvn3')).toBe(glibc.normalize('NFC'));
  });
  it.skipIf(!iconvHasTcvn)('agrees with glibc iconv TCVN5712-1 when encoding every lower-case letter', () => {
    const text = [...rows.map((r) => r.lower), 'đ', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].join(' ');
    const glibc = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: Buffer.from(text) });
    expect(bytes(encodeLegacy(text, 'tcvn3'))).toEqual([...glibc]);
  });
});

describe('VNI table', () => {
  it.each(rows)('$lower ($v, $tone): lower case both ways', ({ v, t, lower }) => {
    const code = latin1(VNI[v][t] ?? '');
    expect(bytes(encodeLegacy(lower, 'vni'))).toEqual(code);
    expect(decodeLegacy(Uint8Array.from(code), 'vni')).toBe(lower);
  });

  it.each(rows)('$upper ($v, $tone): capital both ways', ({ v, t, upper }) => {
    const code = latin1(VNI_CAPITALS[v][t] ?? '');
    expect(bytes(encodeLegacy(upper, 'vni'))).toEqual(code);
    expect(decodeLegacy(Uint8Array.from(code), 'vni')).toBe(upper);
  });

  it.each([['đ', 'ñ'], ['Đ', 'Ñ']])('%s both ways', (ch, code) => {
    expect(bytes(encodeLegacy(ch, 'vni'))).toEqual(latin1(code));
    expect(decodeLegacy(Uint8Array.from(latin1(code)), 'vni')).toBe(ch);
  });

  it('reads the well-known VNI spellings', () => {
    const cases: [string, string][] = [
      ['Vieät Nam', 'Việt Nam'],
      ['Ngöôøi', 'Người'],
      ['Chæ thò', 'Chỉ thị'],
      ['Ñoàng Nai', 'Đồng Nai'],
      ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ];
    for (const [vni, text] of cases) {
      expect(decodeLegacy(Uint8Array.from(latin1(vni)), 'vni')).toBe(text);
      expect(bytes(encodeLegacy(text, 'vni'))).toEqual(latin1(vni));
    }
  });

  it('is lenient: a mark byte of the other case, i + tone byte; a stray mark stays Latin-1', () => {
    expect(decodeLegacy(Uint8Array.from(latin1('AÙ aÙ Aù iù Iø')), 'vni')).toBe('Á á Á í Ì');
    expect(decodeLegacy(Uint8Array.from(latin1('nù ø')), 'vni')).toBe('nù ø');
  });

  it('decodes 0x80–0x9F as Windows-1252 punctuation and writes unknown characters as ?', () => {
    expect(decodeLegacy(Uint8Array.from([0x93, 0x61, 0x94, 0x97]), 'vni')).toBe('“a”—');
    expect(bytes(encodeLegacy('“a”—中', 'vni'))).toEqual([0x93, 0x61, 0x94, 0x97, 0x3f]);
  });
});

describe('Windows-1258 table', () => {
  const expected = (ch: string, v: Vowel, t: number, capital: boolean): number[] => {
    const pre = CP1258_PRECOMPOSED[ch];
    if (pre !== undefined) return [pre];
    const base = CP1258_BASE[v][capital ? 1 : 0];
    return t === 0 ? [base] : [base, CP1258_TONE[t] ?? 0];
  };

  it.each(rows)('$lower ($v, $tone): lower case both ways', ({ v, t, lower }) => {
    const code = expected(lower, v, t, false);
    expect(bytes(encodeLegacy(lower, 'windows-1258'))).toEqual(code);
    expect(decodeLegacy(Uint8Array.from(code), 'windows-1258')).toBe(lower);
  });

  it.each(rows)('$upper ($v, $tone): capital both ways', ({ v, t, upper }) => {
    const code = expected(upper, v, t, true);
    expect(bytes(encodeLegacy(upper, 'windows-1258'))).toEqual(code);
    expect(decodeLegacy(Uint8Array.from(code), 'windows-1258')).toBe(upper);
  });

  it.each([['đ', 0xf0], ['Đ', 0xd0]] as const)('%s both ways', (ch, code) => {
    expect(bytes(encodeLegacy(ch, 'windows-1258'))).toEqual([code]);
    expect(decodeLegacy(Uint8Array.from([code]), 'windows-1258')).toBe(ch);
  });

  it('composes a precomposed letter written decomposed too (a + 0xEC = á)', () => {
    expect(decodeLegacy(Uint8Array.from([0x61, 0xec, 0x41, 0xcc]), 'windows-1258')).toBe('áÀ');
  });

  it('writes what it cannot encode as ?', () => {
    expect(bytes(encodeLegacy('中', 'windows-1258'))).toEqual([0x3f]);
  });
});

describe('API', () => {
  it('rejects an unknown encoding', () => {
    expect(() => decodeLegacy(new Uint8Array(), 'viscii' as never)).toThrow(RangeError);
    expect(() => encodeLegacy('', 'viscii' as never)).toThrow(RangeError);
  });

  it('accepts NFD input when encoding', () => {
    for (const enc of ['tcvn3', 'vni', 'windows-1258'] as const) {
      expect(bytes(encodeLegacy('Việt'.normalize('NFD'), enc))).toEqual(bytes(encodeLegacy('Việt', enc)));
    }
  });
});
