import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY,
  AUTHORITY_ANYWHERE,
  CONFIDENTIALITY,
  DASH_ITEM,
  DATE_WORDS,
  DISTRIBUTION_ANYWHERE,
  DISTRIBUTION_LABEL,
  META_LINE,
  MOTTO,
  MOTTO_SUB,
  MOTTO_DAMAGED,
  NAME_LINE,
  NUMBER_LINE,
  PLACE_DATE,
  PLACE_DATE_OCR,
  RECIPIENTS_LABEL,
  RECIPIENTS_LABEL_OCR,
  SUBJECT_LABEL,
  TYPE_TITLE,
  UPPER_LINE,
  URGENCY,
} from '../../src/extract/patterns.js';
import { eachPlaceDate, hasPlaceDate, hasUpperWordPair, mayHaveMotto, mayHaveMottoSub, mayHaveTailAnchor } from '../../src/segment/explode.js';
import { hasThang, hasUpperPair, isLowerAt, isUpperAt, isUpperLine, type Line } from '../../src/segment/lines.js';
import { classify, distributionWithin40, segment } from '../../src/segment/zones.js';
import { joinSplitSyllables } from '../../src/extract/ocr.js';
import { treeToLines } from '../../src/segment/lines.js';
import { readText } from '../../src/read/text.js';
import { Collector } from '../../src/extract/collector.js';
import { latin } from '../../src/latin.js';

/** classify as a plain chain of the patterns, without the cheap tests in front of them. */
function classifyByPatterns(t: string): string {
  if (META_LINE.test(t)) return 'meta';
  // The motto, or its second line, unless the first match is a sentence's words (small letters after a small letter).
  const motto = latin(`(?:${MOTTO.source})|(?:${MOTTO_SUB.source})`, 'u').exec(t);
  if ((motto && !(latin(String.raw`\p{Ll}\s+$`, 'u').test(t.slice(0, motto.index)) && latin(String.raw`\p{Ll}`, 'u').test(motto[0]))) || /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u.test(t) || (t.length >= 'doc laptu dohanh phuc'.length && MOTTO_DAMAGED.exec(t)?.index === 0)) return 'motto';
  if (URGENCY.test(t)) return 'urgency';
  if (CONFIDENTIALITY.test(t)) return 'confidentiality';
  if (NUMBER_LINE.test(t) && /[\d/]/u.test(t.slice(0, 24))) return 'number';
  if (RECIPIENTS_LABEL.test(t) || RECIPIENTS_LABEL_OCR.test(t)) return 'recipients';
  if (DISTRIBUTION_LABEL.test(t)) return 'distribution';
  if (SUBJECT_LABEL.test(t)) return 'subject';
  if (AUTHORITY.test(t)) return 'authority';
  const pd = PLACE_DATE.exec(t);
  if (pd && pd.index === 0) return 'place-date';
  const dw = DATE_WORDS.exec(t);
  // Not a sentence: no word in lower case of three letters or more but the second word of a town's unit, once split
  // syllables are joined.
  const proseWord = latin(String.raw`(?<![\p{L}\p{M}])(?!(?:phố|xã|trấn)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]{2,}`, 'u');
  if (dw && dw.index > 0 && dw.index <= 40 && latin(String.raw`^\p{Lu}[^\d]*[,.]?\s*$`, 'u').test(t.slice(0, dw.index)) && !proseWord.test(joinSplitSyllables(t.slice(0, dw.index))) && t.length - dw.index - dw[0].length < 4) return 'place-date';
  // A date OCR damaged past the date words: the place, a comma, a digit before the year (ocrPlaceDate).
  const ocr = PLACE_DATE_OCR.exec(t);
  if (ocr && ocr.index === 0 && t.length <= 60 && /\d/u.test(t.slice(ocr[1]!.length, ocr[0].lastIndexOf(ocr[2]!)))) return 'place-date';
  if (TYPE_TITLE.test(t) && UPPER_LINE.test(t)) return 'type-title';
  if (DASH_ITEM.test(t)) return 'item';
  if (UPPER_LINE.test(t)) return 'upper';
  if (NAME_LINE.test(t) && t.length <= 40) return 'name';
  return 'prose';
}

const line = (text: string): Line => ({ text, offsets: null, start: 0, kind: 'paragraph', block: 0, listDepth: 0, emphasized: false });

/** Every non-blank line of the golden fixtures, and variants of them that shift case and add the characters the quick tests look at. */
function sampleLines(): string[] {
  const dir = new URL('../../fixtures/golden/', import.meta.url);
  const lines = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\r?\n/))
    .map((l) => l.trim())
    .filter(Boolean);
  const bits = [':', '.', ';', '-', '– ', '+ ', '• ', '* ', '= ', '/', 'T', 'K', 'Q', 'h', 'ng', 'tháng', 'Nơi nhận:', 'TM. ', 'KT.', 'Số: ', 'V/v ', 'Kính gửi:', 'Kink gửi: ', ' điện:', ' kính mời:', 'BỘ Y TẾ điện:', 'Trân trọng kính mời: ', '  ', '\u3000', '𝐀', '𝐚', '\u0301', 'Đ', 'đ', 'Ư', '1', 'Hà Nội, ngày 1 tháng 2 năm 2020'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const variants = lines.flatMap((l) => {
    const out = [l.toUpperCase(), l.toLowerCase()];
    for (let n = 0; n < 4; n++) {
      const at = Math.floor(random() * (l.length + 1));
      const bit = bits[Math.floor(random() * bits.length)]!;
      out.push(n % 2 ? bit + l : l.slice(0, at) + bit + l.slice(at));
    }
    return out;
  });
  return [...lines, ...variants, ...bits];
}

const samples = sampleLines();

describe('classify', () => {
  it.each<[string, string]>([
    ['Ký bởi: Cục Thuế', 'meta'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto'],
    ['Độc lập - Tự do - Hạnh phúc', 'motto'],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 'motto'],
    ['HỎA TỐC', 'urgency'],
    ['MẬT', 'confidentiality'],
    ['Số: 2214/BXD-QLN', 'number'],
    ['Kính gửi: Sở Y tế', 'recipients'],
    ['.. Kink gửi: Sở Y tế', 'recipients'],
    // a công điện's or a giấy mời's address line is text to classify: the head loop reads it as the recipients label
    ['THỦ TƯỚNG CHÍNH PHỦ điện:', 'prose'],
    ['Nơi nhận:', 'distribution'],
    ['V/v khắc phục tình trạng nghỉ việc', 'subject'],
    ['KT. GIÁM ĐỐC', 'authority'],
    ['Đồng Nai, ngày 12 tháng 10 năm 2022', 'place-date'],
    ['Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022', 'place-date'],
    ['QUYẾT ĐỊNH', 'type-title'],
    ['- Như trên;', 'item'],
    ['BỘ TÀI CHÍNH', 'upper'],
    ['Nguyễn Văn An', 'name'],
    ['các đơn vị trực thuộc triển khai thực hiện nghiêm túc nội dung trên./.', 'prose'],
  ])('%s → %s', (text, kind) => {
    expect(classify(line(text))).toBe(kind);
  });

  it('gives what the patterns alone give on every fixture line and its variants', () => {
    const differing = samples.filter((t) => classify(line(t)) !== classifyByPatterns(t));
    expect(differing).toEqual([]);
  });
});

describe('quick tests in front of the patterns', () => {
  it('mayHaveTailAnchor is true wherever a tail anchor matches', () => {
    const missed = samples.filter((t) => (DISTRIBUTION_ANYWHERE.test(t) || AUTHORITY_ANYWHERE.test(t)) && !mayHaveTailAnchor(t));
    expect(missed).toEqual([]);
    expect(samples.filter((t) => DISTRIBUTION_ANYWHERE.test(t) || AUTHORITY_ANYWHERE.test(t)).length).toBeGreaterThan(20);
  });

  it('distributionWithin40 is DISTRIBUTION_ANYWHERE over the first 40 characters', () => {
    const padded = samples.flatMap((t) => [t, `${'x'.repeat(30)} ${t}`, `Nơi nhận${' '.repeat(40)}: ${t}`, t.slice(0, 12), `${t.slice(0, 9)}h:`]);
    const mismatches = padded.filter((t) => distributionWithin40(t) !== (t.length >= 9 && DISTRIBUTION_ANYWHERE.test(t.slice(0, 40))));
    expect(mismatches).toEqual([]);
    expect(padded.filter((t) => distributionWithin40(t)).length).toBeGreaterThan(5);
  });

  it('the head quick tests are true wherever their pattern matches', () => {
    for (const t of samples) {
      if (MOTTO.test(t)) expect([t, mayHaveMotto(t)]).toEqual([t, true]);
      if (MOTTO_SUB.test(t)) expect([t, mayHaveMottoSub(t)]).toEqual([t, true]);
      expect([t, hasUpperWordPair(t)]).toEqual([t, latin(String.raw`\p{Lu}{2,}\s+\p{Lu}{2,}`, 'u').test(t)]);
    }
  });

  it('hasPlaceDate and eachPlaceDate find what PLACE_DATE finds', () => {
    const global = latin(PLACE_DATE.source, 'gu');
    const dated = [
      ...samples,
      'Số: 12/UBND Hà Nội, ngày 1 tháng 2 năm 2020 V/v họp TP. Hồ Chí Minh, ngày 3 tháng 4 năm 2021',
      'xHà Nội, ngày 1 tháng 2 năm 2020 và 𝐀Hà Nội, ngày 1 tháng 2 năm 2020',
      '/Hà Nội, ngày 1 tháng 2 năm 2020, 5Huế ngày 2 tháng 3 năm 2021, 𝐀b Huế, ngày 2 tháng 3 năm 2021',
      'Quận 1 Thành phố 2, ngày 01 tháng 12 năm 2024',
    ];
    for (const t of dated) {
      expect([t, hasPlaceDate(t)]).toEqual([t, PLACE_DATE.test(t)]);
      const found: Array<[number, string]> = [];
      eachPlaceDate(t, (m) => found.push([m.index, m[0]]));
      expect([t, found]).toEqual([t, [...t.matchAll(global)].map((m) => [m.index, m[0]])]);
    }
    expect(dated.filter((t) => PLACE_DATE.test(t)).length).toBeGreaterThan(20);
  });

  it('isUpperLine is UPPER_LINE, hasUpperPair is \\p{Lu}{2}, hasThang is [tT]h[aáảàãạ]ng', () => {
    for (const t of samples) {
      expect([t, isUpperLine(t)]).toEqual([t, UPPER_LINE.test(t)]);
      expect([t, hasUpperPair(t)]).toEqual([t, latin(String.raw`\p{Lu}{2}`, 'u').test(t)]);
      expect([t, hasThang(t)]).toEqual([t, /[tT]h[aáảàãạ]ng/u.test(t)]);
    }
  });

  it('isUpperAt and isLowerAt read the code point as \\p{Lu} and \\p{Ll} do', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isUpperAt(ch, 0) !== latin(String.raw`^\p{Lu}`, 'u').test(ch) || isLowerAt(ch, 0) !== latin(String.raw`^\p{Ll}`, 'u').test(ch)) mismatches.push(c.toString(16));
    }
    for (const ch of ['𝐀', '𝐚', '😀', '\ud835', '\udc00x']) {
      if (isUpperAt(ch, 0) !== latin(String.raw`^\p{Lu}`, 'u').test(ch) || isLowerAt(ch, 0) !== latin(String.raw`^\p{Ll}`, 'u').test(ch)) mismatches.push(ch);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('segment: lines classified only when asked for', () => {
  const run = (source: string) => {
    const collector = new Collector();
    const doc = segment(treeToLines(readText(source), source), collector);
    return { doc, ids: collector.messages.map((m) => m.ruleId) };
  };
  const head = ['UBND TỈNH BÌNH ĐỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/UBND', 'Bình Định, ngày 3 tháng 4 năm 2024', 'V/v báo cáo', 'Kính gửi: Các sở, ngành'];
  const body = Array.from({ length: 30 }, (_, i) => `${i + 1}. Các đơn vị thực hiện nội dung số ${i + 1} theo đúng quy định hiện hành của pháp luật.`);
  const signature = ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'];
  const annex = Array.from({ length: 200 }, (_, i) => `Mục ${i + 1} của phụ lục kèm theo văn bản`);

  it('finds the tail after a long body, and a Nơi nhận list after the annex', () => {
    const { doc } = run([...head, ...body, ...signature, ...annex, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n'));
    expect(doc.body).toHaveLength(body.length);
    expect(doc.signature.map((l) => l.text)).toEqual(signature);
    expect(doc.distribution.map((l) => l.text)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
  });

  it('reports signature metadata and a motto wherever they stand, and their absence', () => {
    expect(run([...head, ...body, ...signature, ...annex, 'Ký bởi: Ủy ban nhân dân tỉnh'].join('\n')).ids).toContain('layout-preamble');
    const noMotto = run([...head.filter((l) => !l.startsWith('CỘNG')), ...body, ...signature].join('\n')).ids;
    expect(noMotto).toContain('no-motto');
    expect(noMotto).not.toContain('layout-preamble');
    expect(run([...head.filter((l) => !l.startsWith('CỘNG')), ...body, ...signature, ...annex, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'].join('\n')).ids).not.toContain('no-motto');
  });
});

describe('segment: a subject that goes on under the place and date of the column beside', () => {
  it('takes the lines under it into the subject, and opens the body after them', () => {
    const source = ['BỘ TÀI CHÍNH', 'Số: 11779/BTC-CST', 'V/v chính sách thuế đối Hà Nội, ngày 22 tháng 8 năm 2014', 'với hoạt động cung cấp hàng hóa', 'Bộ Tài chính trả lời để Công ty biết và thực hiện theo đúng quy định của pháp luật hiện hành./.'].join('\n');
    const doc = segment(treeToLines(readText(source), source), new Collector());
    expect(doc.subject.map((l) => l.text)).toEqual(['V/v chính sách thuế đối', 'với hoạt động cung cấp hàng hóa']);
    expect(doc.placeDate?.text).toBe('Hà Nội, ngày 22 tháng 8 năm 2014');
    expect(doc.body.map((l) => l.text)).toEqual(['Bộ Tài chính trả lời để Công ty biết và thực hiện theo đúng quy định của pháp luật hiện hành./.']);
  });
});

describe('segment: a legal database note glued to a head line', () => {
  it('is dropped, so that the title and its subject read as printed', () => {
    const source = ['CHÍNH PHỦ', 'Số: 61-CP', 'Hà Nội, ngày 05 tháng 7 năm 1994', 'NGHỊ ĐỊNH [Các quy định về thu tiền sử dụng đất bị thay thế bởi Điều 22 Nghị định 38/2000/NĐ-CP]', 'VỀ MUA BÁN VÀ KINH DOANH NHÀ Ở', 'Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;'].join('\n');
    const doc = segment(treeToLines(readText(source), source), new Collector());
    expect([doc.title?.text, doc.subject.map((l) => l.text)]).toEqual(['NGHỊ ĐỊNH', ['VỀ MUA BÁN VÀ KINH DOANH NHÀ Ở']]);
  });
});
