/** Small text helpers shared by extractors. */
import type { Line } from '../segment/lines.js';

/** Removes a list marker ("- ", "+ ", "• ") and trailing ";", ".", ":", "," from an item. */
export function cleanItem(text: string): string {
  return text
    .replace(/^[-–—+•*=]\s*/u, '')
    // An OCR speck after the item's own end: "Như trên; a".
    .replace(/([;:,])\s+[^\s\p{Lu}\d]{1,2}$/u, '$1')
    .replace(/[\s;.:,]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Joins lines with single spaces. */
export function joinLines(lines: Line[]): string {
  return squeezeWhite(lines.map((l) => l.text).join(' ')).trim();
}

const WHITE_RUNS = /\s+/gu;
/** White space other than a single plain space. */
const NOT_SINGLE_SPACE = /[^\S ]| {2}/u;

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
  return name.replace(/(?<=\p{L})\s+(?=\p{Ll})/gu, '');
}

const WHITE_RUN = /\s+/gu;

/**
 * The first `n` words of text.split(/\s+/u), the same strings, without splitting the rest of a long text
 * (the text after a citation can be the whole paragraph).
 */
export function firstWords(text: string, n: number): string[] {
  const out: string[] = [];
  let last = 0;
  WHITE_RUN.lastIndex = 0;
  while (out.length < n) {
    const m = WHITE_RUN.exec(text);
    if (!m) {
      out.push(text.slice(last));
      break;
    }
    out.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  return out;
}
