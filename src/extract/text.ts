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
  return lines.map((l) => l.text).join(' ').replace(/\s+/gu, ' ').trim();
}

/**
 * OCR splits syllables around a toned vowel ("Qu ả ng Ngãi", "Đặ ng Văn Minh"). In a
 * proper name every syllable is capitalised, so a lower-case piece belongs to the word before it.
 */
export function mergeFragments(name: string): string {
  return name.replace(/(?<=\p{L})\s+(?=\p{Ll})/gu, '');
}
