/**
 * Issuer and parent issuer (box 2). From the header when there is one; otherwise
 * inferred from the issuer code, the body, the signature block and the place,
 * each inference saying which basis it used.
 */
import type { DispatchRecord } from '../schema/record.js';
import { joinTexts, offsetAt, sliceLine, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { CITIES, ISSUER_CODES } from './issuers.js';
import { sentenceCaseBody } from './names.js';
import { dropTrailingSpecks, joinSplitSyllables, repairUpperWords } from './ocr.js';
import { COLLECTIVE_HEADS, loose } from './patterns.js';
import { latin } from '../latin.js';
import { isWhiteCode, lastWordLength, squeezeWhite } from './text.js';

export type IssuerField = NonNullable<DispatchRecord['issuer']>;

/**
 * A header line that continues the name above it with a place ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM"); not a
 * party committee named after its place ("TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY"), which is a body of its own.
 */
const PLACE_UNIT_START = latin(`^(?:${['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn'].map(loose).join('|')}|TP\\.?)\\s(?!\\s*${loose('ủy')}(?![\\p{L}\\p{M}]))`, 'u');
/** A header line that names no body alone: a collective head, or the council of judges (of a court, the line under). */
const OPEN_GENERIC = latin(`^(?:${[...COLLECTIVE_HEADS, 'hội đồng thẩm phán'].map(loose).join('|')}|UBND|HĐND)$`, 'u');

/**
 * A header line that goes on with the name above it, wrapped: it opens with "VÀ" or "&" ("BỘ LAO ĐỘNG - THƯƠNG BINH" /
 * "VÀ XÃ HỘI"), or it is the country's name alone ("NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM"), which no body is called.
 */
const WRAPPED_NAME = latin(`^(?:${loose('và')}\\s|&|${loose('việt nam')}$)`, 'u');
/**
 * A header line that ends in the middle of a name: with "VÀ" or "&" (not a dash or a comma: OCR leaves those after
 * a whole name, "TỔNG CỤC THUẾ," "BỘ TÀI CHÍNH _-", and a rule under it is dashes).
 */
const NAME_GOES_ON = latin(`(?:\\s${loose('và')}|\\s&)$`, 'u');

/** The first words of a body's name in capitals: a header line that opens with one names a body of its own. */
const BODY_HEAD_UPPER = /^(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|BỘ|VĂN PHÒNG|THANH TRA|TRUNG TÂM|BỆNH VIỆN|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|BAN|PHÒNG|VỤ|VIỆN|TRƯỜNG|ĐẢNG ỦY|ĐẢNG UỶ|TỔNG CÔNG TY|CÔNG TY|KHO BẠC|BẢO HIỂM|NGÂN HÀNG|CÔNG AN|TÒA ÁN|TOÀ ÁN|ĐOÀN|LIÊN ĐOÀN|HỘI|QUÂN KHU|BỘ CHỈ HUY)(?=\s|$)/u;

/**
 * "CỤC ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG": a line that ends with a comma goes on with the line
 * under it when that one names no body of its own ("TỔNG CỤC THUẾ," over "CỤC THUẾ TỈNH …" is two bodies).
 */
function commaGoesOn(above: string, text: string): boolean {
  return above.charCodeAt(above.length - 1) === 44 && !BODY_HEAD_UPPER.test(text);
}

/** Header lines → bodies, top (parent) to bottom (issuer), joining split names. */
export function headerBodies(lines: Line[]): Line[][] {
  const bodies: Line[][] = [];
  const add = (line: Line) => {
    const prev = bodies[bodies.length - 1];
    if (prev !== undefined) {
      const above = prev[prev.length - 1]!.text;
      if (PLACE_UNIT_START.test(line.text) || OPEN_GENERIC.test(above) || WRAPPED_NAME.test(line.text) || NAME_GOES_ON.test(above) || commaGoesOn(above, line.text)) {
        prev.push(line);
        return;
      }
    }
    bodies.push([line]);
  };
  for (const line of lines) {
    const parts = splitRunTogetherBodies(line);
    if (parts === null) add(line);
    else for (const part of parts) add(part);
  }
  // A gazette page repeats the issuer above the header (on one line where the header wraps it on two).
  for (let k = bodies.length - 1; k > 0; k--) if (bodyText(bodies[k]!) === bodyText(bodies[k - 1]!)) bodies.splice(k - 1, 1);
  return bodies;
}

/** A body's lines as one text, white space squeezed. */
function bodyText(lines: readonly Line[]): string {
  return squeezeWhite(lines.length === 1 ? lines[0]!.text : joinTexts(lines)).trim();
}

/** Heads that open a subordinate body inside a run-together header line ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ"). */
const SUB_BODY = /\s(?=(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VĂN PHÒNG|THANH TRA|TRUNG TÂM|BỆNH VIỆN|ỦY BAN NHÂN DÂN|UBND|BAN)\s)/gu;

/** The pieces of a run-together header line, or null when it is one body. */
export function splitRunTogetherBodies(line: Line): Line[] | null {
  const cuts: number[] = [];
  const text = line.text;
  SUB_BODY.lastIndex = 0;
  for (let m = SUB_BODY.exec(text); m; m = SUB_BODY.exec(text)) {
    // The words before the head: at least two, the last not the first half of a two-word head ("ỦY BAN").
    const before = text.slice(0, m.index).trim();
    let w = before.length;
    while (w > 0 && !isWhiteCode(before.charCodeAt(w - 1))) w--;
    if (w === 0) continue;
    const last = before.slice(w);
    if (last === 'ỦY' || last === 'UỶ' || last === 'TỔNG' || last === 'VĂN') continue;
    cuts.push(m.index + 1);
  }
  if (!cuts.length) return null;
  const out: Line[] = [];
  let from = 0;
  for (const at of cuts) {
    out.push(sliceLine(line, from, at));
    from = at;
  }
  out.push(sliceLine(line, from));
  return out;
}

const BODY_HEADS = 'Sở|Bộ|Tổng cục|Cục|Văn phòng|Ủy ban nhân dân|UBND|Thanh tra|Ban|Kho bạc Nhà nước|Bảo hiểm xã hội';
/** A body's name before what it does: "(?:^|[.;:]\s+|\s)" + BODY_MENTION_AT, read by bodyMention. */
export const BODY_MENTION_AT =
  latin(String.raw`((?:${BODY_HEADS})\s+[\p{L}\p{M} ,-]{1,60}?)\s+(?:đề nghị|yêu cầu|có ý kiến|thông báo|trả lời|hướng dẫn|nhận được|kính đề nghị|xin|báo cáo)`, 'uy');
/** Where a head of BODY_MENTION_AT can begin (all BMP literals: no u flag). */
const BODY_HEAD = new RegExp(BODY_HEADS, 'g');

/**
 * Group 1 of /(?:^|[.;:]\s+|\s)(…)/u, BODY_MENTION_AT after the start, a white space or ". ": the group begins at a
 * head at the start or after a white space, and its text depends only on where it begins. The leftmost match is
 * the one whose group begins first (a ". " before a later group cannot come before an earlier head), so the
 * sticky pattern is tried at each head so placed, in order.
 */
export function bodyMention(text: string): string | null {
  BODY_HEAD.lastIndex = 0;
  for (let h = BODY_HEAD.exec(text); h; h = BODY_HEAD.exec(text)) {
    const at = h.index;
    if (at === 0 || isWhiteCode(text.charCodeAt(at - 1))) {
      BODY_MENTION_AT.lastIndex = at;
      const m = BODY_MENTION_AT.exec(text);
      if (m) return m[1]!;
    }
    BODY_HEAD.lastIndex = at + 1;
  }
  return null;
}

/** Dashes, underscores and quotation marks, with white space, before a header name. */
const LEADING_SPECK = /^[-–—_~•*+=“”"‘’]+\s*/u;
/**
 * The national motto or the party's, run on after a header name by OCR, where damage hid it from the segmenter:
 * "BO TÀI CHÍNH _ CONG HOA XÃ HOI CH.Ủ NGHIA", "… LONG HOA XA HOI CHU NGHIA", "… DANG CONG SAN VIET NAM".
 * Its core ("HÒA XÃ HỘI", "CỘNG SẢN VIỆT") survives, in capitals, after a word in -ONG.
 */
const MOTTO_RUN_ON = latin(
  `(?<=\\S)\\s+[^\\s\\p{Ll}]{0,3}(?:[^\\s\\p{Ll}]?[OÒÓỎÕỌÔỒỐỔỖỘ][NG]{2}\\s+H[OÒÓỎÕỌ]A\\s+X[AÃ]\\s+H[OỘÔ]I|[DĐ]ẢNG\\s+C[OỘ]NG\\s+S[AẢ]N\\s+VI[EỆ]T)(?![\\p{Ll}])`,
  'u',
);
/** The header text without specks at its ends and without a motto OCR ran on after it. */
function headerText(text: string): string {
  let t = text.replace(LEADING_SPECK, '');
  // MOTTO_RUN_ON holds HỘI (HOI, HÔI) or VIỆT (VIET): other names are not searched.
  const motto = t.includes('HỘI') || t.includes('HOI') || t.includes('HÔI') || t.includes('VIỆT') || t.includes('VIET') ? MOTTO_RUN_ON.exec(t) : null;
  if (motto !== null) t = t.slice(0, motto.index);
  // Specks after the name (white space, dashes, underscores, bars, punctuation), read from the end.
  let end = t.length;
  while (end > 0 && (isWhiteCode(t.charCodeAt(end - 1)) || TRAILING_SPECKS.includes(t.charAt(end - 1)))) end--;
  return end > 0 ? t.slice(0, end) : t;
}
/** The characters of a speck after a header name, but white space. */
const TRAILING_SPECKS = '-–—_|:;,.';

export function extractIssuer(doc: SegmentedDoc, c: Collector, issuerCode: string | null, place: string | null): IssuerField | null {
  const bodies = headerBodies(doc.header);
  if (bodies.length) {
    const own = bodies[bodies.length - 1]!;
    const parent = bodies.length > 1 ? bodies[bodies.length - 2]! : null;
    const repair = (lines: Line[]) => {
      // A PDF's text layer may split the syllables at the letters' spacing ("ỦY B AN NHÂN D Â N").
      // A speck before the first word ("_ BỘ TÀI CHÍNH") is no part of the name.
      const text = joinSplitSyllables(headerText(joinTexts(lines)));
      if (!doc.accented) return text;
      // dropTrailingSpecks drops words of one or two letters from the end and joins the words with single spaces:
      // with a longer last word it only squeezes the white space.
      const r = repairUpperWords(lastWordLength(text) <= 2 ? dropTrailingSpecks(text) : squeezeWhite(text));
      if (r.changes.length) c.message('ocr-repaired', 'info', `header words restored: ${r.changes.join(', ')}`, lines[0]!);
      return r.text;
    };
    const name = sentenceCaseBody(repair(own));
    c.span('/issuer/name', own[0]!);
    if (own.length > 1) {
      const first = own[0]!;
      const last = own[own.length - 1]!;
      c.spans.set('/issuer/name', [offsetAt(first, 0), offsetAt(last, last.text.length)]);
    }
    let parentName: string | null = null;
    if (parent) {
      parentName = sentenceCaseBody(repair(parent));
      c.span('/issuer/parent', parent[0]!);
    }
    return { name, parent: parentName, inferred: false };
  }

  // No header: infer.
  const fromCode = issuerCode ? ISSUER_CODES.get(issuerCode) : undefined;
  if (fromCode) {
    let name = fromCode;
    // Spelled out, as a header names it: "Ủy ban nhân dân tỉnh Lai Châu".
    if ((issuerCode === 'UBND' || issuerCode === 'HĐND') && place) name = `${fromCode} ${CITIES.has(place) ? 'thành phố' : 'tỉnh'} ${place.replace(/^TP\.?\s*/u, '')}`;
    c.message('issuer-inferred', 'info', `issuer inferred from the code "${issuerCode}" of the number: ${name}`, doc.number);
    if (doc.number) c.span('/issuer/name', doc.number);
    return { name, parent: null, inferred: true };
  }
  for (const line of doc.body.slice(0, 30)) {
    const m = bodyMention(line.text);
    if (m) {
      const name = m.trim();
      c.message('issuer-inferred', 'info', `issuer inferred from the body ("${name} …")`, line);
      const at = line.text.indexOf(name);
      c.span('/issuer/name', line, at, at + name.length);
      return { name, parent: null, inferred: true };
    }
  }
  const tm = doc.signature.find((l) => /^TM\.?\s+/u.test(l.text));
  if (tm) {
    let name = sentenceCaseBody(tm.text.replace(/^TM\.?\s+/u, ''));
    if (/^Ủy ban nhân dân$/u.test(name) && place) name = `${name} ${CITIES.has(place) ? 'thành phố' : 'tỉnh'} ${place.replace(/^TP\.?\s*/u, '')}`;
    c.message('issuer-inferred', 'info', `issuer inferred from the signature block ("${tm.text}")`, tm);
    c.span('/issuer/name', tm);
    return { name, parent: null, inferred: true };
  }
  c.message('missing-issuer', 'error', 'no issuing body found in the header, the number, the body or the signature', null);
  return null;
}
