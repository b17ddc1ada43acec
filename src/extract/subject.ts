/** Subject (trích yếu, box 5a/5b): "V/v …" lines joined, without the label and the final full stop. */
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { SUBJECT_LABEL, TYPE_TITLE } from './patterns.js';
import { isWhiteCode, joinLines } from './text.js';
import { offsetAt } from '../segment/lines.js';

/**
 * text.replace(/(?<![\s.])[\s.]+$/u, ''): the pattern's first match is the whole run of white space and full
 * stops that ends the text (the look-behind only keeps it from starting inside that run), found from the end.
 */
export function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 46 || isWhiteCode(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function extractSubject(doc: SegmentedDoc, c: Collector): string | null {
  const lines = doc.subject;
  if (lines.length === 0) return null;
  let text = joinLines(lines);
  let cut = 0;
  if (doc.title === lines[0]) {
    const m = TYPE_TITLE.exec(text);
    if (m) cut = m[0].length;
    text = text.slice(cut).trim();
  }
  const label = SUBJECT_LABEL.exec(text);
  if (label) {
    text = text.slice(label[0].length);
    cut += label[0].length;
  }
  text = withoutTrailingDots(text.replace(/^[\s:.-]+/u, '')).trim();
  if (!text) return null;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  c.spans.set('/subject', [offsetAt(first, Math.min(cut, first.text.length)), offsetAt(last, last.text.length)]);
  return text;
}
