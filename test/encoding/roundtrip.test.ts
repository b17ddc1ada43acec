/**
 * Round trips of real text, and text from legacy fonts already read as Windows-1252.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertLegacyText, decodeLegacy, encodeLegacy, LEGACY_ENCODINGS } from '../../src/encoding/index.js';

const SEED = readFileSync(new URL('../../fixtures/golden/seed-6764.txt', import.meta.url), 'utf8');

/** TCVN3 has no toned capitals: they come back in lower case. */
function foldToneCapitals(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => (ch !== ch.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/u.test(ch.normalize('NFD')) ? ch.toLowerCase() : ch))
    .join('');
}

const ALL_LETTERS = (() => {
  const lower = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
    .flatMap((v) => ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((m) => (v + m).normalize('NFC')))
    .join('');
  return `${lower}đ ${lower.toUpperCase()}Đ`;
})();

describe('round trip', () => {
  it('the seed paragraph has capital toned letters (so the TCVN3 fold is exercised)', () => {
    expect(foldToneCapitals(SEED)).not.toBe(SEED);
  });

  it.each(['vni', 'windows-1258'] as const)('%s: the seed comes back exactly', (enc) => {
    expect(decodeLegacy(encodeLegacy(SEED, enc), enc)).toBe(SEED);
  });

  it('tcvn3: the seed comes back with its toned capitals in lower case, and re-encodes to the same bytes', () => {
    const bytes = encodeLegacy(SEED, 'tcvn3');
    const back = decodeLegacy(bytes, 'tcvn3');
    expect(back).toBe(foldToneCapitals(SEED));
    expect(back).toContain('KT.GIáM ĐốC');
    expect(encodeLegacy(back, 'tcvn3')).toEqual(bytes);
  });

  it.each(['vni', 'windows-1258'] as const)('%s: every letter in both cases comes back exactly', (enc) => {
    expect(decodeLegacy(encodeLegacy(ALL_LETTERS, enc), enc)).toBe(ALL_LETTERS);
  });

  it('tcvn3: every letter comes back, toned capitals folded', () => {
    expect(decodeLegacy(encodeLegacy(ALL_LETTERS, 'tcvn3'), 'tcvn3')).toBe(foldToneCapitals(ALL_LETTERS));
  });

  it('any text of Vietnamese letters, ASCII and line breaks round-trips (property)', () => {
    const chars = [...new Set([...ALL_LETTERS, ...'bcdghklmnpqrstvx BCDGHKLMNPQRSTVX0123456789.,;:-/()\n'])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 200 }), (arr) => {
        const text = arr.join('');
        expect(decodeLegacy(encodeLegacy(text, 'vni'), 'vni')).toBe(text);
        expect(decodeLegacy(encodeLegacy(text, 'windows-1258'), 'windows-1258')).toBe(text);
        expect(decodeLegacy(encodeLegacy(text, 'tcvn3'), 'tcvn3')).toBe(foldToneCapitals(text));
      }),
      { numRuns: 300 },
    );
  });

  it('decoding random bytes never throws and gives NFC text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        for (const enc of LEGACY_ENCODINGS) {
          const text = decodeLegacy(bytes, enc);
          expect(text.normalize('NFC')).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('convertLegacyText (runs in legacy fonts read as Windows-1252)', () => {
  it('TCVN3 (.VnTime)', () => {
    expect(convertLegacyText('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertLegacyText('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('TCVN3 capitals font (.VnTimeH): lower-case codes drawn as capitals', () => {
    expect(convertLegacyText('céng hoµ x· héi chñ nghÜa viÖt nam', 'tcvn3', { capitals: true })).toBe(
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
    expect(convertLegacyText('CéNG HOµ', 'tcvn3', { capitals: true })).toBe('CỘNG HOÀ');
  });

  it('VNI (VNI-Times)', () => {
    expect(convertLegacyText('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertLegacyText('UÛY BAN NHAÂN DAÂN TÆNH ÑOÀNG NAI', 'vni')).toBe('ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI');
  });

  it('Windows-1252 punctuation stays, C1 controls from a Latin-1 reading become it, other text passes through', () => {
    // code points above U+00FF (ộ) cannot come from the font's bytes and pass through
    expect(convertLegacyText('\u201cViÖt\u201d \u2013 Nội', 'tcvn3')).toBe('“Việt” – Nội');
    expect(convertLegacyText('\u0093ViÖt\u0094', 'tcvn3')).toBe('“Việt”');
    expect(convertLegacyText('\u201cVieät\u201d Nội', 'vni')).toBe('“Việt” Nội');
  });

  it('is NFC', () => {
    const out = convertLegacyText('ViÖt Nam', 'tcvn3');
    expect(out.normalize('NFC')).toBe(out);
  });

  it('rejects an unknown encoding', () => {
    expect(() => convertLegacyText('', 'windows-1258' as never)).toThrow(RangeError);
  });
});
