/**
 * Cited documents: "Căn cứ Văn bản số 10594/UBND-KGVX ngày 06/10/2022 của UBND
 * tỉnh …", "Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị". Never a head
 * count ("4.596 cán bộ") or a ratio ("649/1.240"): a code must contain letters.
 */
import type { Reference } from '../schema/record.js';
import { isLetterOrMarkAt, isLowerAt, isUpperAt, joinTexts, offsetAt, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { findDate } from './date.js';
import { parseNumber, withTypeCodeMarks } from './number.js';
import { CITY_UNITS, COLLECTIVE_HEADS, fold, HAS_LOWER, loose, siteNotes } from './patterns.js';
import { isDigitCode, isWhiteCode } from './text.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */

const TYPE_WORDS = [
  'Văn bản hợp nhất', 'Văn bản', 'Công văn', 'Công điện', 'Quyết định', 'Nghị định', 'Nghị quyết liên tịch', 'Nghị quyết',
  'Thông tư liên tịch', 'Thông tư', 'Chỉ thị', 'Kết luận', 'Thông báo kết luận', 'Thông báo', 'Tờ trình', 'Kế hoạch',
  'Báo cáo', 'Hướng dẫn', 'Luật', 'Pháp lệnh', 'Lệnh', 'Quy định', 'Quy chế', 'Chương trình', 'Đề án', 'Giấy mời',
];
const TYPE = `(${TYPE_WORDS.map((w) => loose(w)).join('|')})`;
const SO = loose('số');
/** A code: parts joined by "-", or by an en or em dash before a part in capitals ("TT–BTC", "TT — BTC"). */
const CODE = '\\p{Lu}[\\p{L}\\p{M}\\d&]*(?:\\s?-\\s?[\\p{L}\\p{M}\\d&]+|\\s?[–—]\\s?[\\p{Lu}\\d][\\p{Lu}\\p{M}\\d&]*(?![\\p{L}\\p{M}]))*';
/**
 * A sequence may hold a dot: the Government's resolutions of 2025–2026 are numbered "66.13/2026/NQ-CP". An old
 * joint circular's code may hold a slash after its year ("16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC"); without a year, two
 * slashes are a form's code ("mẫu số 03/KBS/GSQL"), not a document's. A space may stand before the first slash, as
 * typed ("Tờ trình số 920 /TTr-SCT").
 */
const NUM = `(\\d+(?:\\.\\d+)?[a-z]?(?: ?\\/\\d{4}\\/${CODE}(?:\\/${CODE})?| ?\\/${CODE})|\\d+-${CODE}(?:\\/${CODE})?)`;
/** [type] [số[:]] NUMBER: the definition of a citation, read by citations() without running it. */
export const CITATION = latin(`(?:(?<![\\p{L}\\p{M}])${TYPE}\\s+(?:${SO}\\s*:?\\s*)?|(?<![\\p{L}\\d])${SO}\\s*:?\\s*|(?<![\\p{L}\\d/.,-]|\\d:))${NUM}(?![\\p{L}\\d/])`, 'gu');
/** The NUMBER part of CITATION with what must follow it, tried where a citation's digits would start. */
const NUMBER_AT = latin(`${NUM}(?![\\p{L}\\d/])`, 'uy');

/**
 * Prefilter for CITATION. Its NUMBER part opens every match, after at most a type word, "số" and ":": it starts
 * at the first digit of a run of digits (what may stand before it is a letter, a space or ":", or nothing
 * that the last look-behind allows) and the run is followed by an optional ASCII letter and "/" or "-". So a
 * line without a digit before [a-z]? and "/" or "-" holds no citation, and in a line that has one, a match
 * ends its prefix (type word, "số", ":" and white space, no digit) at such a digit run. The NUMBER part is tried
 * there (its match does not depend on what precedes it), and the prefix is read backwards from the digits.
 */
export const ANCHOR = /(?<!\d)\d+[a-z]?(?: ?\/|-)/g;
const LETTER = latin(String.raw`\p{L}`, 'u');
const CODE_MARK = latin(String.raw`[\p{M}\d&]`, 'u');
/** codeClass's answers, per code unit below U+2000: 0 not yet known, else 1 + the class. Filled as read. */
const CODE_CLASS = new Uint8Array(0x2000);

/**
 * 2 for a letter (\p{L} of latin()), 1 for another character of [\p{M}\d&], else 0 — also for every code unit
 * from U+2000 on (those classes hold nothing there) and for NaN (past the end of a text). Below U+2000 a code
 * unit is a whole code point.
 */
function codeClass(c: number): number {
  if (!(c < 0x2000)) return 0;
  let known = CODE_CLASS[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = CODE_CLASS[c] = LETTER.test(ch) ? 3 : CODE_MARK.test(ch) ? 2 : 1;
  }
  return known - 1;
}

/** The code unit is a letter of latin()'s \p{L} (BMP only: a surrogate, NaN are none). */
function isLetterCode(c: number): boolean {
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : codeClass(c) === 2;
}

/**
 * The letter (a–z, as a char code) whose loose() class holds code unit c, else 0: loose() writes each letter of a
 * folded word as the class of its letter ([bB], or V's class of a vowel or of d), and those classes are disjoint
 * sets of characters below U+1F00, listed here from loose() itself.
 */
export const LOOSE_LETTER = (() => {
  const table = new Uint8Array(0x1f00);
  for (let k = 97; k <= 122; k++) for (const ch of loose(String.fromCharCode(k)).slice(1, -1)) table[ch.charCodeAt(0)] = k;
  return table;
})();

/** LOOSE_LETTER for any code unit (0 from U+1F00 on and for NaN). */
function looseLetter(c: number): number {
  return c < 0x1f00 ? LOOSE_LETTER[c]! : 0;
}

/** The char codes of fold(word): its letters as LOOSE_LETTER gives them, a space for each white space of loose(word). */
function foldedCodes(word: string): Uint8Array {
  return Uint8Array.from(fold(word), (ch) => ch.charCodeAt(0));
}

/** TYPE's words folded (loose()'s letters, one space between words), as char codes, in its order, by their last letter. */
const TYPES_BY_LAST: Uint8Array[][] = Array.from({ length: 123 }, () => []);
for (const w of TYPE_WORDS) {
  const folded = foldedCodes(w);
  TYPES_BY_LAST[folded[folded.length - 1]!]!.push(folded);
}

const isWhite = (text: string, i: number) => isWhiteCode(text.charCodeAt(i));

/**
 * A bare citation whose first digits OCR set apart after a type word or "số" ("Nghị định số 1 18/2021/NĐ-CP"):
 * the citation from that prefix, its number holding the one space (citedNumber reads it whole), or null. The digits
 * before the space are one to three, the space is one, and the prefix must be there: "Điều 1 18/2021/…" is not
 * joined.
 */
function splitNumber(text: string, m: Citation): Citation | null {
  const at = m.index;
  if (at < 3 || text.charCodeAt(at - 1) !== 32 || !isDigitCode(text.charCodeAt(at - 2))) return null;
  let q = at - 2;
  while (q > 0 && isDigitCode(text.charCodeAt(q - 1))) q--;
  if (at - 1 - q > 3 || q === 0 || !isWhite(text, q - 1)) return null;
  const start = citationStart(text, q, 0);
  if (start < 0 || start === q) return null;
  return { index: start, end: m.end, type: typeEnd >= 0 ? text.slice(start, typeEnd) : undefined, raw: text.slice(q, m.end) };
}

const FORM_WORDS = [foldedCodes('mẫu'), foldedCodes('biểu'), foldedCodes('phụ lục')];

/**
 * The word that ends (white space aside) before `at` is "mẫu", "biểu" or "phụ lục", in any case and with or
 * without marks: what follows is a form's, a table's or an annex's code.
 */
function namesForm(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isWhite(text, end - 1)) end--;
  if (end === at) return false;
  for (const word of FORM_WORDS) {
    const start = looseStart(text, end, word, 0);
    if (start >= 0 && (start === 0 || !isLetterOrMarkAt(text, start - 1))) return true;
  }
  return false;
}


/**
 * Where the match of loose(word) at `at` ends, or -1: each letter of the folded word is one character of its
 * loose() class, each space \s+ (greedy, and followed by a letter: it ends where the white space does).
 */
function looseEnd(text: string, at: number, folded: Uint8Array): number {
  let p = at;
  for (let k = 0; k < folded.length; k++) {
    const f = folded[k]!;
    if (f === 32) {
      if (!isWhite(text, p)) return -1;
      do p++;
      while (isWhite(text, p));
    } else if (looseLetter(text.charCodeAt(p)) === f) p++;
    else return -1;
  }
  return p;
}

/** Where a match of loose(word) that ends exactly at `end` starts, not before `limit`, or -1 (looseEnd read backwards). */
function looseStart(text: string, end: number, folded: Uint8Array, limit: number): number {
  let p = end;
  for (let k = folded.length - 1; k >= 0; k--) {
    if (p <= limit) return -1;
    const f = folded[k]!;
    if (f === 32) {
      if (!isWhite(text, p - 1)) return -1;
      do p--;
      while (p > limit && isWhite(text, p - 1));
    } else if (looseLetter(text.charCodeAt(p - 1)) === f) p--;
    else return -1;
  }
  return p;
}

/**
 * The leftmost start, not before `limit`, of a type word (TYPE) that ends exactly at `end` and does not follow a
 * letter or a mark (CITATION's look-behind; latin()'s classes hold BMP characters only, so a surrogate is neither),
 * or -1.
 */
function typeEndingAt(text: string, end: number, limit: number): number {
  let best = -1;
  for (const w of TYPES_BY_LAST[looseLetter(text.charCodeAt(end - 1))]!) {
    const s = looseStart(text, end, w, limit);
    if (s < 0 || (best >= 0 && s >= best)) continue;
    if (!isLetterOrMarkAt(text, s - 1)) best = s;
  }
  return best;
}

/**
 * Where the match of ANCHOR that ends with the "/" or "-" at `sep` starts, or -1 when none does: the digits
 * and the optional [a-z] just before it. Each match of ANCHOR ends with one such separator, so walking the
 * separators in order gives its matches in order, without the regex's test at every character.
 */
function anchorBefore(text: string, sep: number): number {
  let at = sep - 1;
  let c = text.charCodeAt(at);
  // One space may stand before a slash ("920 /TTr-SCT").
  if (c === 32 && text.charCodeAt(sep) === 47) c = text.charCodeAt(--at);
  if (c >= 97 && c <= 122) c = text.charCodeAt(--at);
  if (!isDigitCode(c)) return -1;
  while (at > 0 && isDigitCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** /\d[a-z]? ?\/|\d[a-z]?-/.test(text), ANCHOR's necessary condition: a "/" (a space before it at most) or "-" after a digit and at most one [a-z]. */
export function hasAnchor(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) if (anchorBefore(text, i) >= 0) return true;
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) if (anchorBefore(text, i) >= 0) return true;
  return false;
}

/**
 * The leftmost start, not before `limit`, of a match of CITATION whose NUMBER part starts at `at` (the start of a
 * digit run), or -1. What can stand before the digits is one of: a type word and white space; a type word, white
 * space and "số" with white space and ":"; "số" with them; nothing. Each is read backwards from the digits, and
 * each way has one place to begin, the white space being whole runs (\s+ and \s* stop only at a non-white
 * character, and a letter or ":" borders each run). The earliest start whose look-behind holds is the match's.
 */
function citationStart(text: string, at: number, limit: number): number {
  let best = -1;
  typeEnd = -1;
  // The digits themselves: not after a letter, a digit or one of / . , - (no digit stands before a digit run).
  const b = text.charCodeAt(at - 1);
  // Nor after a digit and ":" ("QCVN 34:2022/BTTTT": a standard's code).
  if (!isLetterCode(b) && b !== 47 && b !== 46 && b !== 44 && b !== 45 && !(b === 58 && isDigitCode(text.charCodeAt(at - 2)))) best = at;
  let p = at;
  while (p > limit && isWhite(text, p - 1)) p--;
  // A type word and white space.
  if (p < at) {
    const s = typeEndingAt(text, p, limit);
    if (s >= 0) {
      best = s;
      typeEnd = p;
    }
  }
  // "số", white space, ":" and white space (the colon optional).
  if (p > limit && text.charCodeAt(p - 1) === 58) {
    p--;
    while (p > limit && isWhite(text, p - 1)) p--;
  }
  if (p - 2 >= limit && looseLetter(text.charCodeAt(p - 1)) === 111 && looseLetter(text.charCodeAt(p - 2)) === 115) {
    const so = p - 2;
    // "số" alone: not after a letter or a digit.
    const c = text.charCodeAt(so - 1);
    if ((best < 0 || so < best) && !isLetterCode(c) && !isDigitCode(c)) {
      best = so;
      typeEnd = -1;
    }
    // After a type word and white space.
    let e = so;
    while (e > limit && isWhite(text, e - 1)) e--;
    if (e < so) {
      const s = typeEndingAt(text, e, limit);
      if (s >= 0 && (best < 0 || s < best)) {
        best = s;
        typeEnd = e;
      }
    }
  }
  return best;
}

/**
 * The end of the type word (CITATION's group 1) of citationStart's last answer, or -1 when it begins with no type
 * word. The alternation's first word that fits ends there too: after a type word comes white space, then the digits
 * or "số"; no type word ends with "số" (nor with ":"), so the two ways never both fit at one start, and a word that
 * fits ends where a white-space run before the digits or before "số" begins, the ends the two ways read back from.
 */
let typeEnd = -1;

/** A match of CITATION: where it starts and ends, its type word as printed (group 1) and its number (group 2). */
interface Citation {
  index: number;
  end: number;
  type: string | undefined;
  raw: string;
}

/** The matches of text.matchAll(CITATION), found from the anchors (see ANCHOR) and read without the pattern. */
function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  let pos = 0;
  // The matches of ANCHOR from pos on, one per separator (see anchorBefore), the two kinds merged in order.
  let slash = text.indexOf('/');
  let dash = text.indexOf('-');
  while (slash >= 0 || dash >= 0) {
    let sep: number;
    if (dash < 0 || (slash >= 0 && slash < dash)) {
      sep = slash;
      slash = text.indexOf('/', slash + 1);
    } else {
      sep = dash;
      dash = text.indexOf('-', dash + 1);
    }
    let at = anchorBefore(text, sep);
    // "66.13/2026/NQ-CP": the number opens at the digits before the dot (CITATION's look-behind keeps it from
    // opening after the dot); a second dot ("1.2.13/…") leaves none.
    if (at >= 2 && text.charCodeAt(at - 1) === 46 && isDigitCode(text.charCodeAt(at - 2))) {
      at -= 2;
      while (at > 0 && isDigitCode(text.charCodeAt(at - 1))) at--;
    }
    if (at < pos) continue;
    NUMBER_AT.lastIndex = at;
    if (!NUMBER_AT.test(text)) continue;
    const start = citationStart(text, at, pos);
    if (start < 0) continue;
    // NUMBER_AT's match is its group, CITATION's group 2; a start before the digits is a type word's or "số"'s.
    const end = NUMBER_AT.lastIndex;
    // The type word, found by citationStart.
    const type = typeEnd >= 0 ? text.slice(start, typeEnd) : undefined;
    out.push({ index: start, end, type, raw: text.slice(at, end) });
    pos = end;
  }
  return out;
}

/** Exactly the matches of text.matchAll(CITATION): [match, type word or undefined, number], with their index. */
export function citations(text: string): RegExpExecArray[] {
  return findCitations(text).map((m) => Object.assign([text.slice(m.index, m.end), m.type, m.raw], { index: m.index, input: text, groups: undefined }) as RegExpExecArray);
}

/**
 * What may follow a citation, read at an index of its text: OF_ISSUER, `^\\s*(?:,\\s*)?(?:${loose('của')}|do)\\s+`,
 * and DATE_AFTER, `^\\s*(?:,\\s*)?(?:${loose('ban hành')}\\s+)?${loose('ngày')}\\s+`, matched by looseEnd on their words.
 */
const CUA = foldedCodes('của');
const BAN_HANH = foldedCodes('ban hành');
const NGAY = foldedCodes('ngày');

/** `\s*(?:,\s*)?` from p: where the word after it starts (white space and the comma taken whole, as before a letter). */
function pastComma(text: string, p: number): number {
  while (isWhite(text, p)) p++;
  if (text.charCodeAt(p) === 44) {
    p++;
    while (isWhite(text, p)) p++;
  }
  return p;
}

/** Where `\s+` from q ends (it takes the whole run), or -1 when there is no white space at q (or q is -1). */
function pastWhite(text: string, q: number): number {
  if (q < 0 || !isWhite(text, q)) return -1;
  do q++;
  while (isWhite(text, q));
  return q;
}

/** The end of DATE_AFTER's match on text.slice(p), as an index of text, or -1. */
export function dateWordsEnd(text: string, p: number): number {
  p = pastComma(text, p);
  // The optional "ban hành" is tried first; without it, "ngày" must stand at p.
  const q = pastWhite(text, looseEnd(text, p, BAN_HANH));
  if (q >= 0) {
    const end = pastWhite(text, looseEnd(text, q, NGAY));
    if (end >= 0) return end;
  }
  return pastWhite(text, looseEnd(text, p, NGAY));
}

/** The end of OF_ISSUER's match on text.slice(p), as an index of text, or -1. */
export function ofIssuerEnd(text: string, p: number): number {
  p = pastComma(text, p);
  const q = looseEnd(text, p, CUA);
  return pastWhite(text, q >= 0 ? q : text.charCodeAt(p) === 100 && text.charCodeAt(p + 1) === 111 ? p + 2 : -1);
}
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
 * 1 when code unit i of w is an upper-case letter, 2 when a lower-case one (\p{Lu} and \p{Ll} of latin(), as
 * segment/lines.ts reads them), else 0 (also past its end). Those classes hold BMP letters only: a word is of one
 * case when each of its code units is, and a surrogate is of none.
 */
function caseAt(w: string, i: number): number {
  return isUpperAt(w, i) ? 1 : isLowerAt(w, i) ? 2 : 0;
}

/** True when every code unit of w from `from` on has the case `kind`. */
function allOfCase(w: string, from: number, kind: number): boolean {
  for (let i = from; i < w.length; i++) if (caseAt(w, i) !== kind) return false;
  return true;
}

/** latin(String.raw`^\p{Lu}`, 'u').test(w) */
function isCap(w: string | undefined): boolean {
  return !!w && caseAt(w, 0) === 1;
}

/** latin(String.raw`^\p{Lu}\p{Ll}*$`, 'u').test(w) */
export function isCapitalisedWord(w: string): boolean {
  return caseAt(w, 0) === 1 && allOfCase(w, 1, 2);
}

/** latin(String.raw`^\p{Ll}+$`, 'u').test(w) */
export function isLowerWord(w: string): boolean {
  return w.length > 0 && allOfCase(w, 0, 2);
}

/** latin(String.raw`^\p{Lu}{2,}$`, 'u').test(w) */
export function isUpperWord(w: string): boolean {
  return w.length > 1 && allOfCase(w, 0, 1);
}

/** One of , ; . : ( ) " “ ” */
function isCloser(c: number): boolean {
  return c === 44 || c === 59 || c === 46 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
}

/** raw.replace(/[,;.:()"“”]+$/u, '') */
function withoutClosers(raw: string): string {
  let end = raw.length;
  while (end > 0 && isCloser(raw.charCodeAt(end - 1))) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

/**
 * The words of firstWords(text, max), read one at a time as far as they are asked for (a name is a few words
 * long; the text after a citation can be the whole paragraph).
 */
class LazyWords {
  private readonly list: string[] = [];
  /** Where the next word starts, or -1 when the last one has been read. */
  private from = 0;
  constructor(
    private readonly text: string,
    private readonly max: number,
  ) {}

  /** Word i of firstWords(text, max), or undefined past its end. */
  at(i: number): string | undefined {
    const { text, list } = this;
    while (list.length <= i && this.from >= 0 && list.length < this.max) {
      let end = this.from;
      while (end < text.length && !isWhiteCode(text.charCodeAt(end))) end++;
      list.push(text.slice(this.from, end));
      if (end === text.length) this.from = -1;
      else {
        // The word's white space, as one separator of split(/\s+/u).
        for (end++; end < text.length && isWhiteCode(text.charCodeAt(end)); end++);
        this.from = end;
      }
    }
    return list[i];
  }
}

/** A unit of CITY_UNITS capitalised ("Thành phố"): it names the city the document is from ("… của Ủy ban nhân dân Thành phố"). */
function namesCity(prev: string, w: string): boolean {
  return CITY_UNITS.includes(`${prev} ${w}`);
}

/** COLLECTIVE_HEADS as written in running text, capitalised, word by word ("Ủy ban nhân dân"). */
const HEADS = COLLECTIVE_HEADS.map((head) => (head[0]!.toUpperCase() + head.slice(1)).split(' '));

/**
 * `w` goes on with a head of HEADS that the last words of `out` open ("Ủy" → "ban" → "nhân" → "dân"), so that
 * "… của Ủy ban nhân dân tỉnh" is read whole though no capital follows.
 */
function continuesHead(out: readonly string[], w: string): boolean {
  for (const head of HEADS) {
    for (let k = 1; k < head.length && k <= out.length; k++) {
      if (head[k] !== w) continue;
      let same = true;
      for (let j = 0; j < k && same; j++) same = out[out.length - k + j] === head[j];
      if (same) return true;
    }
  }
  return false;
}

/** The last words of `out` are a whole head of HEADS ("Ủy ban nhân dân"): not trimmed as joiners. */
function endsWithHead(out: readonly string[]): boolean {
  return HEADS.some((head) => out.length >= head.length && head.every((h, j) => out[out.length - head.length + j] === h));
}

/**
 * The issuing body named after "của": capitalised syllables, the lower-case syllable
 * that completes a two-syllable word ("Tài chính", "Y tế"), and joiners that lead to
 * another capitalised word ("và Đầu tư", "tỉnh Đồng Nai"). Stops at anything else.
 */
export function issuerAfterOf(text: string): string | null {
  const words = new LazyWords(text, 16);
  const out: string[] = [];
  for (let i = 0, raw = words.at(0); raw !== undefined; raw = words.at(++i)) {
    const w = withoutClosers(raw);
    const first = raw.charCodeAt(0);
    if (!w || first === 0x28 || first === 0x5b || first === 0x201c || first === 0x22) break;
    const prev = out[out.length - 1];
    // A court's or procuracy's name, whose last words are in lower case ("Tòa án nhân dân tối cao"), is taken whole.
    const phrase = isCap(w) ? lowerTailedName(words, i) : 0;
    if (phrase > 0) {
      // Inside the name its words are as printed ("Văn hóa,"), the last without what closes the name.
      for (let k = 0; k < phrase; k++) out.push(k < phrase - 1 ? words.at(i + k)! : withoutClosers(words.at(i + k)!));
      i += phrase - 1;
      if (words.at(i) !== out[out.length - 1]) break;
      continue;
    }
    let ok = false;
    if (isCap(w)) ok = true;
    // A dash between two parts of one name ("Bộ Lao động - Thương binh và Xã hội").
    else if (prev && (w === '-' || w === '–') && isCap(words.at(i + 1))) ok = true;
    else if (prev && isCapitalisedWord(prev) && isLowerWord(w) && !NAME_JOINERS.has(w) && !FUNCTION_WORDS.has(fold(w))) ok = true;
    // "Xã hội" is one word of a name, though "hội" may join two.
    if (!ok && prev !== undefined && isPairedWord(prev, w)) ok = true;
    // "… của Chính phủ và Báo cáo thẩm tra số …": a type's name after "và" opens the next citation.
    if (!ok && w === 'và' && opensType(words, i + 1)) break;
    if (!ok && NAME_JOINERS.has(w)) {
      // words.slice(i + 1, i + 7).some(isCap)
      for (let j = i + 1; j < i + 7 && !ok; j++) ok = isCap(words.at(j));
      // "UBND tỉnh", "Ủy ban nhân dân tỉnh": the place may be left unsaid.
      if (!ok && PLACE_UNITS.has(w) && prev && (isUpperWord(prev) || prev === 'dân')) ok = true;
      if (!ok && prev && namesCity(prev, w)) ok = true;
      if (!ok && continuesHead(out, w)) ok = true;
    }
    if (!ok) break;
    out.push(w);
    if (w !== raw) break;
  }
  while (out.length > 1 && NAME_JOINERS.has(out[out.length - 1]!) && !PLACE_UNITS.has(out[out.length - 1]!) && !namesCity(out[out.length - 2]!, out[out.length - 1]!) && !endsWithHead(out) && !isPairedWord(out[out.length - 2]!, out[out.length - 1]!)) out.pop();
  return out.length ? out.join(' ') : null;
}

/** TYPE_WORDS folded, by their number of words (1 to 4). */
const TYPES_BY_WORDS: Array<Set<string>> = [new Set(), new Set(), new Set(), new Set(), new Set()];
for (const w of TYPE_WORDS) TYPES_BY_WORDS[w.split(' ').length]!.add(fold(w));

/** Words i, i + 1 … open with a type's name, capitalised ("Báo cáo", "Thông tư", "Nghị quyết liên tịch"). */
function opensType(words: LazyWords, i: number): boolean {
  const first = words.at(i);
  if (first === undefined || !isCap(first)) return false;
  let folded = '';
  for (let n = 1; n <= 4; n++) {
    const w = words.at(i + n - 1);
    if (w === undefined) return false;
    folded = n === 1 ? fold(withoutClosers(w)) : `${folded} ${fold(withoutClosers(w))}`;
    if (TYPES_BY_WORDS[n]!.has(folded)) return true;
  }
  return false;
}

/**
 * Two words that make one word of a name, the second one of NAME_JOINERS: "Xã hội", "Quốc hội" (the National
 * Assembly), "Bộ trưởng", "Cục trưởng" (an office), so a name may end with them ("của Quốc hội", "của Hội đồng Bộ
 * trưởng").
 */
const PAIRED_WORDS = new Set(['Xã hội', 'Quốc hội', 'Bộ trưởng', 'Cục trưởng', 'cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Thủ trưởng']);

function isPairedWord(first: string, second: string): boolean {
  return PAIRED_WORDS.has(`${first} ${second}`);
}

/** Names whose last words are in lower case, or with a comma inside, as words, longest first. */
const LOWER_TAILED_NAMES = [
  'Tòa án nhân dân tối cao', 'Toà án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Tòa án nhân dân', 'Toà án nhân dân', 'Viện kiểm sát nhân dân',
  // A name with a comma inside, where a name would end.
  'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch',
].map((n) => n.split(' '));

/** How many words of a LOWER_TAILED_NAMES name words i, i + 1 … are (closers after its last word aside), or 0. */
function lowerTailedName(words: LazyWords, i: number): number {
  for (const name of LOWER_TAILED_NAMES) {
    let k = 0;
    while (k < name.length && words.at(i + k) !== undefined && (words.at(i + k) === name[k] || (k === name.length - 1 && withoutClosers(words.at(i + k)!) === name[k]))) k++;
    if (k === name.length) return k;
  }
  return 0;
}

/**
 * Source offset of character `at` of the lines joined by single spaces, as concatLines maps it: a joining
 * space (and the end) maps to the end of the line before it.
 */
function offsetIn(lines: Line[], at: number): number {
  for (const line of lines) {
    if (at <= line.text.length) return offsetAt(line, at);
    at -= line.text.length + 1;
  }
  const last = lines[lines.length - 1]!;
  return offsetAt(last, last.text.length);
}

/** text.replace(/\s+/g, ''), the text itself when it has no white space. */
function withoutWhite(text: string): string {
  for (let i = 0; i < text.length; i++) if (isWhiteCode(text.charCodeAt(i))) return text.replace(/\s+/g, '');
  return text;
}

/**
 * True when raw is /^\d+[a-np-z]?(?:\/\d{4})?\/\p{L}[\p{L}\p{M}\d&]*(?:-[\p{L}\p{M}\d&]+)*$/ (latin classes)
 * with every code unit below U+2000: what CITATION reads as a slash-form number, as most citations print it. Then
 * parseNumber's SLASH_FORM matches it whole, with the digits as seq (no "o" to turn into 0), the four digits
 * between slashes, if any, as year, and the rest as code (no white space, no "–"): its value is raw itself.
 */
export function isPlainSlashNumber(raw: string): boolean {
  const n = raw.length;
  let i = 0;
  while (i < n && isDigitCode(raw.charCodeAt(i))) i++;
  if (i === 0) return false;
  let c = raw.charCodeAt(i);
  if (c >= 97 && c <= 122 && c !== 111) c = raw.charCodeAt(++i);
  if (c !== 47) return false;
  // "/dddd/": the year (the code after a slash opens with a letter, so four digits there can be nothing else).
  if (raw.charCodeAt(i + 5) === 47 && isDigitCode(raw.charCodeAt(i + 1)) && isDigitCode(raw.charCodeAt(i + 2)) && isDigitCode(raw.charCodeAt(i + 3)) && isDigitCode(raw.charCodeAt(i + 4))) i += 5;
  c = raw.charCodeAt(++i);
  if (codeClass(c) !== 2) return false;
  // The code: code characters, each dash between two of them.
  for (i++; i < n; i++) {
    c = raw.charCodeAt(i);
    if (c === 45) {
      if (codeClass(raw.charCodeAt(i + 1)) === 0) return false;
    } else if (codeClass(c) === 0) return false;
  }
  return true;
}

/** From `from` on, the text is a roman numeral (I, V, X, L only). */
function isRomanCode(text: string, from: number): boolean {
  if (from >= text.length) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88 && c !== 76) return false;
  }
  return true;
}

/** The number of a citation as printed ("10594/UBND-KGVX"), or null when it is not one (no letters in its code). */
/**
 * parseNumber's value of `raw` (`parsed`), or the whole of raw when the code goes on after a second slash
 * ("16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC", which parseNumber reads as "16/2006/TTLT").
 */
function slashedCode(parsed: string, raw: string): string {
  if (raw.length <= parsed.length) return parsed;
  const flat = withoutWhite(raw);
  return flat.length > parsed.length + 1 && flat.startsWith(parsed) && flat.charCodeAt(parsed.length) === 47 && isUpperAt(flat, parsed.length + 1) ? flat : parsed;
}

export function citedNumber(raw: string): string | null {
  // withoutWhite(parseNumber(raw)?.value ?? raw), which is raw for a plain slash-form number.
  const number = isPlainSlashNumber(raw) ? raw : slashedCode(withoutWhite(parseNumber(raw)?.value ?? raw), raw);
  // latin(String.raw`\p{L}`, 'u').test(number.split(/[/-]/).slice(1).join('')): a letter after the first "/" or "-"
  // (the separators the join drops are no letters), read by codeClass.
  let cut = 0;
  while (cut < number.length && number.charCodeAt(cut) !== 47 && number.charCodeAt(cut) !== 45) cut++;
  let letter = false;
  for (let i = cut + 1; i < number.length && !letter; i++) {
    const c = number.charCodeAt(i);
    letter = codeClass(c) === 2;
  }
  if (!letter) return null;
  // "(diện 2/IV)": a roman numeral after the slash is a category, not a code.
  if (isRomanCode(number, cut + 1)) return null;
  // A code is upper case with at most a few ASCII lower-case letters (TTg, QyĐ, CTr), never a word ("660/Ngày"):
  // latin(String.raw`[^\x00-\x7f\p{Lu}\d&/-]`, 'u') finds no character of the code, which is
  // number.replace(/^[\d/]+/u, ''). That class holds no ASCII character and every other code unit but the
  // upper-case letters (isUpperAt: nothing from U+2000 on, a surrogate among them, is one).
  let from = 0;
  for (let c = number.charCodeAt(0); (c >= 48 && c <= 57) || c === 47; c = number.charCodeAt(++from));
  let lower = 0;
  for (let i = from; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c >= 0x80 ? !isUpperAt(number, i) : c >= 97 && c <= 122 && ++lower > 2) return null;
  }
  return withTypeCodeMarks(legislatureTerm(number));
}

/**
 * A legislature's term in a code ("QH15", "UBTVQH15") whose 1 OCR read as I or l ("UBTVQHI5"): the term is digits, so
 * the letter is the digit.
 */
function legislatureTerm(number: string): string {
  // Looked for only after a "QH" with an I or l after it.
  for (let at = number.indexOf('QH'); at >= 0; at = number.indexOf('QH', at + 2)) {
    const c = number.charCodeAt(at + 2);
    if (c === 73 || c === 108) return number.replace(QH_TERM_MISREAD, 'QH1$1');
  }
  return number;
}
const QH_TERM_MISREAD = /QH[Il](\d)(?![\p{L}\d])/gu;

/**
 * The type a printed type word reads as ("Quyết định"): words.charAt(0).toUpperCase() + words.slice(1).toLowerCase()
 * with words = printed.replace(/\s+/g, ' '). That is the printed word itself when it is so written already: its first
 * letter upper case, the others lower case, single spaces between words (each of its characters is a letter of a
 * loose() class, upper case (\p{Lu}) or lower case (\p{Ll}) and left as it is by the case mapping to its own case, or
 * white space).
 */
export function typeName(printed: string): string {
  if (isUpperAt(printed, 0)) {
    let i = 1;
    while (i < printed.length && (printed.charCodeAt(i) === 32 ? printed.charCodeAt(i - 1) !== 32 : isLowerAt(printed, i))) i++;
    if (i === printed.length) return printed;
  }
  const words = printed.replace(/\s+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/**
 * A type word, capitalised, that opens a document's name before "số" ("Luật Tổ chức Quốc hội số 57/2014/QH13",
 * "Pháp lệnh Chi phí tố tụng số 02/2020/UBTVQH14"): one to eight words stand between them, none with a stop, a
 * comma, a bracket or a digit. The type as typeName gives it, or null. `at` is where the citation starts ("số").
 */
const NAMED_TYPE = latin(`(?<![\\p{L}\\p{M}])(${TYPE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:\\s+[^\\s\\d,;.:()\\[\\]]+){1,8}\\s+$`, 'u');

function namedTypeBefore(text: string, at: number): string | null {
  if (looseLetter(text.charCodeAt(at)) !== 115) return null;
  const m = NAMED_TYPE.exec(text.slice(Math.max(0, at - 90), at));
  return m === null ? null : typeName(m[1]!);
}

/** What follows a citation that ends at `end`: a date ("ngày …"), then the issuer ("của …"); each null when absent. */
function dateAndIssuer(text: string, end: number): { date: string | null; issuer: string | null } {
  let date: string | null = null;
  let rest = end;
  const d = dateWordsEnd(text, end);
  if (d >= 0) {
    const found = findDate(text.slice(end, end + 60));
    if (found && found.index <= d - end + 6) {
      date = found.iso;
      rest = end + found.index + found.length;
    }
  }
  const of = ofIssuerEnd(text, rest);
  return { date, issuer: of >= 0 ? issuerAfterOf(text.slice(of)) : null };
}

const NO_NOTES: ReadonlyArray<readonly [number, number]> = [];


const NO_LINES: readonly Line[] = [];

/**
 * The first footnote of a consolidated text's notes: "[1] Thông tư số …", "1 Nghị định số …" opening a line (a
 * number, then a capitalised word: its notes say which text each passage comes from).
 */
const FIRST_FOOTNOTE = latin(String.raw`^\s?(?:\[1\]|1)\s+(?:${TYPE}|Điều|Khoản|Điểm|Mục|Chương|Phụ lục|Mẫu)(?![\p{L}\p{M}])`, 'u');

/** A line after the body opens with "[" (a bracketed footnote may stand there): read by its first code only. */
function bracketAfterBody(doc: SegmentedDoc): boolean {
  const last = doc.body[doc.body.length - 1];
  const lines = doc.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines.firstCode(i) === 91) return true;
    if (last !== undefined && lines.at(i) === last) return false;
  }
  return false;
}

/** A body line holds the mark of a first footnote, "[1]". */
function marksFootnotes(body: readonly Line[]): boolean {
  for (const line of body) if (line.text.includes('[1]')) return true;
  return false;
}

/**
 * The lines of a consolidated text's footnotes: from the last line that opens the first footnote to the end.
 * `bracketed`: only a first footnote marked "[1]" counts (a line that opens with "1" is an item elsewhere).
 */
function footnoteLines(doc: SegmentedDoc, bracketed = false): Line[] {
  const lines = doc.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    const c = lines.firstCode(i);
    if ((c === 91 || (!bracketed && (c === 49 || c === 32))) && FIRST_FOOTNOTE.test(lines.text(i))) {
      const out: Line[] = [];
      for (let j = i; j < lines.length; j++) {
        const line = lines.at(j)!;
        // Bracketed notes end where a line neither opens a note nor goes on with one (a page's footer after them).
        if (bracketed && j > i && lines.firstCode(j) !== 91 && line.block !== out[out.length - 1]!.block) break;
        out.push(line);
      }
      return out;
    }
  }
  return [];
}

export function extractReferences(doc: SegmentedDoc, c: Collector, ownNumber: string | null): Reference[] {
  const out: Reference[] = [];
  /** Each number listed, with its index in `out`. */
  const seen = new Map<string, number>();
  // ownNumber?.toUpperCase(), found when a cited number is first compared with it.
  let own: string | undefined;
  // A citation wraps across the hard line breaks of its paragraph: match over whole blocks.
  // A group is a line and the lines after it of its block that are no table cells; only a group with an
  // anchor (see ANCHOR) can hold a citation. The lines are the subject's, then the body's, read as one list.
  const { subject, body } = doc;
  // A consolidated text's footnotes, printed after its annexes, cite the documents it consolidates: read after the body.
  // So are a document's bracketed footnotes after its signature, when its body marks them ("… Chính phủ[1] và …").
  const notes = ownNumber !== null && ownNumber.includes('/VBHN') ? footnoteLines(doc) : bracketAfterBody(doc) && marksFootnotes(body) ? footnoteLines(doc, true) : NO_LINES;
  const count = subject.length + body.length + notes.length;
  const lineAt = (i: number) => (i < subject.length ? subject[i]! : i < subject.length + body.length ? body[i - subject.length]! : notes[i - subject.length - body.length]!);
  for (let from = 0, to = 0; from < count; from = to) {
    const first = lineAt(from);
    let anchored = hasAnchor(first.text);
    for (to = from + 1; to < count; to++) {
      const next = lineAt(to);
      if (next.block !== first.block || next.cell) break;
      if (!anchored) anchored = hasAnchor(next.text);
    }
    if (!anchored) continue;
    let group: Line[];
    if (to === from + 1) group = [first];
    else {
      group = [];
      for (let i = from; i < to; i++) group.push(lineAt(i));
    }
    // Flat (joinTexts): the scans below (charCodeAt, indexOf) are slower on a rope.
    const text = group.length === 1 ? first.text : joinTexts(group);
    // thuvienphapluat's own notes ("[Nội dung này được đính chính bởi Công văn 666/BYT-BH …]") are not the document's.
    const siteNoted = text.includes('[') ? siteNotes(text) : NO_NOTES;
    for (const found of findCitations(text)) {
      const bare = found.index === found.end - found.raw.length;
      // A space before the slash ("920 /TTr-SCT") only after a type's name or "số": a bare number spaced so is an
      // OCR'd header's ("… CHÍNH PHÙ 41 /CT-TTs"), or no number at all.
      if (bare && found.raw.includes(' /')) continue;
      const m = bare ? (splitNumber(text, found) ?? found) : found;
      const raw = m.raw;
      if (siteNoted.length > 0 && siteNoted.some(([from, to]) => m.end > from && m.end <= to)) continue;
      // Old party/government form "169-CP" only counts after a type word (a TYPE match is never empty).
      if (!m.type && !raw.includes('/')) continue;
      // "mẫu số 01/QĐ", "Biểu 02/BC", "Phụ lục số 01/ĐKHN": a form's, a table's or an annex's code, no document.
      if (!m.type && namesForm(text, m.index)) continue;
      // The number the citation reads as: none, one already listed, or the document's own (never listed) are passed.
      const number = citedNumber(raw);
      if (number === null || (ownNumber && number.toUpperCase() === (own ??= ownNumber.toUpperCase()))) continue;
      // A document cited again: what the first citation left out (its date, issuer, type) is taken from this one.
      // An upper-case title cites it in capitals ("22/2013/QĐ-TTG"): the same document, whose number and issuer
      // the body then gives as they are written ("22/2013/QĐ-TTg", "Thủ tướng Chính phủ").
      const key = number.toUpperCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const ref = out[earlier]!;
        if (ref.number !== number && !HAS_LOWER.test(ref.number) && HAS_LOWER.test(number)) {
          ref.number = number;
          if (ref.issuer !== null && !HAS_LOWER.test(ref.issuer)) ref.issuer = null;
        }
        if (ref.date === null || ref.issuer === null) {
          const more = dateAndIssuer(text, m.end);
          ref.date ??= more.date;
          ref.issuer ??= more.issuer;
        }
        if (ref.type === null && m.type) ref.type = typeName(m.type);
        continue;
      }
      seen.set(key, out.length);
      const type = m.type ? typeName(m.type) : namedTypeBefore(text, m.index);
      const { date, issuer } = dateAndIssuer(text, m.end);
      const at = m.end - m.raw.length;
      const start = offsetIn(group, Math.min(at, text.length));
      c.spans.set(`/references/${out.length}`, [start, Math.max(start, offsetIn(group, Math.min(m.end, text.length)))]);
      out.push({ number, date, issuer, type });
    }
  }
  return withoutFootnoteMarks(out, seen, c);
}

/**
 * A footnote's mark that a text layer ran on to a cited number ("Luật số 42/2024/QH151" for "42/2024/QH15" and its
 * note 1): a number that is another cited number and one or two more digits is that number, cited where the mark
 * stands. The two are one reference, kept at the first place either stands, with what each says of the document.
 */
function withoutFootnoteMarks(out: Reference[], seen: Map<string, number>, c: Collector): Reference[] {
  const into = new Array<number>(out.length).fill(-1);
  let marked = 0;
  for (let i = 0; i < out.length; i++) {
    const number = out[i]!.number;
    if (!isDigitCode(number.charCodeAt(number.length - 1))) continue;
    for (let cut = 1; cut <= 2 && into[i]! < 0; cut++) {
      const base = number.slice(0, -cut);
      const j = seen.get(base.toUpperCase());
      if (j !== undefined && j !== i) {
        into[i] = j;
        marked++;
      }
    }
  }
  if (marked === 0) return out;
  const spans = out.map((_, i) => c.spans.get(`/references/${i}`));
  for (let i = 0; i < out.length; i++) c.spans.delete(`/references/${i}`);
  const kept: Reference[] = [];
  /** Per reference of `out` that a marked one joins (or itself), its place in `kept`. */
  const slot = new Array<number>(out.length).fill(-1);
  for (let i = 0; i < out.length; i++) {
    const ref = out[i]!;
    const root = into[i]! >= 0 ? into[i]! : i;
    const k = slot[root]!;
    if (k >= 0) {
      const joined = kept[k]!;
      joined.date ??= ref.date;
      joined.issuer ??= ref.issuer;
      joined.type ??= ref.type;
      continue;
    }
    slot[root] = kept.length;
    const base = out[root]!;
    kept.push({ number: base.number, date: base.date ?? ref.date, issuer: base.issuer ?? ref.issuer, type: base.type ?? ref.type });
    const span = spans[i];
    if (span !== undefined) c.spans.set(`/references/${kept.length - 1}`, span);
  }
  return kept;
}
