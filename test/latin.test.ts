import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, MARK, UPPER, latin, latinSource } from '../src/latin.js';

/** Every BMP code unit, as a one-character string. */
const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
const inLatinBlocks = (c: number) => c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff);

describe('latin(): the letter classes of the Latin blocks', () => {
  it.each([
    ['L', LETTER, /\p{L}/u],
    ['Lu', UPPER, /\p{Lu}/u],
    ['Ll', LOWER, /\p{Ll}/u],
  ])('\\p{%s} inside the Latin blocks is exactly the Unicode property there, and nothing outside them', (_, body, property) => {
    const cls = new RegExp(`^[${body}]$`, 'u');
    const wrong = BMP.filter((ch, c) => cls.test(ch) !== (inLatinBlocks(c) && property.test(ch)));
    expect(wrong).toEqual([]);
  });

  it('\\p{M} is the marks of the combining-mark blocks, among them every mark of Vietnamese NFD text', () => {
    const cls = new RegExp(`^[${MARK}]$`, 'u');
    expect(BMP.filter((ch) => cls.test(ch) && !/\p{M}/u.test(ch))).toEqual([]);
    for (const mark of ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323']) expect(cls.test(mark)).toBe(true);
  });

  it('every Vietnamese letter is a letter of the right case, and its NFD marks are marks', () => {
    const lower = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
    const upper = lower.toUpperCase();
    for (const ch of lower) expect([ch, latin('^\\p{Ll}$', 'u').test(ch), latin('^\\p{Lu}$', 'u').test(ch)]).toEqual([ch, true, false]);
    for (const ch of upper) expect([ch, latin('^\\p{Lu}$', 'u').test(ch), latin('^\\p{Ll}$', 'u').test(ch)]).toEqual([ch, true, false]);
    const word = latin('^[\\p{L}\\p{M}]+$', 'u');
    expect(word.test(`${lower}${upper}`.normalize('NFD'))).toBe(true);
  });

  it.each([
    // [source, a text it must match, a text it must not]
    ['\\p{Lu}{2,}', 'ỦY BAN', 'ủy ban'],
    ['^[\\p{L}\\p{M}]+$', 'Nguyễn', 'Nguyễn Văn'],
    ['(?<![\\p{L}\\p{M}])đã(?![\\p{L}\\p{M}])', 'đã ký', 'đãi'],
    ['^[^\\p{Ll}]*$', 'SỞ Y TẾ 12', 'Sở'],
    ['\\[\\p{L}\\]', '[a]', 'a'],
    ['[\\[\\p{Lu}]x', 'Ax', 'ax'],
  ])('%s works as the \\p pattern does on Vietnamese text', (source, yes, no) => {
    const full = new RegExp(source, 'u');
    const pattern = latin(source, 'u');
    expect([pattern.test(yes), pattern.test(no)]).toEqual([true, false]);
    expect([full.test(yes), full.test(no)]).toEqual([true, false]);
  });

  it('leaves other escapes, \\p{N} and sources without \\p alone', () => {
    expect(latinSource('\\d+\\/\\p{N}\\s')).toBe('\\d+\\/\\p{N}\\s');
    expect(latinSource('^abc$')).toBe('^abc$');
    expect(latinSource('\\\\p{L}')).toBe('\\\\p{L}');
    expect(latinSource('\\p{L}')).toBe(`[${LETTER}]`);
    expect(latinSource('[\\p{L}\\d]')).toBe(`[${LETTER}\\d]`);
  });

  it('a letter of another script is not a letter for these patterns', () => {
    expect(latin('\\p{L}', 'u').test('Ωδ')).toBe(false);
    expect(latin('\\p{L}', 'u').test('中')).toBe(false);
  });
});
