/** Number and code (box 3): "Số: 6764 /SYT-VP" → value and parts. */
import type { DispatchRecord } from '../schema/record.js';
import type { Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { NUMBER_LINE, SUBJECT_LABEL, TYPE_CODES } from './patterns.js';
import { latin } from '../latin.js';
import { isWhiteCode } from './text.js';

/** Patterns used inside functions below, built once. */
const TRAILING_CODE = latin(String.raw`\/\s*(\p{Lu}[\p{L}\d&]*(?:-[\p{L}\d&]+)*)$|(?<![\p{Lu}Đ][\p{Lu}\dĐ&]*?-?)([\p{Lu}Đ][\p{Lu}\dĐ&]*(?:-[\p{Lu}\dĐ&]+)+)$`, 'u');

/** The printed number: digits, then slash- or dash-joined code groups, spaces tolerated around them. */
// A sequence may carry a part after a dot: the Government's series of resolutions since 2026, "66.17/2026/NQ-CP".
const NUMBER_TOKEN = latin(String.raw`^(?:[\dOo]+(?:\.\d+)?[a-zA-Z]?)?(?:\s*[/\-–]\s*[\p{L}\p{M}\d&]+)+`, 'u');

/** Capital fragments of one to three letters after a number's code, each after white space. */
const SPACED_CODE_TAIL = latin(String.raw`^(?:\s+\p{Lu}{1,3}(?=\s|$|-))+`, 'u');
/** A code whose last part is one or two letters ("QĐ - U"). */
const SHORT_LAST_PART = latin(String.raw`(?:^|[-–/\s])\p{Lu}{1,2}$`, 'u');
/** SPACED_CODE_TAIL's match opening with a capital alone ("… U B ND"). */
const LONE_CAPITAL_FIRST = latin(String.raw`^\s+\p{Lu}(?!\S)`, 'u');
/** White space between two capitals. */
const SPACE_IN_CAPITALS = latin(String.raw`(?<=\p{Lu})\s+(?=\p{Lu})`, 'gu');

export type NumberField = NonNullable<DispatchRecord['number']>;

const CODE_PART = '[\\p{L}\\p{M}\\d&]+';
/** seq? ( /year )? / code  — "6764/SYT-VP", "10/2022/TT-BKHĐT", "/TB-UBND" */
// OCR may break a sequence's digits with a space ("120 1/TCHQ-TXNK"), a PDF's text layer space them all
// ("1 0 9 4 3 /BYT-MT"): groups of up to three digits right before the slash are taken into it.
const SLASH_FORM = latin(
  `^(\\d[\\dOo]*(?:\\.\\d+)?(?:(?: \\d{1,3})+(?=\\s*\\/))?[a-zA-Z]?)?\\s*(?:\\/\\s*(\\d{4})\\s*)?\\/\\s*(\\p{L}[\\p{L}\\p{M}\\d&]*(?:\\s*[-–—]\\s*${CODE_PART})*)`,
  'u',
);
/**
 * The text, trimmed, without the words of one or two characters, neither letters nor digits, that end it after
 * white space ("4JZ2/CT-TTHT _"). Read from the end, word by word (a pattern anchored at the end would be tried at
 * every white space of the text).
 */
export function withoutTrailingSpecks(text: string): string {
  let end = text.length;
  while (end > 0 && isWhiteCode(text.charCodeAt(end - 1))) end--;
  for (;;) {
    let start = end;
    while (start > 0 && !isWhiteCode(text.charCodeAt(start - 1))) start--;
    if (start === 0 || end - start > 2 || LETTER_OR_DIGIT.test(text.slice(start, end))) break;
    end = start;
    while (end > 0 && isWhiteCode(text.charCodeAt(end - 1))) end--;
  }
  return text.slice(0, end).trim();
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Before the first slash, a digit and at most five more characters that are no sequence ("4JZ2", "6. "). */
const UNREADABLE_SEQ = /^\d[^\s/]{0,4}\s?\//u;
/** Party form: "28-KL/TW", "171-KL/TW"; old form "169-CP". */
const PARTY_FORM = latin(`^(\\d+)\\s*-\\s*(${CODE_PART})(?:\\s*\\/\\s*(${CODE_PART}(?:-${CODE_PART})*))?`, 'u');

/** text.replace(/[Oo]/g, '0'), the text itself when it has no O. */
function zeroForO(text: string): string {
  return text.includes('O') || text.includes('o') ? text.replace(/[Oo]/g, '0') : text;
}

/** text.replace(/\s+/g, '').replace(/[–—]/g, '-'), the text itself when it has neither. */
function compactCode(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014 || isWhiteCode(c)) return text.replace(/\s+/g, '').replace(/[–—]/g, '-');
  }
  return text;
}

/** Splits a number string into its parts; null when it is not a number and code. */
export function parseNumber(raw: string): Omit<NumberField, 'raw'> | null {
  const text = raw.trim();
  let m = SLASH_FORM.exec(text);
  // A sequence OCR made unreadable ("4JZ2/CT-TTHT", "6. /TCT -DNNCN"): no number, but its code is read.
  if (m === null && UNREADABLE_SEQ.test(text) && !PARTY_FORM.test(text)) m = SLASH_FORM.exec(text.slice(text.indexOf('/')));
  if (m) {
    const year = m[2] ?? null;
    // A dot in the sequence is the Government's numbering of 2025–2026, which has a year ("66.17/2026/NQ-CP");
    // without one it is OCR's speck between two digits ("66.2/QD-BTC" for 662). A space OCR put in is dropped.
    const seq = m[1] ? (year === null && m[1].includes('.') ? zeroForO(m[1].replace('.', '')) : zeroForO(m[1].replaceAll(' ', ''))) : null;
    const code = compactCode(m[3]!);
    // The parts of code.split('-'), none empty: the code opens with a letter and each dash of SLASH_FORM is
    // followed by a CODE_PART (no white space, no dash), so its parts are cut at the dashes by index.
    const dash = code.indexOf('-');
    const first = dash < 0 ? code : code.slice(0, dash);
    let typeCode: string | null = null;
    let issuerCode: string | null;
    let unitCode: string | null = null;
    if ((dash >= 0 || year) && TYPE_CODES.has(first)) {
      typeCode = first;
      if (dash < 0) issuerCode = null;
      else {
        const next = code.indexOf('-', dash + 1);
        issuerCode = next < 0 ? code.slice(dash + 1) : code.slice(dash + 1, next);
        if (next >= 0) unitCode = code.slice(next + 1);
      }
    } else {
      issuerCode = first;
      if (dash >= 0) unitCode = code.slice(dash + 1);
    }
    const value = seq ? `${seq}${year ? `/${year}` : ''}/${code}` : null;
    return { value, seq, year, typeCode, issuerCode, unitCode };
  }
  m = PARTY_FORM.exec(text);
  if (m) {
    const seq = m[1]!;
    if (m[3]) {
      // m[3] is CODE_PART(-CODE_PART)*: no white space, no empty part.
      const code = m[3];
      const dash = code.indexOf('-');
      return { value: `${seq}-${m[2]}/${code}`, seq, year: null, typeCode: m[2]!, issuerCode: dash < 0 ? code : code.slice(0, dash), unitCode: dash < 0 ? null : code.slice(dash + 1) };
    }
    return { value: `${seq}-${m[2]}`, seq, year: null, typeCode: null, issuerCode: m[2]!, unitCode: null };
  }
  // "2254 NHNN-QLNH": OCR lost the slash between the sequence and a code of capitals with a dash in it.
  if (LOST_SLASH.test(text)) return parseNumber(text.replace(LOST_SLASH, '$1/'));
  return null;
}
/** Digits, white space, then a code of capitals (Đ, digits, &) with a dash in it. */
const LOST_SLASH = latin(String.raw`^(\d{1,6})\s+(?=\p{Lu}[\p{Lu}\d&]*\s*[-–]\s*\p{Lu})`, 'u');

/** The subject line is a công văn's "V/v …" (not the "Về việc …" of other types). */
export function isCongVanSubject(doc: SegmentedDoc): boolean {
  const first = doc.subject[0]?.text;
  return !!first && SUBJECT_LABEL.test(first) && !/^[‘’']?[Vv][ềỀ]/u.test(first);
}

/**
 * Type codes written without the stroke of their Đ (typed without marks, or lost by OCR: "1283/QD-TCT",
 * "52/2021/ND-CP"), where no other code is spelled so (not HD, Hướng dẫn, nor DA, Dự án), mapped to the code.
 */
const TYPE_CODE_MARKS: Record<string, string> = { QD: 'QĐ', ND: 'NĐ', QyD: 'QyĐ', CD: 'CĐ', QDLT: 'QĐLT' };

/** The number with its type code (the code before the issuer's, after the last "/") spelled as in TYPE_CODE_MARKS. */
export function withTypeCodeMarks(number: string): string {
  const slash = number.lastIndexOf('/');
  // Each code of TYPE_CODE_MARKS opens with Q, N or C and holds a D: other numbers are passed at once.
  const c = number.charCodeAt(slash + 1);
  if ((c !== 81 && c !== 78 && c !== 67) || !number.includes('D', slash + 2)) return number;
  const dash = number.indexOf('-', slash + 1);
  if (dash < 0) return number;
  const code = TYPE_CODE_MARKS[number.slice(slash + 1, dash)];
  return code === undefined ? number : number.slice(0, slash + 1) + code + number.slice(dash);
}

export function extractNumber(doc: SegmentedDoc, c: Collector): NumberField | null {
  const line = doc.number;
  if (!line) {
    c.message('missing-number', 'error', 'no number and code ("Số: …") found', null);
    return null;
  }
  // The segmenter gives a number whose label OCR destroyed from its digits (no label).
  const label = NUMBER_LINE.exec(line.text);
  const from = label === null ? 0 : label[0].length;
  const rest = line.text.slice(from);
  const token = NUMBER_TOKEN.exec(rest);
  // Without a number's shape, the raw text runs to a wide gap, less the specks after it ("4JZ2/CT-TTHT _").
  let raw = token ? token[0].trim() : withoutTrailingSpecks(rest.split(/\s{2,}/u)[0]!);
  let parsed: ReturnType<typeof parseNumber>;
  // "Số: 3210/QĐ - U B ND": a PDF's text layer spaced the code's letters apart; they are read as one part.
  const spaced = token ? SPACED_CODE_TAIL.exec(rest.slice(token[0].length)) : null;
  if (spaced && (SHORT_LAST_PART.test(raw) || LONE_CAPITAL_FIRST.test(spaced[0]))) {
    raw += spaced[0].trimEnd();
    parsed = parseNumber(raw.replace(SPACE_IN_CAPITALS, ''));
  } else parsed = parseNumber(withTypeCodeMarks(raw));
  c.span('/number', line, from, from + raw.length);
  if (!parsed) {
    c.message('number-unreadable', 'warning', `the number "${raw}" is not in the form "số/ký hiệu"`, line);
    // OCR may destroy the digits and keep the code ("Äf03Y!CTHN-TTHT"): the code's parts are still known.
    const code = TRAILING_CODE.exec(rest.trim());
    const parts = code ? parseNumber(`/${code[1] ?? code[2]}`) : null;
    if (parts?.typeCode && !doc.title && isCongVanSubject(doc)) return { value: null, raw, seq: null, year: null, typeCode: null, issuerCode: parts.typeCode, unitCode: [parts.issuerCode, parts.unitCode].filter(Boolean).join('-') || null };
    return { value: null, raw, seq: null, year: null, typeCode: parts?.typeCode ?? null, issuerCode: parts?.issuerCode ?? null, unitCode: parts?.unitCode ?? null };
  }
  // A công văn (its subject opens with "V/v") has no type code: "2191/CT-CS" is Cục Thuế, unit CS.
  if (parsed.typeCode && !doc.title && isCongVanSubject(doc)) {
    parsed.unitCode = [parsed.issuerCode, parsed.unitCode].filter(Boolean).join('-') || null;
    parsed.issuerCode = parsed.typeCode;
    parsed.typeCode = null;
  }
  if (parsed.value === null) c.message('number-blank', 'warning', `the number is left blank ("${raw}")`, line);
  // { ...parsed, raw }, written out: the spread copies slower.
  return { value: parsed.value, seq: parsed.seq, year: parsed.year, typeCode: parsed.typeCode, issuerCode: parsed.issuerCode, unitCode: parsed.unitCode, raw };
}

/** Letters OCR confuses in upper-case codes. */
const CONFUSABLE = new Set(['IT', 'TI', 'I1', '1I', 'IL', 'LI', 'O0', '0O', 'OD', 'DO', 'ĐD', 'DĐ', 'BĐ', 'ĐB', 'CG', 'GC', 'HN', 'NH']);

/**
 * Cross-checks the issuer code of the number against the code of the body the header names: when they differ
 * by one letter that OCR confuses ("ICT" printed, "TCT" = Tổng cục Thuế in the header), the header decides.
 */
export function reconcileIssuerCode(number: NumberField | null, headerCode: string | null, c: Collector, at: Line | null): NumberField | null {
  const code = number?.issuerCode;
  if (!number || !code || !headerCode || code === headerCode || code.length !== headerCode.length) return number;
  const diffs = [...code].map((ch, i) => [ch, headerCode[i]!] as const).filter(([a, b]) => a !== b);
  if (diffs.length !== 1 || !CONFUSABLE.has(diffs[0]![0] + diffs[0]![1])) return number;
  c.message('ocr-repaired', 'info', `issuer code "${code}" read as "${headerCode}", the code of the issuer in the header`, at);
  const value = number.value?.replace(code, headerCode) ?? null;
  return { ...number, issuerCode: headerCode, value };
}
