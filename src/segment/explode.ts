/**
 * Undo flattening. Two-column headers and signature blocks often reach us run
 * together on one line or in one table cell ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI…",
 * "Số: 2214/BXD-QLN V/v: …", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam").
 * This step cuts such lines at the start of each component of the format
 * (Nghị định 30, Phụ lục I), so that later stages see one component per line.
 */
import {
  AUTHORITY_ANYWHERE,
  DISTRIBUTION_ANYWHERE,
  MOTTO,
  MOTTO_SUB,
  NUMBER_LABEL_INSIDE,
  BODY_OPENER,
  AUTHORITY_ALONE,
  PLACE_DATE,
  RECIPIENTS_ANYWHERE,
  SEPARATOR,
  SUBJECT_ANYWHERE,
} from '../extract/patterns.js';
import { concatLines, sliceLine, type Line } from './lines.js';

interface Cut {
  at: number;
  /** Characters to drop after the cut (a separator). */
  skip: number;
}

const UPPER_WORD = '\\p{Lu}[\\p{Lu}\\p{M}]*[,.]?';
/** Three or more upper-case words, then a capitalised word followed by prose. */
const UPPER_RUN_THEN_PROSE = new RegExp(`((?:${UPPER_WORD}\\s+){2,}${UPPER_WORD})\\s+(?=\\p{Lu}[\\p{Ll}\\p{M}]+\\s+[\\p{Ll}\\d])`, 'gu');

/** Head anchors: components of the top of the page. */
/** Global copies of the anchor patterns, compiled once. */
const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
const G = {
  motto: global(MOTTO),
  mottoSub: global(MOTTO_SUB),
  number: global(NUMBER_LABEL_INSIDE),
  subject: global(SUBJECT_ANYWHERE),
  recipients: global(RECIPIENTS_ANYWHERE),
  placeDate: global(PLACE_DATE),
  separator: global(SEPARATOR),
  distribution: global(DISTRIBUTION_ANYWHERE),
  authority: global(AUTHORITY_ANYWHERE),
};
/** Cheap test before the anchors: a line with none of these characters has no head component inside it. */
const HEAD_HINT = /[Ss][ốỐoO]|V\/|[Vv][iíl1|W]|gửi|g[uư]i|ngày|ng[aà]y|H[OÒÓ]A|[Đđ]ộc|-{3}|_{3}|\p{Lu}{2,}\s+\p{Lu}{2,}/u;

function headCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  if (!HEAD_HINT.test(text)) return cuts;
  const add = (g: RegExp, where: 'start' | 'end' = 'start') => {
    for (const m of text.matchAll(g)) {
      const lead = m[0].length - m[0].trimStart().length;
      cuts.push({ at: where === 'start' ? m.index + lead : m.index + m[0].length, skip: 0 });
    }
  };
  add(G.motto);
  add(G.mottoSub);
  add(G.mottoSub, 'end');
  add(G.number);
  add(G.subject);
  add(G.recipients);
  for (const m of text.matchAll(G.placeDate)) {
    // OCR splits syllables of the place ("Qu ả ng Ngãi"): the cut goes before the fragments.
    const frag = /\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]{1,3})+\s+$/u.exec(text.slice(0, m.index));
    cuts.push({ at: frag ? frag.index : m.index, skip: 0 });
    cuts.push({ at: m.index + m[0].length, skip: 0 });
  }
  // "CHỈ THỊ VỀ CÔNG TÁC … TRONG CẢ NƯỚC Ngày 24 tháng 6 …": an upper-case title run on into the body.
  for (const m of text.matchAll(UPPER_RUN_THEN_PROSE)) cuts.push({ at: m.index + m[1]!.length, skip: 0 });
  // "Kính gửi: Tổng công ty X Phúc đáp Công văn số …": the body starts on the same line.
  const kg = RECIPIENTS_ANYWHERE.exec(text);
  if (kg) {
    const after = text.slice(kg.index + kg[0].length);
    const opener = BODY_OPENER.exec(after);
    if (opener) cuts.push({ at: kg.index + kg[0].length + opener.index + 1, skip: 0 });
  }
  for (const m of text.matchAll(G.separator)) cuts.push({ at: m.index, skip: m[0].length });
  return cuts;
}

/** Tail anchors: the Nơi nhận list and the signature block side by side. */
function tailCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const m of text.matchAll(G.distribution)) cuts.push({ at: m.index, skip: 0 });
  for (const m of text.matchAll(G.authority)) {
    const lead = m[0].length - m[0].trimStart().length;
    cuts.push({ at: m.index + lead, skip: 0 });
  }
  return cuts;
}

function applyCuts(line: Line, cuts: Cut[]): Line[] {
  const valid = cuts.filter((c) => c.at > 0 || c.skip > 0).sort((a, b) => a.at - b.at);
  if (valid.length === 0) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const cut of valid) {
    if (cut.at < from) continue;
    if (cut.at > from) out.push(sliceLine(line, from, cut.at));
    from = cut.at + cut.skip;
  }
  if (from < line.text.length) out.push(sliceLine(line, from));
  return out.filter((l) => l.text.length > 0 && !/^[-–—_*=\s.]*$/u.test(l.text));
}

/**
 * Cuts a signature run "BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam" before the name: a
 * final run of capitalised (not upper-case) words after an upper-case run.
 */
function cutName(line: Line): Line[] {
  const m = /^(.*\p{Lu}{2,}[^\p{Ll}]*?)\s+((?:\p{Lu}[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]{1,3}(?=\s|$))*(?:\s+|$)){2,5})$/u.exec(line.text);
  if (!m || !/\p{Lu}{2,}/u.test(m[1]!)) return [line];
  return [sliceLine(line, 0, m[1]!.length), sliceLine(line, m[1]!.length)];
}

/** "- Như trên; — PHÓ TỔNG CỤC TRƯỞNG": the signature column interleaved after a dash. */
function cutInterleaved(line: Line): Line[] {
  const m = /\s+[—–]\s+(?=[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$)/u.exec(line.text);
  if (!m) return [line];
  return [sliceLine(line, 0, m.index), sliceLine(line, m.index + m[0].length)];
}

/** "- Lưu: VT, ĐMDN (2b). BỘ TRƯỞNG, CHỦ NHIỆM": a signer's title run on after the last item. */
function cutTrailingTitle(line: Line): Line[] {
  const m = /^(.*?[\p{Ll}\d).;])\s+((?:\p{Lu}[\p{Lu}\p{M}]+,?\s*){2,})$/u.exec(line.text);
  if (!m) return [line];
  // Title words are syllables (BỘ TRƯỞNG), not holder codes (VT, VP).
  const vowel = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;
  if (!m[2]!.split(/[\s,]+/u).filter(Boolean).every((w) => vowel.test(w) && w.length >= 2)) return [line];
  return [sliceLine(line, 0, m[1]!.length), sliceLine(line, m[1]!.length)];
}

/**
 * Splits "- Như trên; - Thủ tướng Chính phủ (để b/c); - Lưu: VT" (a list flattened
 * into one line or cell) at each " - " that follows an item end.
 */
function cutDashList(line: Line): Line[] {
  const cuts: Cut[] = [];
  for (const m of line.text.matchAll(/(?<=[;,.)]|\S)\s+[-–—+](?=\s+\S)/gu)) {
    const before = line.text.slice(0, m.index);
    if (/[;:.)]\s*$/u.test(before) || /[;.)]\s*\([^)]*\)\s*$/u.test(before)) cuts.push({ at: m.index + m[0].length - 1, skip: 0 });
  }
  return applyCuts(line, cuts);
}

/**
 * Splits every line that carries more than one component. `headEnd` and
 * `tailStart` delimit the regions where head and tail anchors apply, so that
 * body prose is never cut.
 */
export function explodeLines(lines: Line[], headEnd: number, tailStart: number): Line[] {
  const out: Line[] = [];
  const joined = joinDangling(out);
  lines.forEach((line, i) => {
    let parts: Line[] = [line];
    if (i < headEnd) parts = parts.flatMap((p) => applyCuts(p, headCuts(p.text)));
    if (i >= tailStart) {
      parts = parts.flatMap((p) => applyCuts(p, tailCuts(p.text)));
      parts = parts.flatMap((p) => (/^[-–—+]\s/u.test(p.text) ? cutInterleaved(p) : [p]));
      parts = parts.flatMap((p) => (/^[-–—+]\s/u.test(p.text) || /^(?:N[ơo]i\s+nh)/iu.test(p.text) ? cutDashList(p) : [p]));
      parts = parts.flatMap((p) => (/^(?:TM|KT|K\/T|TL|TUQ|Q)[.:\s]/u.test(p.text) || /^\p{Lu}{2,}/u.test(p.text) || /^[-–—+]\s|^L[ưu]u\s*:/u.test(p.text) ? cutName(p) : [p]));
      parts = parts.flatMap((p) => (/^[-–—+]\s|^L[ưu]u\s*:/u.test(p.text) ? cutTrailingTitle(p) : [p]));
    }
    joined(parts);
  });
  return out;
}

/** A label alone on its line ("Số:", "TL.") belongs with the line that follows it. */
const DANGLING = new RegExp(`^(?:(?:Số|SỐ|số)\\s*:|${AUTHORITY_ALONE.source.slice(1, -1)})$`, 'u');

function joinDangling(out: Line[]): (parts: Line[]) => void {
  return (parts) => {
    for (const part of parts) {
      const prev = out[out.length - 1];
      if (prev && DANGLING.test(prev.text)) out[out.length - 1] = concatLines(prev, part);
      else out.push(part);
    }
  };
}
