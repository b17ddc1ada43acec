import type { Rule, RuleFinding } from '../types.js';
import { sourceLines, span, trimEndOf } from '../text.js';

/** The marks of nd30.md boxes 10a, 10b and 11, as they are written (HỎA TỐC is also spelled HOẢ TỐC). */
const MARKS = ['TUYỆT MẬT', 'TỐI MẬT', 'MẬT', 'HỎA TỐC', 'HOẢ TỐC', 'THƯỢNG KHẨN', 'KHẨN', 'XEM XONG TRẢ LẠI', 'LƯU HÀNH NỘI BỘ'];
const fold = (value: string) => value.toLocaleUpperCase('vi').replace(/\s+/gu, ' ');
const BY_FOLDED = new Map(MARKS.map((mark) => [fold(mark), mark]));
/** The urgency "hỏa tốc hẹn giờ" of the rules of 2011: Nghị định 30 has KHẨN, THƯỢNG KHẨN and HỎA TỐC. */
const TIMED = /^H(?:ỎA|OẢ)\s+TỐC\s+HẸN\s+GIỜ$/u;
/** Lines of the head after the last field of the head (number, date, title, subject) that may still hold a mark. */
const AFTER_HEAD = 3;
const HEAD_FIELDS = ['/number', '/date/value', '/date/place', '/docType/name', '/subject', '/urgency', '/confidentiality'];

/** A cell of a head line: a table cell, or the whole line; emphasis, a frame and a final "!" or "." dropped. */
function cells(raw: string): Array<{ text: string; column: number }> {
  const out: Array<{ text: string; column: number }> = [];
  let from = 0;
  for (const cell of raw.split('|')) {
    const lead = cell.length - cell.replace(/^[\s*_[(]+/u, '').length;
    const text = trimEndOf(cell.normalize('NFC').replace(/^[\s*_[(]+/u, ''), /[\s*_\])!.]/u);
    if (text !== '') out.push({ text, column: from + lead + 1 });
    from += cell.length + 1;
  }
  return out;
}

export const rule: Rule = {
  id: 'document-marks',
  description: 'Urgency, confidentiality and circulation marks in the head are written as listed, in capitals: KHẨN, THƯỢNG KHẨN, HỎA TỐC; MẬT, TỐI MẬT, TUYỆT MẬT; XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ',
  source: 'box 10a, 10b, 11',
  severity: 'warning',
  check(record, text) {
    const ends = HEAD_FIELDS.map((pointer) => span(record, pointer)?.end.line ?? 0);
    const headEnd = Math.max(...ends) + AFTER_HEAD;
    if (headEnd === AFTER_HEAD) return []; // no field of the head: no head to look in
    const findings: RuleFinding[] = [];
    for (const line of sourceLines(text).slice(0, headEnd)) {
      for (const cell of cells(line.raw)) {
        const folded = fold(cell.text);
        const mark = BY_FOLDED.get(folded);
        if (mark !== undefined && cell.text !== mark) {
          findings.push({ line: line.number, column: cell.column, message: `the mark "${cell.text}" is written in capitals: "${mark}"` });
        } else if (TIMED.test(folded)) {
          findings.push({ line: line.number, column: cell.column, message: `"${cell.text}" is not an urgency of Nghị định 30: KHẨN, THƯỢNG KHẨN or HỎA TỐC` });
        }
      }
    }
    return findings;
  },
};
