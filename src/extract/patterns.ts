/**
 * Patterns, built once from small named pieces (eyecite's regexes.py), matched on
 * NFC text with the `u` flag, tolerant of dropped diacritics and OCR confusions.
 */
import { latin } from '../latin.js';
import { isDigitCode, isWhiteCode } from './text.js';

/** A letter class that accepts a Vietnamese vowel with or without its marks. */
const V = {
  a: '[aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ]',
  e: '[eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ]',
  i: '[iìíỉĩịIÌÍỈĨỊ]',
  o: '[oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ]',
  u: '[uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ]',
  y: '[yỳýỷỹỵYỲÝỶỸỴ]',
  d: '[dđDĐ]',
};

/** Builds a diacritic-tolerant, case-insensitive pattern source from plain Vietnamese text. */
export function loose(word: string): string {
  const base = foldText(word);
  let out = '';
  for (const ch of base) {
    if (ch in V) out += V[ch as keyof typeof V];
    else if (ch === ' ') out += '\\s+';
    else if (ch === '-') out += '\\s*[-–—]\\s*';
    else if (/[a-z]/.test(ch)) out += `[${ch}${ch.toUpperCase()}]`;
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** The definition of fold: NFD, marks removed, đ → d, lower case. */
function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** fold() of each character of Basic Latin to Latin Extended-B, and of Latin Extended Additional (ạ…ỹ). */
const FOLD_LOW = Array.from({ length: 0x250 }, (_, c) => foldText(String.fromCharCode(c)));
const FOLD_EXT = Array.from({ length: 0x100 }, (_, c) => foldText(String.fromCharCode(0x1e00 + c)));

/** Folds case and diacritics away, for comparisons and look-ups. */
export function fold(text: string): string {
  // Hot path: text in the Latin blocks (all Vietnamese letters) is folded a character at a time from a table built
  // with foldText itself. That is exact: those characters are all starters (no combining mark among them), so
  // NFD, the removal of marks and lower-casing work on each one alone. Anything else takes the full definition.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x250 ? FOLD_LOW[c] : c >= 0x1e00 && c < 0x1f00 ? FOLD_EXT[c - 0x1e00] : undefined;
    if (f === undefined) return foldText(text);
    out += f;
  }
  return out;
}

/** End of a word: JavaScript's \\b only knows ASCII letters, so Vietnamese needs this. */
export const END = '(?![\\p{L}\\p{M}\\d])';

/** A line in upper case (issuing body, signer's title): no lower-case letter, two capitals at least. */
export const UPPER_LINE = latin(String.raw`^(?=[^\p{Ll}]*?\p{Lu}{2})[^\p{Ll}]*$`, 'u');
/** The mark that ends the text of a document: "./." or "/.". */
export const ENDS_DOCUMENT = /\/\.\s*$/u;
/** A military rank before a signer's name (Thiếu tướng, Đại tá, Thượng úy; Chuẩn Đô đốc …): not part of the name. */
export const RANK = /^(?:(?:Thiếu|Trung|Thượng|Đại)\s+(?:tướng|tá|úy|uý)|(?:Chuẩn|Phó)\s+[Đđ]ô\s+đốc|Đô\s+đốc)\s+/u;
/** A person's name: two to six capitalised syllables; OCR may split one around a toned vowel ("Đặ ng"). */
export const NAME_LINE = latin(String.raw`^(?:\p{Lu}[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]{1,3}(?=\s))*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]+$`, 'u');

// National motto (box 1)
export const MOTTO = latin(`${loose('cộng hòa xã hội chủ nghĩa việt nam')}`, 'u');
export const MOTTO_SUB = latin(`${loose('độc lập')}\\s*[-–—]?\\s*${loose('tự do')}\\s*[-–—]?\\s*${loose('hạnh phúc')}`, 'u');
/**
 * The name a party document carries where the motto stands, "ĐẢNG CỘNG SẢN VIỆT NAM" (in capitals only: prose
 * names the party in sentence case). Opens with Đ; a line that holds it after other text is cut before it
 * (explode.ts), so a line is this motto when it opens with it (opensPartyMotto).
 */
export const PARTY_MOTTO = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
const PARTY_MOTTO_AT_START = new RegExp(`^${PARTY_MOTTO.source}`, 'u');
/** The line opens with PARTY_MOTTO. */
export function opensPartyMotto(t: string): boolean {
  return t.charCodeAt(0) === 0x110 && PARTY_MOTTO_AT_START.test(t);
}
/**
 * The motto's first three words in capitals, the rest damaged past MOTTO ("CONG HOA XA HOL CHU NGHIA VIET NAM",
 * "CỘNG HOÀ XÃ HỘI CHỦ `"): "cộng hòa xã" is the motto's alone.
 */
export const MOTTO_DAMAGED = latin(`(?<![\\p{L}\\p{M}])[CcÇ][OÔỘÒÓỎÕỌƠỜỚỞỠỢoôộòóỏõọơờớởỡợ0]NG\\s+H[OÒÓỎÕỌ][AÀÁẢÃẠ]\\s+X[AÃÀÁẢẠ](?![\\p{L}\\p{M}])`, 'u');

/** The line opens with the motto's first words in capitals, however damaged the rest (MOTTO_DAMAGED). */
export function opensDamagedMotto(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 67 || c === 99) && MOTTO_DAMAGED.exec(t)?.index === 0;
}
export const SEPARATOR = /[-_–—=]{3,}|\*{3,}/u;

// Number line (box 3): "Số: 15/QĐ-BNV", "số: 4222 /TCT -PC", "So: 12/UBND"
export const NUMBER_LABEL = /(?:^|(?<=\s))(?:[Ss][ốỐoOóÓôÔ]|SỐ)\s*(?::|\.(?=\s*\d)|(?=\s*\d)|(?=\s*\/))\s*/u;
export const NUMBER_LINE = latin(`^${NUMBER_LABEL.source}`, 'u');
/** Where a number label starts inside a run-together line: "Số:" / "SỐ" capitalised, or "số:" with its colon ("số 142/…" is prose). */
export const NUMBER_LABEL_INSIDE = /(?<=\s)(?:(?:Số|SỐ|So|SO)\s*(?::|(?=\s*\d))|số\s*:)/u;
/**
 * NUMBER_LABEL_INSIDE with its white space taken into the match instead of a look-behind: it matches the same
 * lines, and each match one character earlier (the label starts after the match's leading white space; a match
 * ends in white space only before a digit, where no label starts, so a global search finds the same labels).
 * Several times faster: the engine cannot skip ahead on a pattern that opens with a look-behind.
 */
export const NUMBER_LABEL_AFTER_SPACE = new RegExp(`\\s${NUMBER_LABEL_INSIDE.source.slice('(?<=\\s)'.length)}`, 'u');
/** Openers of the first body sentence, when it runs on after "Kính gửi: …" on one line. */
const BODY_OPENERS = String.raw`(?:Phúc đáp|Thực hiện|Căn cứ|Theo đề nghị|Xét đề nghị|Trả lời|Tiếp theo|Tiếp nhận|Vừa qua|Thời gian qua|Trong thời gian|Hiện nay|Sau khi|Trên cơ sở|Triển khai|Nhằm|Để|Ngày \d)\s`;
export const BODY_OPENER = new RegExp(String.raw`\s(?=${BODY_OPENERS})`, 'u');
/** A line that opens as the first sentence of a body does (BODY_OPENER's words at its start). */
export const OPENS_BODY = new RegExp(`^${BODY_OPENERS}`, 'u');

// Place and date (box 4): "Đồng Nai, ngày 12 tháng 10 năm 2022", "Hà Nội. ngày 09 tháng 11 năm 2023"
const NGAY = loose('ngày');
const THANG = '[tT]h[aáảàãạ]ng';
const NAM = loose('năm');
export const DATE_WORDS = latin(
  // A day or month whose two digits a PDF's text layer spaced apart ("tháng 0 6") is read too, and a day that OCR
  // broke into two pieces, the second no lower-case word ("ngày [| 7 tháng", "ngày 2 C tháng"; not "ngày 15 và tháng").
  // Before a year in digits, "năm" may be damaged between its n and m ("néim 2022", "nǎm 2022").
  `${NGAY}\\s*(\\d{1,2}|\\d \\d|[^\\s]{1,3}\\s(?:\\d{1,2}|[^\\s\\p{Ll}]{1,2})|[^\\s]{0,3}|[.…_\\s]*)\\s*${THANG}\\s*(\\d{1,2}|\\d \\d|[^\\s]{0,4})\\s*(?:${NAM}|[nN][\\p{L}\\p{M}]{1,3}[mM](?=\\s*\\d{4}))\\s*(\\d{4}|[.…_]*(?=\\s*$))`,
  'u',
);
const PLACE_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]+';
/** Units of a town whose second word is written in lower case in a capitalised name. */
export const CITY_UNITS = ['Thành phố', 'Thị xã', 'Thị trấn'];
/** Heads of collective bodies, whose words after the first are in lower case: "ủy ban nhân dân". */
export const COLLECTIVE_HEADS = ['ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân'];
/** The unit before a place name that is not capitalised whole: "TP.", or one of CITY_UNITS as written or in capitals. */
const PLACE_UNIT = `(?:T[Pp]\\.?\\s*|(?:${CITY_UNITS.flatMap((u) => [u, u.toUpperCase()]).map((u) => u.replace(' ', '\\s+')).join('|')})\\s+)`;
const PLACE = `((?<![\\p{L}\\p{M}\\d/])${PLACE_UNIT}?${PLACE_WORD}(?:\\s+${PLACE_WORD}|\\s+\\d+){0,3})`;
export const PLACE_DATE = latin(`${PLACE}\\s*(?:[,.]\\s*)?${DATE_WORDS.source}`, 'u');
/**
 * A place and a date that OCR damaged past DATE_WORDS ("Bắc Ninh, ngàu tháng 08 năm 2018", "Long An, ngayd4 théingAO
 * năm 2019"): the place (group 1), a comma, a word that opens with "ng", at most four short words, "năm" (or a
 * damaged one between its n and m) and a year in digits (group 2), which ends the text. Only the place is read.
 */
export const PLACE_DATE_OCR = latin(`${PLACE}\\s*,\\s*[nN][gG]\\S{0,5}(?:\\s+\\S{1,8}){0,4}?\\s+(?:${NAM}|[nN]\\S{1,3}[mM])\\s*(\\d{4})[\\s.,;]*$`, 'u');

/** PLACE_DATE_OCR at the start of a text: tried there alone, not at every position. */
const PLACE_DATE_OCR_AT_START = latin(`^${PLACE_DATE_OCR.source}`, 'u');

/**
 * PLACE_DATE_OCR's match in a text that has no match of PLACE_DATE (`atStart`: a match at its start only), when a
 * digit stands between the place and the year (a day or a month, however damaged: not "Hà Nội, nguồn vốn năm
 * 2020"), else null.
 */
export function ocrPlaceDate(text: string, atStart = false): RegExpExecArray | null {
  if (!text.includes(',')) return null;
  const m = (atStart ? PLACE_DATE_OCR_AT_START : PLACE_DATE_OCR).exec(text);
  if (m === null) return null;
  const from = m.index + m[1]!.length;
  const to = m.index + m[0].lastIndexOf(m[2]!);
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return m;
  return null;
}
/** "Hà Nội, 05/01/2020": a place and a date in digits, when the date is not written in words. */
export const PLACE_NUMERIC_DATE = latin(`^${PLACE}\\s*,\\s*(?:${NGAY}\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\b`, 'u');
export const NUMERIC_DATE = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/u;

// Subject (box 5b): "V/v …", "V/v: …", "Về việc …"
/**
 * "V/v", "V/V", "V/v:", "Về việc"; OCR reads the slash as i, l, 1 or |, or loses it ("Vv"), "/v" as W or the v as y
 * ("Viv", "VW", "V/y"),
 * and may leave a quotation mark's speck before the label ("‘V/v").
 */
export const SUBJECT_LABEL = latin(`^[‘’']?(?:[Vv]\\s*\\/\\s*[VvyY]|V[iíl1|]?[vV](?=\\s)|VW(?=\\s)|${loose('về việc')})\\s*[:.]?\\s*`, 'u');
export const SUBJECT_ANYWHERE = latin(`(?:^|\\s)(?:[Vv]\\s*\\/\\s*[Vv]\\b)\\s*[:.]?\\s*`, 'u');

// Recipients (box 9a) and distribution (box 9b)
export const RECIPIENTS_LABEL = latin(`^${loose('kính gửi')}\\s*[:.]?\\s*`, 'u');
/**
 * "Kính gửi:" as OCR leaves it: specks before, the first word damaged ("Kink gửi:", "tính gửi:") or its K lost
 * ("inh gửi:"), "gửi" damaged after an intact "Kính" ("Kinh giri:"), or the two words glued ("Kỉnhgửì:",
 * "Kmnhgài:"); the colon is required.
 */
export const RECIPIENTS_LABEL_OCR = latin(
  `^[^\\p{L}\\d]{0,8}(?:(?:[KkTtHh][\\p{L}\\p{M}]{2,3}|[iIíÍìÌ]nh)\\s+${loose('gửi')}|[Kk][iíìỉ]nh\\s+[gG][\\p{L}\\p{M}]{2,3}|[Kk][\\p{L}\\p{M}]{2,3}[gG][\\p{L}\\p{M}]{1,3})\\s*:\\s*`,
  'u',
);
export const RECIPIENTS_ANYWHERE = latin(`${loose('kính gửi')}\\s*:`, 'u');
/**
 * Lines that stand where "Kính gửi:" would and address the list after them: a công điện's "THỦ TƯỚNG CHÍNH PHỦ
 * điện:", "Chủ tịch Ủy ban nhân dân tỉnh điện:", and a giấy mời's "Sở Nội vụ trân trọng kính mời:", "Trân trọng
 * kính mời:". Group 1 is who sends it, when named (addressLabel says whether it is a sender). The label's colon is
 * the line's first, at 6 to 130 characters from its start.
 */
export const CABLE_LABEL = latin(`^(?=[^:]{6,130}:)(\\p{Lu}[^:;.,]{2,100}?)\\s+${loose('điện')}\\s*:\\s*`, 'u');
export const INVITATION_LABEL = latin(`^(?=[^:]{6,130}:)(?:(?!${loose('trân trọng')}\\s)(\\p{Lu}[^:;.,]{2,100}?)\\s+)?(?:${loose('trân trọng')}\\s+)?${loose('kính mời')}\\s*:\\s*`, 'u');

/**
 * The match of CABLE_LABEL or INVITATION_LABEL in a line when who sends it, if named, is one: a title or body in
 * capitals, or one that opens like a body (BODY_HEAD) in ten words at most and reads as a sender (NOT_SENDER);
 * else null. Only a line with a colon after the n of "điện" or the i of "mời" is tried.
 */
export function addressLabel(t: string): RegExpExecArray | null {
  // The label's colon is the line's first, 6 to 130 characters in (both patterns say so): a long line is read back
  // from there, not to its end.
  if (t.lastIndexOf(':', 130) < 6) return null;
  const colon = t.indexOf(':');
  if (colon < 6) return null;
  // Both patterns end in a word, white space and the first colon of the line (who sends it holds none).
  let k = colon - 1;
  while (k > 0 && isWhiteCode(t.charCodeAt(k))) k--;
  const last = t.charCodeAt(k);
  const m = last === 110 || last === 78 ? CABLE_LABEL.exec(t) : last === 105 || last === 73 ? INVITATION_LABEL.exec(t) : null;
  return m !== null && (m[1] === undefined || isSender(m[1])) ? m : null;
}

/** Who sends a cable or an invitation: in capitals, or opening like a body in ten words at most, read as a sender. */
export function isSender(sender: string): boolean {
  return !HAS_LOWER.test(sender) || (BODY_HEAD.test(sender) && !NOT_SENDER.test(sender) && sender.split(/\s+/u).length <= 10);
}
/** The text holds a lower-case letter (\p{Ll}). */
export const HAS_LOWER = latin(String.raw`\p{Ll}`, 'u');
/**
 * Words of a sentence about electricity rather than of who sends a cable: "Sở Công Thương đề nghị các nhà máy thủy
 * điện:" (a collective, a verb, the word before "điện" in a compound).
 */
const NOT_SENDER = latin(String.raw`(?<![\p{L}\p{M}])(?:các|những|mọi|đề nghị|yêu cầu|giao|đã|đang|sẽ|để|thủy|thuỷ|nhiệt|lưới|máy|sử dụng|tiết kiệm|cấp|mạng|trạm)(?![\p{L}\p{M}])`, 'iu');
/**
 * OCR of a scan whose incoming-document stamp ("ĐẾN", a date) lies over the Kính gửi list puts the stamp's text
 * before an item: "| ereerrsernoie \" - Bộ trưởng …;", "lBẾN way.O415.].202,.... - Chủ tịch …". Where a line
 * opens with up to 40 characters that hold a stamp's marks (symbols such as | " ] #) but no ";" and no parenthesis, then
 * " - " and a capital, the item starts at the dash: its index, else -1.
 */
export function stampThenItem(t: string): number {
  const m = STAMP_THEN_ITEM.exec(t);
  return m !== null && STAMP_MARK.test(m[1]!) ? m[1]!.length + 1 : -1;
}
const STAMP_THEN_ITEM = latin(String.raw`^([^;()]{1,40}?)\s[-–](?=\s+\p{Lu})`, 'u');
const STAMP_MARK = /[|"'\][{}!?#*~^_=<>]/u;

/**
 * "Nơi nhận", and OCR's "Noi nhậm", "Noi nhật"; before a colon, any word of four letters that opens with "nh" too
 * ("Noi nhén:", "Noi nhin:"): nine characters at least, as mayHaveTailAnchor has it.
 */
const NOI_NHAN = `${loose('nơi nh')}(?:${loose('ậ')}[nNmMtT]|[\\p{L}\\p{M}]{2}(?=\\s*:))`;
export const DISTRIBUTION_LABEL = latin(`^${NOI_NHAN}\\s*[:.;]?\\s*`, 'u');
export const DISTRIBUTION_ANYWHERE = latin(`${NOI_NHAN}\\s*[:.;]`, 'u');
export const ARCHIVE = latin(`^${loose('lưu')}(?:\\s*[:.]\\s*|\\s+(?=\\p{Lu}{2}))(.*)$`, 'u');

// Signing authority (box 7a): "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "K/T THỦ TƯỚNG"; party documents write "T/M", "K/T", "T/L"
export const AUTHORITY = latin(String.raw`^(TM|KT|K\/T|T\/M|T\/L|TL|TUQ|Q)(?:\s*[.:]\s*|\s+)(?=\p{Lu}{2})`, 'u');
/** A prefix alone on its line ("TL." over "BỘ TRƯỞNG"). */
export const AUTHORITY_ALONE = /^(TM|KT|K\/T|T\/M|T\/L|TL|TUQ|Q)\s*[.:]$/u;
/** A signing prefix inside a line: with its "." or ":", or a slashed one ("T/M BAN THƯỜNG VỤ"), whose slash says enough. */
export const AUTHORITY_ANYWHERE = latin(String.raw`(?:^|\s)(?:(TM|KT|K\/T|T\/M|T\/L|TL|TUQ)\s*[.:]\s*|(K\/T|T\/M|T\/L)\s+)(?=\p{Lu}{2})`, 'u');

// A list item marker at the start of a line.
export const DASH_ITEM = /^[-–—+•*=~]\s*/u;
export const NUMBERED_ITEM = /^(\d{1,2}|[IVXLC]{1,6}|[a-zđ])\s*([.)])\s+(?=\S)/u;

// Legal bases and cited documents.
export const LEGAL_BASIS = latin(`^${loose('căn cứ')}${END}`, 'u');

/** Document type names (box 5a) and their abbreviations (Phụ lục III). */
export const DOC_TYPES: ReadonlyArray<readonly [name: string, code: string | null]> = [
  ['Nghị quyết', 'NQ'],
  ['Quyết định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QyĐ'],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch', 'KH'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công điện', 'CĐ'],
  ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'],
  ['Giấy ủy quyền', 'GUQ'],
  ['Giấy mời', 'GM'],
  ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'],
  ['Phiếu gửi', 'PG'],
  ['Phiếu chuyển', 'PC'],
  ['Phiếu báo', 'PB'],
  ['Nghị định', 'NĐ'],
  ['Thông tư liên tịch', 'TTLT'],
  ['Thông tư', 'TT'],
  ['Luật', null],
  ['Pháp lệnh', null],
  ['Kết luận', 'KL'],
  ['Thư công', null],
  ['Văn bản hợp nhất', 'VBHN'],
  ['Công văn', null],
];

/** Type codes that may open a number's code part ("QĐ" in "15/QĐ-BNV"). */
export const TYPE_CODES = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PB', 'NĐ', 'TT', 'TTLT', 'KL', 'NQLT', 'QĐLT', 'SY', 'TrS', 'SL',
  'L', 'PL', 'TBKL', 'CV', 'VBHN',
]);

/** Names of type codes, for docType from the number. */
export const TYPE_NAME_BY_CODE = new Map<string, string>(
  DOC_TYPES.filter(([, c]) => c !== null).map(([n, c]) => [c as string, n]),
);
TYPE_NAME_BY_CODE.set('NQLT', 'Nghị quyết liên tịch');
TYPE_NAME_BY_CODE.set('QĐLT', 'Quyết định liên tịch');
TYPE_NAME_BY_CODE.set('TBKL', 'Thông báo kết luận');
// The party's letters number their type: "Số 2449-CV/ĐU".
TYPE_NAME_BY_CODE.set('CV', 'Công văn');

/** A title line naming the document type: "QUYẾT ĐỊNH", "THÔNG BÁO", "CHỈ THỊ VỀ …" */
export const TYPE_TITLE = latin(
  `^(${DOC_TYPES.filter(([n]) => n !== 'Công văn' && n !== 'Luật')
    .map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .map((n) => loose(n))
    .join('|')})(?=$|\\s|:)`,
  'u',
);

/** Urgency (box 10b) and confidentiality (box 10a) marks as standalone upper-case lines. */
export const URGENCY = /^(HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)(?:\s*[!.]?)$/u;
export const CONFIDENTIALITY = /^(TUYỆT MẬT|TỐI MẬT|MẬT)(?:\s*[!.]?)$/u;

/** Lines a digital signature or a crawler adds before the document. */
export const META_LINE = latin(
  `^(?:${loose('ký bởi')}|${loose('thời gian ký')}|${loose('địa chỉ')}|${loose('cơ quan')}\\s*:|Email|E-mail|Source|Nguồn|CÔNG BÁO|Công báo|VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN HỢP NHẤT|VĂN BẢN KHÁC|${loose('ngày ký')}|Signed|Người ký)\\s*:?`,
  'u',
);

/** A name of who must act (before "chủ trì", "có trách nhiệm" …, in a directive or a task) opens like a body or an office. */
export const BODY_HEAD =
  latin(String.raw`^(?:(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|Hội đồng|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Tổng Giám đốc|Thủ trưởng|Người đứng đầu|Cục|Tổng cục|Chi cục|Vụ|Văn phòng|Chánh|Thanh tra|Phòng|Trung tâm|Bệnh viện|Các|Cơ quan|Đơn vị|Công an|Bảo hiểm|Kho bạc|Ngân hàng|Tổng công ty|Công ty|Trường|Hiệu trưởng|Viện|Đài|Đoàn|Hội|Liên đoàn|Mặt trận|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Bộ trưởng|Thứ trưởng|Cục trưởng|Vụ trưởng|Trưởng|Quân khu|Bộ Chỉ huy|Ban Chỉ huy|Lãnh đạo|Thủ tướng|Phó Thủ tướng|Chính phủ|Quốc hội|Đồng chí|Chúng tôi)(?![\p{L}\p{M}])|\p{Lu}{2,}(?![\p{Ll}\p{M}]))`, 'u');
/** Nouns that open a thing rather than a body: "giao các nhiệm vụ cho …", "yêu cầu các nội dung …". */
export const NOT_A_NAME =
  latin(String.raw`^(?:các|những|mọi)\s+(?:nhiệm vụ|việc|công việc|nội dung|chỉ tiêu|yêu cầu|giải pháp|biện pháp|vấn đề|thủ tục|văn bản|quy định|hồ sơ|dự án|khoản|chi phí|thông tin|tài liệu|số liệu)(?![\p{L}\p{M}])`, 'iu');

/**
 * A legal database's bracketed note on a passage: "[Khoản này được sửa đổi bởi …]", "[Nội dung này được đính chính
 * bởi …]", "[Về cho vay … được hướng dẫn bởi Công văn 4530/NHCS-TDNN …]", "[Điều này bị bãi bỏ bởi …]", "[Điều này hết
 * hiệu lực bởi … Nghị định 151/2025/NĐ-CP …]".
 */
const SITE_NOTE = latin(String.raw`\[[^\]\[]{0,200}?(?:(?:được|bị) (?:đính chính|sửa đổi|bổ sung|bãi bỏ|hướng dẫn|thay thế|hủy bỏ|huỷ bỏ|điều chỉnh|quy định chi tiết)(?:,\s*(?:bổ sung|sửa đổi))?|hết hiệu lực)\s+(?:bởi|tại|theo)\s[^\]\[]*\]`, 'gu');
/** Where SITE_NOTE's notes are in the text: [start, end) of each. */
export function siteNotes(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  SITE_NOTE.lastIndex = 0;
  for (let m = SITE_NOTE.exec(text); m !== null; m = SITE_NOTE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
