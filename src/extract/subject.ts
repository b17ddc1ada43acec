/** Subject (trích yếu, box 5a/5b): "V/v …" lines joined, without the label and the final full stop. */
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { fold, HAS_LOWER, SUBJECT_LABEL, TYPE_TITLE } from './patterns.js';
import { isWhiteCode, joinLines } from './text.js';
import { offsetAt } from '../segment/lines.js';

/**
 * text.replace(/(?<![\s.])[\s.]+$/u, ''): the pattern's first match is the whole run of white space and full
 * stops that ends the text (the look-behind only keeps it from starting inside that run), found from the end.
 */
export function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 46 || isWhiteCode(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Heads whose title opens the authority line a decision repeats under its title: "BỘ TRƯỞNG BỘ Y TẾ". */
const HEAD_TITLE_END =
  /(?:^|\s)(?:BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH ÁN|TRƯỞNG BAN|CHỦ NHIỆM|THỐNG ĐỐC|TỔNG THANH TRA|TỔNG KIỂM TOÁN NHÀ NƯỚC|CHÁNH VĂN PHÒNG)$/u;
/** Words after which a body's name belongs to the subject ("… CỦA ỦY BAN NHÂN DÂN TỈNH"). */
const LINKING_END = /(?:^|\s)(?:CỦA|CHO|VỚI|VÀ|TẠI|THUỘC|ĐỐI VỚI|VỀ|TRONG|TỪ|DO|GIỮA|CÁC|TRÊN|GỬI|VIỆC|LÀ)$/u;
/** Abbreviated heads of collective bodies in an issuer's name, as the authority line writes them out. */
const ABBREVIATED = [
  [/(?<![\p{L}\p{M}])UBND(?![\p{L}\p{M}])/gu, 'ủy ban nhân dân'],
  [/(?<![\p{L}\p{M}])HĐND(?![\p{L}\p{M}])/gu, 'hội đồng nhân dân'],
] as const;

/**
 * A title subject in capitals with the authority line run on after it, when a flattened text put them on one line
 * ("… CẬN LÂM SÀNG (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ", "… CÔNG TÁC CƠ YẾU TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"): the
 * subject without the issuer's name and the head's title before it. Kept whole when the name follows a word that
 * ties it to the subject ("… CỦA ỦY BAN NHÂN DÂN TỈNH"), or when little would be left. Returns the length kept.
 */
export function withoutAuthorityLine(text: string, issuer: string | null): number {
  if (issuer === null || HAS_LOWER.test(text)) return text.length;
  let name = issuer;
  if (name.includes('ND')) for (const [pattern, words] of ABBREVIATED) name = name.replace(pattern, words);
  const nameWords = fold(name).split(/\s+/u).filter(Boolean);
  // The old authority line of the National Assembly, "QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", cut before
  // its motto: the name, then "NƯỚC".
  if (text.endsWith(' NƯỚC')) {
    const kept = withoutAuthorityLine(text.slice(0, -' NƯỚC'.length), issuer);
    if (kept < text.length - ' NƯỚC'.length) return kept;
  }
  // Either way the text ends with a word of the name: most titles do not, and are not read further.
  let last = text.length;
  while (last > 0 && isWhiteCode(text.charCodeAt(last - 1))) last--;
  let first = last;
  while (first > 0 && !isWhiteCode(text.charCodeAt(first - 1))) first--;
  if (!nameWords.includes(fold(text.slice(first, last)))) return text.length;
  const words = [...text.matchAll(/\S+/gu)];
  if (nameWords.length === 0 || words.length <= nameWords.length + 2) return text.length;
  const tail = words.slice(words.length - nameWords.length);
  if (tail.every((w, k) => fold(w[0]) === nameWords[k])) {
    let rest = text.slice(0, tail[0]!.index).trimEnd();
    const head = HEAD_TITLE_END.exec(rest);
    if (head) rest = rest.slice(0, head.index).trimEnd();
    return rest.length < 12 || LINKING_END.test(rest) ? text.length : rest.length;
  }
  // The authority line without the body's place ("… CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH" for "Ủy ban nhân dân tỉnh
  // Tuyên Quang"): the first words of the issuer's name, after a head's title.
  for (let k = words.length - 2; k >= Math.max(1, words.length - nameWords.length + 1); k--) {
    if (!words.slice(k).every((w, j) => fold(w[0]) === nameWords[j])) continue;
    const rest = text.slice(0, words[k]!.index).trimEnd();
    const head = HEAD_TITLE_END.exec(rest);
    if (head === null) continue;
    const kept = rest.slice(0, head.index).trimEnd();
    return kept.length < 12 || LINKING_END.test(kept) ? text.length : kept.length;
  }
  return text.length;
}

export function extractSubject(doc: SegmentedDoc, c: Collector, issuer: string | null = null): string | null {
  const lines = doc.subject;
  if (lines.length === 0) return null;
  let text = joinLines(lines);
  let cut = 0;
  if (doc.title === lines[0]) {
    const m = TYPE_TITLE.exec(text);
    if (m) cut = m[0].length;
    text = text.slice(cut).trim();
  }
  const label = SUBJECT_LABEL.exec(text);
  if (label) {
    text = text.slice(label[0].length);
    cut += label[0].length;
  }
  const keep = withoutAuthorityLine(text, issuer);
  const trimmed = text.length - keep;
  text = text.slice(0, keep);
  text = withoutTrailingDots(text.replace(/^[\s:.-]+/u, '')).trim();
  if (!text) return null;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  c.spans.set('/subject', [offsetAt(first, Math.min(cut, first.text.length)), offsetAt(last, Math.max(0, last.text.length - trimmed))]);
  return text;
}
