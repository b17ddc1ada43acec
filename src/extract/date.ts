/** Place and date (box 4): "Đồng Nai, ngày 12 tháng 10 năm 2022" → 2022-10-12, "Đồng Nai". */
import type { DispatchRecord } from '../schema/record.js';
import type { Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { DATE_WORDS, NUMERIC_DATE, ocrPlaceDate, PLACE_DATE, PLACE_NUMERIC_DATE } from './patterns.js';
import { isWhiteCode, mergeFragments } from './text.js';
import { joinSplitSyllables } from './ocr.js';

export type DateField = NonNullable<DispatchRecord['date']>;

/** ISO date from day, month and year strings; null when not a real calendar date. */
export function isoDate(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  // "0 6": two digits spaced apart.
  if (day !== undefined && day.length === 3 && day.charCodeAt(1) === 32) day = day[0]! + day[2]!;
  if (month !== undefined && month.length === 3 && month.charCodeAt(1) === 32) month = month[0]! + month[2]!;
  if (!day || !month || !year || !allDigits(day) || !allDigits(month) || year.length !== 4 || !allDigits(year)) return null;
  const d = digitsValue(day);
  const m = digitsValue(month);
  const y = digitsValue(year);
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** /^\d+$/.test(text) */
function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

/**
 * Number(text) for a text of digits, read without the conversion call. A long run of digits may round
 * differently, but only ever to a value far above any day, month or year the callers accept.
 */
function digitsValue(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Days in month m (1–12) of the Gregorian year y, as Date.UTC(y, m, 0) counts them. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Dates written in words or digits anywhere in a text: "ngày 06/10/2022", "ngày 21 tháng 4 năm 2026". */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const words = DATE_WORDS.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  // The first of the two that is a real date; in words when both start at the same place.
  const inWords = words && isoDate(words[1], words[2], words[3]);
  const inDigits = numeric && isoDate(numeric[1], numeric[2], numeric[3]);
  if (inWords && (!inDigits || words.index <= numeric.index)) return { iso: inWords, index: words.index, length: words[0].length };
  return inDigits ? { iso: inDigits, index: numeric.index, length: numeric[0].length } : null;
}


/**
 * Where the date of PLACE_DATE's match starts, `from` being the end of its place (group 1): past
 * `\s*(?:[,.]\s*)?`, whole (the date opens with an n, which neither takes). That is where DATE_WORDS first matches
 * in the rest of the match: no n stands before it there, and it matches there as within PLACE_DATE (the match ends
 * with it, and its (?=\s*$) holds at the end of the match as at the end of the line).
 */
export function placeDateStart(text: string, from: number): number {
  let p = from;
  while (isWhiteCode(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  if (c === 44 || c === 46) {
    p++;
    while (isWhiteCode(text.charCodeAt(p))) p++;
  }
  return p;
}

/** "thông qua ngày 23 tháng 3 năm 2022": day, month and year. */
const ADOPTED = /thông qua ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

export function extractDate(doc: SegmentedDoc, c: Collector): DateField | null {
  let line: Line | null = doc.placeDate;
  let place: string | null = null;
  let value: string | null = null;
  // PLACE_DATE's match, found once for both branches below.
  const placeDate = line ? PLACE_DATE.exec(line.text) : null;
  const words = line && placeDate?.index !== 0 ? DATE_WORDS.exec(line.text) : null;
  const ocr = line && placeDate === null && words === null ? ocrPlaceDate(line.text) : null;
  if (ocr !== null) {
    // The date OCR damaged past reading (PLACE_DATE_OCR): the place only.
    place = joinSplitSyllables(ocr[1]!);
    c.span('/date/place', line!, ocr.index, ocr.index + ocr[1]!.length);
    c.message('date-partial', 'warning', `the date could not be read ("${line!.text.slice(ocr.index + ocr[1]!.length).replace(/^[\s,.]+/u, '')}")`, line);
  } else if (line && words !== null) {
    const m = words;
    // OCR splits a syllable around a toned vowel ("Qu ả ng Ngãi": mergeFragments); a PDF's text layer splits them
    // at the letters' spacing ("T hành phố Hồ Chí M inh": joinSplitSyllables, which keeps "Thành phố" two words).
    const printed = line.text.slice(0, m.index).replace(/(?<![\s,.])[\s,.]+$/u, '');
    const joined = joinSplitSyllables(printed);
    place = joined === printed ? mergeFragments(printed) : joined;
    value = isoDate(m[1]?.trim(), m[2]?.trim(), m[3]);
    c.span('/date/place', line, 0, printed.length);
    c.span('/date/value', line, m.index, m.index + m[0].length);
    if (!value) c.message('date-partial', 'warning', `the date is not fully stated ("${m[0]}")`, line);
  } else if (line && placeDate !== null) {
    const m = placeDate;
    // The place as matched: PLACE opens with a capital and ends with a letter, a mark or a digit, so no "." or ","
    // ends it and trim() finds no white space at either end.
    place = joinSplitSyllables(m[1]!);
    value = isoDate(m[2]?.trim(), m[3]?.trim(), m[4]);
    c.span('/date/place', line, m.index, m.index + m[1]!.length);
    const dateAt = placeDateStart(line.text, m.index + m[1]!.length);
    c.span('/date/value', line, dateAt, m.index + m[0].length);
    if (!value) c.message('date-partial', 'warning', `the date is not fully stated ("${m[0].slice(m[1]!.length).replace(/^[\s,.]+/u, '')}")`, line);
  } else if (line) {
    // A line the segmenter took for a place and date that no pattern reads here: no place, no date.
    c.message('date-partial', 'warning', `the date could not be read ("${line.text}")`, line);
  } else {
    // "Hà Nội, 05/01/2020" in the head.
    const head = doc.lines.slice(0, 40);
    for (const l of head) {
      const m = PLACE_NUMERIC_DATE.exec(l.text);
      if (m) {
        line = l;
        place = m[1]!;
        value = isoDate(m[2], m[3], m[4]);
        c.span('/date/place', l, 0, m[1]!.length);
        c.span('/date/value', l, m[0].length - m[4]!.length - m[3]!.length - m[2]!.length - 2, m[0].length);
        break;
      }
    }
  }
  if (!line) {
    // A resolution or law of the National Assembly (or its Standing Committee) has no place-and-date line: it is
    // dated by its adoption, in its closing sentence ("… phiên họp thứ 9 thông qua ngày 23 tháng 3 năm 2022./.").
    for (let i = doc.body.length - 1; i >= 0 && i >= doc.body.length - 12; i--) {
      const l = doc.body[i]!;
      if (!l.text.includes('thông qua')) continue;
      // The date may wrap onto the next line of the paragraph ("… tháng 8 thông qua" / "ngày 17 tháng 8 năm 2022.").
      const next = doc.body[i + 1];
      const wraps = next !== undefined && next.block === l.block;
      const m = ADOPTED.exec(wraps ? `${l.text} ${next.text}` : l.text);
      if (m === null) continue;
      const adopted = isoDate(m[1], m[2], m[3]);
      if (adopted === null) continue;
      c.span('/date/value', l, Math.min(m.index + 'thông qua '.length, l.text.length), Math.min(m.index + m[0].length, l.text.length));
      c.message('date-adopted', 'info', 'no place and date line: the date is the date of adoption in the closing sentence', l);
      return { value: adopted, place: null };
    }
    c.message('missing-date', 'error', 'no place and date line ("…, ngày … tháng … năm …") found', null);
    return null;
  }
  return { value, place };
}
