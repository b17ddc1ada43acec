/**
 * The head loop's and the reader's faster forms give what the slower ones gave: mayBeWanted is false only for
 * lines that classify gives none of the wanted kinds (nor a mark), hasLongRun is the pattern it stands for, and
 * readTextList's positions, kept in views of one buffer that it grows, give the lines of the tree reader.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText, readTextList } from '../../src/read/text.js';
import { makeLine, treeToLines } from '../../src/segment/lines.js';
import { classify, hasLongRun, mayBeWanted, WANT } from '../../src/segment/zones.js';
import { addressLabel } from '../../src/extract/patterns.js';
import { fixtureTexts } from '../read/fixture-texts.js';

/** Every non-blank line of the fixtures, with upper- and lower-case copies and the marks' and labels' lines. */
function sampleLines(): string[] {
  const lines = new Set<string>();
  for (const file of fixtureTexts()) {
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const t = raw.trim();
      if (!t) continue;
      lines.add(t);
      lines.add(t.toUpperCase());
      lines.add(t.toLowerCase());
    }
  }
  for (const t of ['KHẨN', 'HỎA TỐC', 'THƯỢNG KHẨN !', 'MẬT', 'TỐI MẬT.', 'TUYỆT MẬT', 'Số: 12/UBND', 'So 5/QĐ', 'Kính gửi: Sở Y tế', '. Kink gửi: Sở', 'QUYẾT ĐỊNH', 'Hà Nội, ngày 5 tháng 3 năm 2024', 'THỦ TƯỚNG CHÍNH PHỦ điện:', 'Sở Nội vụ trân trọng kính mời:', 'Trân trọng kính mời: Ông Nguyễn Văn An']) lines.add(t);
  return [...lines];
}

const line = (text: string) => makeLine(text, null, 0, 'paragraph', 0, 0, false, undefined);

/** The kinds each WANT bit stands for. */
const KINDS_OF: Array<[number, string]> = [
  [WANT.number, 'number'],
  [WANT.recipients, 'recipients'],
  [WANT.placeDate, 'place-date'],
  [WANT.typeTitle, 'type-title'],
];

describe('head loop speed-ups', () => {
  const samples = sampleLines();

  it('mayBeWanted is false only where classify gives no mark and no wanted kind', () => {
    expect(samples.length).toBeGreaterThan(2000);
    let skipped = 0;
    let kept = 0;
    for (const t of samples) {
      const kind = classify(line(t));
      for (let wanted = 0; wanted < 32; wanted++) {
        if (mayBeWanted(t, wanted)) {
          kept++;
          continue;
        }
        skipped++;
        expect(kind === 'urgency' || kind === 'confidentiality', t).toBe(false);
        // The head loop reads an address line ("… điện:", "… kính mời:") as the recipients label where it wants one.
        if (wanted & WANT.address) expect(addressLabel(t), t).toBeNull();
        for (const [bit, name] of KINDS_OF) if (wanted & bit) expect(kind, `${t} (wanted ${wanted})`).not.toBe(name);
      }
    }
    // The test skips most lines (else it would not pay) and keeps some (else it would prove nothing).
    expect(skipped).toBeGreaterThan(kept);
    expect(kept).toBeGreaterThan(1000);
  });

  it('hasLongRun is /\\S.{60,}/u', () => {
    const LONG_RUN = /\S.{60,}/u;
    for (const t of samples) expect(hasLongRun(t), t).toBe(LONG_RUN.test(t));
    const unit = fc.constantFrom('a', 'ư', ' ', '\t', '\n', '\r', '\u2028', '\u00a0', '\ud835\udc00', '\ud835', '.');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 40, maxLength: 90 }), (t) => hasLongRun(t) === LONG_RUN.test(t)),
      { numRuns: 3000 },
    );
  });

  it('readTextList gives the tree reader\'s lines on long texts, across the growth of its arrays', () => {
    const base = fixtureTexts()
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n\n');
    for (const size of [65535, 65536, 65537, 200000]) {
      let text = base;
      while (text.length < size) text += `\n${base}`;
      text = text.slice(0, size);
      expect(readTextList(text).lines.slice()).toStrictEqual(treeToLines(readText(text), text));
    }
  });
});
