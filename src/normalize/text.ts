/**
 * Named normalisation steps over decoded text: line endings (CRLF, CR → LF),
 * Unicode NFC, and space-like characters. The result keeps an offset map back to
 * the decoded text so that every position the parser reports points into it.
 */
export interface NormalizedText {
  /** The normalised text that readers and extractors see. */
  text: string;
  /**
   * For each offset in `text` (and one past the end), the offset in the decoded text;
   * `null` when the two are identical.
   */
  map: Int32Array | null;
}

/**
 * A text that normalizeText changed. Its map is kept as anchors, the offsets where the text and the decoded text
 * stop advancing together (one per CRLF, none for a character replaced by one: NBSP → space), and is made whole
 * only when read: the pipeline asks for a few dozen offsets (decodedOffset), and a whole map cost an array of the
 * text's length, filled one offset at a time, for each text with CRLF line ends.
 */
class MappedText implements NormalizedText {
  readonly text: string;
  /** Pairs (offset in text, offset in decoded), offsets ascending, from (0, …): from each on, both advance together. */
  private readonly anchors: number[];

  constructor(text: string, anchors: number[]) {
    this.text = text;
    this.anchors = anchors;
  }

  get map(): Int32Array {
    const map = new Int32Array(this.text.length + 1);
    const anchors = this.anchors;
    for (let offset = 0, a = 0; offset < map.length; offset++) {
      while (a + 2 < anchors.length && anchors[a + 2]! <= offset) a += 2;
      map[offset] = anchors[a + 1]! + offset - anchors[a]!;
    }
    return map;
  }

  /** map[min(offset, text.length)], found among the anchors. */
  decodedOffset(offset: number): number {
    const at = Math.min(offset, this.text.length);
    const anchors = this.anchors;
    // The last anchor at or before `at` (the first is at 0).
    let lo = 0;
    let hi = (anchors.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (anchors[mid << 1]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return anchors[(lo << 1) + 1]! + at - anchors[lo << 1]!;
  }
}

/** map[min(offset, text.length)] of a normalised text (`offset` when it has no map), without making a whole map. */
export function decodedOffset(normalized: NormalizedText, offset: number): number {
  if (normalized instanceof MappedText) return normalized.decodedOffset(offset);
  const map = normalized.map;
  return map === null ? offset : map[Math.min(offset, map.length - 1)]!;
}

/** Characters that need work: CR, space-likes (NBSP, figure space, narrow NBSP, tab, VT, FF), zero-width ones and LOOKALIKE's. */
const NEEDS_WORK = /[\r\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\t\v\f\u01a2\u01a3\u2044]/;

/**
 * Look-alikes that PDF fonts put for Vietnamese letters and signs: "ƣ"/"Ƣ" (oi) for "ư"/"Ư" ("Trƣờng", "ngƣời": a
 * font's glyph table mapped to the wrong code point) and the fraction slash "⁄" for "/" in numbers. Neither has a
 * use in Vietnamese text.
 */
const LOOKALIKE: Record<number, string> = { 0x1a2: 'Ư', 0x1a3: 'ư', 0x2044: '/' };
const LOOKALIKES = /[\u01a2\u01a3\u2044]/gu;

/**
 * Per BMP code unit, 1 for a superset of those that normalizeText may change or that start a cluster it
 * normalises: the characters of NEEDS_WORK, every combining mark (\p{M}: U+0300–U+036F, then the blocks of other
 * scripts' marks, taken whole) and surrogates (astral code points). Vietnamese letters, precomposed (U+00C0–U+01B0,
 * U+1EA0–U+1EF9), are 0, but for the look-alikes ƣ and Ƣ in that range. test/normalize/text.test.ts holds it to every
 * BMP code unit.
 */
const MAY_CHANGE = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x09, 0x09], [0x0b, 0x0d], [0xa0, 0xa0], [0x300, 0x36f], [0x483, 0x1dff], [0x2007, 0x2007], [0x200b, 0x200d],
  [0x202f, 0x202f], [0x2060, 0x2060], [0x1a2, 0x1a3], [0x2044, 0x2044], [0x20d0, 0x20ff], [0x2cef, 0x2dff], [0x302a, 0x309a], [0xa66f, 0xabff],
  [0xd800, 0xdfff], [0xfb1e, 0xfb1e], [0xfe00, 0xfe2f], [0xfeff, 0xfeff],
] as const) MAY_CHANGE.fill(1, from, to + 1);

/**
 * Some code unit of the text may be changed by normalizeText: false means the text is returned as it is. One
 * table look-up a code unit, about twice as fast as the NEEDS_WORK scan and ICU's NFC check together.
 */
export function mayChange(text: string): boolean {
  for (let i = 0, n = text.length; i < n; i++) if (MAY_CHANGE[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/** mayChange of the text whose UTF-16 code units these are: a typed array is scanned about twice as fast as a string. */
export function mayChangeUnits(units: Uint16Array): boolean {
  for (let i = 0, n = units.length; i < n; i++) if (MAY_CHANGE[units[i]!] !== 0) return true;
  return false;
}

/** `units`, when given, are the code units of `decoded` (read/decode.ts has them for UTF-8 input). */
export function normalizeText(decoded: string, units?: Uint16Array): NormalizedText {
  // Fastest path: no code unit that any step below could change or start a mark cluster with.
  if (!(units === undefined ? mayChange(decoded) : mayChangeUnits(units))) return { text: decoded, map: null };
  const needsWork = NEEDS_WORK.test(decoded);
  const { normalized, sawMark } = normalizeClusters(decoded, units);
  // Nothing replaced, and the clusters already NFC (or none): the text as it is, with no map. Text that is not
  // NFC only for want of composition outside mark clusters (U+212B alone) is left as it is too. (No ICU check
  // of the whole text first: a text that reaches here has marks, and most such texts are not NFC.)
  if (!needsWork && (!sawMark || normalized.text === decoded)) return { text: decoded, map: null };
  return normalized;
}

/**
 * The text cluster by cluster: a cluster is CRLF, or one code point with the combining
 * marks after it, or a run of marks with no base (at the start, or after a CRLF).
 * CRLF becomes LF; a cluster with marks (or an astral code point) is NFC-normalised
 * on its own; a lone code unit is replaced when it is CR (→ LF), zero-width (dropped)
 * or space-like (→ space).
 *
 * Fast path: the loop steps over plain code units (neither to be replaced, nor a mark,
 * nor a surrogate) with one table look-up each, and copies each run of them with one
 * slice. A mark found that way belongs with the plain code point before it,
 * which is taken back out of the run.
 */
function normalizeClusters(decoded: string, units?: Uint16Array): { normalized: NormalizedText; sawMark: boolean } {
  const n = decoded.length;
  const parts: string[] = [];
  const anchors = [0, 0];
  let out = 0;
  /** Start of the run of unchanged code units not yet copied. */
  let run = 0;
  let sawMark = false;
  let i = 0;
  while (i < n) {
    // Runs that MAY_CHANGE passes over are plain; what it stops at is classified (it is a superset).
    if (units !== undefined) while (i < n && MAY_CHANGE[units[i]!] === 0) i++;
    else while (i < n && MAY_CHANGE[decoded.charCodeAt(i)] === 0) i++;
    if (i === n) break;
    const c = decoded.charCodeAt(i);
    if ((UNIT_CLASS[c] || classifyUnit(c)) === PLAIN) {
      i++;
      continue;
    }
    // The cluster [start, end) at i, and what replaces it.
    let start = i;
    let end: number;
    let piece: string;
    if (c === 13 && decoded.charCodeAt(i + 1) === 10) {
      end = i + 2;
      piece = '\n';
    } else {
      const mark = c >= 0x300 ? markLength(decoded, i) : 0;
      if (mark > 0) {
        // A mark no cluster took: its base is the code point before it, still in the run (none at the start or after CRLF).
        if (i > run) start = i - 2 >= run && isHighSurrogate(decoded.charCodeAt(i - 2)) && isLowSurrogate(decoded.charCodeAt(i - 1)) ? i - 2 : i - 1;
        end = i + mark;
      } else end = i + (isHighSurrogate(c) && isLowSurrogate(decoded.charCodeAt(i + 1)) ? 2 : 1);
      if (mark > 0) sawMark = true;
      while (end < n) {
        const next = markLength(decoded, end);
        if (next === 0) break;
        end += next;
        sawMark = true;
      }
      if (end - start > 1) {
        piece = decoded.slice(start, end);
        // A look-alike with marks after it ("ƣ" + U+0301) is the letter with them ("ứ").
        piece = piece.replace(LOOKALIKES, (ch) => LOOKALIKE[ch.charCodeAt(0)]!);
        piece = piece.normalize('NFC');
      } else if (c === 13) piece = '\n';
      else if (LOOKALIKE[c] !== undefined) piece = LOOKALIKE[c]!;
      else if (isZeroWidth(c)) piece = '';
      else if (isSpaceLike(c)) piece = ' ';
      else {
        // A lone surrogate: left as it is, in the run.
        i = end;
        continue;
      }
    }
    // Copy the untouched run before the cluster (it advances with the decoded text), then the cluster's
    // replacement: its offset k maps to start + min(k, last), along the run's line up to `last` (all of it
    // unless NFC lengthened the cluster), then stuck at start + last.
    if (start > run) {
      parts.push(decoded.slice(run, start));
      out += start - run;
    }
    parts.push(piece);
    addAnchor(anchors, out, start);
    const last = end - start - 1;
    for (let k = last + 1; k < piece.length; k++) addAnchor(anchors, out + k, start + last);
    out += piece.length;
    addAnchor(anchors, out, end);
    i = end;
    run = end;
  }
  if (n > run) parts.push(decoded.slice(run, n));
  return { normalized: new MappedText(parts.join(''), anchors), sawMark };
}

/**
 * From `at` on, the text's offsets map to `from` on: a new anchor, unless the last one's line passes there (a
 * replacement of the same length), or is at `at` itself (what it mapped, an empty replacement, has no offset).
 */
function addAnchor(anchors: number[], at: number, from: number): void {
  const k = anchors.length - 2;
  if (anchors[k] === at) anchors[k + 1] = from;
  else if (from - at !== anchors[k + 1]! - anchors[k]!) anchors.push(at, from);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

function isSpaceLike(c: number): boolean {
  return c === 0xa0 || c === 0x2007 || c === 0x202f || c === 9 || c === 11 || c === 12;
}

/** What a BMP code unit is to the loop; 0 until first seen. */
const PLAIN = 1;
const MARK = 2;
const SPECIAL = 3; // CR, space-like, zero-width, look-alike
const SURROGATE = 4;
const UNIT_CLASS = new Uint8Array(0x10000);
const IS_MARK = /^\p{M}$/u;

function classifyUnit(c: number): number {
  let kind = PLAIN;
  if (c === 13 || isZeroWidth(c) || isSpaceLike(c) || LOOKALIKE[c] !== undefined) kind = SPECIAL;
  else if (c >= 0xd800 && c <= 0xdfff) kind = SURROGATE;
  else if (c >= 0x300 && IS_MARK.test(String.fromCharCode(c))) kind = MARK;
  UNIT_CLASS[c] = kind;
  return kind;
}

/** Length in code units of the combining mark (\p{M}) at `at`, or 0 when there is none. */
function markLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x300) return 0;
  if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))) return IS_MARK.test(text.slice(at, at + 2)) ? 2 : 0;
  return (UNIT_CLASS[c] || classifyUnit(c)) === MARK ? 1 : 0;
}

/**
 * Line starts of a text, for offset → (line, column) conversion: those up to `upTo` (default: all), which is
 * enough for pointAt of any offset up to `upTo`.
 */
export function lineStarts(text: string, upTo = text.length): Int32Array {
  const starts = [0];
  // LF, CRLF and a lone CR each end a line: the next of each is found with indexOf, not a loop over every character.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    let end: number;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      end = cr;
      cr = text.indexOf('\r', cr + 1);
      // The CR of a CRLF: the LF after it ends the line.
      if (end + 1 === lf) continue;
    } else if (lf !== -1) {
      end = lf;
      lf = text.indexOf('\n', lf + 1);
    } else break;
    if (end >= upTo) break;
    starts.push(end + 1);
  }
  return Int32Array.from(starts);
}

export function pointAt(starts: Int32Array, offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}
