/** Helpers for rules: where a field is in the source, and the text around it. */
import type { DispatchRecord, Position } from '../schema/record.js';
import { PARTY_MOTTO } from '../extract/patterns.js';

export interface Where {
  line: number;
  column: number;
}

/** The source position of a JSON Pointer of the record, or null when the record has none. */
export function span(record: DispatchRecord, pointer: string): Position | null {
  return record.positions[pointer] ?? null;
}

/** The start of a field in the source; the fallback (default line 1, column 1) when the record has no position. */
export function at(record: DispatchRecord, pointers: string | readonly string[], fallback: Where = { line: 1, column: 1 }): Where {
  for (const pointer of typeof pointers === 'string' ? [pointers] : pointers) {
    const position = span(record, pointer);
    if (position) return { line: position.start.line, column: position.start.column };
  }
  return fallback;
}

/** The source text of a field (NFC), or null. */
export function textOf(record: DispatchRecord, pointer: string, text: string): string | null {
  const position = span(record, pointer);
  if (!position) return null;
  return text.slice(position.start.offset, position.end.offset).normalize('NFC');
}

/**
 * The punctuation that closes a field as printed: its own last character when that is ";", "." or ",", else
 * the first character after it on its line (emphasis and spaces skipped); "" when there is none (the line or
 * the table cell ends, or another word follows).
 */
export function closingMark(record: DispatchRecord, pointer: string, text: string): string | null {
  const position = span(record, pointer);
  if (!position) return null;
  // A count of copies, "(2)" or "(2b)", may stand between the field and its mark.
  const inside = text.slice(position.start.offset, position.end.offset).replace(/[\s*_]+$/u, '').replace(/\s*\([^()\n]{0,12}\)$/u, '');
  const last = inside.at(-1) ?? '';
  if (/[;.,:]/u.test(last)) return last;
  const after = /^[ \t*_\\]*(?:\([^()\n]{0,12}\)[ \t*_\\]*)?([^\s*_])?/u.exec(text.slice(position.end.offset, position.end.offset + 40))?.[1] ?? '';
  return /[;.,:]/u.test(after) ? after : '';
}

/** The text of a line (1-based), without its line break. */
export function lineText(text: string, line: number): string {
  return (text.split(/\r?\n/u)[line - 1] ?? '').normalize('NFC');
}

/** Where the last line of the text with content is: for findings about something missing at the end. */
export function lastLine(text: string): Where {
  const lines = text.split(/\r?\n/u);
  let line = lines.length;
  while (line > 1 && lines[line - 1]!.trim() === '') line--;
  return { line, column: 1 };
}

/** Upper case, NFC, "HOÀ" spelled "HÒA", spaces folded: for comparing titles. */
export function foldTitle(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi').replace(/OÀ/gu, 'ÒA').replace(/UỶ/gu, 'ỦY').replace(/\s+/gu, ' ').trim();
}

export interface SourceLine {
  /** 1-based. */
  number: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line as in the source, without its line break. */
  raw: string;
}

/** The lines of the text with their offsets (line breaks \n, \r\n or \r). */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\n|\r/gu;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ number: lines.length + 1, start, raw: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ number: lines.length + 1, start, raw: text.slice(start) });
  return lines;
}

/**
 * The text without the characters that `chars` (a one-character class) matches at its end. A loop, not
 * `.replace(/[…]+$/u, '')`: that regular expression takes quadratic time on a long run of such characters
 * that something else follows (it starts again at each character of the run).
 */
export function trimEndOf(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The head of each record's source text, as headOf found it, with that text. */
const heads = new WeakMap<DispatchRecord, { text: string; head: string }>();

/**
 * The head of the source (NFC): the lines down to five past the number line, or the first 25. Read once per record
 * and text (several rules ask).
 */
export function headOf(record: DispatchRecord, text: string): string {
  const known = heads.get(record);
  if (known !== undefined && known.text === text) return known.head;
  const headerEnd = record.positions['/number']?.end.line ?? 0;
  const head = text.split(/\r?\n/u).slice(0, Math.max(headerEnd + 5, 25)).join('\n').normalize('NFC');
  heads.set(record, { text, head });
  return head;
}

/**
 * The document is a party one (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): the party's name, "ĐẢNG CỘNG SẢN VIỆT NAM"
 * (PARTY_MOTTO), stands in its head where a state document has the national motto. Its own forms are not held to
 * Nghị định 30: the prefixes "T/M", "T/L", "K/T", an archive line naming the party office, no national motto.
 */
export function isPartyDocument(record: DispatchRecord, text: string): boolean {
  return PARTY_MOTTO.test(headOf(record, text));
}
