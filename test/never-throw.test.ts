/**
 * Property: for any input, parseDispatch either returns a record that passes its
 * own schema or throws a CongvanError — never any other error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CongvanError, parseDispatch, recordSchema, type ParseOptions } from '../src/index.js';
import { parameters, runs, timeout } from './properties/runs.js';

/** 300 cases a property in `npm test`; with CONGVAN_PROPERTY_RUNS (`npm run bench:props`), a fifth of that number each. */
const NUM_RUNS = process.env.CONGVAN_PROPERTY_RUNS ? Math.max(300, runs(0.2)) : 300;
const TIMEOUT = timeout(NUM_RUNS, 5);

/** Pieces of real dispatches and of their damage: labels, list markers, marks, markdown, odd whitespace and code points. */
const FRAGMENTS = [
  'Số:', 'Số: 6764/SYT-VP', 'Số: 6764 /SYT-VP', 'Số: /TB-UBND', 'So: 123/UBND-VP', 'SỐ', '10/2022/TT-BKHĐT', '28-KL/TW',
  'UBND TỈNH ĐỒNG NAI', 'SỞ Y TẾ', 'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Đồng Nai, ngày 12 tháng 10 năm 2022', 'ngày 12 tháng 10 năm 2022', 'ngày   tháng   năm', 'ngày 06/10/2022', 'Hà Nội, 05/01/2020',
  'V/v', 'V/v:', 'Về việc', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'Điều 1.', 'Căn cứ', 'Văn bản số 10594/UBND-KGVX', '649/1.240', '4.596 cán bộ',
  'Kính gửi:', 'Kinh gui:', 'Nơi nhận:', 'Noi nhan:', 'Lưu: VT, VP (2b)', 'Lưu VT', '- Như trên;',
  '- ', '+ ', '• ', '1.', '2)', 'a)', 'I.', '1.1.', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.', 'K/T', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Quang Trung',
  'KHẨN', 'HỎA TỐC', 'THƯỢNG KHẨN', 'MẬT', 'khẩn trương', 'chủ trì', 'phối hợp với', 'Giao ', 'trước ngày 30/11/2022', 'trước ngày 25 hằng tháng',
  '|', '| --- | --- |', '**', '*', '***', '_', '#', '# ', '---', '___', '> ', '`', '```', '[', '](', ')', '<br>', '\\',
  '/', '.', ',', ';', ':', './.', '…',
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u200b', '\ufeff', '\u2028', '\f', '\v',
  'e\u0301', '\u0300', '\u0323', 'Đ', 'ư', 'ơ', '\uD800', '\uDC00', '\u0000', '\u001b', '😀', '\uFFFD',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Vietnamese-looking text: fragments joined with nothing, spaces or line breaks. */
const vietnameseLike = fc
  .array(fc.tuple(fragment, fc.constantFrom('', ' ', '\n', '\r\n', '  ', '\n\n')), { maxLength: 80 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

const options: fc.Arbitrary<ParseOptions> = fc.record({
  file: fc.constantFrom('in.md', 'in.txt', null),
  format: fc.constantFrom('auto', 'markdown', 'text') as fc.Arbitrary<ParseOptions['format']>,
  positions: fc.boolean(),
});

function parsesOrThrowsCongvanError(input: string | Uint8Array, opts: ParseOptions): void {
  let record: unknown;
  try {
    record = parseDispatch(input, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(CongvanError);
    return;
  }
  expect(() => recordSchema.parse(record)).not.toThrow();
}

describe('parseDispatch never throws anything but a CongvanError', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), options, (text, opts) => parsesOrThrowsCongvanError(text, opts)),
      parameters(NUM_RUNS),
    );
  }, TIMEOUT);

  it('on Vietnamese-looking text, as a string and as UTF-8 bytes', () => {
    fc.assert(
      fc.property(vietnameseLike, options, (text, opts) => {
        parsesOrThrowsCongvanError(text, opts);
        parsesOrThrowsCongvanError(new TextEncoder().encode(text), opts);
      }),
      parameters(NUM_RUNS),
    );
  }, TIMEOUT);

  it('on Vietnamese-looking text in NFD', () => {
    fc.assert(
      fc.property(vietnameseLike, options, (text, opts) => parsesOrThrowsCongvanError(text.normalize('NFD'), opts)),
      parameters(NUM_RUNS),
    );
  }, TIMEOUT);

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), options, (bytes, opts) => parsesOrThrowsCongvanError(bytes, opts)),
      parameters(NUM_RUNS),
    );
  }, TIMEOUT);

  it('on UTF-8 text with random bytes spliced in', () => {
    fc.assert(
      fc.property(vietnameseLike, fc.uint8Array({ minLength: 1, maxLength: 16 }), fc.nat(), options, (text, junk, at, opts) => {
        const bytes = new TextEncoder().encode(text);
        const cut = bytes.length === 0 ? 0 : at % bytes.length;
        const spliced = new Uint8Array(bytes.length + junk.length);
        spliced.set(bytes.subarray(0, cut), 0);
        spliced.set(junk, cut);
        spliced.set(bytes.subarray(cut), cut + junk.length);
        parsesOrThrowsCongvanError(spliced, opts);
      }),
      parameters(NUM_RUNS),
    );
  }, TIMEOUT);

  it('refuses empty input with a CongvanError', () => {
    for (const input of ['', '   \n\t', new Uint8Array(0)]) {
      expect(() => parseDispatch(input)).toThrow(CongvanError);
    }
  });
});

describe('regressions found by the properties above', () => {
  // An "invalid-record" CongvanError is an internal error: the record failed its own schema.
  // remark-gfm splits "v@X.c" into an email autolink; the text nodes it creates carry no position,
  // and an astral character in them left the line's offsets shorter than its text (NaN column).
  it.each([
    ['astral character before a GFM email autolink', '😀 V/v@X.c'],
    ['astral character before a GFM email autolink, in a place/date line', '𐐌 Ningàythángnăm2022V/v@X.c'],
  ])('%s: no invalid-record', (_name, text) => {
    expect(() => parseDispatch(text, { format: 'markdown' })).not.toThrow();
  });
});
