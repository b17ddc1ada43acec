/**
 * Cited documents: "Căn cứ Văn bản số 10594/UBND-KGVX ngày 06/10/2022 của UBND
 * tỉnh …", "Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị". Never a head
 * count ("4.596 cán bộ") or a ratio ("649/1.240"): a code must contain letters.
 */
import type { Reference } from '../schema/record.js';
import { concatLines, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { findDate } from './date.js';
import { parseNumber } from './number.js';
import { fold, loose } from './patterns.js';

const TYPE_WORDS = [
  'Văn bản hợp nhất', 'Văn bản', 'Công văn', 'Công điện', 'Quyết định', 'Nghị định', 'Nghị quyết liên tịch', 'Nghị quyết',
  'Thông tư liên tịch', 'Thông tư', 'Chỉ thị', 'Kết luận', 'Thông báo kết luận', 'Thông báo', 'Tờ trình', 'Kế hoạch',
  'Báo cáo', 'Hướng dẫn', 'Luật', 'Pháp lệnh', 'Lệnh', 'Quy định', 'Quy chế', 'Chương trình', 'Đề án', 'Giấy mời',
];
const TYPE = `(${TYPE_WORDS.map((w) => loose(w)).join('|')})`;
const SO = loose('số');
const CODE = '\\p{Lu}[\\p{L}\\p{M}\\d&]*(?:\\s?-\\s?[\\p{L}\\p{M}\\d&]+)*';
const NUM = `(\\d+[a-z]?(?:\\/\\d{4})?\\/${CODE}|\\d+-${CODE}(?:\\/${CODE})?)`;
/** [type] [số[:]] NUMBER */
const CITATION = new RegExp(`(?:(?<![\\p{L}\\p{M}])${TYPE}\\s+(?:${SO}\\s*:?\\s*)?|(?<![\\p{L}\\d])${SO}\\s*:?\\s*|(?<![\\p{L}\\d/.,-]))${NUM}(?![\\p{L}\\d/])`, 'gu');
const OF_ISSUER = new RegExp(`^\\s*(?:,\\s*)?(?:${loose('của')}|do)\\s+`, 'u');
const DATE_AFTER = new RegExp(`^\\s*,?\\s*(?:${loose('ban hành')}\\s+)?${loose('ngày')}\\s+`, 'u');
/** Lower-case words that join the parts of a body's name ("Bộ Kế hoạch và Đầu tư", "UBND tỉnh Đồng Nai"). */
const NAME_JOINERS = new Set(['và', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'phường', 'ban', 'nhân', 'dân', 'cục', 'trưởng', 'nước', 'hội', 'đồng', 'liên']);

/** Words of running text that never complete a name ("Hà Nội về …", "Chính phủ quy định …"). */
const FUNCTION_WORDS = new Set([
  'về', 'của', 'tại', 'theo', 'để', 'đã', 'là', 'thì', 'như', 'với', 'cho', 'trong', 'được', 'có', 'không', 'này', 'đó',
  'kèm', 'số', 'ngày', 'việc', 'quy', 'hướng', 'phê', 'sửa', 'thực', 'đề', 'gửi', 'báo', 'trình', 'nêu', 'tháng', 'năm',
  'ban', 'chỉ', 'đối', 'do', 'khi', 'sẽ', 'đang', 'cũng', 'mà', 'nhằm', 'bổ', 'thông', 'giao', 'yêu', 'tổ', 'triển',
].map(fold));
const PLACE_UNITS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);

/**
 * The issuing body named after "của": capitalised syllables, the lower-case syllable
 * that completes a two-syllable word ("Tài chính", "Y tế"), and joiners that lead to
 * another capitalised word ("và Đầu tư", "tỉnh Đồng Nai"). Stops at anything else.
 */
export function issuerAfterOf(text: string): string | null {
  const words = text.split(/\s+/u).slice(0, 16);
  const out: string[] = [];
  const isCap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.replace(/[,;.:()"“”]+$/u, '');
    if (!w || /^[(\[“"]/u.test(raw)) break;
    const prev = out[out.length - 1];
    let ok = false;
    if (isCap(w)) ok = true;
    else if (prev && /^\p{Lu}\p{Ll}*$/u.test(prev) && /^\p{Ll}+$/u.test(w) && !NAME_JOINERS.has(w) && !FUNCTION_WORDS.has(fold(w))) ok = true;
    if (!ok && NAME_JOINERS.has(w)) {
      ok = words.slice(i + 1, i + 7).some((n) => isCap(n));
      // "UBND tỉnh", "Ủy ban nhân dân tỉnh": the place may be left unsaid.
      if (!ok && PLACE_UNITS.has(w) && prev && (/^\p{Lu}{2,}$/u.test(prev) || prev === 'dân')) ok = true;
    }
    if (!ok) break;
    out.push(w);
    if (w !== raw) break;
  }
  while (out.length > 1 && NAME_JOINERS.has(out[out.length - 1]!) && !PLACE_UNITS.has(out[out.length - 1]!)) out.pop();
  return out.length ? out.join(' ') : null;
}

export function extractReferences(doc: SegmentedDoc, c: Collector, ownNumber: string | null): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  const own = ownNumber?.toUpperCase();
  // A citation wraps across the hard line breaks of its paragraph: match over whole blocks.
  const groups: Line[][] = [];
  for (const line of [...doc.subject, ...doc.body]) {
    const group = groups[groups.length - 1];
    if (group && group[0]!.block === line.block && !line.cell) group.push(line);
    else groups.push([line]);
  }
  for (const line of groups.map(([first, ...rest]) => concatLines(first!, ...rest))) {
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
      const d = DATE_AFTER.exec(after);
      if (d) {
        const found = findDate(after.slice(0, 60));
        if (found && found.index <= d[0].length + 6) {
          date = found.iso;
          rest = after.slice(found.index + found.length);
        }
      }
      const of = OF_ISSUER.exec(rest);
      const issuer = of ? issuerAfterOf(rest.slice(of[0].length)) : null;
      const at = m.index + m[0].length - raw.length;
      c.span(`/references/${out.length}`, line, at, at + raw.length);
      out.push({ number, date, issuer, type: type ? type.charAt(0).toUpperCase() + type.slice(1).toLowerCase() : null });
    }
  }
  return out;
}
