/**
 * Cited documents: "Căn cứ Văn bản số 10594/UBND-KGVX ngày 06/10/2022 của UBND
 * tỉnh …", "Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị". Never a head
 * count ("4.596 cán bộ") or a ratio ("649/1.240"): a code must contain letters.
 */
import type { Reference } from '../schema/record.js';
import type { Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { findDate } from './date.js';
import { parseNumber } from './number.js';

const TYPE_WORDS = [
  'Văn bản hợp nhất', 'Văn bản', 'Công văn', 'Công điện', 'Quyết định', 'Nghị định', 'Nghị quyết liên tịch', 'Nghị quyết',
  'Thông tư liên tịch', 'Thông tư', 'Chỉ thị', 'Kết luận', 'Thông báo kết luận', 'Thông báo', 'Tờ trình', 'Kế hoạch',
  'Báo cáo', 'Hướng dẫn', 'Luật', 'Pháp lệnh', 'Lệnh', 'Quy định', 'Quy chế', 'Chương trình', 'Đề án', 'Giấy mời',
];
const TYPE = `(${TYPE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})`;
const CODE = '\\p{Lu}[\\p{L}\\p{M}\\d&]*(?:\\s?-\\s?[\\p{L}\\p{M}\\d&]+)*';
const NUM = `(\\d+[a-z]?(?:\\/\\d{4})?\\/${CODE}|\\d+-${CODE}(?:\\/${CODE})?)`;
/** [type] [số[:]] NUMBER */
const CITATION = new RegExp(`(?:${TYPE}\\s+(?:[Ss]ố\\s*:?\\s*)?|(?<![\\p{L}\\d])[Ss]ố\\s*:?\\s*|(?<![\\p{L}\\d/.,-]))${NUM}(?![\\p{L}\\d/])`, 'giu');
const OF_ISSUER = /^\s*(?:,\s*)?(?:của|do)\s+(.+?)(?=\s+(?:về|V\/v|hướng dẫn|quy định|ban hành|phê duyệt|sửa đổi|đã|đối với|tại|thì|như|để|và|theo)(?![\p{L}\p{M}])|\s*[,;.:()"“”]|$)/u;

export function extractReferences(doc: SegmentedDoc, c: Collector, ownNumber: string | null): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  const own = ownNumber?.toUpperCase();
  const lines: Line[] = [...doc.subject, ...doc.body];
  for (const line of lines) {
    for (const m of line.text.matchAll(CITATION)) {
      const type = m[1] ? m[1].replace(/\s+/g, ' ') : null;
      const raw = m[2]!;
      // Old party/government form "169-CP" only counts after a type word.
      if (!raw.includes('/') && !type) continue;
      const parsed = parseNumber(raw);
      const number = (parsed?.value ?? raw).replace(/\s+/g, '');
      if (!/\p{L}/u.test(number.split(/[/-]/).slice(1).join(''))) continue;
      // A code is upper case with at most a few ASCII lower-case letters (TTg, QyĐ, CTr), never a word ("660/Ngày").
      const code = number.replace(/^[\d/]+/u, '');
      if (/[^\x00-\x7f\p{Lu}\d&/-]/u.test(code.replace(/[a-z]/g, '')) || (code.match(/[a-z]/g)?.length ?? 0) > 2) continue;
      if (own && number.toUpperCase() === own) continue;
      if (seen.has(number)) continue;
      seen.add(number);
      const after = line.text.slice(m.index + m[0].length);
      let date: string | null = null;
      let rest = after;
      const d = /^\s*,?\s*(?:ban hành\s+)?ngày\s+/u.exec(after);
      if (d) {
        const found = findDate(after.slice(0, 60));
        if (found && found.index <= d[0].length + 6) {
          date = found.iso;
          rest = after.slice(found.index + found.length);
        }
      }
      let issuer: string | null = null;
      const of = OF_ISSUER.exec(rest);
      if (of && of[1]!.length <= 80) issuer = of[1]!.trim();
      const at = m.index + m[0].length - raw.length;
      c.span(`/references/${out.length}`, line, at, at + raw.length);
      out.push({ number, date, issuer, type: type ? type.charAt(0).toUpperCase() + type.slice(1) : null });
    }
  }
  return out;
}
