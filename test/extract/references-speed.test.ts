/**
 * The faster forms of the cited-document and number steps give what the plain definitions give: hasAnchor is
 * the regex it replaces, the anchors walked from the separators are ANCHOR's matches, parseNumber and
 * citedNumber equal their former regex-and-split definitions (kept here) on generated and fixture inputs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/extract/date.js';
import { parseNumber } from '../../src/extract/number.js';
import { TYPE_CODES } from '../../src/extract/patterns.js';
import { ANCHOR, CITATION, citations, citedNumber, hasAnchor, issuerAfterOf } from '../../src/extract/references.js';
import { fold } from '../../src/extract/patterns.js';
import { firstWords } from '../../src/extract/text.js';
import { latin } from '../../src/latin.js';
import { fixtureTexts } from '../read/fixture-texts.js';
import { texts } from './generate.js';

const fixtureLines = fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/));

/** The former parseNumber. */
const CODE_PART = '[\\p{L}\\p{M}\\d&]+';
const SLASH_FORM = latin(`^(\\d[\\dOo]*(?:(?: \\d{1,3})+(?=\\s*\\/))?[a-zA-Z]?)?\\s*(?:\\/\\s*(\\d{4})\\s*)?\\/\\s*(\\p{L}[\\p{L}\\p{M}\\d&]*(?:\\s*[-–]\\s*${CODE_PART})*)`, 'u');
const PARTY_FORM = latin(`^(\\d+)\\s*-\\s*(${CODE_PART})(?:\\s*\\/\\s*(${CODE_PART}(?:-${CODE_PART})*))?`, 'u');
function parseNumberDefinition(raw: string) {
  const text = raw.trim();
  let m = SLASH_FORM.exec(text);
  // An unreadable sequence (a digit and at most five more characters before the slash) leaves the code.
  if (!m && /^\d[^\s/]{0,4}\s?\//u.test(text) && !PARTY_FORM.test(text)) m = SLASH_FORM.exec(text.slice(text.indexOf('/')));
  if (m) {
    const seq = m[1] ? m[1].replace(/[Oo]/g, '0').replaceAll(' ', '') : null;
    const year = m[2] ?? null;
    const code = m[3]!.replace(/\s+/g, '').replace(/–/g, '-');
    const parts = code.split('-').filter(Boolean);
    let typeCode: string | null = null;
    if (parts.length > 1 && TYPE_CODES.has(parts[0]!)) typeCode = parts.shift()!;
    else if (parts.length === 1 && year && TYPE_CODES.has(parts[0]!)) typeCode = parts.shift()!;
    const issuerCode = parts.shift() ?? null;
    const unitCode = parts.length ? parts.join('-') : null;
    const value = seq ? `${seq}${year ? `/${year}` : ''}/${code}` : null;
    return { value, seq, year, typeCode, issuerCode, unitCode };
  }
  m = PARTY_FORM.exec(text);
  if (m) {
    const seq = m[1]!;
    if (m[3]) {
      const code = m[3].replace(/\s+/g, '');
      const parts = code.split('-');
      return { value: `${seq}-${m[2]}/${code}`, seq, year: null, typeCode: m[2]!, issuerCode: parts[0] ?? null, unitCode: parts.slice(1).join('-') || null };
    }
    return { value: `${seq}-${m[2]}`, seq, year: null, typeCode: null, issuerCode: m[2]!, unitCode: null };
  }
  // A slash OCR lost before a code of capitals with a dash.
  const lost = latin(String.raw`^(\d{1,6})\s+(?=\p{Lu}[\p{Lu}\d&]*\s*[-–]\s*\p{Lu})`, 'u');
  if (lost.test(text)) return parseNumberDefinition(text.replace(lost, '$1/'));
  return null;
}

/** The former citedNumber. */
const HAS_LETTER = latin(String.raw`\p{L}`, 'u');
const NOT_CODE_CHAR = latin(String.raw`[^\x00-\x7f\p{Lu}\d&/-]`, 'u');
function citedNumberDefinition(raw: string): string | null {
  const parsed = parseNumberDefinition(raw);
  let number = (parsed?.value ?? raw).replace(/\s+/g, '');
  // A code that goes on after a second slash ("16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC") is kept whole.
  const flat = raw.replace(/\s+/g, '');
  if (flat.startsWith(`${number}/`) && latin(String.raw`^\p{Lu}`, 'u').test(flat.slice(number.length + 1))) number = flat;
  if (!HAS_LETTER.test(number.split(/[/-]/).slice(1).join(''))) return null;
  // A roman numeral after the first "/" or "-" is a category ("diện 2/IV"), not a code.
  if (/^[^/-]*[/-][IVXL]+$/u.test(number)) return null;
  const code = number.replace(/^[\d/]+/u, '');
  if (NOT_CODE_CHAR.test(code.replace(/[a-z]/g, '')) || (code.match(/[a-z]/g)?.length ?? 0) > 2) return null;
  // A legislature's term whose 1 OCR read as I or l ("UBTVQHI5").
  const termed = number.replace(/QH[Il](\d)(?![\p{L}\d])/gu, 'QH1$1');
  // A type code typed without its Đ, where no other code is so spelled, after the last "/" and before a "-".
  const typed = /^((?:.*\/)?)(QD|ND|QyD|CD|QDLT)(-[^/]*)$/u.exec(termed);
  return typed ? `${typed[1]}${{ QD: 'QĐ', ND: 'NĐ', QyD: 'QyĐ', CD: 'CĐ', QDLT: 'QĐLT' }[typed[2]!]}${typed[3]}` : termed;
}

const numberPieces = [
  '1', '06', '2022', '12a', 'O', 'o', '0O', '/', '/', '-', '-', '–', ' ', '  ', '\u00a0', '\t', 'QĐ', 'TT', 'NĐ', 'CP', 'UBND', 'KH',
  'BTC', 'TTr', 'TTg', 'Ngày', 'ngày', 'x', 'abc', 'Đ', '&', '\u0301', '𝒜', '.', ',', 'TW', 'KL', 'QH15', 'HĐND', 'QD', 'ND', 'CD', 'HD', 'QyD', 'QDLT',
];

describe('hasAnchor is /\\d[a-z]?(?: ?\\/|-)/.test', () => {
  const definition = (text: string) => /\d[a-z]?(?: ?\/|-)/.test(text);
  it('on every fixture line', () => {
    for (const line of fixtureLines) if (hasAnchor(line) !== definition(line)) expect([line, hasAnchor(line)]).toEqual([line, definition(line)]);
  });
  it('on generated text', () => {
    for (const text of texts(['1', '23', 'a', 'z', 'A', 'ab', '/', '-', '–', ' ', 'x', 'Đ', '.'], 20000, 10, 3)) expect([text, hasAnchor(text)]).toEqual([text, definition(text)]);
  });
});

describe('citations on fixture lines give the matches of CITATION', () => {
  it('on every fixture line and pairs of lines joined', () => {
    const expected = (text: string) => [...text.matchAll(CITATION)].map((m) => [m.index, ...m]);
    for (let i = 0; i < fixtureLines.length; i++) {
      for (const text of [fixtureLines[i]!, `${fixtureLines[i]} ${fixtureLines[i + 1] ?? ''}`]) {
        if (!hasAnchor(text)) expect(expected(text)).toEqual([]);
        else expect(citations(text).map((m) => [m.index, ...m])).toEqual(expected(text));
      }
    }
  });
  it('ANCHOR is the walk from the separators (each match ends with one)', () => {
    for (const text of texts(['1', '23', 'a', 'b', '/', '-', ' ', 'Số ', 'QĐ'], 5000, 12, 5)) {
      for (const m of text.matchAll(ANCHOR)) expect('/-').toContain(m[0].at(-1));
    }
  });
});

describe('parseNumber and citedNumber equal their definitions', () => {
  const inputs = [
    ...texts(numberPieces, 30000, 9, 11),
    ...fixtureLines.flatMap((line) => [...line.matchAll(CITATION)].map((m) => m[2]!)),
    ...fixtureLines.map((line) => line.replace(/^\s*S[ốỐố]\s*:?\s*/u, '')),
    '10594/UBND-KGVX', '28-KL/TW', '169-CP', '10/2022/TT-BKHĐT', '/TB-UBND', '12/2020/QĐ', '12 / 2020 / QĐ – UBND - VP', 'O5/QĐ', '660/Ngày', '1283/QD-TCT', '52/2021/ND-CP', '15/HD-BYT', '123/CD', '12/QD-A/B', '120 1/TCHQ-TXNK', '1 0 9 4 3 /BYT-MT', '41/2023/UBTVQHI5', '2254 NHNN-QLNH', '12 QĐ-UBND', '12 ngày', '04/2012/QHl3', '12/QHI5A', '4JZ2/CT-TTHT', '6. /TCT -DNNCN', '12 3 4/UBND', '28-KL/TW',
  ];
  it('parseNumber', () => {
    for (const raw of inputs) expect([raw, parseNumber(raw)]).toEqual([raw, parseNumberDefinition(raw)]);
  });
  it('citedNumber', () => {
    for (const raw of inputs) expect([raw, citedNumber(raw)]).toEqual([raw, citedNumberDefinition(raw)]);
  });
});

/** issuerAfterOf as a definition: all 16 words split first, closers as a string. */
const CAPITALISED_WORD = latin(String.raw`^\p{Lu}\p{Ll}*$`, 'u');
const LOWER_WORD = latin(String.raw`^\p{Ll}+$`, 'u');
const UPPER_WORD = latin(String.raw`^\p{Lu}{2,}$`, 'u');
const UPPER_START = latin(String.raw`^\p{Lu}`, 'u');
const NAME_JOINERS = new Set(['và', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'phường', 'ban', 'nhân', 'dân', 'cục', 'trưởng', 'nước', 'hội', 'đồng', 'liên']);
const FUNCTION_WORDS = new Set([
  'về', 'của', 'tại', 'theo', 'để', 'đã', 'là', 'thì', 'như', 'với', 'cho', 'trong', 'được', 'có', 'không', 'này', 'đó',
  'kèm', 'số', 'ngày', 'việc', 'quy', 'hướng', 'phê', 'sửa', 'thực', 'đề', 'gửi', 'báo', 'trình', 'nêu', 'tháng', 'năm',
  'ban', 'chỉ', 'đối', 'do', 'khi', 'sẽ', 'đang', 'cũng', 'mà', 'nhằm', 'bổ', 'thông', 'giao', 'yêu', 'tổ', 'triển',
].map(fold));
const PLACE_UNITS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);
/** A capitalised unit that names the city the document is from: kept whole ("… của Ủy ban nhân dân Thành phố"). */
const CITY = new Set(['Thành phố', 'Thị xã', 'Thị trấn']);
/** Heads of collective bodies, lower case after their first word: read whole ("… của Ủy ban nhân dân tỉnh"). */
const BODY_HEADS = ['Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân'];
/** Names whose last words are in lower case, read whole. */
const LOWER_TAILED = [
  'Tòa án nhân dân tối cao', 'Toà án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Tòa án nhân dân', 'Toà án nhân dân', 'Viện kiểm sát nhân dân',
  'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch',
].map((n) => n.split(' '));
/** Types' names: after "và", one opens the next citation ("… của Chính phủ và Báo cáo thẩm tra số …"). */
const TYPE_NAMES = [
  'Văn bản hợp nhất', 'Văn bản', 'Công văn', 'Công điện', 'Quyết định', 'Nghị định', 'Nghị quyết liên tịch', 'Nghị quyết',
  'Thông tư liên tịch', 'Thông tư', 'Chỉ thị', 'Kết luận', 'Thông báo kết luận', 'Thông báo', 'Tờ trình', 'Kế hoạch',
  'Báo cáo', 'Hướng dẫn', 'Luật', 'Pháp lệnh', 'Lệnh', 'Quy định', 'Quy chế', 'Chương trình', 'Đề án', 'Giấy mời',
].map((n) => fold(n));
function issuerAfterOfDefinition(text: string): string | null {
  const isCap = (w: string | undefined) => !!w && UPPER_START.test(w);
  const words = firstWords(text, 16);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.replace(/[,;.:()"“”]+$/u, '');
    const first = raw.charCodeAt(0);
    if (!w || first === 0x28 || first === 0x5b || first === 0x201c || first === 0x22) break;
    const prev = out[out.length - 1];
    // a court's or procuracy's name is taken whole (closers only after its last word)
    const name = isCap(w) ? LOWER_TAILED.find((n) => n.every((nw, k) => (k === n.length - 1 ? words[i + k]?.replace(/[,;.:()"“”]+$/u, '') : words[i + k]) === nw)) : undefined;
    if (name) {
      out.push(...name);
      i += name.length - 1;
      if (words[i] !== name[name.length - 1]) break;
      continue;
    }
    let ok = false;
    if (isCap(w)) ok = true;
    else if (prev && (w === '-' || w === '–') && isCap(words[i + 1])) ok = true;
    else if (prev && CAPITALISED_WORD.test(prev) && LOWER_WORD.test(w) && !NAME_JOINERS.has(w) && !FUNCTION_WORDS.has(fold(w))) ok = true;
    if (!ok && prev !== undefined && PAIRED.has(`${prev} ${w}`)) ok = true;
    if (!ok && w === 'và' && isCap(words[i + 1]) && [1, 2, 3, 4].some((n) => i + n < words.length && TYPE_NAMES.includes(fold(words.slice(i + 1, i + 1 + n).map((x) => x.replace(/[,;.:()"“”]+$/u, '')).join(' '))))) break;
    if (!ok && NAME_JOINERS.has(w)) {
      ok = words.slice(i + 1, i + 7).some((n) => isCap(n));
      if (!ok && PLACE_UNITS.has(w) && prev && (UPPER_WORD.test(prev) || prev === 'dân')) ok = true;
      if (!ok && prev && CITY.has(`${prev} ${w}`)) ok = true;
      // w is word k of a head whose first k words end out
      if (!ok && BODY_HEADS.some((h) => h.split(' ').some((hw, k) => k > 0 && hw === w && out.length >= k && out.slice(out.length - k).join(' ') === h.split(' ').slice(0, k).join(' ')))) ok = true;
    }
    if (!ok) break;
    out.push(w);
    if (w !== raw) break;
  }
  while (out.length > 1 && NAME_JOINERS.has(out[out.length - 1]!) && !PLACE_UNITS.has(out[out.length - 1]!) && !CITY.has(out.slice(-2).join(' ')) && !BODY_HEADS.some((h) => out.slice(-h.split(' ').length).join(' ') === h) && !PAIRED.has(out.slice(-2).join(' '))) out.pop();
  return out.length ? out.join(' ') : null;
}

/** Two words that make one word of a name ("Quốc hội", "Bộ trưởng"): a name may end with them. */
const PAIRED = new Set(['Xã hội', 'Quốc hội', 'Bộ trưởng', 'Cục trưởng', 'cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Thủ trưởng']);

describe('issuerAfterOf reads its words lazily and gives what it gave', () => {
  const pieces = [
    'Bộ', 'Tài', 'chính', 'UBND', 'tỉnh', 'Đồng', 'Nai', 'và', 'Đầu', 'tư', 'dân', 'nhân', 'Ủy', 'ban', 'về', 'thành', 'phố', 'Thành', 'Thị', 'xã', 'trấn', 'Hội', 'đồng', 'Uỷ', 'Y', 'tế',
    'Xã', 'hội', '-', '–', 'Tòa', 'án', 'tối', 'cao', 'Viện', 'kiểm', 'sát', 'Quốc', 'trưởng', 'cục', 'Tổng', 'Báo', 'cáo', 'Văn', 'hóa,', 'Thể', 'thao', 'Du', 'lịch',
    ' ', ' ', ' ', '  ', '\u00a0', '\t', ',', ';', '.', ':', '(', ')', '"', '“', '”', '[', 'x', 'A',
  ];
  it('on generated text (up to and past 16 words)', () => {
    for (const text of texts(pieces, 20000, 40, 13)) expect([text, issuerAfterOf(text)]).toEqual([text, issuerAfterOfDefinition(text)]);
  });
  it('on every fixture line and its tails after each space', () => {
    for (const line of fixtureLines) {
      for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) {
        const text = line.slice(i + 1);
        if (issuerAfterOf(text) !== issuerAfterOfDefinition(text)) expect([text, issuerAfterOf(text)]).toEqual([text, issuerAfterOfDefinition(text)]);
      }
    }
  });
});

describe('isoDate reads its digits as Number() did', () => {
  /** The former isoDate. */
  function isoDateDefinition(day?: string, month?: string, year?: string): string | null {
    if (!day || !month || !year || !/^\d+$/.test(day) || !/^\d+$/.test(month) || !/^\d{4}$/.test(year)) return null;
    const d = Number(day);
    const m = Number(month);
    const y = Number(year);
    if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return null;
    if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  it('on days, months and years around every bound, and long runs of digits', () => {
    const days = ['', '0', '00', '1', '01', '9', '10', '28', '29', '30', '31', '32', '001', '099', '9'.repeat(20), '1'.repeat(400), '0'.repeat(30) + '7', 'x'];
    const months = ['', '0', '1', '01', '02', '2', '4', '9', '11', '12', '13', '012', '0'.repeat(25) + '12', '9'.repeat(400), 'a'];
    const years = ['', '1899', '1900', '1996', '2000', '2020', '2023', '2024', '2100', '2101', '0202', '20240', '9999'];
    for (const d of days) for (const m of months) for (const y of years) expect([d, m, y, isoDate(d, m, y)]).toEqual([d, m, y, isoDateDefinition(d, m, y)]);
  });
});
