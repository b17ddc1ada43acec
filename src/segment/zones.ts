/**
 * Segmentation: lines → the zones of a dispatch (Nghị định 30, Phụ lục I):
 * header (issuer, motto), number, place/date, title and subject, Kính gửi,
 * body, signature, Nơi nhận. Decides from several signals per line (content
 * patterns, position, markdown structure) and records the layout it saw.
 */
import type { Collector } from '../extract/collector.js';
import {
  AUTHORITY,
  CONFIDENTIALITY,
  DASH_ITEM,
  DISTRIBUTION_ANYWHERE,
  DISTRIBUTION_LABEL,
  LEGAL_BASIS,
  META_LINE,
  MOTTO,
  MOTTO_SUB,
  NUMBER_LABEL_AFTER_SPACE,
  OPENS_BODY,
  siteNotes,
  NUMBER_LINE,
  PLACE_DATE,
  HAS_LOWER,
  DOC_TYPES,
  ocrPlaceDate,
  RECIPIENTS_LABEL,
  addressLabel,
  opensPartyMotto,
  opensDamagedMotto,
  stampThenItem,
  RECIPIENTS_LABEL_OCR,
  RECIPIENTS_ANYWHERE,
  SUBJECT_LABEL,
  SUBJECT_ANYWHERE,
  TYPE_TITLE,
  URGENCY,
  AUTHORITY_ANYWHERE,
  DATE_WORDS,
  NAME_LINE,
  UPPER_LINE,
  RANK,
  ENDS_DOCUMENT,
  loose,
} from '../extract/patterns.js';
import { hasMarksJoined, joinSplitSyllables } from '../extract/ocr.js';
import { countWords, endsSentence as endsSentenceText, isDigitCode } from '../extract/text.js';
import { isPersonName } from '../extract/person.js';
import { cutSignedNote, isPageMark, titleThenName, eachPlaceDate, explodeLines, hasPlaceDate, LINE_FACT, mayHaveMotto, mayHaveMottoSub, mayHaveTailAnchor, mottoInProse } from './explode.js';
import { concatLines, hasThang, isLowerAt, isUpperAt, isUpperLine, isWhiteSpace, sliceLine, type Line } from './lines.js';
import { LineList } from './line-list.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
const CAPITALISED_PLACE = latin(String.raw`^\p{Lu}[^\d]*[,.]?\s*$`, 'u');
/**
 * A word in lower case of three letters or more, other than the second word of a town's unit: a sentence
 * ("Căn cứ Luật Tổ chức Chính phủ ngày …"), not a place whose syllables OCR split ("Qu ả ng Ngãi").
 */
const PROSE_WORD = latin(String.raw`(?<![\p{L}\p{M}])(?!(?:phố|xã|trấn)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]{2,}`, 'u');
// "~" is how OCR reads a dash at the start of a line.
const DASH_OR_LUU = latin(String.raw`^[-–—+=•~]|^L[ưu]u(?![\p{L}\p{M}])`, 'iu');
const STARTS_LOWER = latin(String.raw`^\p{Ll}`, 'u');
/** MOTTO or MOTTO_SUB: one search instead of two for the lines classify asks about (most lines of a dispatch). */
const MOTTO_EITHER = new RegExp(`(?:${MOTTO.source})|(?:${MOTTO_SUB.source})`, 'u');

export type LineKind =
  | 'meta'
  | 'motto'
  | 'number'
  | 'place-date'
  | 'subject'
  | 'type-title'
  | 'recipients'
  | 'distribution'
  | 'authority'
  | 'urgency'
  | 'confidentiality'
  | 'upper'
  | 'item'
  | 'name'
  | 'prose';

export interface SegmentedDoc {
  /** Every line, exploded; made into Line objects when asked for (the annex of a long text never is). */
  lines: LineList;
  /** Lines of the issuing-body block (box 2), top to bottom. */
  header: Line[];
  number: Line | null;
  placeDate: Line | null;
  /** The type-name title line ("QUYẾT ĐỊNH"), if any. */
  title: Line | null;
  /** Subject lines, first one carrying "V/v" / "Về việc" when present. */
  subject: Line[];
  /** The Kính gửi line and the list lines that follow it. */
  recipients: Line[];
  body: Line[];
  signature: Line[];
  /** The Nơi nhận line and its items. */
  distribution: Line[];
  /** Stand-alone mark lines (KHẨN, MẬT…) anywhere in the head. */
  marks: Line[];
  /** The text is written with Vietnamese marks (so a header word without them is an OCR loss). */
  accented: boolean;
}

const HEAD_LIMIT = 40;

/** PLACE_DATE at the start of the line: the first match found by exec has index 0 exactly when one starts there. */
const PLACE_DATE_AT_START = latin(`^(?:${PLACE_DATE.source})`, 'u');

/**
 * The characters each pattern anchored at the start of a line can open with, read off the
 * patterns (loose() letters match either case; V.d is d, đ, D or Đ). A line that opens with
 * anything else cannot match, so the pattern is not run.
 */
const OPENERS = {
  meta: 'kKtTdDđĐcCESNnV', // Ký bởi, Thời gian ký, Địa chỉ, Cơ quan, Email, Source, Nguồn, Ngày ký, Signed, Người ký, CÔNG BÁO, VĂN BẢN…
  urgency: 'HTK', // HỎA TỐC, THƯỢNG KHẨN, KHẨN
  confidentiality: 'TM', // TUYỆT MẬT, TỐI MẬT, MẬT
  number: 'Ss', // Số, So, SỐ
  recipients: 'kK', // Kính gửi
  distribution: 'nN', // Nơi nhận
  subject: "Vv‘’'", // V/v, Về việc; OCR's speck of a quotation mark before the label
  authority: 'TKQ', // TM, KT, K/T, TL, TUQ, Q
  item: '-–—+•*=~',
} as const;
type Opener = keyof typeof OPENERS;
const OPENER_BIT = Object.fromEntries(Object.keys(OPENERS).map((name, i) => [name, 1 << i])) as Record<Opener, number>;
/** Per BMP code unit, the patterns a line opening with it may match (one bit per pattern). */
const OPENS = new Uint16Array(0x10000);
for (const [name, chars] of Object.entries(OPENERS)) for (const ch of chars) OPENS[ch.charCodeAt(0)]! |= OPENER_BIT[name as Opener];

/** A code per line kind, from 1 (the type makes sure that none is missing). */
const KIND_CODE: Record<LineKind, number> = {
  meta: 1,
  motto: 2,
  number: 3,
  'place-date': 4,
  subject: 5,
  'type-title': 6,
  recipients: 7,
  distribution: 8,
  authority: 9,
  urgency: 10,
  confidentiality: 11,
  upper: 12,
  item: 13,
  name: 14,
  prose: 15,
};
/** The kind of each code, at code - 1. */
const KIND_NAMES = (Object.keys(KIND_CODE) as LineKind[]).sort((a, b) => KIND_CODE[a] - KIND_CODE[b]);
/** Per kind (as in KIND_NAMES), its opener bit, or 0 for kinds that have none. */
const KIND_OPENER_BIT = KIND_NAMES.map((kind) => (kind in OPENER_BIT ? OPENER_BIT[kind as Opener] : 0));

/**
 * META_LINE can match: its first two characters open one of its labels. Per first character, the classes its
 * second may be in (bits of META_SECOND), read off the labels: k/K then the y of "ký bởi"; t/T then the h of
 * "thời gian ký"; d/đ then the i of "địa chỉ"; c/C then the o of "cơ quan" or the Ô/ô of "CÔNG BÁO"/"Công báo"; E
 * then the m or - of "Email"/"E-mail"; S then the o or i of "Source"/"Signed"; n/N then the g of "ngày ký",
 * "Nguồn", "Người ký"; V then the Ă of "VĂN BẢN". Most lines that open with those letters ("Theo", "Các", "Để")
 * are ruled out without the pattern.
 */
const META_FIRST = new Uint8Array(0x10000);
const META_SECOND = new Uint8Array(0x10000);
{
  const second: Record<string, string> = {
    kK: 'yỳýỷỹỵYỲÝỶỸỴ',
    tT: 'hH',
    dDđĐ: 'iìíỉĩịIÌÍỈĨỊ',
    cC: 'oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ',
    E: 'm-',
    S: 'oi',
    nN: 'gG',
    V: 'Ă',
  };
  Object.entries(second).forEach(([firsts, seconds], k) => {
    for (const ch of firsts) META_FIRST[ch.charCodeAt(0)]! |= 1 << k;
    for (const ch of seconds) META_SECOND[ch.charCodeAt(0)]! |= 1 << k;
  });
}

/** META_LINE.test(t), run only where the first two characters can open a label (META_FIRST). */
export function isMetaLine(t: string): boolean {
  return t.length > 1 && (META_FIRST[t.charCodeAt(0)]! & META_SECOND[t.charCodeAt(1)]!) !== 0 && META_LINE.test(t);
}

/** Every opener bit (is() then reads every line). */
const ANY_OPENER = -1;

/** The kinds a line that opens the tail can have (distribution, authority), as opener bits. */
const TAIL_OPENERS = OPENER_BIT.distribution | OPENER_BIT.authority;

/**
 * Kinds' codes, reused from one document to the next: a typed array of more than 64 bytes lives outside the heap,
 * and making one per document cost more than the segmenter's look-ups in it.
 */
let kindCodes = new Uint8Array(256);

/**
 * The kinds of the lines, each classified when first asked for. A long text is mostly body and annex, whose
 * lines are only asked whether they open the tail or a Nơi nhận list: the opener bits of their first character
 * answer that for most of them without the patterns.
 */
class Kinds {
  /** Per line, 0 until it is classified, then 1 + the index of its kind in KIND_NAMES. */
  private readonly codes: Uint8Array;
  /** `facts`: explodeLines' LINE_FACT bits of the lines (none past its end). */
  constructor(private readonly lines: LineList, private readonly facts: readonly number[]) {
    // Work space shared by every Kinds (one lives at a time: segmentLines' own), cleared for these lines.
    if (kindCodes.length < lines.length) kindCodes = new Uint8Array(Math.max(lines.length, kindCodes.length * 2));
    this.codes = kindCodes;
    this.codes.fill(0, 0, lines.length);
  }

  /** The kind of line i (undefined past either end). */
  at(i: number): LineKind | undefined {
    if (i < 0 || i >= this.lines.length) return undefined;
    const code = this.codes[i]!;
    if (code !== 0) return KIND_NAMES[code - 1]!;
    const kind = classify(this.lines.at(i)!, this.fact(i));
    this.codes[i] = KIND_CODE[kind];
    return kind;
  }

  /** The LINE_FACT bits of line i. */
  fact(i: number): number {
    return i < this.facts.length ? this.facts[i]! : 0;
  }

  set(i: number, kind: LineKind): void {
    this.codes[i] = KIND_CODE[kind];
  }

  /** False when line i cannot be of the kinds whose opener bits are given (classify would not return them). */
  mayBe(i: number, openers: number): boolean {
    const code = this.codes[i]!;
    if (code !== 0) return (KIND_OPENER_BIT[code - 1]! & openers) !== 0;
    const opens = OPENS[this.lines.firstCode(i)]! & openers;
    if (opens === 0) return false;
    if ((opens & ~TAIL_OPENERS) !== 0) return true;
    // classify gives a line these kinds only where their own (anchored) pattern matches: a body line that opens
    // with T, K, Q or N is read for them alone, not run through every pattern of the head.
    const t = this.lines.text(i);
    return ((opens & OPENER_BIT.distribution) !== 0 && DISTRIBUTION_LABEL.test(t)) || ((opens & OPENER_BIT.authority) !== 0 && AUTHORITY.test(t));
  }

  /** Line i has been classified (or set). */
  known(i: number): boolean {
    return this.codes[i] !== 0;
  }

  /**
   * Line i is of `kind`, which classify gives exactly where `is` (given the line's text) is true: a line not
   * classified yet is not classified for it. `openers`: opener bits one of which the line's first character must
   * have for `is` to hold (all bits: any character), read without cutting the text. `ruledOut`: LINE_FACT bits
   * any of which, known of the line, makes `is` false.
   */
  is(i: number, kind: LineKind, is: (t: string) => boolean, openers = ANY_OPENER, ruledOut = 0): boolean {
    const code = this.codes[i]!;
    if (code !== 0) return KIND_NAMES[code - 1] === kind;
    if ((this.fact(i) & ruledOut) !== 0) return false;
    return (openers === ANY_OPENER || (OPENS[this.lines.firstCode(i)]! & openers) !== 0) && is(this.lines.text(i));
  }

  /** The first line of `kind` from line `from` on, or -1 (see is()). */
  first(kind: LineKind, is: (t: string) => boolean, openers = ANY_OPENER, ruledOut = 0, from = 0): number {
    for (let i = from; i < this.lines.length; i++) if (this.is(i, kind, is, openers, ruledOut)) return i;
    return -1;
  }
}

/** classify(line) is 'motto': not meta, then its second test. */
function isMottoText(t: string): boolean {
  return !isMetaLine(t) && mayHaveMottoSub(t) && (hasMotto(t) || opensPartyMotto(t) || opensDamagedMotto(t));
}

/**
 * RECIPIENTS_LABEL_OCR can match: it opens with up to eight characters that are neither letters nor digits, then
 * K, T, H or an i (í, ì) of "inh", two or three letters or marks, white space and the g of "gửi"; it needs a colon
 * after "gửi". Most lines open with a letter: one that is none of these, or one not followed so, rules the pattern out.
 */
export function mayBeRecipientsOcr(t: string): boolean {
  for (let i = 0; i < 9 && i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 75 || c === 107 || c === 84 || c === 116 || c === 72 || c === 104) {
      // The words glued after a K ("Kỉnhgửì:"): a g three or four characters after it.
      const glued = (c === 75 || c === 107) && ((t.charCodeAt(i + 3) | 32) === 103 || (t.charCodeAt(i + 4) | 32) === 103);
      return (glued || opensGui(t, i)) && t.includes(':');
    }
    // The i of "inh" (K lost): "nh" after it.
    if (c === 105 || c === 73 || c === 0xed || c === 0xcd || c === 0xec || c === 0xcc) return t.startsWith('nh', i + 1) && opensGui(t, i) && t.includes(':');
    // A non-ASCII capital or small letter is neither a speck nor the K, T or H; anything else is left to the pattern.
    if (c >= 0x80) return !(isUpperAt(t, i) || isLowerAt(t, i)) && t.includes(':');
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  return false;
}

/**
 * After the K, T, H or i at `k`: two or three characters that are not white space (the pattern's letters and marks,
 * each one code unit: the Latin blocks are in the BMP), white space, then g or G.
 */
function opensGui(t: string, k: number): boolean {
  let j = k + 1;
  while (j - k <= 3 && j < t.length && !isWhiteSpace(t.charCodeAt(j))) j++;
  if (j - k - 1 < 2 || !isWhiteSpace(t.charCodeAt(j))) return false;
  while (isWhiteSpace(t.charCodeAt(j))) j++;
  const g = t.charCodeAt(j);
  return g === 103 || g === 71;
}

/**
 * The kind of a line, from its content. The patterns are tried in a fixed order and the
 * first that matches wins. Before each pattern comes a cheap test of something the
 * pattern cannot match without (its first character, a length, a character it
 * contains), so that most lines, long lower-case prose above all, are ruled out of the
 * header and signature kinds without running the patterns. `known`: LINE_FACT bits of the line (explodeLines read
 * the head line it comes from); a test whose answer they give is not run again.
 */
export function classify(line: Line, known = 0): LineKind {
  const t = line.text;
  const opens = OPENS[t.charCodeAt(0)]!;
  if (isMetaLine(t)) return 'meta';
  // MOTTO cannot match below its own length (mayHaveMotto), so past mayHaveMottoSub either pattern may be tried.
  if ((known & LINE_FACT.noMotto) === 0 && mayHaveMottoSub(t) && (hasMotto(t) || opensPartyMotto(t) || opensDamagedMotto(t))) return 'motto';
  if (opens & OPENER_BIT.urgency && URGENCY.test(t)) return 'urgency';
  if (opens & OPENER_BIT.confidentiality && CONFIDENTIALITY.test(t)) return 'confidentiality';
  if (opens & OPENER_BIT.number && NUMBER_LINE.test(t) && /[\d/]/u.test(t.slice(0, 24))) return 'number';
  if ((opens & OPENER_BIT.recipients && RECIPIENTS_LABEL.test(t)) || (mayBeRecipientsOcr(t) && RECIPIENTS_LABEL_OCR.test(t))) return 'recipients';
  if (opens & OPENER_BIT.distribution && DISTRIBUTION_LABEL.test(t)) return 'distribution';
  if (opens & OPENER_BIT.subject && SUBJECT_LABEL.test(t)) return 'subject';
  if (opens & OPENER_BIT.authority && AUTHORITY.test(t)) return 'authority';
  const upper0 = isUpperAt(t, 0);
  // A place and date open with a capital and contain "tháng".
  if (upper0 && (known & LINE_FACT.noThang) === 0 && hasThang(t)) {
    if (PLACE_DATE_AT_START.test(t)) return 'place-date';
    // OCR-damaged place: "Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022".
    const dw = DATE_WORDS.exec(t);
    if (dw && dw.index > 0 && dw.index <= 40 && CAPITALISED_PLACE.test(t.slice(0, dw.index)) && !PROSE_WORD.test(joinSplitSyllables(t.slice(0, dw.index))) && t.length - dw.index - dw[0].length < 4) return 'place-date';
  }
  // A date OCR damaged past the date words, the place intact: "Bắc Ninh, ngàu tháng 08 năm 2018".
  if (upper0 && t.length <= 60 && ocrPlaceDate(t, true) !== null) return 'place-date';
  const upper = isUpperLine(t); // UPPER_LINE, as a scan that stops at the first lower-case letter
  if (upper && TYPE_TITLE.test(t)) return 'type-title';
  if (opens & OPENER_BIT.item && DASH_ITEM.test(t)) return 'item';
  if (upper) return 'upper';
  // A name is capitalised words: its second and last characters are lower-case letters or marks.
  if (t.length <= 60 && upper0 && !isAsciiNonLower(t.charCodeAt(1)) && !isAsciiNonLower(t.charCodeAt(t.length - 1)) && isNameText(t)) return 'name';
  return 'prose';
}

/** NAME_LINE of a text of 40 characters at most, after a military rank ("Đại tướng Lương Tam Quang") if any. */
function isNameText(t: string): boolean {
  if (t.length <= 40 && NAME_LINE.test(t)) return true;
  const rank = RANK.exec(t);
  return rank !== null && t.length - rank[0].length <= 40 && NAME_LINE.test(t.slice(rank[0].length));
}

/** An ASCII character other than a lower-case letter. */
function isAsciiNonLower(c: number): boolean {
  return c < 0x80 && !(c >= 97 && c <= 122);
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Number of lower-case letters (\p{Ll} code points) in the text is above `limit`. */
function lowerAbove(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLower(c)) count++;
    } else {
      if (isLowerAt(text, i)) count++;
      // A surrogate pair is one code point.
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    if (count > limit) return true;
  }
  return false;
}

/** Prose without any head component: where the body of the document starts at the latest. */
function isPlainProse(text: string): boolean {
  if (text.length < 80) return false;
  // The same lines are asked about several times (regions, the head loop, continuation); a document has few long
  // lines in its head and tail, so the first PROSE_PAIRS are looked up by a search, the rest in a map.
  const n = proseTexts.length;
  for (let k = 0; k < n; k++) if (proseTexts[k] === text) return proseResults[k] === 1;
  if (n < PROSE_PAIRS) {
    const known = isPlainProseLine(text);
    proseTexts.push(text);
    proseResults[n] = known ? 1 : 0;
    return known;
  }
  let known = plainProse.get(text);
  if (known === undefined) plainProse.set(text, (known = isPlainProseLine(text)));
  return known;
}

/**
 * isPlainProse of the long lines of the document being segmented: the first PROSE_PAIRS texts and their results
 * (emptied, not made, per document), then a map. The map is made anew for each document that needs it, never
 * clear()ed: V8's clear() leaves the old table linked to the new one, so once a table has been promoted to the old
 * generation it keeps every later table alive through scavenges, with their keys (the document's lines, and through
 * them the whole text). Each document's text was then copied and promoted by the next scavenge and freed only by a
 * full collection: about 7 KB per dispatch, ten times the live set, and the scavenges took several times as long.
 */
const PROSE_PAIRS = 16;
const proseTexts: string[] = [];
const proseResults = new Uint8Array(PROSE_PAIRS);
let plainProse = new Map<string, boolean>();

/** Forgets the isPlainProse answers (before and after each document: its texts are not held on to). */
function forgetPlainProse(): void {
  proseTexts.length = 0;
  // An empty map is kept (making one allocates a table).
  if (plainProse.size !== 0) plainProse = new Map();
}

function isPlainProseLine(text: string): boolean {
  // The letter count first: it is cheaper than the patterns and rules out upper-case lines.
  if (!lowerAbove(text, text.length * 0.4)) return false;
  const c0 = text.charCodeAt(0);
  return !(
    // "NGHỊ ĐỊNH QUY ĐỊNH THI HÀNH … Căn cứ Luật …": a type's title in capitals, run on into the body.
    (isUpperAt(text, 0) && isUpperAt(text, 1) && UPPER_TITLE_OPENS.test(text)) ||
    // NUMBER_LABEL_INSIDE.test(text), as the faster pattern that matches the same lines.
    NUMBER_LABEL_AFTER_SPACE.test(text) ||
    ((c0 === 83 || c0 === 115) && NUMBER_LINE.test(text)) ||
    (mayHaveMotto(text) && MOTTO.test(text)) ||
    (text.includes('/') && SUBJECT_ANYWHERE.test(text)) ||
    (text.includes(':') && RECIPIENTS_ANYWHERE.test(text)) ||
    // A place and date ends in a date in words; the date alone is the cheaper search.
    (hasThang(text) && DATE_WORDS.test(text) && hasPlaceDate(text))
  );
}

/** A type's name in capitals and two more words in capitals: "NGHỊ ĐỊNH QUY ĐỊNH THI HÀNH …". */
const UPPER_TITLE_OPENS = latin(`^(?:${DOC_TYPES.map(([n]) => n.toUpperCase().replace(/ /g, '\\s+')).join('|')})(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}]*[,:]?){2}(?:\\s|$)`, 'u');

/** The kinds the head loop may still look for past the first prose line, besides the marks (mayBeWanted). */
export const WANT = { number: 1, recipients: 2, placeDate: 4, typeTitle: 8, address: 16 } as const;

/**
 * False when classify cannot give the line urgency, confidentiality, or a kind of `wanted` (WANT bits): each test
 * is one that classify passes before it gives that kind.
 */
export function mayBeWanted(t: string, wanted: number, known = 0): boolean {
  const opens = OPENS[t.charCodeAt(0)]!;
  return (
    (opens & OPENER_BIT.urgency && URGENCY.test(t)) ||
    (opens & OPENER_BIT.confidentiality && CONFIDENTIALITY.test(t)) ||
    (wanted & WANT.number && opens & OPENER_BIT.number && NUMBER_LINE.test(t)) ||
    (wanted & WANT.recipients && ((opens & OPENER_BIT.recipients && RECIPIENTS_LABEL.test(t)) || (mayBeRecipientsOcr(t) && RECIPIENTS_LABEL_OCR.test(t)))) ||
    (wanted & WANT.address && addressLabel(t) !== null) ||
    (wanted & WANT.placeDate && isUpperAt(t, 0) && (known & LINE_FACT.noThang) === 0 && hasThang(t)) ||
    (wanted & WANT.typeTitle && isUpperLine(t)) ||
    false
  );
}

/** LEGAL_BASIS.test(t): the pattern opens with the C or c of "Căn cứ", so other lines are not run through it. */
function isLegalBasis(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 67 || c === 99) && LEGAL_BASIS.test(t);
}

/** MOTTO_EITHER matches the text, and its first match is not in a sentence (mottoInProse). */
function hasMotto(t: string): boolean {
  const m = MOTTO_EITHER.exec(t);
  return m !== null && !mottoInProse(t, m.index, m[0]);
}

/** The dashes, underscores and white space before a header line's first word. */
const HEADER_SPECK = /^[-–—_~•*+=\s]*/u;

/**
 * The last item of a Nơi nhận list stops without the punctuation that ends an item (";", ".", ":", ")"), in the
 * middle of a name ("- Các Bộ, cơ quan: Công an, Tài chính, Kế hoạch và" / "Đầu tư, Công Thương, …;"): the line of
 * prose after it is its rest. "Lưu: VT, VP" needs no full stop and has no rest.
 */
function unfinishedItem(distribution: readonly Line[]): boolean {
  if (distribution.length < 2) return false;
  const last = distribution[distribution.length - 1]!.text;
  return !/[.;:)!]\s*$/u.test(last) && !/^[-–—+~]?\s*L[ưu]u\s*[:.]/u.test(last);
}

/** Two words of two capitals or more, and of capitals only ("PHÓ cụ c TRƯỞNG" as OCR reads a title). */
function twoCapitalWords(text: string): boolean {
  let words = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
    let n = 0;
    let upper = true;
    for (; i < text.length && !isWhiteSpace(text.charCodeAt(i)); i++, n++) if (!isUpperAt(text, i)) upper = false;
    if (upper && n >= 2 && ++words === 2) return true;
  }
  return false;
}

/** "XÁC THỰC VĂN BẢN HỢP NHẤT": the line a consolidated text's signature opens with (a signing prefix may follow on it). */
function opensConsolidationSeal(t: string): boolean {
  return t.charCodeAt(0) === 88 && CONSOLIDATION_SEAL.test(t);
}
const CONSOLIDATION_SEAL = /^XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT/u;

/** AUTHORITY can match: the line opens with the T, K or Q of a signing prefix. */
function opensWithAuthority(t: string): boolean {
  // "**KT. CHỦ TỊCH **": stars of emphasis that markdown left unpaired (see withoutStrayStars) go before the prefix.
  if (t.charCodeAt(0) === 42) t = t.replace(LEADING_STARS, '');
  return (OPENS[t.charCodeAt(0)]! & OPENER_BIT.authority) !== 0 && AUTHORITY.test(t);
}
const LEADING_STARS = /^\*{1,3}(?=\S)/u;

/**
 * DISTRIBUTION_ANYWHERE over the first 40 characters (nine at least: "Nơi nhận:"). The pattern on the slice is
 * cheaper than a scan of the same characters in script (charCodeAt on a sliced line costs several ns a character).
 */
export function distributionWithin40(t: string): boolean {
  return t.length >= 9 && DISTRIBUTION_ANYWHERE.test(t.length > 40 ? t.slice(0, 40) : t);
}

/**
 * /\S.{60,}/u.test(text). The pattern needs 61 code points, so a shorter text is not searched: on one that is, it
 * tries each start and reads to the end from each (quadratic, and most Kính gửi lines are short).
 */
export function hasLongRun(text: string): boolean {
  return text.length > 60 && LONG_RUN.test(text);
}

const LONG_RUN = /\S.{60,}/u;

/** The text without a legal database's bracketed notes (siteNotes). */
function withoutSiteNotes(text: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of siteNotes(text)) {
    out += text.slice(from, start);
    from = end;
  }
  return (out + text.slice(from)).trim();
}

/**
 * The labels of a legal database's table of a document's metadata ("Số hiệu:", "Loại văn bản:", "Ngày ban hành:",
 * "Tình trạng:" …), as thuvienphapluat's pages carry it above the document.
 */
const SITE_LABEL = latin(`(?:^|\\*)\\s*(?:${['Số hiệu', 'Loại văn bản', 'Nơi ban hành', 'Người ký', 'Ngày ban hành', 'Ngày hiệu lực', 'Ngày công báo', 'Số công báo', 'Tình trạng'].join('|')})\\s*:`, 'u');
/** Lines of the text looked at for the metadata table. */
const SITE_PREAMBLE_LINES = 80;

/**
 * How many lines a legal database's page puts before the document: its banner and its metadata table, up to the
 * value of the table's last label (three labels at least, the first within 40 lines); 0 when it has none.
 */
function sitePreamble(lines: LineList): number {
  const n = Math.min(lines.length, SITE_PREAMBLE_LINES);
  let labels = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    // A label's line ends with its colon (or the stars around it): read by its last code first.
    const endCode = lines.lastCode(i);
    if ((endCode !== 58 && endCode !== 42) || !SITE_LABEL.test(lines.text(i))) {
      if (labels === 0 && i >= 40) return 0;
      continue;
    }
    labels++;
    last = i;
  }
  if (labels < 3) return 0;
  // The last label's value: on its line, or on the next line that holds a letter (table debris passed over).
  let start = last + 1;
  if (/:\**\s*$/u.test(lines.text(last))) {
    while (start < lines.length && !hasTwoLetters(lines.text(start))) start++;
    if (start < lines.length && lines.text(start).length <= 40) start++;
  }
  return start < lines.length ? start : 0;
}

function regions(lines: LineList): { headEnd: number; tailStart: number } {
  let headEnd = Math.min(lines.length, HEAD_LIMIT);
  for (let i = 0; i < headEnd; i++) {
    const t = lines.at(i)!.text;
    // A line explodeLines drops (a page mark, a table's debris) takes nothing from the head.
    if (isPageMark(t)) {
      headEnd = Math.min(lines.length, headEnd + 1);
      continue;
    }
    const opens = OPENS[t.charCodeAt(0)]!;
    if (opens & OPENER_BIT.recipients && RECIPIENTS_LABEL.test(t) && !hasLongRun(t.replace(RECIPIENTS_LABEL, ''))) {
      headEnd = i + 1;
      break;
    }
    // A legal database's note glued to a head line ("NGHỊ ĐỊNH [… bị thay thế bởi …]") is no prose of the line's own.
    const own = t.includes('[') && t.includes('bởi') ? withoutSiteNotes(t) : t;
    if (i > 0 && lines.at(i)!.kind !== 'heading' && !isMetaLine(t) && (isPlainProse(own) || isLegalBasis(own))) {
      headEnd = i;
      break;
    }
  }
  let tailStart = lines.length;
  // A short text without a line of plain prose is head to its end: its tail is looked for from its second line.
  const tailFrom = headEnd < lines.length ? headEnd : Math.min(headEnd, 1);
  // Nơi nhận or a signing prefix at the start of a line opens the tail, even with an annex after it.
  for (let i = tailFrom; i < lines.length; i++) {
    // The line is made, not only its text cut: every line up to the tail is body, made for the record anyway.
    const t = lines.at(i)!.text;
    if (distributionWithin40(t) || opensWithAuthority(t) || opensConsolidationSeal(t)) return { headEnd, tailStart: i };
  }
  // The loop above asked every line from headEnd on opensWithAuthority (false for all of them): not asked again.
  const from = Math.max(tailFrom, lines.length - 60);
  for (let i = from; i < lines.length; i++) {
    const t = lines.text(i);
    // Both patterns need what mayHaveTailAnchor looks for; the length before AUTHORITY_ANYWHERE, which would
    // read a long paragraph to its end.
    if (mayHaveTailAnchor(t) && (DISTRIBUTION_ANYWHERE.test(t) || (t.length < 200 && AUTHORITY_ANYWHERE.test(t) && !isPlainProse(t)))) {
      tailStart = i;
      break;
    }
  }
  if (tailStart === lines.length) tailStart = Math.max(headEnd, lines.length - 3);
  return { headEnd, tailStart };
}

export function segment(rawLines: Line[] | LineList, collector: Collector): SegmentedDoc {
  forgetPlainProse();
  try {
    return segmentLines(Array.isArray(rawLines) ? LineList.of(rawLines) : rawLines, collector);
  } finally {
    forgetPlainProse();
  }
}

function segmentLines(allLines: LineList, collector: Collector): SegmentedDoc {
  // A legal database's page: its banner and its table of the document's metadata stand before the document.
  const skipped = sitePreamble(allLines);
  const rawLines = skipped > 0 ? LineList.over(allLines, Int32Array.from({ length: allLines.length - skipped }, (_, i) => i + skipped), []) : allLines;
  if (skipped > 0) collector.message('layout-site-preamble', 'info', "a legal database's banner and metadata table before the document were skipped", allLines.at(0) ?? null);
  // Leading front matter and signature metadata.
  const { headEnd, tailStart } = regions(rawLines);
  const facts: number[] = [];
  const lines = explodeLines(rawLines, headEnd, tailStart, facts);
  if (lines.length > rawLines.length) collector.message('layout-flattened', 'info', 'components run together on one line (flattened two-column layout) were split', null);
  if (rawLines.anyCell()) collector.message('layout-table', 'info', 'header or signature laid out as a table', null);
  const kinds = new Kinds(lines, facts);
  // A signature-metadata field wraps onto the next line of its block ("Ký bởi: CỤC THUẾ" / "THÀNH PHỐ HÀ NỘI").
  // The loop asks every line before `metaFrom` whether it is meta: the first that is, is reportLayout's.
  let metaAt = -1;
  const metaFrom = Math.max(0, Math.min(lines.length, HEAD_LIMIT) - 1);
  // Only a field's own line wraps onto the next: a line taken as a field's rest does not ("Địa chỉ: 123 Lò Đúc" /
  // "@® Thời gian ký: …" / "BỘ TÀI CHÍNH": the header under the block is no part of the address).
  let wrappedRest = -1;
  for (let i = 1; i < lines.length && i < HEAD_LIMIT; i++) {
    if (i - 1 === wrappedRest || !kinds.is(i - 1, 'meta', isMetaLine, OPENER_BIT.meta)) continue;
    if (metaAt < 0) metaAt = i - 1;
    if (lines.at(i)!.block === lines.at(i - 1)!.block && !lines.at(i)!.cell && (kinds.at(i) === 'upper' || kinds.at(i) === 'prose')) {
      kinds.set(i, 'meta');
      wrappedRest = i;
    }
  }

  const doc: SegmentedDoc = {
    lines,
    header: [],
    number: null,
    placeDate: null,
    title: null,
    subject: [],
    recipients: [],
    body: [],
    signature: [],
    distribution: [],
    marks: [],
    accented: headHasMarks(lines, 60),
  };

  // ---- Head ----
  // Lines cut apart add to the limit; lines dropped (page marks, a table's debris) take nothing from it.
  const headLimit = Math.min(lines.length, HEAD_LIMIT + Math.max(0, lines.length - rawLines.length));
  let numberIdx = -1;
  let dateIdx = -1;
  let titleIdx = -1;
  let recipientsIdx = -1;
  let firstProse = -1;
  // The first line is prose (firstProse leaves it out).
  let leadProse = false;
  for (let i = 0; i < headLimit; i++) {
    // Past the first prose line, a line that cannot be of a kind still looked for here is not classified (body
    // lines, mostly: the tests below are necessary for classify to give those kinds).
    if (firstProse >= 0 && !kinds.known(i)) {
      const wanted =
        (numberIdx < 0 ? WANT.number : 0) |
        (recipientsIdx < 0 ? WANT.recipients : 0) |
        (dateIdx < 0 ? WANT.placeDate : 0) |
        (titleIdx < 0 && i < firstProse + 3 ? WANT.typeTitle : 0) |
        // An address line (addressLabel) comes under the title and subject, close to the first prose line at most.
        (recipientsIdx < 0 && i < firstProse + 3 ? WANT.address : 0);
      if (!mayBeWanted(lines.at(i)!.text, wanted, kinds.fact(i))) continue;
    }
    let k = kinds.at(i)!;
    // A công điện's "… điện:" or a giấy mời's "… kính mời:" stands where "Kính gửi:" would: looked for in the head
    // only, on lines that classify gives a kind of text.
    if (recipientsIdx < 0 && (firstProse < 0 || i < firstProse + 3) && (k === 'prose' || k === 'upper' || k === 'name') && addressLabel(lines.at(i)!.text) !== null) {
      kinds.set(i, (k = 'recipients'));
    }
    if (k === 'number' && numberIdx < 0) {
      // Past the first line of the body, a number under a consolidated text's seal is its closing block's (sealBlock);
      // "số 01 tại Phụ lục …" in lower case without a colon is a sentence's wrapped words, not the label.
      if ((firstProse < 0 || !underSeal(lines, i)) && !lowerSoWithoutColon(lines.text(i))) numberIdx = i;
    } else if (k === 'place-date' && dateIdx < 0 && (firstProse < 0 || !underSeal(lines, i))) dateIdx = i;
    else if (k === 'type-title' && titleIdx < 0 && (firstProse < 0 || i < firstProse + 3)) titleIdx = i;
    else if (k === 'recipients' && recipientsIdx < 0) recipientsIdx = i;
    else if (k === 'urgency' || k === 'confidentiality') doc.marks.push(lines.at(i)!);
    // A crawler's page heading ("# Về chế độ …" above the header) is no body text, however long.
    // Nor is a first line of prose, the title a crawler put above the header ("Công văn 2739/VPCP-ĐMDN năm 2019 …"),
    // as regions() has it; it opens the body only when no head follows (leadProse).
    if (firstProse < 0 && lines.at(i)!.kind !== 'heading' && (k === 'prose' && isPlainProse(lines.at(i)!.text) || isLegalBasis(lines.at(i)!.text))) {
      if (i > 0) firstProse = i;
      else leadProse = true;
    }
  }
  // A number line whose label OCR destroyed is an anchor of the head too: the header's lines are above it.
  let ocrNumberIdx = -1;
  if (numberIdx >= 0) doc.number = lines.at(numberIdx)!;
  else {
    const found = ocrNumberLine(lines, kinds, firstProse >= 0 ? firstProse : headLimit);
    if (found !== null) [doc.number, ocrNumberIdx] = found;
  }
  if (dateIdx >= 0) doc.placeDate = lines.at(dateIdx)!;
  if (titleIdx >= 0) doc.title = lines.at(titleIdx)!;

  // Issuer block: upper-case lines before the number / title / date, not motto or meta.
  let firstAnchor = headLimit;
  for (const i of [numberIdx, ocrNumberIdx, titleIdx, dateIdx, recipientsIdx, firstProse]) if (i >= 0 && i < firstAnchor) firstAnchor = i;
  let lastHeader = -1;
  for (let i = 0; i < firstAnchor; i++) {
    const k = kinds.at(i)!;
    if (k === 'upper' && lines.at(i)!.kind !== 'heading' && lines.at(i)!.text.length <= 120) {
      // "THỦ TƯỚNG CHÍNH" / "PHỦ", "UBND THÀNH PHỐ HÀ" / "NỘI": one word alone is no body's name, but the end of the
      // line above that a narrow cell wrapped.
      const line = lines.at(i)!;
      if (lastHeader >= 0 && lastHeader === i - 1 && line.text.length <= 8 && countWords(line.text, 2) === 1) doc.header[doc.header.length - 1] = concatLines(doc.header[doc.header.length - 1]!, line);
      else doc.header.push(line);
      lastHeader = i;
    }
    // "- TONG CỤC THUÊ", "_ BQ TAI CHÍNH": a speck OCR put before a header line in capitals (no list opens a page).
    else if (k === 'item' && lines.at(i)!.text.length <= 120 && isUpperLine(lines.at(i)!.text)) {
      const line = lines.at(i)!;
      const speck = HEADER_SPECK.exec(line.text)![0].length;
      if (speck < line.text.length) doc.header.push(sliceLine(line, speck));
    }
  }

  // Subject: the V/v line nearest the number, with its continuation lines.
  const subjectCandidates: number[] = [];
  // classify gives 'subject' only to a line that opens with V, v or a quotation mark's speck and matches SUBJECT_LABEL: other lines are not classified.
  for (let i = 0; i < headLimit; i++) {
    if (!kinds.known(i) && !(OPENS[lines.firstCode(i)]! & OPENER_BIT.subject && SUBJECT_LABEL.test(lines.at(i)!.text))) continue;
    if (kinds.at(i) === 'subject') subjectCandidates.push(i);
  }
  let subjectIdx = -1;
  // A crawler's page heading ("# V/v …") is a copy at best: the document's own title block wins.
  // A "Về việc" line after the first line of the body belongs to an annex (the title of a regulation the decision
  // issues): not the subject.
  if (firstProse >= 0) while (subjectCandidates.length && subjectCandidates[subjectCandidates.length - 1]! > firstProse) subjectCandidates.pop();
  const own = subjectCandidates.filter((i) => lines.at(i)!.kind !== 'heading');
  if (own.length || titleIdx >= 0) subjectCandidates.splice(0, subjectCandidates.length, ...own);
  if (subjectCandidates.length) {
    subjectIdx = subjectCandidates.reduce((best, i) =>
      numberIdx >= 0 && Math.abs(i - numberIdx) < Math.abs(best - numberIdx) ? i : best,
    );
    if (lines.at(subjectIdx)!.kind === 'heading' && subjectCandidates.length > 1) subjectIdx = subjectCandidates.find((i) => lines.at(i)!.kind !== 'heading') ?? subjectIdx;
  }
  let headEndIdx = Math.max(numberIdx, dateIdx, recipientsIdx);
  if (subjectIdx >= 0) {
    const { taken, end } = continuation(lines, kinds, subjectIdx);
    doc.subject = taken;
    headEndIdx = Math.max(headEndIdx, end);
  } else if (titleIdx >= 0) {
    // Title block: "QUYẾT ĐỊNH" then "Về việc …" / upper-case subject lines.
    const rest = lines.at(titleIdx)!.text.replace(TYPE_TITLE, '').trim();
    const take: Line[] = [];
    let j = titleIdx + 1;
    let restEnd = titleIdx;
    if (rest.length > 3) {
      const { taken, end } = continuation(lines, kinds, titleIdx);
      take.push(...taken);
      restEnd = end;
    }
    else {
      // "CHỈ THỊ" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về …": the line that names who issues it belongs to the title.
      if (j < lines.length && kinds.at(j) === 'upper' && ISSUED_BY.test(lines.at(j)!.text)) j++;
      while (j < lines.length && take.length < 6) {
        const k = kinds.at(j)!;
        const t = lines.at(j)!.text;
        // An old gazette title: "THÔNG TƯ" / "CỦA BỘ XÂY DỰNG" / "SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG DẪN …":
        // the subject follows the document's own number and date.
        const lead = take.length === 0 && k === 'number' && j !== numberIdx ? GAZETTE_LEAD.exec(t) : null;
        if (lead && lead[0].length < t.length) {
          take.push(sliceLine(lines.at(j)!, lead[0].length));
          j++;
          continue;
        }
        if (isLegalBasis(t) || k === 'number' || k === 'place-date' || k === 'recipients' || k === 'motto') break;
        // Across blocks only a short line that wraps the sentence on (OCR's blank lines inside a title).
        if (take.length > 0 && ((lines.at(j)!.block !== take[take.length - 1]!.block && !(t.length < 80 && wrapsOn(take[take.length - 1]!.text, t))) || !continuesTitleSubject(take, k, t))) break;
        // "THÔNG BÁO" / "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …": a line that opens with another type's name and goes on is the subject.
        const titled = k === 'type-title' && t.replace(TYPE_TITLE, '').trim().length > 3;
        if (take.length === 0 && !(k === 'subject' || k === 'upper' || k === 'prose' || k === 'name' || titled)) break;
        take.push(lines.at(j)!);
        j++;
      }
    }
    doc.subject = take;
    headEndIdx = Math.max(headEndIdx, rest.length > 3 ? restEnd : titleIdx + take.length);
  } else headEndIdx = Math.max(headEndIdx, titleIdx);

  // Kính gửi: the label line and the list that follows.
  let bodyStart = headEndIdx + 1;
  if (recipientsIdx >= 0) {
    doc.recipients.push(lines.at(recipientsIdx)!);
    let j = recipientsIdx + 1;
    // What a table left between the label and the list ("|"): passed over.
    while (j < lines.length && j < recipientsIdx + 4 && !hasTwoLetters(lines.text(j))) j++;
    const first = j;
    const label = lines.at(recipientsIdx)!.text;
    const address = addressLabel(label);
    const inline = (address !== null ? label.slice(address[0].length) : label.replace(RECIPIENTS_LABEL, '').replace(RECIPIENTS_LABEL_OCR, '')).trim();
    // An item, or an item under a stamp's OCR text (stampThenItem); each line is asked once.
    const isItem = (i: number) => i < lines.length && (kinds.at(i) === 'item' || stampThenItem(lines.at(i)!.text) >= 0);
    let item = isItem(j);
    /** The line pushed last is an item. */
    let pushedItem = false;
    // An empty label with the body right under it ("Kính gửi:" / "Thực hiện quy định của …") names no recipient.
    for (;;) {
      while (j < lines.length && (item || (!inline && j === first && lines.at(j)!.text.length < 200 && kinds.at(j) !== 'place-date' && !OPENS_BODY.test(lines.at(j)!.text)))) {
        doc.recipients.push(lines.at(j)!);
        pushedItem = item;
        j++;
        const next = isItem(j);
        if (!item && !next) break;
        item = next;
      }
      // OCR and hard wraps break a recipient's name ("… các tỉnh, thành phố" / "trực thuộc trung ương,"): a short line
      // in lower case after one that ends without a stop goes on with it, joined to it.
      let wrapped = false;
      while (j < lines.length && lines.text(j).length < 80 && wrapsRecipient(doc.recipients[doc.recipients.length - 1]!.text, lines.text(j), kinds.at(j)!, pushedItem)) {
        const last = doc.recipients.length - 1;
        doc.recipients[last] = concatLines(doc.recipients[last]!, lines.at(j)!);
        j++;
        wrapped = true;
      }
      // The list goes on after an item that wrapped ("- Chủ các công trình … khí tượng" / "thuỷ văn …;" / "- Chủ dự án …").
      if (!wrapped || !pushedItem || !isItem(j)) break;
      item = true;
    }
    bodyStart = Math.max(bodyStart, j);
  }
  // A decision repeats the issuing authority above its legal bases; it is not body.
  while (bodyStart < lines.length && (kinds.at(bodyStart) === 'motto' || kinds.at(bodyStart) === 'meta' || kinds.at(bodyStart) === 'place-date')) bodyStart++;
  if (bodyStart <= 0 && (firstProse >= 0 || leadProse)) bodyStart = leadProse ? 0 : firstProse;

  // ---- Tail: signature and Nơi nhận, found from the end ----
  let tailIdx = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    // Most body lines cannot open with either label: they are not classified.
    if (!kinds.mayBe(i, TAIL_OPENERS)) continue;
    const k = kinds.at(i)!;
    if (k === 'distribution' || k === 'authority') {
      tailIdx = i;
      break;
    }
  }
  if (tailIdx < lines.length) {
    // A prefix or a Nơi nhận inside an annex is a form's ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" over "(Ký, ghi rõ họ
    // tên)"): a signature without a prefix before the annex ("CHỦ TỊCH QUỐC HỘI Vương Đình Huệ") is the document's.
    const annex = annexAt(lines, bodyStart, tailIdx);
    if (annex >= 0) tailIdx = bareSignatureBefore(lines, kinds, bodyStart, annex, numberIdx >= 0 || dateIdx >= 0) ?? tailIdx;
  } else {
    // No prefix and no Nơi nhận: an upper-case title over a name at the very end, or at the end of the text before
    // its first annex ("PHỤ LỤC SỐ 1").
    const annex = annexAt(lines, bodyStart);
    tailIdx = (annex < 0 ? null : bareSignatureBefore(lines, kinds, bodyStart, annex, numberIdx >= 0 || dateIdx >= 0)) ?? bareSignatureBefore(lines, kinds, bodyStart, lines.length, numberIdx >= 0 || dateIdx >= 0) ??
      // A minister who signs for himself, with no prefix ("BỘ TRƯỞNG" / "Đào Ngọc Dung"), under the body's closing
      // "./.", with an annex or a gazette page after the signature.
      titleOverNameAfterEnd(lines, kinds, bodyStart) ?? tailIdx;
  }
  doc.body = lines.slice(bodyStart, tailIdx);
  // A consolidated text (VBHN) in the form of 2025 on has no head of its own: its issuing body, number, place and
  // date stand in the authentication block over its signature ("BỘ QUỐC PHÒNG   XÁC THỰC VĂN BẢN HỢP NHẤT" /
  // "Số: 46/VBHN-BQP   Hà Nội, ngày …"), which is then no body text. Any header found in the head (a receiving
  // stamp) gives way to that body.
  if (numberIdx < 0) {
    const seal = sealBlock(lines, kinds, Math.max(bodyStart, tailIdx - 4), Math.min(lines.length, tailIdx + 3));
    if (seal !== null) {
      doc.number = seal.number;
      doc.placeDate ??= seal.placeDate;
      if (seal.issuer !== null) doc.header = [seal.issuer];
      if (seal.start < tailIdx) doc.body = lines.slice(bodyStart, seal.start);
    }
  }

  let inDistribution = false;
  // After the signer's name comes the annex (tables, lists): not signature.
  let signatureDone = false;
  for (let i = tailIdx; i < lines.length; i++) {
    // After the signature, outside a Nơi nhận list, only a Nơi nhận label counts: other lines are not classified. An
    // annex after the signature ends the document's tail: a Nơi nhận list past its heading is a form's ("Mẫu 02").
    // The annex ends the tail also where no name was read: its form's title is no signer's.
    if (!inDistribution && (signatureDone || doc.signature.length > 0 || doc.distribution.length > 0) && opensAnnex(lines, i)) break;
    if (signatureDone && !inDistribution && !kinds.mayBe(i, OPENER_BIT.distribution)) continue;
    const k = kinds.at(i)!;
    // The national motto in the tail opens another document: the one a letter attaches after its signature (a copy
    // of the letter it answers), or a form. The document's own tail ends there.
    if (k === 'motto') break;
    const line = lines.at(i)!;
    if (k === 'distribution') {
      // A second Nơi nhận list after the signature belongs to a form in the annex (a sample decision): the
      // document's own list is the first.
      if (signatureDone && !inDistribution && doc.distribution.length > 0) break;
      inDistribution = true;
      doc.distribution.push(line);
      continue;
    }
    if (inDistribution) {
      if (k === 'item' || (k === 'prose' && DASH_OR_LUU.test(line.text)) || /^L[ưuU][uU]?\s*[:.]/u.test(line.text)) {
        doc.distribution.push(line);
        continue;
      }
      // Signature text beside the list, cut from the same source line: the list goes on after it.
      const lastItem = doc.distribution[doc.distribution.length - 1]!;
      // Codes in capitals that end with ";" or "." after an item that ends with ",": the item's wrapped rest
      // ("- Các phòng NVDTPC, TTKT1," / "TTKT2, KK&KTT, HKDCN;"), not a title (no title ends so).
      if (k === 'upper' && doc.distribution.length > 1 && lastItem.text.endsWith(',') && /[;.]$/u.test(line.text)) {
        doc.distribution.push(line);
        continue;
      }
      if ((k === 'authority' || k === 'upper') && line.block === lastItem.block && !line.cell) {
        doc.signature.push(line);
        continue;
      }
      // OCR of a two-column tail interleaves the signature column, and specks, with the list ("Nơi nhận: KT. CỤC
      // TRƯỞNG" / "jgyy" / "- Như trên;" / "PHÓ cụ c TRƯỞNG" / "- Phòng TTKT1;"): a short line with an item right
      // after it does not end the list. Signature text goes to the signature, specks nowhere.
      // An item that ends with "," or ";" goes on on the next line; a line in lower case after it wraps it (below).
      const itemGoesOn = doc.distribution.length > 1 && /[;,]$/u.test(lastItem.text);
      const wrapsItem = itemGoesOn && isLowerAt(line.text, 0);
      // Short prose after an item that ends with "," or ";", or stops without the punctuation that ends one, is its rest.
      const restOfItem = k === 'prose' && line.text.length < 80 && (itemGoesOn || unfinishedItem(doc.distribution));
      // Such prose that ends as an item does is that item's rest however short ("Đầu tư, Công Thương," / "Tư pháp,
      // Ngân hàng Nhà nước Việt Nam;"): a speck ends otherwise.
      if (restOfItem && /[;,.]$/u.test(line.text)) {
        doc.distribution.push(line);
        continue;
      }
      // A name there too, while the item above is unfinished (ends with "," or ";"): the signer's, cut from an item.
      if (!line.cell && line.text.length <= 40 && (k !== 'name' || itemGoesOn) && !wrapsItem && i + 1 < lines.length && DASH_OR_LUU.test(lines.text(i + 1))) {
        if (k === 'authority' || k === 'upper' || k === 'name' || twoCapitalWords(line.text)) doc.signature.push(line);
        continue;
      }
      // Items of a Nơi nhận list continue across blank lines; anything else ends it.
      if (k === 'authority' || k === 'upper' || k === 'name') inDistribution = false;
      else if (restOfItem) {
        doc.distribution.push(line);
        continue;
      } else inDistribution = false;
    }
    if (signatureDone) continue;
    // "Võ Văn Kiệt (Đã ký)": the name of a signed copy, with its note (cut off).
    const signed = k !== 'name' ? withoutSignedNote(line) : null;
    const named = k === 'name' || (signed !== null && isNameText(signed.text));
    doc.signature.push(named && signed !== null ? signed : line);
    // The name ends the signature (a signature of the name alone too: an annex may follow it).
    if (named && (doc.signature.length > 1 || i === tailIdx)) signatureDone = true;
  }
  // A signature without a prefix whose title and name run together on one line ("CHỦ TỊCH QUỐC HỘI Vương Đình Huệ"):
  // the title and the name are two lines.
  const first = doc.signature[0];
  if (first !== undefined && tailIdx < lines.length && first === lines.at(tailIdx) && kinds.at(tailIdx) !== 'authority' && first.text.length < 80 && isUpperAt(first.text, 0) && HAS_LOWER.test(first.text)) {
    const at = titleThenName(first.text);
    if (at > 0) doc.signature.splice(0, 1, sliceLine(first, 0, at), sliceLine(first, at));
  }

  if (doc.header.length === 0) collector.message('no-header', 'info', 'no issuing-body header found', doc.lines.at(0) ?? null);
  reportLayout(doc, kinds, collector, metaAt >= 0 ? metaAt : kinds.first('meta', isMetaLine, OPENER_BIT.meta, 0, metaFrom));
  return doc;
}

/**
 * Where a signature with no prefix and no Nơi nhận opens when the text ends at line `end` (exclusive), or null: an
 * upper-case title over a name; an upper-case title alone; or only the signer's name after the last sentence of the
 * body (an old text whose title and seal a crawler lost), in a document with a head (`headed`: a press report's
 * byline is no signature). Before an annex a name may carry the note of a signed copy ("Võ Văn Kiệt (Đã ký)"); at
 * the end of the text the tail steps of explodeLines have cut it off already.
 */
function bareSignatureBefore(lines: LineList, kinds: Kinds, bodyStart: number, end: number, headed: boolean): number | null {
  const junk = (j: number) => !hasTwoLetters(lines.text(j));
  let i = end - 1;
  while (i > bodyStart && junk(i)) i--;
  let p = i - 1;
  while (p > bodyStart && junk(p)) p--;
  if (i <= bodyStart) return null;
  const bare = end < lines.length ? (withoutSignedNote(lines.at(i)!)?.text ?? lines.text(i)) : lines.text(i);
  const name = kinds.at(i) === 'name' || (end < lines.length && isNameText(bare));
  if (name && kinds.at(p) === 'upper') return p;
  if (kinds.at(i) === 'upper' && lines.text(i).length < 60) return i;
  if (headed && name && endsSentenceText(lines.text(p)) && isPersonName(bare)) return i;
  // Before an annex, a title and the name run together on one line ("CHỦ TỊCH QUỐC HỘI Vương Đình Huệ").
  if (end < lines.length && bare.length < 80 && endsSentenceText(lines.text(p)) && titleThenName(bare) > 0) return i;
  return null;
}

/** The line without the notes of a signed copy ("Võ Văn Kiệt (Đã ký)" → "Võ Văn Kiệt"), when it has one; else null. */
function withoutSignedNote(line: Line): Line | null {
  const parts = cutSignedNote(line);
  return parts !== null && parts.length === 1 ? parts[0]! : null;
}

/** An annex's heading opening a line: "PHỤ LỤC", "PHỤ LỤC SỐ 1", "Phụ lục I". */
const ANNEX_HEADING = latin(String.raw`^(?:PHỤ\s+LỤC|Phụ\s+lục)(?![\p{L}\p{M}])`, 'u');

/** The first line from `from` on that opens an annex (ANNEX_HEADING), or -1. */
function annexAt(lines: LineList, from: number, to = lines.length): number {
  for (let i = from; i < to; i++) if (lines.firstCode(i) === 80 && ANNEX_HEADING.test(lines.text(i))) return i;
  return -1;
}

/** A form's heading alone on its line: "Mẫu 02", "Mẫu số 01/TB", "MẪU SỐ 3". */
const FORM_HEADING = latin(String.raw`^(?:Mẫu|MẪU)\s+(?:(?:số|SỐ)\s+)?[\dIVX][\w./-]*\s*$`, 'u');

/** Line i opens an annex (ANNEX_HEADING) or a form (FORM_HEADING). */
function opensAnnex(lines: LineList, i: number): boolean {
  const c = lines.firstCode(i);
  return (c === 80 && ANNEX_HEADING.test(lines.text(i))) || (c === 77 && FORM_HEADING.test(lines.text(i))) || (c === 40 && ATTACHED_TO.test(lines.text(i)));
}
/** "(Kèm theo Công văn số … ngày …)": the line under an annex's or a form's heading that ties it to the document. */
const ATTACHED_TO = latin(`^\\(\\s*${loose('kèm theo')}\\s`, 'u');

/**
 * The first short upper-case line (a person's title) right under a line that ends the document ("./."), with a
 * person's name right under it (lines without two letters between them passed over), or null.
 */
function titleOverNameAfterEnd(lines: LineList, kinds: Kinds, from: number): number | null {
  const junk = (j: number) => j < lines.length && !hasTwoLetters(lines.text(j));
  for (let i = from; i < lines.length - 2; i++) {
    const c = lines.lastCode(i);
    if (c !== 46 && !isWhiteSpace(c)) continue;
    if (!ENDS_DOCUMENT.test(lines.text(i))) continue;
    let j = i + 1;
    while (junk(j)) j++;
    if (j >= lines.length || kinds.at(j) !== 'upper' || lines.text(j).length >= 60) continue;
    let k = j + 1;
    while (junk(k)) k++;
    if (k < lines.length && kinds.at(k) === 'name' && isPersonName(lines.text(k).replace(RANK, ''))) return j;
  }
  return null;
}

/** "XÁC THỰC VĂN BẢN HỢP NHẤT" anywhere in a line, marks lost or not (OCR: "XÁC THỰC VĂN BAN HỢP NHAT"). */
const SEAL_ANYWHERE = latin(loose('xác thực văn bản hợp nhất'), 'u');

/**
 * A number line whose label OCR destroyed ("8é:.2953 /TCT - TTKT"): up to four characters (or two short words: "ty
 * sé:") and a colon or a stop, then a number and its code (digits, "/", capitals and dashes), and nothing after it
 * but a capitalised word (the place of a place-and-date line OCR damaged too: "$6:990/TB-TCT Hà Noi, ngayl4thing …").
 * Group 1 is where the number starts.
 */
const OCR_NUMBER_LINE = latin(
  String.raw`^(?:\S{1,4}\s+)?\S{1,4}?\s*[:.]+\s*(\d{1,6}\s*\/\s*\p{Lu}[\p{Lu}\p{M}&]*(?:\s*[-–]\s*\p{Lu}[\p{Lu}\p{M}\d&]*){0,3})(?:\s*$|\s+\p{Lu}\p{Ll})`,
  'du',
);

/** Before line `end`, a line of the head that is a number under a label OCR destroyed, from its digits, and its index; or null. */
function ocrNumberLine(lines: LineList, kinds: Kinds, end: number): [Line, number] | null {
  for (let i = 0; i < end && i < lines.length; i++) {
    const k = kinds.at(i);
    if (k !== 'prose' && k !== 'upper') continue;
    const m = OCR_NUMBER_LINE.exec(lines.text(i));
    if (m !== null) return [sliceLine(lines.at(i)!, m.indices![1]![0]), i];
  }
  return null;
}

/** The text opens with "số" or "so" in lower case, not followed by a colon ("số 01 tại …"). */
function lowerSoWithoutColon(t: string): boolean {
  if (t.charCodeAt(0) !== 115) return false;
  let i = 2;
  while (i < t.length && isWhiteSpace(t.charCodeAt(i))) i++;
  return t.charCodeAt(i) !== 58;
}

/** A seal line ("XÁC THỰC VĂN BẢN HỢP NHẤT") stands within the four lines above line i. */
function underSeal(lines: LineList, i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if (lines.text(j).length <= 120 && SEAL_ANYWHERE.test(lines.text(j))) return true;
  return false;
}

interface SealBlock {
  /** The first line of the block (the issuing body's, or the seal's). */
  start: number;
  issuer: Line | null;
  number: Line;
  placeDate: Line | null;
}

/**
 * The authentication block of a consolidated text between lines `from` and `to`: a line with the seal ("XÁC THỰC VĂN
 * BẢN HỢP NHẤT"), the issuing body before it on the same line (two columns flattened) or on the line above, and
 * within three lines after it a number line; the place and date follow on the number's line or the next one. Null
 * without a seal and a number after it.
 */
function sealBlock(lines: LineList, kinds: Kinds, from: number, to: number): SealBlock | null {
  for (let i = from; i < to; i++) {
    const line = lines.at(i)!;
    if (line.text.length > 120) continue;
    const m = SEAL_ANYWHERE.exec(line.text);
    if (m === null) continue;
    let number: Line | null = null;
    let placeDate: Line | null = null;
    for (let j = i + 1; j <= i + 3 && j < lines.length && number === null; j++) {
      if (kinds.at(j) !== 'number') continue;
      const numberLine = lines.at(j)!;
      let at = -1;
      eachPlaceDate(numberLine.text, (pd) => {
        if (at < 0) at = pd.index;
      });
      if (at > 0) {
        number = sliceLine(numberLine, 0, at);
        placeDate = sliceLine(numberLine, at);
      } else {
        number = numberLine;
        if (j + 1 < lines.length && kinds.at(j + 1) === 'place-date') placeDate = lines.at(j + 1)!;
      }
    }
    if (number === null) return null;
    const before = line.text.slice(0, m.index).trim();
    if (before.length >= 2 && isUpperLine(before)) return { start: i, issuer: sliceLine(line, 0, m.index), number, placeDate };
    if (before.length === 0 && i > from && kinds.at(i - 1) === 'upper' && lines.at(i - 1)!.text.length <= 80) return { start: i - 1, issuer: lines.at(i - 1)!, number, placeDate };
    return { start: i, issuer: null, number, placeDate };
  }
  return null;
}

/** The text holds two letters (\p{L} code points) at least. */
function hasTwoLetters(text: string): boolean {
  LETTER.lastIndex = 0;
  return LETTER.test(text) && LETTER.test(text);
}

const LETTER = /\p{L}/gu;

/**
 * hasMarks of the text of the first `count` lines joined by spaces, read where the lines' texts are (the lines are
 * not made, nor their texts joined).
 */
function headHasMarks(lines: LineList, count: number): boolean {
  const n = Math.min(lines.length, count);
  if (headStarts.length < n) {
    headStarts = new Int32Array(n);
    headEnds = new Int32Array(n);
  }
  const texts = headTexts;
  texts.length = 0;
  for (let i = 0; i < n; i++) {
    texts.push(lines.textSpan(i, SPAN));
    headStarts[i] = SPAN[0]!;
    headEnds[i] = SPAN[1]!;
  }
  const marked = hasMarksJoined(texts, headStarts, headEnds);
  texts.length = 0; // the document's texts are not held on to
  return marked;
}

/**
 * headHasMarks' pieces, reused from one document to the next (work space, not results): a typed array of more than
 * 64 bytes lives outside the heap, and making one costs more than reading the sixty lines.
 */
const headTexts: string[] = [];
let headStarts = new Int32Array(60);
let headEnds = new Int32Array(60);
const SPAN = new Int32Array(2);

/** "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "CỦA THỦ TƯỚNG CHÍNH PHỦ": under a type title, who issues the document. */
const ISSUED_BY = /^CỦA\s/u;
/** "SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 ": the number and date an old gazette title repeats before its subject. */
const GAZETTE_LEAD = /^SỐ:?\s*\S+\s+NGÀY\s+\d{1,2}(?:\s+THÁNG\s+|\s*[/.-]\s*)\d{1,2}(?:\s+NĂM\s+|\s*[/.-]\s*)\d{4}\s+/u;

/**
 * A line of kind `k` and text `t` after the subject lines `taken` is not part of the subject: a full prose line
 * or a legal basis (the body) unless it `wraps` the sentence above on, or an upper-case line under a subject
 * that is not in upper case (the authority a decision or resolution repeats under its title: "HỘI ĐỒNG NHÂN DÂN
 * TỈNH …", "BỘ TRƯỞNG BỘ Y TẾ").
 */
function endsSubject(taken: readonly Line[], k: LineKind, t: string, wraps = false): boolean {
  // A subject in capitals does not go on in sentence case ("… QUẢN LÝ THUẾ TẬP TRUNG (TMS)" / "Cục Thuế có kế hoạch …"):
  // that is the body's first line, no blank line between.
  if (k === 'prose') return !wraps && (isPlainProse(t) || isLegalBasis(t) || (isShortSentence(t) && !HANGS.test(taken[taken.length - 1]!.text)) || (isUpperLine(taken[taken.length - 1]!.text) && isUpperAt(t, 0) && HAS_LOWER.test(t)));
  return k === 'upper' && !wraps && !isUpperLine(taken[taken.length - 1]!.text);
}

/**
 * A line of kind `k` and text `t` goes on with the subject lines `taken` under a type title: a line of text
 * (not an item, a signature or another component), after a line that does not end with a stop unless it wraps
 * a sentence on in lower case, not itself ending with a colon (a lead-in to the body: "… trân trọng kính mời:"),
 * and not what endsSubject rules out.
 */
function continuesTitleSubject(taken: readonly Line[], k: LineKind, t: string): boolean {
  if (k !== 'prose' && k !== 'upper' && k !== 'name') return false;
  const previous = taken[taken.length - 1]!.text;
  const wraps = wrapsOn(previous, t);
  if (!wraps && /[.:]$/u.test(previous)) return false;
  return !t.endsWith(':') && !endsSubject(taken, k, t, wraps);
}

/**
 * A short line of the body, too short for isPlainProse: a sentence that opens with a capital and ends with a full
 * stop, of twelve words, or of eight with a comma near its start ("Năm 2026, Ban Thường vụ … đạt kết quả."). The
 * wrapped end of a subject that opens with a name ("Trường THPT Nguyễn Du giai đoạn 2026 - 2030.") is shorter, and is
 * not taken for one after a line that ends with a word that needs what follows (HANGS).
 */
function isShortSentence(t: string): boolean {
  if (!t.endsWith('.') || t.endsWith('./.') || !isUpperAt(t, 0)) return false;
  const words = countWords(t, 12);
  const comma = t.indexOf(', ');
  return words >= 12 || (words >= 8 && comma > 0 && comma < 40);
}

/** A line that ends with a word that needs what follows ("… niềm tin của Nhân dân đối với" / "Đảng, Nhà nước."). */
const HANGS = latin(String.raw`(?<![\p{L}\p{M}])(?:với|của|và|cho|về|tại|trong|đối|các|những|năm|đến|từ|theo|trên|dưới|là|để|nhằm|giữa)\s*$`, 'iu');

/** A line in lower case after a line that ends without a stop: the wrapped rest of a sentence. */
function wrapsOn(previous: string, t: string): boolean {
  if (/[.:;]$/u.test(previous)) return false;
  // "V/v thực hiện Thông tư số" / "156/2013/TT-BTC và các": a number after the word that cites it.
  return STARTS_LOWER.test(t) || (isDigitCode(t.charCodeAt(0)) && CITES_ON.test(previous));
}
/** A subject line that ends with a document's type or "số", before its number. */
const CITES_ON = latin(`(?:${['số', 'thông tư', 'nghị định', 'quyết định', 'công văn', 'văn bản', 'chỉ thị', 'nghị quyết', 'luật', 'thông báo', 'kế hoạch'].map(loose).join('|')})$`, 'u');

/**
 * A component's own line plus the lines that continue it (same block, not another component), and the index of the
 * last of them (a line of another component may lie between them).
 */
function continuation(lines: LineList, kinds: Kinds, start: number): { taken: Line[]; end: number } {
  const out = [lines.at(start)!];
  let end = start;
  for (let j = start + 1; j < lines.length && out.length < 16; j++) {
    // "về việc triển khai … Chương trình hành động" / "số 104-CTr/TU ngày 30/8/2026 …": "số" in lower case without a
    // colon wraps a sentence on; it is no number's label.
    const k = kinds.at(j) === 'number' && lowerSoWithoutColon(lines.text(j)) ? 'prose' : kinds.at(j)!;
    // "V/v chính sách thuế đối   Hà Nội, ngày …" / "với hoạt động …": the place and date (or the number) of the
    // column beside, cut from the subject's line, with the subject going on under it: passed over.
    if ((k === 'place-date' || k === 'number') && j + 1 < lines.length && lines.at(j)!.block === out[out.length - 1]!.block && kinds.at(j + 1) === 'prose' && wrapsOn(out[out.length - 1]!.text, lines.at(j + 1)!.text)) {
      j++;
      if (lines.at(j)!.block !== lines.at(j - 1)!.block && lines.at(j)!.text.length >= 80) break;
      out.push(lines.at(j)!);
      end = j;
      continue;
    }
    // OCR and hard wraps break a subject into blocks; a short line in lower case cannot open a new component.
    // A line in lower case after one that ends without a stop wraps the sentence on: within a block at any length
    // (a gazette's subject wraps at the body's width), across blocks (OCR) when short.
    // So does a short line after a line that ends with a word that needs what follows ("… và các" / "Thông tư
    // khác"), and a number after the word that cites it ("… áp dụng Thông tư" / "41/2017/TT-BTC", in capitals).
    const t = lines.at(j)!.text;
    const previous = out[out.length - 1]!.text;
    const wrapsSentence =
      (k === 'prose' && (wrapsOn(previous, t) || (t.length < 60 && HANGS.test(previous) && !isLegalBasis(t)))) || (k === 'upper' && wrapsOn(previous, t));
    const wraps = wrapsSentence && t.length < 80;
    if (lines.at(j)!.block !== out[out.length - 1]!.block && !wraps) break;
    if (k !== 'prose' && k !== 'upper' && k !== 'name' && k !== 'type-title') break;
    if (endsSubject(out, k, t, wrapsSentence)) break;
    out.push(lines.at(j)!);
    end = j;
  }
  return { taken: out, end };
}

/**
 * Line `t` (of kind `k`) goes on with the recipient `previous`: in lower case after a line that ends without a stop
 * (wrapsOn), or, after an item that ends with neither ";" nor "." (a comma at most), a name that ends as an item does
 * ("- Các Sở: Nông nghiệp và Môi trường, Xây dựng," / "Công Thương;", "… giúp việc" / "Đảng ủy Ủy ban nhân dân tỉnh,").
 */
function wrapsRecipient(previous: string, t: string, k: LineKind, afterItem: boolean): boolean {
  if (k === 'prose' && wrapsOn(previous, t)) return true;
  if (!afterItem || (k !== 'prose' && k !== 'name' && k !== 'upper') || OPENS_BODY.test(t)) return false;
  const end = previous.charCodeAt(previous.length - 1);
  const last = t.charCodeAt(t.length - 1);
  return end !== 59 && end !== 46 && end !== 58 && (last === 59 || last === 44 || last === 46);
}

/** A Nơi nhận item shares a block, or a table row, with a signature line. */
function sideBySide(signature: readonly Line[], distribution: readonly Line[]): boolean {
  if (signature.length === 0 || distribution.length === 0) return false;
  // Both lists short (a dispatch's): every pair is compared, without the sets and keys made below.
  if (signature.length * distribution.length <= 256) {
    for (const d of distribution) {
      for (const s of signature) {
        if (s.block === d.block) return true;
        if (d.cell !== undefined && s.cell !== undefined && s.cell.table === d.cell.table && s.cell.row === d.cell.row) return true;
      }
    }
    return false;
  }
  // Sets: both lists can be long.
  const blocks = new Set(signature.map((s) => s.block));
  const rows = new Set(signature.filter((s) => s.cell).map((s) => `${s.cell!.table}:${s.cell!.row}`));
  return distribution.some((d) => blocks.has(d.block) || (d.cell !== undefined && rows.has(`${d.cell.table}:${d.cell.row}`)));
}

/**
 * Records in messages which layout the segmenter recognised, so that a reader of the record can judge it. `metaAt`:
 * the first meta line, or -1 (kinds.first, found by the caller).
 */
function reportLayout(doc: SegmentedDoc, kinds: Kinds, collector: Collector, metaAt: number): void {
  if (metaAt >= 0) collector.message('layout-preamble', 'info', 'lines before the document (digital signature metadata or source notes) were skipped', doc.lines.at(metaAt)!);
  // Looked for only where its absence is reported; a line whose head line holds no motto is not read again.
  if ((doc.number || doc.placeDate) && kinds.first('motto', isMottoText, ANY_OPENER, LINE_FACT.noMotto) < 0) collector.message('no-motto', 'info', 'no national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") found', null);
  const headCells = doc.header.some((l) => l.cell) || (doc.number?.cell ?? doc.placeDate?.cell);
  if (headCells) collector.message('layout-table-header', 'info', 'header, number and date laid out as table cells', doc.header[0] ?? doc.number ?? doc.placeDate);
  if (sideBySide(doc.signature, doc.distribution)) collector.message('layout-side-by-side', 'info', 'Nơi nhận and the signature block side by side', doc.distribution[0]!);
}
