/**
 * Undo flattening. Two-column headers and signature blocks often reach us run
 * together on one line or in one table cell ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI…",
 * "Số: 2214/BXD-QLN V/v: …", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam").
 * This step cuts such lines at the start of each component of the format
 * (Nghị định 30, Phụ lục I), so that later stages see one component per line.
 */
import {
  AUTHORITY_ANYWHERE,
  DATE_WORDS,
  DISTRIBUTION_ANYWHERE,
  DISTRIBUTION_LABEL,
  siteNotes,
  MOTTO,
  MOTTO_SUB,
  MOTTO_DAMAGED,
  PARTY_MOTTO,
  NUMBER_LABEL_AFTER_SPACE,
  BODY_OPENER,
  AUTHORITY_ALONE,
  PLACE_DATE,
  ocrPlaceDate,
  RECIPIENTS_ANYWHERE,
  SEPARATOR,
  SUBJECT_ANYWHERE,
  HAS_LOWER,
  DOC_TYPES,
  NAME_LINE,
  COLLECTIVE_HEADS,
  CITY_UNITS,
  loose,
} from '../extract/patterns.js';
import { isPersonName } from '../extract/person.js';
import { concatLines, continuesWordAt, hasThang, hasUpperPair, isLowerAt, isUpperAt, isUpperLine, isWhiteSpace, sliceLine, type Line } from './lines.js';
import { latin } from '../latin.js';
import { LineList } from './line-list.js';

/** Patterns used inside functions below, built once. */
const NAME_FRAGMENT_END = latin(String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]{1,3})+\s+$`, 'u');
/**
 * An upper-case run, then (after non-lower-case characters that end in one that is not white space) white space
 * and a name of two to five capitalised words that ends the line. The title part used to end in a lazy
 * [^\p{Ll}]*? before \s+, two ways to read the same white space: quadratic on a long run of it. The split point is
 * the same (the lazy form never ended in white space; checked on every string of up to 7 characters over
 * Đ N g space . a, and 300,000 random ones with marks and tabs).
 */
const TITLE_THEN_NAME = latin(String.raw`^(.*\p{Lu}{2,}(?:[^\p{Ll}]*[^\p{Ll}\s])?)\s+((?:\p{Lu}[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]{1,3}(?=\s|$))*(?:\s+|$)){2,5})$`, 'u');
/**
 * At lastIndex: a capitalised name of two to five words (group 1), then two upper-case words, or an annex's heading
 * in sentence case ("… Trần Hồng Hà Phụ lục (Kèm theo Nghị định số …)").
 */
/**
 * Where the name starts in an upper-case title run on into a person's name of two to five words ("CHỦ TỊCH QUỐC HỘI
 * Vương Đình Huệ"), or -1.
 */
export function titleThenName(text: string): number {
  const m = TITLE_THEN_NAME.exec(text);
  return m !== null && isPersonName(m[2]!.trim()) ? text.length - m[2]!.length : -1;
}

const NAME_THEN_UPPER_AT = latin(String.raw`(\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]+){1,4})\s+(?=\p{Lu}[\p{Lu}\p{M}]+\s\p{Lu}[\p{Lu}\p{M}]+|Phụ\s+lục(?![\p{L}\p{M}]))`, 'uy');
const DASH_BEFORE_TITLE = latin(String.raw`\s+[—–]\s+(?=[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$)`, 'u');
const PROSE_THEN_UPPER_RUN = latin(String.raw`^(.*?[\p{Ll}\d).;])\s+((?:\p{Lu}[\p{Lu}\p{M}]+,?\s*){2,})$`, 'u');

interface Cut {
  at: number;
  /** Characters to drop after the cut (a separator). */
  skip: number;
}

const UPPER_WORD = '\\p{Lu}[\\p{Lu}\\p{M}]*[,.]?';
/** Three or more upper-case words, then a capitalised word followed by prose. */
const UPPER_RUN_THEN_PROSE = latin(`((?:${UPPER_WORD}\\s+){2,}${UPPER_WORD})\\s+(?=\\p{Lu}[\\p{Ll}\\p{M}]+\\s+[\\p{Ll}\\d])`, 'gu');

/**
 * NUMBER_LABEL_AFTER_SPACE or SEPARATOR (group 1), in one search instead of two. A number label's match holds
 * white space, letters and a colon, a separator's only dashes, '_', '=' or '*': no match of either starts or
 * ends inside one of the other, so one search finds every match of both (applyCuts sorts the cuts).
 */
export const NUMBER_OR_SEPARATOR = new RegExp(`(?:${NUMBER_LABEL_AFTER_SPACE.source})|(${SEPARATOR.source})`, 'gu');
/**
 * DISTRIBUTION_ANYWHERE (group 1) or AUTHORITY_ANYWHERE, in one search instead of two. A Nơi nhận label's match
 * opens with n or N and holds no white space before a T or K; a signing prefix's holds white space, the capitals
 * of the prefix and '.' or ':': no match of either starts inside one of the other, so one search finds every
 * match of both.
 */
export const TAIL_ANCHOR = new RegExp(`(${DISTRIBUTION_ANYWHERE.source})|(?:${AUTHORITY_ANYWHERE.source})`, 'gu');

/** Head anchors: components of the top of the page. */
/** Global copies of the anchor patterns, compiled once. */
/** The same pattern with the g flag (the sources are already expanded by latin()). */
const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
const G = {
  /**
   * MOTTO, MOTTO_SUB or PARTY_MOTTO; they open with different letters (c; d or đ; Đ). A match of MOTTO holds no d or
   * đ, so no match of the others opens inside it; inside a match of MOTTO_SUB a motto can open only at its last
   * letter (headCuts), and inside one of PARTY_MOTTO none can (its only Đ is its first letter).
   */
  mottoEither: new RegExp(`(?:${MOTTO.source})|(?:${MOTTO_SUB.source})|(?:${PARTY_MOTTO.source})`, 'gu'),
  numberOrSeparator: NUMBER_OR_SEPARATOR,
  subject: global(SUBJECT_ANYWHERE),
  recipients: global(RECIPIENTS_ANYWHERE),
  tailAnchor: TAIL_ANCHOR,
};

/** Shortest texts the motto patterns can match: one character per letter, one per space (MOTTO, MOTTO_SUB). */
const MOTTO_MIN = 'cong hoa xa hoi chu nghia viet nam'.length;
const MOTTO_SUB_MIN = 'doc lap'.length + 'tu do'.length + 'hanh phuc'.length;

/** MOTTO can match: the text is long enough. (Letter tests cost as much as the pattern on long lines.) */
export function mayHaveMotto(text: string): boolean {
  return text.length >= MOTTO_MIN;
}

/** MOTTO_SUB can match: the text is long enough. */
export function mayHaveMottoSub(text: string): boolean {
  return text.length >= MOTTO_SUB_MIN;
}

/**
 * UPPER_RUN_THEN_PROSE can match: a capital that opens a word after white space, with a
 * lower-case letter (or a mark) after it and the end of an upper-case word (a capital, a
 * mark, ',' or '.') before the white space, and three capitals before it at least.
 * After the capital, a non-ASCII character that is not a capital is taken for a lower-case letter or a mark;
 * before the white space, a non-ASCII character must be a capital or may be a mark (mayEndUpperWord).
 */
export function mayRunIntoProse(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c < 0x80 ? c >= 65 && c <= 90 : isUpperAt(text, i))) continue;
    if (++capitals < 4 || !isWhiteSpace(text.charCodeAt(i - 1))) continue;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 97 && next <= 122) && !(next >= 0x80 && !isUpperAt(text, i + 1))) continue;
    let k = i - 1;
    while (k > 0 && isWhiteSpace(text.charCodeAt(k))) k--;
    const before = text.charCodeAt(k);
    if ((before >= 65 && before <= 90) || before === 44 || before === 46 || (before >= 0x80 && mayEndUpperWord(text, k))) return true;
  }
  return false;
}

/**
 * The non-ASCII code unit at `k` may end an upper-case word (\p{Lu} or \p{M}): it is a capital, in a block of
 * combining marks (the blocks latin() takes \p{M} from), or half of a surrogate pair (left to the pattern). Most
 * are the small letters of prose (ở, ố), which cannot.
 */
function mayEndUpperWord(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return isUpperAt(text, k);
}

/**
 * /\p{Lu}{2,}\s+\p{Lu}{2,}/u as a scan: two upper-case runs of two letters or more with
 * only white space between them.
 */
export function hasUpperWordPair(text: string): boolean {
  let run = 0;
  /** An upper-case run of two or more ended, and only white space came after it so far. */
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 65 && c <= 90 : isUpperAt(text, i)) {
      if (++run >= 2 && pending) return true;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++; // an astral capital is one letter
    } else if (isWhiteSpace(c)) {
      if (run > 0) pending = run >= 2;
      run = 0;
    } else {
      run = 0;
      pending = false;
    }
  }
  return false;
}

/**
 * Cheap test before the anchors: a line with none of these has no head component inside it.
 * The last alternative, two upper-case words in a row, is the costly one as a pattern and is a scan.
 */
const HEAD_HINT = /[Ss][ốỐoO]|V\/|[Vv][iíl1|W]|gửi|g[uư]i|ngày|ng[aà]y|H[OÒÓ]A|[Đđ]ộc|-{3}|_{3}/u;
const hasHeadHint = (text: string) => HEAD_HINT.test(text) || hasUpperWordPair(text);

/**
 * Cuts before (or after) each head component inside a line. Each anchor is run only
 * when the line has what the anchor needs (a length, a '/', a ':', "tháng",
 * four capitals); the cuts come in the same order as when every anchor runs.
 */
function headCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  headFacts = 0;
  // A legal database's note glued to a head line ("NGHỊ ĐỊNH [Các quy định … bị thay thế bởi …]") is dropped, with
  // the white space before it: the line reads as printed.
  if (text.includes('[') && text.includes('bởi')) {
    for (const [from, to] of siteNotes(text)) {
      let at = from;
      while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--;
      cuts.push({ at, skip: to - at });
    }
  }
  // A pipe table's row that markdown read as text is cut at its pipes (pipeRow). Else "BỘ TÀI CHÍNH | CONG HOA XÃ HỌI
  // CH..": OCR read the rule between the header's two columns as a bar; cut there (the bar dropped) when capitals
  // stand on both sides, also where a damaged motto leaves no other anchor.
  if (text.charCodeAt(0) === 124) pipeRow(text, cuts);
  else if (text.includes(' | ')) columnBars(text, cuts);
  if (!hasHeadHint(text)) {
    cutOcrPlaceDate(text, cuts);
    return cuts;
  }
  const add = (g: RegExp) => {
    eachMatch(g, text, (m) => {
      const lead = m[0].length - m[0].trimStart().length;
      cuts.push({ at: m.index + lead, skip: 0 });
    });
  };
  const colon = text.includes(':');
  // The motto and its second line in one search (MOTTO cannot match where mayHaveMottoSub is false: it is longer):
  // a cut before the motto (it opens with its c, no white space), and one before and one after the second line.
  // The cuts come in another order than from two searches, but applyCuts sorts them, and cuts that skip nothing
  // at the same place give the same parts in any order.
  let motto = false;
  if (mayHaveMottoSub(text)) {
    const g = G.mottoEither;
    eachMatch(g, text, (m) => {
      motto = true;
      if (mottoInProse(text, m.index, m[0])) return;
      const c = m[0].charCodeAt(0);
      if (c === 99 || c === 67) cuts.push({ at: m.index, skip: 0 });
      else {
        cuts.push({ at: m.index, skip: 0 }, { at: m.index + m[0].length, skip: 0 });
        // The c that ends "phúc" could open a motto (the search for MOTTO alone would find it): go on from there.
        g.lastIndex = m.index + m[0].length - 1;
      }
    });
  }
  // The motto damaged past MOTTO after a header in capitals ("TONG CỤC THUE CONG HOA XA HOL CHU NGHIA VIET NAM").
  // (MOTTO_DAMAGED's capitals NG and X are looked for first.)
  if (!motto && text.length >= 11 && text.includes('NG') && text.includes('X')) {
    const m = MOTTO_DAMAGED.exec(text);
    if (m !== null && (m.index === 0 || !HAS_LOWER.test(text.slice(0, m.index)))) {
      motto = true;
      if (m.index > 0) cuts.push({ at: m.index, skip: 0 });
    }
  }
  // No prefilter: the pattern is as cheap as a test for "Số"; its match opens with the white space before the label
  // (lead). A separator is cut out (skipped).
  eachMatch(G.numberOrSeparator, text, (m) => {
    if (m[1] !== undefined) {
      // "Quyết định 1227/QĐ-BYT năm 2025. BỘ Y TẾ -------": a crawler's title sentence run on into the issuing
      // body over its rule; the body is cut off the sentence.
      const upper = upperRunAfterSentence(text, m.index);
      if (upper > 0) cuts.push({ at: upper, skip: 0 });
      cuts.push({ at: m.index, skip: m[0].length });
    } else if (m[0].includes(':') || (!citesBefore(text, m.index) && !listedAfter(text, m.index))) cuts.push({ at: m.index + m[0].length - m[0].trimStart().length, skip: 0 });
  });
  if (text.includes('/')) add(G.subject);
  // The first Kính gửi match is RECIPIENTS_ANYWHERE.exec(text), kept for the body opener below.
  let kg: RegExpExecArray | null = null;
  if (colon) {
    eachMatch(G.recipients, text, (m) => {
      kg ??= m;
      const lead = m[0].length - m[0].trimStart().length;
      cuts.push({ at: m.index + lead, skip: 0 });
    });
  }
  const thang = hasThang(text);
  // Every part of the line is a piece of its text: neither pattern (no anchor, no look-around) matches in a part
  // where it does not match in the whole.
  headFacts = (motto ? 0 : LINE_FACT.noMotto) | (thang ? 0 : LINE_FACT.noThang);
  let placeDate = false;
  if (thang && DATE_WORDS.test(text)) {
    eachPlaceDate(text, (m) => {
      placeDate = true;
      // OCR splits syllables of the place ("Qu ả ng Ngãi"): the cut goes before the fragments.
      const frag = NAME_FRAGMENT_END.exec(text.slice(0, m.index));
      cuts.push({ at: frag ? frag.index : m.index, skip: 0 });
      cuts.push({ at: m.index + m[0].length, skip: 0 });
    });
  }
  if (!placeDate) cutOcrPlaceDate(text, cuts);
  // "CHỈ THỊ VỀ CÔNG TÁC … TRONG CẢ NƯỚC Ngày 24 tháng 6 …": an upper-case title run on into the body.
  if (mayRunIntoProse(text)) eachMatch(UPPER_RUN_THEN_PROSE, text, (m) => cuts.push({ at: m.index + m[1]!.length, skip: 0 }));
  // "Kính gửi: Tổng công ty X Phúc đáp Công văn số …": the body starts on the same line.
  if (kg !== null) {
    const m: RegExpExecArray = kg;
    const after = text.slice(m.index + m[0].length);
    const opener = BODY_OPENER.exec(after);
    if (opener) cuts.push({ at: m.index + m[0].length + opener.index + 1, skip: 0 });
  }
  return cuts;
}

/**
 * "sé2#fÍtCr - KT1 Bắc Ninh, ngàu tháng 08 năm 2018": a number line (its label however damaged, its s kept) and a
 * place and date that OCR damaged past the date words (ocrPlaceDate): a cut before the place.
 */
function cutOcrPlaceDate(text: string, cuts: Cut[]): void {
  if ((text.charCodeAt(0) | 32) !== 115) return;
  const m = ocrPlaceDate(text);
  if (m !== null && m.index > 0 && m.index <= 30) cuts.push({ at: m.index, skip: 0 });
}

/**
 * A row of a pipe table that markdown read as text (a table under a list item's lazy line: "| *Nơi nhận:* - … |
 * KT. BỘ TRƯỞNG … Nguyễn Hoàng Long |"): a cut at each pipe, the pipe dropped, so each cell is a part.
 */
function pipeRow(text: string, cuts: Cut[]): void {
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) cuts.push({ at: i, skip: 1 });
}

/** Cuts at each " | " between an upper-case letter and a capital (the bar and its spaces skipped). */
function columnBars(text: string, cuts: Cut[]): void {
  for (let i = text.indexOf(' | '); i >= 0; i = text.indexOf(' | ', i + 1)) {
    if (i > 0 && isUpperAt(text, i - 1) && isUpperAt(text, i + 3)) cuts.push({ at: i, skip: 3 });
  }
}

/**
 * What explodeLines learnt of a line while it cut the head (bits; 0 when nothing): MOTTO or MOTTO_SUB (as
 * MOTTO_EITHER) does not match in it, "tháng" (hasThang) is not in it. The segmenter's tests skip what is known.
 */
export const LINE_FACT = { noMotto: 1, noThang: 2 } as const;

/** The facts headCuts learnt of the line it was last given. */
let headFacts = 0;

/** Two characters that each signing prefix (TM, KT, K/T, T/M, T/L, TL, TUQ) holds, one of them anywhere. */
const SIGNING_PREFIX_PAIR = /TM|KT|\/T|\/M|\/L|TL|TU/;
/** An n and an h after white space ("nhận" as DISTRIBUTION_ANYWHERE has it). */
const SPACE_NH = /\s[nN][hH]/;

/**
 * Cheap test before the tail anchors, true whenever one of them can match. A signing
 * prefix needs a [.:/] and one of SIGNING_PREFIX_PAIR; "Nơi nhận" + [:.;] needs nine
 * characters, and an n and an h after white space. Patterns, not loops: a pattern reads a
 * line's characters several times faster than charCodeAt in script.
 */
export function mayHaveTailAnchor(text: string): boolean {
  const n = text.length;
  if (n < 5) return false;
  // A slashed prefix (K/T, T/M, T/L) needs no stop.
  const stop = text.includes('.') || text.includes(':') || text.includes('/');
  if (stop && SIGNING_PREFIX_PAIR.test(text)) return true;
  if (n < 9 || !(stop || text.includes(';'))) return false;
  return SPACE_NH.test(text);
}

/** PLACE_DATE tried at one position. */
const PLACE_DATE_AT = latin(PLACE_DATE.source, 'uy');

/**
 * Calls `fn` with each match of PLACE_DATE, as a global search gives them. A place opens
 * with a capital that does not continue a word, so the pattern is tried only there, in
 * order, instead of at every position (its look-behind and Unicode classes are costly on
 * long lines): the first position where it matches is where the search would find it.
 */
export function eachPlaceDate(text: string, fn: (m: RegExpExecArray) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c < 0x80 ? c >= 65 && c <= 90 : isUpperAt(text, i)) || continuesWordAt(text, i)) continue;
    PLACE_DATE_AT.lastIndex = i;
    const m = PLACE_DATE_AT.exec(text);
    if (m === null) continue;
    fn(m);
    i = m.index + m[0].length - 1;
  }
}

/** PLACE_DATE.test(text), trying the pattern where a place can open (see eachPlaceDate). */
export function hasPlaceDate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c < 0x80 ? c >= 65 && c <= 90 : isUpperAt(text, i)) || continuesWordAt(text, i)) continue;
    PLACE_DATE_AT.lastIndex = i;
    if (PLACE_DATE_AT.test(text)) return true;
  }
  return false;
}

/** A document type's name (or "văn bản") ending a text: "… THÔNG TƯ", "… Kế hoạch". */
const TYPE_NAME_END = latin(`(?:^|\\s)(?:${[...DOC_TYPES.map(([n]) => n), 'Văn bản'].map((n) => loose(n)).join('|')})$`, 'u');

/**
 * "Số" at `at` names a cited document ("… THÔNG TƯ SỐ 09/2013/TT-BXD …", "Kế hoạch số 119-KH/TU"), not the
 * document's own number: a type's name stands right before it (and no colon after it: "Nghị quyết số: 12/NQ-CP"
 * is a label).
 */
function citesBefore(text: string, at: number): boolean {
  return TYPE_NAME_END.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * A "Số" without a colon right after a ":" or ";" (the white space before it, from `at`, aside) opens an item of a
 * list of cited documents ("… CÁC NGHỊ QUYẾT CỦA CHÍNH PHỦ: SỐ 01/NQ-CP NGÀY 05/01/2024 …; SỐ 02/NQ-CP …"), not
 * the document's own number.
 */
function listedAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 58 || c === 59;
}

/**
 * Where a run of upper-case words that ends at `end` (white space before `end` aside) starts, when the run has
 * two words or more and follows the end of a sentence that holds a small letter (". ", "! ", "? "); else
 * -1. Digits and hyphens may stand in the run ("SỞ Y TẾ - VĂN PHÒNG 2").
 */
function upperRunAfterSentence(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  const runEnd = i;
  let words = 0;
  let inWord = false;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isWhiteSpace(c)) inWord = false;
    else if ((c < 0x80 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 : isUpperAt(text, i - 1) || (c >= 0x300 && c <= 0x36f))) {
      if (!inWord) words++;
      inWord = true;
    } else break;
    i--;
  }
  while (i < runEnd && !isUpperAt(text, i)) i++;
  if (words < 2 || i < 3 || i >= runEnd) return -1;
  const stop = text.charCodeAt(i - 2);
  if (!isWhiteSpace(text.charCodeAt(i - 1)) || !(stop === 46 || stop === 33 || stop === 63)) return -1;
  // The sentence holds a small letter ("Công văn 778/TCHQ-GSQL."): it is not a run of capitals itself.
  return HAS_LOWER.test(text.slice(0, i - 2)) ? i : -1;
}

/** Calls `fn` with each match of a global pattern, as matchAll would give them (without its copy of the pattern). */
function eachMatch(pattern: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    fn(m);
  }
  pattern.lastIndex = 0;
}

/** No cut: shared, never written to. */
const NO_CUTS: readonly Cut[] = [];

/** Tail anchors: the Nơi nhận list and the signature block side by side (`anchor`: mayHaveTailAnchor(text)). */
function tailCuts(text: string, anchor = mayHaveTailAnchor(text)): readonly Cut[] {
  const row = text.charCodeAt(0) === 124;
  if (!anchor && !row) return NO_CUTS;
  const cuts: Cut[] = [];
  if (row) pipeRow(text, cuts);
  if (!anchor) return cuts;
  eachMatch(G.tailAnchor, text, (m) => {
    if (m[1] !== undefined) cuts.push({ at: m.index, skip: 0 });
    else cuts.push({ at: m.index + m[0].length - m[0].trimStart().length, skip: 0 });
  });
  return cuts;
}

function applyCuts(line: Line, cuts: readonly Cut[]): Line[] {
  if (cuts.length === 0) return [line];
  // One cut (most cut lines have one) is taken as it is: no filtered and sorted copy.
  const valid = cuts.length === 1 ? (isCut(cuts[0]!) ? cuts : NO_CUTS) : cuts.filter(isCut).sort(byPlace);
  if (valid.length === 0) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const cut of valid) {
    if (cut.at < from) continue;
    if (cut.at > from) keepPart(out, sliceLine(line, from, cut.at));
    from = cut.at + cut.skip;
  }
  if (from < line.text.length) keepPart(out, sliceLine(line, from));
  return out;
}

/** A cut that changes the line: past its start, or one that drops characters. */
function isCut(c: Cut): boolean {
  return c.at > 0 || c.skip > 0;
}

function byPlace(a: Cut, b: Cut): number {
  return a.at - b.at;
}

/** Adds a part unless it is empty or only dashes, stars, dots and white space (what is left of a separator). */
function keepPart(out: Line[], part: Line): void {
  if (part.text.length > 0 && !SEPARATOR_LEFT.test(part.text)) out.push(part);
}

const SEPARATOR_LEFT = /^[-–—_*=\s.]*$/u;

/**
 * Cuts a signature run "BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam" before the name: a
 * final run of capitalised (not upper-case) words after an upper-case run.
 */
function cutName(line: Line): Line[] | null {
  // The name ends the line: its last character is a lower-case letter, a mark or white space.
  const last = line.text.charCodeAt(line.text.length - 1);
  if (last < 0x80 && !(last >= 97 && last <= 122) && !isWhiteSpace(last)) return null;
  // Before it comes an upper-case run.
  if (!hasUpperPair(line.text)) return null;
  // From the last upper-case pair on: a name cannot hold one, and an earlier pair fits only if the last one does
  // (everything from either to the name is not lower case). Without the cut, each pair of a long upper-case line
  // was tried against the rest of it: quadratic.
  const from = lastUpperPair(line.text);
  if (from < 0) return null;
  const m = TITLE_THEN_NAME.exec(line.text.slice(from));
  if (!m) return null;
  // The title part holds an upper-case pair by the pattern's own terms.
  const titleEnd = from + m[1]!.length;
  return [sliceLine(line, 0, titleEnd), sliceLine(line, titleEnd)];
}

/**
 * Cuts a signature run after the signer's name when upper-case words follow it ("… THỨ TRƯỞNG Đinh Trung Tụng KẾ
 * HOẠCH TRIỂN KHAI …", "… Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP: …"): an annex or a form run on after the signature.
 */
function cutAfterName(line: Line): Line[] | null {
  const t = line.text;
  // A name holds small letters: a line of capitals (most titles) has none.
  if (!HAS_LOWER.test(t)) return null;
  // Tried where a capitalised word follows white space after an upper-case word of two letters or more: a scan,
  // not a pattern with a leading ".*", which would read the rest of a long line from every start.
  for (let i = 3; i < t.length - 1; i++) {
    if (!isWhiteSpace(t.charCodeAt(i - 1)) || !isUpperAt(t, i) || !isLowerAt(t, i + 1)) continue;
    let k = i - 1;
    while (k > 0 && isWhiteSpace(t.charCodeAt(k - 1))) k--;
    if (k < 2 || !isUpperAt(t, k - 1) || !isUpperAt(t, k - 2)) continue;
    NAME_THEN_UPPER_AT.lastIndex = i;
    const m = NAME_THEN_UPPER_AT.exec(t);
    if (m === null) continue;
    const end = i + m[1]!.length;
    return [sliceLine(line, 0, end), sliceLine(line, end)];
  }
  return null;
}

/** Where the last two upper-case letters in a row start, or -1. */
function lastUpperPair(text: string): number {
  for (let i = text.length - 1; i > 0; i--) if (isUpperAt(text, i) && isUpperAt(text, i - 1)) return i - 1;
  return -1;
}

/** A run of eight white spaces or more: the gap a text layer leaves between two columns. */
const COLUMN_GAP = /\s{8,}/gu;

/** The line cut at its last wide gap (COLUMN_GAP) when a person's name follows it to the end; else null. */
function cutAtColumnGap(line: Line): Line[] | null {
  const text = line.text;
  if (text.length < 20 || !text.includes('        ')) return null;
  let at = -1;
  let end = -1;
  COLUMN_GAP.lastIndex = 0;
  for (let m = COLUMN_GAP.exec(text); m !== null; m = COLUMN_GAP.exec(text)) {
    at = m.index;
    end = m.index + m[0].length;
  }
  COLUMN_GAP.lastIndex = 0;
  if (at <= 0) return null;
  const rest = text.slice(end);
  if (!NAME_LINE.test(rest) || !isPersonName(rest)) return null;
  return [sliceLine(line, 0, at), sliceLine(line, end)];
}

/** After the last "; " of a Nơi nhận item, a person's name (two to five capitalised words, a family name first): cut off. */
function cutNameAfterItem(line: Line): Line[] | null {
  const at = line.text.lastIndexOf('; ');
  if (at < 0) return null;
  const rest = line.text.slice(at + 2).trim();
  if (!NAME_LINE.test(rest) || !isPersonName(rest)) return null;
  return [sliceLine(line, 0, at + 1), sliceLine(line, at + 2)];
}

/** "- Như trên; — PHÓ TỔNG CỤC TRƯỞNG": the signature column interleaved after a dash. */
function cutInterleaved(line: Line): Line[] | null {
  if (!line.text.includes('—') && !line.text.includes('–')) return null;
  const m = DASH_BEFORE_TITLE.exec(line.text);
  if (!m) return null;
  return [sliceLine(line, 0, m.index), sliceLine(line, m.index + m[0].length)];
}

/** "- Lưu: VT, ĐMDN (2b). BỘ TRƯỞNG, CHỦ NHIỆM": a signer's title run on after the last item. */
function cutTrailingTitle(line: Line): Line[] | null {
  // The title ends the line: its last character is an upper-case letter, a mark, a comma or white space.
  const last = line.text.charCodeAt(line.text.length - 1);
  if (last < 0x80 && !(last >= 65 && last <= 90) && last !== 44 && !isWhiteSpace(last)) return null;
  const m = PROSE_THEN_UPPER_RUN.exec(line.text);
  let cut: number;
  let title: string;
  if (m !== null) {
    cut = m[1]!.length;
    title = m[2]!;
  } else {
    // "- Như trên; VỤ TRƯỞNG VỤ THANH TRA - KIỂM TRA THUẾ": a title with a dash in it after the item's ";".
    const at = line.text.lastIndexOf('; ');
    if (at < 0) return null;
    cut = at + 1;
    // A speck of punctuation OCR left before the title ("- Nhu trén; : THU TRUONG") goes with the item.
    const speck = PUNCTUATION_SPECK.exec(line.text.slice(at + 2));
    title = line.text.slice(at + 2 + (speck === null ? 0 : speck[0].length));
    if (speck !== null) cut = at + 2 + speck[0].length;
    // Words of capitals only (OCR's specks, "XE? £®RBƯỞNG", are no title).
    if (!UPPER_WORDS_AND_DASHES.test(title)) return null;
  }
  // Title words are syllables (BỘ TRƯỞNG), not holder codes (VT, VP); a dash may part a unit's name.
  const vowel = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;
  const words = title.split(/[\s,]+/u).filter((w) => w !== '' && w !== '-' && w !== '–');
  if (words.length < 2 || !words.every((w) => vowel.test(w) && w.length >= 2)) return null;
  return [sliceLine(line, 0, cut), sliceLine(line, cut)];
}

/**
 * A Nơi nhận label with a person's title in capitals after it, on one line: the label, and the title (without a dash
 * before it), or null. A title holds the word of a head (TRƯỞNG, GIÁM ĐỐC, CHỦ TỊCH, …); a unit's name in capitals
 * as the list's first item ("Nơi nhận: - BỘ TÀI CHÍNH;") holds none, nor ends without ";".
 */
function cutTitleAfterLabel(line: Line): Line[] | null {
  const label = DISTRIBUTION_LABEL.exec(line.text);
  if (label === null || label[0].length === line.text.length) return null;
  const rest = line.text.slice(label[0].length);
  // A dash, or an OCR speck of one or two characters not all capitals ("Me VỤ TRƯỞNG.VỤ …"), before the title.
  const speck = LEADING_DASH.exec(rest) ?? PUNCTUATION_SPECK.exec(rest) ?? LEADING_SPECK.exec(rest);
  const title = speck === null ? rest : rest.slice(speck[0].length);
  if (!UPPER_WORDS_AND_DOTS.test(title) || !HEAD_OF_TITLE.test(title)) return null;
  const at = line.text.length - title.length;
  return [sliceLine(line, 0, label[0].length), sliceLine(line, at)];
}
const LEADING_DASH = /^[-–—~]\s*/u;
/** Punctuation OCR left before a title, with the white space after it. */
const PUNCTUATION_SPECK = /^[,.:;'"`]+\s*/u;
const LEADING_SPECK = latin(String.raw`^(?=\S{0,1}[^\s\p{Lu}])\S{1,2}\s+`, 'u');
/** Upper-case words (capitals and marks), with white space, commas and the given separators between them. */
function upperWordsWith(separators: string): RegExp {
  return latin(String.raw`^[\p{Lu}\p{M}]+(?:[\s,${separators}]+[\p{Lu}\p{M}]+)*\s*$`, 'u');
}
/** Upper-case words, with white space, commas, dashes or a full stop OCR put between them ("TRƯỞNG.VỤ"). */
const UPPER_WORDS_AND_DOTS = upperWordsWith('.–-');
/**
 * A word that only a person's title holds, among the capitals of a signature block, marks lost or not ("GIAM DOC",
 * THỦ TƯỞNG for THỦ TƯỚNG).
 */
const HEAD_OF_TITLE = latin(
  `(?:^|[\\s.])(?:[A-ZĐ]*${['trưởng', 'giám đốc', 'chủ tịch', 'chủ nhiệm', 'bí thư', 'thủ tướng', 'chánh văn phòng'].map(loose).join('|')})(?=$|[\\s,.])`,
  'u',
);

/** Upper-case words (capitals and marks), with white space, commas and dashes between them. */
const UPPER_WORDS_AND_DASHES = upperWordsWith('–-');

// The dash may touch the item it opens ("…; -Sở Lao động …").
const INNER_DASH = latin(String.raw`(?<=[;,.)]|\S)\s+[-–—+](?=\s+\S|\p{Lu})`, 'gu');

/**
 * Splits "- Như trên; - Thủ tướng Chính phủ (để b/c); - Lưu: VT" (a list flattened
 * into one line or cell) at each " - " that follows an item end.
 */
function cutDashList(line: Line): Line[] | null {
  if (!hasInnerDash(line.text)) return null;
  const cuts: Cut[] = [];
  eachMatch(INNER_DASH, line.text, (m) => {
    if (endsItem(line.text, m.index) || endsItemWithNote(line.text, m.index)) cuts.push({ at: m.index + m[0].length - 1, skip: 0 });
  });
  return cuts.length === 0 ? null : applyCuts(line, cuts);
}

/** Index of the last code unit before `end` that is not white space, or -1. */
function lastNonSpace(text: string, end: number): number {
  let k = end - 1;
  while (k >= 0 && isWhiteSpace(text.charCodeAt(k))) k--;
  return k;
}

/** The text before `at` ends an item: /[;:.)]\s*$/u, read backwards from `at` (not the whole text again for each dash). */
function endsItem(text: string, at: number): boolean {
  const c = text.charCodeAt(lastNonSpace(text, at));
  return c === 59 || c === 58 || c === 46 || c === 41;
}

/**
 * The text before `at` ends an item and a note in parentheses ("…; (để b/c)"):
 * /[;.)]\s*\([^)]*\)\s*$/u, read backwards from `at` to the ')' before the note at most.
 */
function endsItemWithNote(text: string, at: number): boolean {
  const close = lastNonSpace(text, at);
  if (close < 0 || text.charCodeAt(close) !== 41) return false;
  for (let p = close - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 41) return false; // the note cannot hold a ')'
    if (c === 40) {
      const d = text.charCodeAt(lastNonSpace(text, p));
      if (d === 59 || d === 46 || d === 41) return true;
    }
  }
  return false;
}

/** A dash or plus with white space on both sides past the start: what INNER_DASH needs. */
function hasInnerDash(text: string): boolean {
  for (let i = 2; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0x2013 || c === 0x2014 || c === 43) && isWhiteSpace(text.charCodeAt(i - 1)) && (isWhiteSpace(text.charCodeAt(i + 1)) || isUpperAt(text, i + 1))) return true;
  }
  return false;
}

/** A Nơi nhận item opens the line: startsWithDash, or "~", as OCR reads a dash. */
function opensItem(text: string): boolean {
  return startsWithDash(text) || text.charCodeAt(0) === 126;
}

/** "- ", "– ", "— " or "+ " opening a line: an item of a flattened list (/^[-–—+]\s/u). */
function startsWithDash(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 45 || c === 0x2013 || c === 0x2014 || c === 43) && isWhiteSpace(text.charCodeAt(1));
}

const ARCHIVE_LABEL = /^L[ưu]u\s*:/u;
const SIGNING_PREFIX = /^(?:TM|KT|K\/T|T\/M|T\/L|TL|TUQ|Q)[.:\s]/u;
const UPPER_RUN = latin(String.raw`^\p{Lu}{2,}`, 'u');
const DISTRIBUTION_START = /^(?:N[ơo]i\s+nh)/iu;

/**
 * The cuts of the tail, one after the other; each gives the parts of one line, or null when
 * it leaves the line whole (the same as [line], without the array). The tests before each cut
 * are those of the cut's own pattern, first-character checks first (most annex lines fail them at once).
 */
const TAIL_STEPS: Array<(line: Line) => Line[] | null> = [
  (p) => {
    const cuts = tailCuts(p.text);
    return cuts.length ? applyCuts(p, cuts) : null;
  },
  // "thông của địa phương);          Nguyễn Xuân Nhẫn": a text layer's wide gap between the Nơi nhận column and the
  // signer's name in the column beside (the line of any kind: the rest of a wrapped item too).
  (p) => cutAtColumnGap(p),
  // The steps below apply only to lines opening with a dash, N/n or a capital, or holding a wide gap (see
  // opensForTailSteps).
  // "PHÓ GIÁM ĐỐC (Đã ký) Trần Văn Bảy": the note of a copy between the title and the name is cut out.
  (p) => cutSignedNote(p),
  // "~ Cục Hải quan tỉnh Đồng Nai; Nguyễn Dương Thái": OCR ran the signer's name, of the column beside, on after an item.
  (p) => (opensItem(p.text) ? cutNameAfterItem(p) : null),
  (p) => (startsWithDash(p.text) ? cutInterleaved(p) : null),
  // "Nơi nhận: VỤ TRƯỞNG", "Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM": OCR ran the signer's title, of the column beside, on
  // after the label (a signing prefix there is a tail anchor, cut above).
  (p) => (p.text.charCodeAt(0) === 78 || p.text.charCodeAt(0) === 110 ? cutTitleAfterLabel(p) : null),
  (p) => {
    const c = p.text.charCodeAt(0);
    return startsWithDash(p.text) || ((c === 78 || c === 110) && DISTRIBUTION_START.test(p.text)) ? cutDashList(p) : null;
  },
  (p) => {
    const t = p.text;
    if (startsWithDash(t)) return cutName(p);
    if (!isUpperAt(t, 0)) return null;
    if (SIGNING_PREFIX.test(t) || UPPER_RUN.test(t)) {
      // "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI …": an annex's title run on after the signer's
      // name is cut off first; the signature before it is then cut before the name.
      const after = cutAfterName(p);
      if (after === null) return cutName(p);
      return [...(cutName(after[0]!) ?? [after[0]!]), after[1]!];
    }
    return t.charCodeAt(0) === 76 && ARCHIVE_LABEL.test(t) ? cutName(p) : null;
  },
  (p) => (opensItem(p.text) || (p.text.charCodeAt(0) === 76 && ARCHIVE_LABEL.test(p.text)) ? cutTrailingTitle(p) : null),
];

/**
 * "(Đã ký)", "[đã ký]", "(Ký tên, đóng dấu)", "(Đã ký và đóng dấu)", "(Chữ ký số)", with the white space around it. A
 * match opens at the first white space of a run, not inside it (linear on long runs of white space).
 */
const SIGNED_NOTE = /(?<!\s)\s*[([]\s*(?:đã\s+ký(?:\s+và\s+đóng\s+dấu)?|ký(?:\s+tên)?(?:\s*,\s*đóng\s+dấu)?|(?:chữ\s+)?ký\s+số)\s*[)\]]\s*/giu;

/** The line without the notes of a signed copy (SIGNED_NOTE), or null when it has none. */
export function cutSignedNote(line: Line): Line[] | null {
  // Every note holds "ký" (or "KÝ"): other lines are passed at once.
  if (!line.text.includes('ký') && !line.text.includes('KÝ') && !line.text.includes('Ký')) return null;
  const cuts: Cut[] = [];
  eachMatch(SIGNED_NOTE, line.text, (m) => cuts.push({ at: m.index, skip: m[0].length }));
  return cuts.length ? applyCuts(line, cuts) : null;
}

/**
 * The line opens as the steps after the tail anchors need: a dash item ("~" as OCR reads one), "Nơi nhận", or a
 * capital (TM, KT, Lưu, BỘ…); or it holds a text layer's gap between columns (cutAtColumnGap).
 */
function opensForTailSteps(text: string): boolean {
  const c = text.charCodeAt(0);
  return startsWithDash(text) || c === 78 || c === 110 || c === 126 || isUpperAt(text, 0) || text.includes('        ');
}

/**
 * Runs the tail steps over one line. Most lines of an annex have no tail anchor and open
 * with a digit or a lower-case letter: they are passed on without running the steps.
 * Returns mayHaveTailAnchor of the line (the caller asks it too).
 */
function cutTailLine(line: Line, emit: (part: Line) => void): boolean {
  const anchor = mayHaveTailAnchor(line.text);
  const cuts = tailCuts(line.text, anchor);
  if (cuts.length) for (const part of applyCuts(line, cuts)) cutTail(part, 1, emit);
  else if (opensForTailSteps(line.text)) cutTail(line, 1, emit);
  else emit(line);
  return anchor;
}

/** Runs the tail steps from `step` on over a line and the parts cut from it, in order. */
function cutTail(line: Line, step: number, emit: (part: Line) => void): void {
  for (; step < TAIL_STEPS.length; step++) {
    const parts = TAIL_STEPS[step]!(line);
    if (parts === null) continue;
    for (const part of parts) cutTail(part, step + 1, emit);
    return;
  }
  emit(line);
}

/**
 * Splits every line that carries more than one component. `facts`, when given, gets the LINE_FACT bits of each
 * output line (from the head's; an output line past its end has none). `headEnd` and
 * `tailStart` delimit the regions where head and tail anchors apply, so that
 * body prose is never cut. The body, and the tail past its window, are handed on in ranges (LineSink), not
 * line by line: they are most of a long text's lines, and their lines are not made here (LineList).
 */
export function explodeLines(lines: LineList, headEnd: number, tailStart: number, facts: number[] | null = null): LineList {
  const sink = new LineSink(lines, facts);
  const push = (part: Line) => sink.push(part);
  // The last tail line that was cut or holds a tail anchor: TAIL_WINDOW lines after it the tail is over.
  let lastTail = tailStart;
  for (let i = 0; i < lines.length; i++) {
    if (i < headEnd) {
      const made = lines.at(i)!;
      if (isPageMark(made.text)) continue;
      const line = withoutStrayStars(made);
      const parts = applyCuts(line, headCuts(line.text));
      sink.fact = headFacts;
      if (i >= tailStart) for (const part of parts) cutTailLine(part, push);
      else for (const part of parts) push(part);
      sink.fact = 0;
    } else if (i >= tailStart) {
      // Past the window, a line that opens with a signing prefix or a Nơi nhận label opens it again; the lines
      // before the next such line pass as they are.
      if (i - lastTail > TAIL_WINDOW && !reopensTail(lines, i)) {
        let j = i + 1;
        while (j < lines.length && !reopensTail(lines, j)) j++;
        sink.pushRange(i, j);
        i = j - 1;
        continue;
      }
      const made = lines.at(i)!;
      if (isPageMark(made.text)) continue;
      const line = withoutStrayStars(made);
      const before = sink.length;
      const anchor = cutTailLine(line, push);
      if (sink.length !== before + 1 || anchor) lastTail = i;
    } else {
      // The body is never cut.
      sink.pushRange(i, tailStart);
      i = tailStart - 1;
    }
  }
  return sink.list();
}

/**
 * A match of the motto at `at` that is a sentence's words, not the motto: written with small letters, after a
 * small letter ("Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam …"). The motto in capitals, or opening
 * its line, is the motto.
 */
export function mottoInProse(text: string, at: number, match: string): boolean {
  let k = at - 1;
  while (k >= 0 && isWhiteSpace(text.charCodeAt(k))) k--;
  // White space between them: a word of its own before the match ("nước Cộng hoà …"), not a letter it shares.
  return k >= 0 && k < at - 1 && isLowerAt(text, k) && HAS_LOWER.test(match);
}

/**
 * A converter's page mark on a line of its own ("--- PAGE BREAK ---", "--- PAGE 3 ---"), what a table's layout
 * left on a line of its own when a converter broke it ("|" between the cells of a header, a stray "*" or "**"), or a
 * layout OCR's box ("text[[191, 183, 395, 220]]"): no part of the document.
 */
export function isPageMark(text: string): boolean {
  return (text.charCodeAt(0) === 45 && PAGE_MARK.test(text)) || isLayoutDebris(text.charCodeAt(0), text.charCodeAt(text.length - 1), text);
}

/**
 * A table's debris or a layout OCR's box (isPageMark without the page marks, which the body keeps), asked by the
 * line's first and last code units before its text.
 */
function isLayoutDebris(first: number, last: number, text: string): boolean {
  return ((first === 124 || first === 42) && LAYOUT_DEBRIS.test(text)) || (last === 93 && OCR_BOX.test(text));
}

/** Line i of the list is layout debris (isLayoutDebris), its text cut out only when its ends say it may be. */
function debrisAt(lines: LineList, i: number): boolean {
  const first = lines.firstCode(i);
  const last = lines.lastCode(i);
  return (first === 124 || first === 42 || last === 93) && isLayoutDebris(first, last, lines.text(i));
}

/** A layout OCR's box before the text it read: "text[[191, 183, 395, 220]]", "title[[…]]". */
const OCR_BOX = /^[a-z_]{2,16}\[\[\d+,\s*\d+,\s*\d+,\s*\d+\]\]$/u;
const LAYOUT_DEBRIS = /^(?:[|*\s]+|\|[\s|:-]+)$/u;

/**
 * The line without the stars of emphasis that a converter left unpaired at its ends ("**ỦY BAN NHÂN" / "DÂN **":
 * markdown reads no emphasis when a space stands before the closing stars), or with both of a pair that plain text
 * kept ("**BỘ Y TẾ**"). A star before white space is a list's marker, and a line with other stars inside is left
 * as it is.
 */
function withoutStrayStars(line: Line): Line {
  const t = line.text;
  if (!t.includes('*')) return line;
  let from = 0;
  while (from < t.length && t.charCodeAt(from) === 42) from++;
  let to = t.length;
  while (to > from && t.charCodeAt(to - 1) === 42) to--;
  if (from > 3 || t.length - to > 3 || t.slice(from, to).includes('*')) return line;
  if (from > 0 && isWhiteSpace(t.charCodeAt(from))) from = 0;
  return from === 0 && to === t.length ? line : sliceLine(line, from, to);
}
const PAGE_MARK = /^-{2,}\s*PAGE\s+(?:BREAK|\d+)\s*-{2,}$/iu;

/** SIGNING_PREFIX or DISTRIBUTION_START matches line i: the first opens with T, K or Q, the second with N or n. */
function reopensTail(lines: LineList, i: number): boolean {
  const c = lines.firstCode(i);
  if (c === 84 || c === 75 || c === 81) return SIGNING_PREFIX.test(lines.text(i));
  return (c === 78 || c === 110) && DISTRIBUTION_START.test(lines.text(i));
}

/**
 * Lines of the tail cut after its last anchor or cut line. A signature block and a Nơi nhận list run to a few
 * dozen lines; what follows them (an annex: tables, lists, whole chapters) has no tail components to split,
 * and a gazette text's annex can be most of its megabyte. A later line that opens a signature block (TM., KT.,
 * TL.…) or a Nơi nhận list opens the window again.
 */
const TAIL_WINDOW = 60;

/** A label alone on its line ("Số:", "TL.") belongs with the line that follows it. */
const DANGLING = latin(`^(?:(?:Số|SỐ|số)\\s*:|${AUTHORITY_ALONE.source.slice(1, -1)})$`, 'u');

/** The line is a dangling label: the line after it is joined to it. */
function dangles(line: Line): boolean {
  const text = line.text;
  return mayDangle(text.charCodeAt(0), text.charCodeAt(text.length - 1)) && DANGLING.test(text);
}

/** Line i of the list is a dangling label (dangles, without making the line). */
function danglesAt(lines: LineList, i: number): boolean {
  return mayDangle(lines.firstCode(i), lines.lastCode(i)) && DANGLING.test(lines.text(i));
}

/** A dangling label ends in ':' or '.', and opens with the S or s of "Số" or the T, K or Q of a signing prefix. */
function mayDangle(first: number, last: number): boolean {
  return (last === 58 || last === 46) && (first === 83 || first === 115 || first === 84 || first === 75 || first === 81);
}

/** The motto's first words, to the end of the text: "CỘNG HÒA XÃ", "CỘNG HÒA XÃ HỘI". */
const MOTTO_OPENING = latin(`^${loose('cộng hòa')}(?:\\s+${loose('xã')}(?:\\s+${loose('hội')}(?:\\s+${loose('chủ')}(?:\\s+${loose('nghĩa')}(?:\\s+${loose('việt')})?)?)?)?)?$`, 'u');
const MOTTO_WHOLE = latin(`^${MOTTO.source}$`, 'u');
/**
 * The first words of a collective body's head that a cell wrapped: "ỦY BAN", "ỦY BAN NHÂN", "HỘI ĐỒNG NHÂN", also
 * after the prefix of a signature on its behalf ("TM. ỦY BAN NHÂN").
 */
const COLLECTIVE_OPENING = latin(`^(?:T\\/?M\\.\\s*)?(?:${loose('ủy ban')}|${loose('uỷ ban')}|${loose('hội đồng')})(?:\\s+${loose('nhân')})?$`, 'u');
const COLLECTIVE_WHOLE = latin(`^(?:T\\/?M\\.\\s*)?(?:${COLLECTIVE_HEADS.map((h) => loose(h)).join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** The first words of a place that a cell wrapped ("Thành phố Hồ"), the rest of it and the date on the next line. */
const PLACE_OPENING = latin(`^(?:${CITY_UNITS.map((u) => u.replace(' ', '\\s+')).join('|')}|\\p{Lu}[\\p{Ll}\\p{M}]+)(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]+){0,2}$`, 'u');
/** A place and "ngày" (and the day), the rest of the date on the next line: "Đắk Lắk, ngày", "Đồng Nai, ngày 21". */
const PLACE_DATE_OPENING = latin(`^\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,4}\\s*[,.]\\s*${loose('ngày')}(?:\\s+\\d{1,2})?$`, 'u');
const PLACE_DATE_WHOLE = latin(`^${PLACE_DATE.source}\\s*$`, 'u');
const PLACE_DATE_AT_START = latin(`^${PLACE_DATE.source}`, 'u');

/**
 * A head line that a narrow cell wrapped: the national motto broken over two lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA
 * VIỆT NAM"), a collective body's head ("ỦY BAN NHÂN" / "DÂN TỈNH ĐẮK LẮK"), a signing prefix's line after its comma
 * ("KT. BỘ TRƯỞNG," / "CHỦ NHIỆM"), or a place and date line broken before the month ("Đồng Nai, ngày 21" / "tháng 11
 * năm 2025"), after the place's comma ("Đồng Tháp," / "ngày 01 tháng 12 năm 2025") or inside the place ("Thành phố
 * Hồ" / "Chí Minh, ngày 19 tháng 11 năm 2025"). The two texts are joined when the first opens the component and both
 * together make it whole.
 */
function wrapsInto(first: string, next: string): boolean {
  if (first.length > 40 || next.length > 60) return false;
  const c = first.charCodeAt(0);
  if (c === 67 || c === 99) return MOTTO_OPENING.test(first) && MOTTO_WHOLE.test(`${first} ${next}`);
  if (!isUpperAt(first, 0)) return false;
  // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": a signing prefix's line that ends with a comma goes on in capitals.
  if (first.charCodeAt(first.length - 1) === 44 && SIGNING_PREFIX.test(first)) return isUpperLine(next);
  // The openings of a collective body's head: Ủ, U (ỦY, UỶ), H (HỘI), T (TM., T/M).
  if ((c === 0x1ee6 || c === 85 || c === 72 || c === 84) && COLLECTIVE_OPENING.test(first)) return COLLECTIVE_WHOLE.test(`${first} ${next}`);
  // Both ways of a place and date hold "tháng" in the next line.
  if (!hasThang(next)) return false;
  // "Đồng Tháp," / "ngày 01 tháng 12 năm 2025": the place and its comma, the date on the next line.
  const placeAndComma = first.charCodeAt(first.length - 1) === 44 && PLACE_OPENING.test(first.slice(0, -1).trimEnd()) && DATE_WORDS.exec(next)?.index === 0;
  return (placeAndComma || PLACE_DATE_OPENING.test(first) || (PLACE_OPENING.test(first) && PLACE_DATE_AT_START.test(next))) && PLACE_DATE_WHOLE.test(`${first} ${next}`);
}

/** Work space of LineSink, reused from one document to the next (one sink lives at a time). */
let sinkWork = new Int32Array(256);

/** Output lines up to which LineSink.list hands on an array of small integers rather than a typed array. */
const SMALL_SINK = 2048;

/**
 * The output lines of explodeLines: parts pushed one by one, and ranges of input lines taken whole. The output
 * is a list over the input (LineList.over): per output line, the index of its input line, or of a part; the lines
 * of a range are not made here. Either way a line after a dangling label is joined to it.
 */
class LineSink {
  /**
   * Per output line: its input line (>= 0), or -1 - the index of its part in `parts`; written in `sinkWork`, shared
   * from one document to the next (see list()).
   */
  private from: Int32Array;
  private readonly parts: Line[] = [];
  length = 0;
  /** LINE_FACT bits of the parts pushed now (pieces of one head line). */
  fact = 0;

  /** `facts`: per output line its LINE_FACT bits, up to the last line that has any (see explodeLines). */
  constructor(private readonly input: LineList, private readonly facts: number[] | null) {
    // Cutting adds a few lines, joining removes some: the input's count and a margin hold most outputs.
    if (sinkWork.length < input.length + 32) sinkWork = new Int32Array(input.length + 32);
    this.from = sinkWork;
  }

  private add(entry: number): void {
    if (this.length === this.from.length) {
      const grown = new Int32Array(this.from.length * 2);
      grown.set(this.from);
      this.from = sinkWork = grown;
    }
    this.from[this.length++] = entry;
  }

  /** The last output line dangles. */
  private lastDangles(): boolean {
    if (this.length === 0) return false;
    const entry = this.from[this.length - 1]!;
    return entry >= 0 ? danglesAt(this.input, entry) : dangles(this.parts[-entry - 1]!);
  }

  /** The last output line's text, without making the line. */
  private lastText(): string {
    const entry = this.from[this.length - 1]!;
    return entry >= 0 ? this.input.text(entry) : this.parts[-entry - 1]!.text;
  }

  private lastLine(): Line {
    const entry = this.from[this.length - 1]!;
    return entry >= 0 ? this.input.at(entry)! : this.parts[-entry - 1]!;
  }

  push(part: Line): void {
    const facts = this.facts;
    if (this.lastDangles() || (part.text.length <= 60 && this.length > 0 && wrapsInto(this.lastText(), part.text))) {
      this.parts.push(concatLines(this.lastLine(), part));
      this.from[this.length - 1] = -this.parts.length;
      // A joined line is not a piece of one line: nothing is known of it.
      if (facts !== null && this.length - 1 < facts.length) facts[this.length - 1] = 0;
    } else {
      this.parts.push(part);
      this.add(-this.parts.length);
      if (facts !== null && this.fact !== 0) {
        while (facts.length < this.length - 1) facts.push(0);
        facts.push(this.fact);
      }
    }
  }

  /** push() of input lines from, from + 1 … to - 1, but a table's debris and a layout OCR's boxes (debrisAt). */
  pushRange(from: number, to: number): void {
    while (from < to) {
      if (debrisAt(this.input, from)) {
        from++;
        continue;
      }
      if (this.lastDangles()) {
        this.push(this.input.at(from++)!);
        continue;
      }
      // Up to and including the next dangling label, every line is taken as it is (up to the next debris).
      let end = from;
      while (end < to && !danglesAt(this.input, end) && !debrisAt(this.input, end)) end++;
      if (end < to && !debrisAt(this.input, end)) end++;
      for (let i = from; i < end; i++) this.add(i);
      from = end;
    }
  }

  list(): LineList {
    // The list keeps its own copy: an array of small integers for a dispatch (a typed array of more than 64 bytes
    // lives outside the heap, and making one per document cost more than the sink's own work), a typed array for a
    // long text (a large array on the heap is copied by each young-generation collection while it grows).
    const n = this.length;
    if (n > SMALL_SINK) return LineList.over(this.input, this.from.slice(0, n), this.parts);
    const from: number[] = [];
    for (let i = 0; i < n; i++) from.push(this.from[i]!);
    return LineList.over(this.input, from, this.parts);
  }
}
