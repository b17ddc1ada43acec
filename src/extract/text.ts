/** Small text helpers shared by extractors. */
import type { Line } from '../segment/lines.js';

/** Removes a list marker ("- ", "+ ", "• ") and trailing ";", ".", ":", "," from an item. */
export function cleanItem(text: string): string {
  return text
    .replace(/^[-–—+•*=]\s*/u, '')
    .replace(/[\s;.:,]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Joins lines with single spaces. */
export function joinLines(lines: Line[]): string {
  return lines.map((l) => l.text).join(' ').replace(/\s+/gu, ' ').trim();
}
