/** Small text helpers shared by extractors. */
import { joinTexts, type Line } from '../segment/lines.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
const STRAY_TAIL = latin(String.raw`([;:,])\s+[^\s\p{Lu}\d]{1,2}$`, 'u');

/** Removes a list marker ("- ", "+ ", "• ", and "~ " or "~- " as OCR reads a dash) and trailing ";", ".", ":", "," from an item. */
export function cleanItem(text: string): string {
  const c = text.charCodeAt(0);
  // The marker pattern is tried only where the first character can open it (all are ASCII but the dashes and •).
  // A dash OCR doubled ("~- Lưu …") is one marker.
  let item = c === 45 || c === 43 || c === 42 || c === 61 || c === 126 || c >= 0x2000 ? text.replace(/^[-–—+•*=~](?:\s*[-–—~](?=\s))?\s*/u, '') : text;
  // An OCR speck after the item's own end: "Như trên; a". STRAY_TAIL's white space ends one or two characters
  // before the end, which are not white: without that, it cannot match.
  if (mayHaveStrayTail(item)) item = item.replace(STRAY_TAIL, '$1');
  return squeezeWhite(trimPunctEnd(item)).trim();
}

/**
 * A necessary condition for STRAY_TAIL: its last one or two code points are not white and follow a white space, so
 * without a surrogate among the last four code units the white space is two or three units from the end.
 */
export function mayHaveStrayTail(text: string): boolean {
  const n = text.length;
  if (n < 3 || isWhiteCode(text.charCodeAt(n - 1))) return false;
  for (let i = Math.max(0, n - 4); i < n; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return isWhiteCode(text.charCodeAt(n - 2)) || isWhiteCode(text.charCodeAt(n - 3));
}

/**
 * text.replace(/(?<![,;.:\s])[,;.:\s]+$/u, ''): the run of ",", ";", ".", ":" and white space that ends the text
 * removed (the pattern's match is that whole run: it cannot start inside it), read from the end. With `commas`,
 * the run of "," and white space only: text.replace(/(?<![,\s])[,\s]+$/u, '').
 */
export function trimPunctEnd(text: string, commas = false): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!(c === 44 || (!commas && (c === 59 || c === 46 || c === 58)) || isWhiteCode(c))) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Joins lines with single spaces. */
export function joinLines(lines: Line[]): string {
  return squeezeWhite(joinTexts(lines)).trim();
}


const WHITE_RUNS = /\s+/gu;
/** White space other than a single plain space (all BMP: no `u` flag, which would slow the scan). */
const NOT_SINGLE_SPACE = /[^\S ]| {2}/;

/**
 * text.replace(/\s+/gu, ' '). Text whose only white space is single plain spaces (most text) is returned as it
 * is: the replacement would give the same string, at the cost of one replacement per word.
 */
export function squeezeWhite(text: string): string {
  return NOT_SINGLE_SPACE.test(text) ? text.replace(WHITE_RUNS, ' ') : text;
}

/**
 * OCR splits syllables around a toned vowel ("Qu ả ng Ngãi", "Đặ ng Văn Minh"). In a
 * proper name every syllable is capitalised, so a lower-case piece belongs to the word before it.
 */
export function mergeFragments(name: string): string {
  // A merge needs a white space followed by a lower-case letter: one followed by nothing or by an ASCII character
  // other than a-z cannot start one.
  if (!whiteBeforeLowerMaybe(name)) return name;
  return name.replace(/(?<=\p{L})\s+(?=\p{Ll})/gu, '');
}

/** The length of the text's last word, after its last white space (0 when the text ends with one). */
export function lastWordLength(text: string): number {
  let i = text.length;
  while (i > 0 && !isWhiteCode(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}

/** True when some white space is followed by a-z or a character outside ASCII (a necessary condition of /\s\p{Ll}/u). */
export function whiteBeforeLowerMaybe(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    if (!isWhiteCode(text.charCodeAt(i))) continue;
    const d = text.charCodeAt(i + 1);
    if (d >= 0x80 || (d >= 97 && d <= 122)) return true;
  }
  return false;
}

/** /[.:!?]["”’)]*$/u.test(text), read from the end instead of tried at every character. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  let c = text.charCodeAt(i);
  while (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29) c = text.charCodeAt(--i);
  return c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f;
}

/** An ASCII digit (what \d matches). */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /\s/.test(String.fromCharCode(c)): white space and line terminators as JavaScript's \s knows them. */
export function isWhiteCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first `n` words of text.split(/\s+/u), the same strings, without splitting the rest of a long text
 * (the text after a citation can be the whole paragraph).
 */
export function firstWords(text: string, n: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length && out.length < n; i++) {
    if (!isWhiteCode(text.charCodeAt(i))) continue;
    out.push(text.slice(from, i));
    while (i + 1 < text.length && isWhiteCode(text.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  if (out.length < n) out.push(text.slice(from));
  return out;
}

const WORD_CHAR = latin(String.raw`[\p{L}\p{N}]`, 'u');
/** /[\p{L}\p{N}]/u.test(text): a letter or a digit, ASCII ones found without the pattern. */
export function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return WORD_CHAR.test(i === 0 ? text : text.slice(i));
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

/**
 * The words of text.split(/\s+/u) that hold a letter or a digit, counted; the count stops at `upTo` (for a test
 * such as "at least two words", the rest of the text is not read).
 */
export function countWords(text: string, upTo = Infinity): number {
  let n = 0;
  let from = 0;
  for (let i = 0; i <= text.length && n < upTo; i++) {
    if (i < text.length && !isWhiteCode(text.charCodeAt(i))) continue;
    if (i > from && hasWordCharIn(text, from, i)) n++;
    from = i + 1;
  }
  return n;
}

/** hasWordChar(text.slice(from, to)), which slices only from the first character outside ASCII, if any. */
function hasWordCharIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return WORD_CHAR.test(text.slice(i, to));
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

export interface Token {
  index: number;
  text: string;
}

/** The runs of non-white characters of text, as text.matchAll(/\S+/gu) finds them. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const white = i === text.length || isWhiteCode(text.charCodeAt(i));
    if (!white && from < 0) from = i;
    else if (white && from >= 0) {
      out.push({ index: from, text: text.slice(from, i) });
      from = -1;
    }
  }
  return out;
}

/**
 * The tokens of `text` (as tokens(text) lists them), found as they are asked for: a reader that stops after a
 * few words does not split the rest of a long window.
 */
export class LazyTokens {
  private readonly list: Token[] = [];
  /** Where the search for the next token resumes. */
  private pos = 0;
  constructor(readonly text: string) {}

  /** Token `i`, or undefined when the text has no more than `i` tokens. */
  at(i: number): Token | undefined {
    const text = this.text;
    while (this.list.length <= i && this.pos < text.length) {
      let from = this.pos;
      while (from < text.length && isWhiteCode(text.charCodeAt(from))) from++;
      let to = from;
      while (to < text.length && !isWhiteCode(text.charCodeAt(to))) to++;
      this.pos = to;
      if (to > from) this.list.push({ index: from, text: text.slice(from, to) });
    }
    return this.list[i];
  }
}

/**
 * text.matchAll(pattern), for a pattern every match of which begins with a match of `starts`: the pattern is tried
 * (`sticky`, a sticky copy of it) only where `starts` (global, and without the u flag when it can do without,
 * for speed) finds its beginning. Same matches, same order: a match is the leftmost one after the previous.
 */
export function* matchesFrom(text: string, starts: RegExp, sticky: RegExp): Generator<RegExpExecArray> {
  for (let m = matchFrom(text, starts, sticky, 0); m; m = matchFrom(text, starts, sticky, m.index + m[0].length)) yield m;
}

/**
 * The first of those matches at or after `from`, or null: matchesFrom as a loop without a generator,
 * `for (let m = matchFrom(t, s, p, 0); m; m = matchFrom(t, s, p, m.index + m[0].length))`.
 */
export function matchFrom(text: string, starts: RegExp, sticky: RegExp, from: number): RegExpExecArray | null {
  let next = from;
  for (;;) {
    starts.lastIndex = next;
    const s = starts.exec(text);
    if (!s) return null;
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (m) return m;
    next = s.index + 1;
  }
}
