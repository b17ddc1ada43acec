/**
 * The fast paths of the issuer, signer and distribution extractors (prefilters, character tables, scans in place of
 * patterns) must give exactly what the plain definitions give: each is checked against its definition on the
 * fixtures' lines and on generated text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { semicolonBeforeWhite } from '../../src/extract/distribution.js';
import { bodyMention, splitRunTogetherBodies } from '../../src/extract/issuer.js';
import { UPPER_CONSONANT } from '../../src/extract/names.js';
import { dropTrailingSpecks } from '../../src/extract/ocr.js';
import { WORD_CHAR } from '../../src/extract/ocr.js';
import { withoutSpeck } from '../../src/extract/signer.js';
import { cleanItem, lastWordLength, mayHaveStrayTail, mergeFragments, squeezeWhite, trimPunctEnd, whiteBeforeLowerMaybe } from '../../src/extract/text.js';
import { makeLine, sliceLine, type Line } from '../../src/segment/lines.js';
import { latin } from '../../src/latin.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

/** Every line of the fixtures, as written and trimmed. */
const LINES: string[] = (() => {
  const out: string[] = [];
  for (const path of fixtureTexts()) for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) out.push(line, line.trim());
  return out;
})();

/** Pieces for generated text: words of heads, bodies and items, marks, white space of each kind, astral characters. */
const PIECES = [
  'BỘ', 'TÀI CHÍNH', 'TỔNG CỤC', 'CỤC', 'SỞ', 'Y TẾ', 'ỦY BAN NHÂN DÂN', 'UBND', 'BAN', 'VĂN PHÒNG', 'THUẾ', 'Sở', 'Bộ', 'Ban', 'Cục',
  'Văn phòng', 'Ủy ban nhân dân', 'đề nghị', 'báo cáo', 'xin', 'yêu cầu', 'Như trên', 'Lưu', 'VT', 'Mai Sơn', 'Trần', 'ạ', 'b', 'ký', 'a',
  ' ', ' ', '  ', '\u00a0', '\t', '\u2028', '\u3000', ';', ':', ',', '.', '-', '–', '—', '+', '•', '*', '=', '(', ')', ']', '|', '1', 'Ư',
  '😀', '\ud835\udc00', '\u0301', 'Ả', 'x',
];
const GENERATED = texts(PIECES, 4000, 8);

describe('cleanItem: the marker and the stray tail taken only where they can be', () => {
  const STRAY_TAIL = latin(String.raw`([;:,])\s+[^\s\p{Lu}\d]{1,2}$`, 'u');
  const definition = (text: string) => trimPunctEnd(text.replace(/^[-–—+•*=~](?:\s*[-–—~](?=\s))?\s*/u, '').replace(STRAY_TAIL, '$1')).replace(/\s+/gu, ' ').trim();
  it('equals its definition on the fixtures and on generated text', () => {
    for (const text of [...LINES, ...GENERATED]) expect(cleanItem(text)).toBe(definition(text));
  });
  it('mayHaveStrayTail is false only where STRAY_TAIL does not match', () => {
    let found = 0;
    for (const text of [...LINES, ...GENERATED, 'a; 😀', 'a; 😀😀', 'a; 😀b', 'a;\u3000bc']) {
      if (!mayHaveStrayTail(text)) expect(STRAY_TAIL.test(text)).toBe(false);
      else if (STRAY_TAIL.test(text)) found++;
    }
    expect(found).toBeGreaterThan(10);
  });
});

describe('mergeFragments: whiteBeforeLowerMaybe', () => {
  const MERGE = /(?<=\p{L})\s+(?=\p{Ll})/gu;
  it('is false only where there is nothing to merge, and mergeFragments equals its pattern', () => {
    const names = texts(['Đặ', 'ng', ' ', '  ', '\u00a0', 'Văn', 'Qu', 'ả', 'Minh', 'ẩ', 'x', 'ß', 'ĸ', 'Ω', 'ω', '1', '.'], 3000, 8, 2);
    for (const text of [...LINES, ...GENERATED, ...names]) {
      if (!whiteBeforeLowerMaybe(text)) expect(/\s\p{Ll}/u.test(text)).toBe(false);
      expect(mergeFragments(text)).toBe(text.replace(MERGE, ''));
    }
  });
});

describe('bodyMention: the sticky pattern at each head after a white space', () => {
  const BODY_MENTION = latin(
    String.raw`(?:^|[.;:]\s+|\s)((?:Sở|Bộ|Tổng cục|Cục|Văn phòng|Ủy ban nhân dân|UBND|Thanh tra|Ban|Kho bạc Nhà nước|Bảo hiểm xã hội)\s+[\p{L}\p{M} ,-]{1,60}?)\s+(?:đề nghị|yêu cầu|có ý kiến|thông báo|trả lời|hướng dẫn|nhận được|kính đề nghị|xin|báo cáo)`,
    'u',
  );
  it('gives group 1 of the whole pattern', () => {
    const prose = texts(['Sở', 'Bộ', 'Ban', 'Sở Y tế', ' ', '. ', ';  ', ':\u00a0', 'đề nghị', 'báo cáo', 'xin', 'kính đề nghị', 'và', 'x', ',', '-', 'BộBộ', 'UBND', '\n'], 4000, 12, 3);
    let found = 0;
    for (const text of [...LINES, ...GENERATED, ...prose]) {
      const expected = BODY_MENTION.exec(text)?.[1] ?? null;
      expect(bodyMention(text)).toBe(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('withoutSpeck: an ASCII last character outside OCR_TAIL', () => {
  it.each([
    ['PHÓ THỦ TƯỚNGky]', 'PHÓ THỦ TƯỚNG'],
    ['CỤC TRƯỞNG l', 'CỤC TRƯỞNG'],
    ['BAN CHỈ ĐẠO 389', 'BAN CHỈ ĐẠO 389'],
    ['GIÁM ĐỐC', 'GIÁM ĐỐC'],
  ])('%s → %s', (text, expected) => {
    expect(withoutSpeck(text)).toBe(expected);
  });
  const OCR_TAIL = latin(String.raw`(?<=\p{Lu})(?:[\p{Ll}\d[\]{}|\\/.,:;!?'"${'`'}~^*_-]{1,4}|\s[\p{Ll}[\]{}|\\/:;!?'"${'`'}~^*_]{1,2})$`, 'u');
  it('equals the replacement', () => {
    const tails = texts(['PHÓ', 'THỦ TƯỚNG', 'ky]', ' l', ' 3', 'k', '1', ']', '{', '\\', '/', '"', "'", '`', '~', '^', '*', '_', '-', '!', '?', '.', ' ', 'Ả', 'ạ', '@', '#', '<'], 4000, 6, 4);
    for (const text of [...LINES, ...GENERATED, ...tails]) expect(withoutSpeck(text)).toBe(text.replace(OCR_TAIL, ''));
  });
});

describe('character tables', () => {
  it('UPPER_CONSONANT: ALL_UPPER and no upper-case vowel, per code unit', () => {
    const ALL_UPPER = latin(String.raw`^\p{Lu}+$`, 'u');
    const VOWEL = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect([c, UPPER_CONSONANT[c]]).toEqual([c, ALL_UPPER.test(ch) && !VOWEL.test(ch) ? 1 : 0]);
    }
    // A surrogate pair is one code point outside the Latin blocks: ALL_UPPER rejects it, as the table does.
    expect(ALL_UPPER.test('B\ud835\udc00')).toBe(false);
  });
  it('WORD_CHAR: 1 where /[\\p{L}\\p{M}]/u matches, 2 where not, 0 only outside its blocks', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = WORD_CHAR[c]!;
      if (t !== 0) expect([c, t]).toEqual([c, /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2]);
      else expect(c > 0x36f && (c < 0x1e00 || c > 0x1eff)).toBe(true);
    }
  });
});

describe('dropTrailingSpecks after a long last word only squeezes the white space', () => {
  it('on the fixtures and generated text', () => {
    for (const text of [...LINES, ...GENERATED]) {
      const n = lastWordLength(text);
      expect(n).toBe(text.split(/\s+/u).pop()!.length);
      if (n > 2) expect(dropTrailingSpecks(text)).toBe(squeezeWhite(text));
    }
  });
});

describe('splitRunTogetherBodies: the same cuts as matchAll and split', () => {
  const SUB_BODY = /\s(?=(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VĂN PHÒNG|THANH TRA|TRUNG TÂM|BỆNH VIỆN|ỦY BAN NHÂN DÂN|UBND|BAN)\s)/gu;
  const definition = (line: Line): Line[] => {
    const cuts: number[] = [];
    for (const m of line.text.matchAll(SUB_BODY)) {
      const before = line.text.slice(0, m.index).trim().split(/\s+/u);
      if (before.length < 2 || /^(?:ỦY|UỶ|TỔNG|VĂN)$/u.test(before[before.length - 1]!)) continue;
      cuts.push(m.index + 1);
    }
    if (!cuts.length) return [line];
    const out: Line[] = [];
    let from = 0;
    for (const at of cuts) {
      out.push(sliceLine(line, from, at));
      from = at;
    }
    out.push(sliceLine(line, from));
    return out;
  };
  it('on the fixtures and generated header lines', () => {
    const heads = texts(['BỘ TÀI CHÍNH', 'TỔNG CỤC', 'CHI CỤC', 'CỤC', 'SỞ', 'ỦY', 'UỶ', 'TỔNG', 'VĂN', 'BAN', 'UBND', 'THUẾ', ' ', '  ', '\u00a0', 'X'], 4000, 10, 5);
    let split = 0;
    for (const text of [...LINES, ...GENERATED, ...heads]) {
      const line = makeLine(text, null, 7, 'paragraph', 0, 0, false, undefined);
      const want = definition(line);
      const got = splitRunTogetherBodies(line) ?? [line];
      expect(got.map((l) => [l.text, l.start])).toEqual(want.map((l) => [l.text, l.start]));
      if (want.length > 1) split++;
    }
    expect(split).toBeGreaterThan(50);
  });
});

describe('distribution: semicolonBeforeWhite', () => {
  it('equals /;\\s/', () => {
    for (const text of [...LINES, ...GENERATED, ';', 'a;', ';\u3000', 'a;b; c']) expect(semicolonBeforeWhite(text)).toBe(/;\s/.test(text));
  });
});

describe("sentenceCaseBody's cap: after an upper-case ASCII letter and without Σ, the rest lower-cased alone", () => {
  it('equals lower-casing the whole and raising the first letter', () => {
    const words = texts(['B', 'Ộ', 'TÀI', 'İ', 'ẞ', 'Ǆ', 'ǅ', 'A', 'σ', 'Ω', 'ς', 'Σ', '\u0301', 'Ư', 'Đ', 'ß', 'ﬁ', '😀', '.', ','], 4000, 6, 6);
    let tried = 0;
    for (const rest of words) {
      for (const first of ['A', 'Q', 'Z']) {
        const word = first + rest;
        const lower = word.toLowerCase();
        const whole = lower.charAt(0).toUpperCase() + lower.slice(1);
        if (word.includes('Σ')) continue;
        expect(word.charAt(0) + word.slice(1).toLowerCase()).toBe(whole);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(3000);
  });
});

describe('marks: the words URGENCY and CONFIDENTIALITY capture lower-case the same without the locale', () => {
  it("toLowerCase equals toLocaleLowerCase('vi')", () => {
    for (const word of ['HỎA TỐC', 'HOẢ TỐC', 'THƯỢNG KHẨN', 'KHẨN', 'TUYỆT MẬT', 'TỐI MẬT', 'MẬT']) expect(word.toLowerCase()).toBe(word.toLocaleLowerCase('vi'));
  });
});
