/**
 * Names of bodies in sentence case, as prose writes them (Nghị định 30, Phụ lục
 * II): "SỞ Y TẾ" → "Sở Y tế", "UBND TỈNH ĐỒNG NAI" → "UBND tỉnh Đồng Nai",
 * "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" → "Bộ Kế hoạch và Đầu tư".
 */

import { fold, HAS_LOWER } from './patterns.js';
import { latin } from '../latin.js';
import { squeezeWhite } from './text.js';
import { marks } from './ocr.js';

/** Patterns used inside functions below, built once. */
const ALL_UPPER = latin(String.raw`^\p{Lu}+$`, 'u');
const STARTS_UPPER = latin(String.raw`^\p{Lu}`, 'u');

/** Generic heads of body names, upper case, longest first. */
const GENERIC = [
  'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'ỦY BAN THƯỜNG VỤ',
  'UỶ BAN THƯỜNG VỤ', 'HỘI ĐỒNG THẨM PHÁN', 'ỦY BAN',
  'KHO BẠC', 'BẢO HIỂM XÃ HỘI', 'NGÂN HÀNG', 'VIỆN KIỂM SÁT NHÂN DÂN', 'TÒA ÁN NHÂN DÂN',
  'CÔNG AN', 'BỘ CHỈ HUY QUÂN SỰ', 'BAN CHỈ ĐẠO', 'BAN QUẢN LÝ', 'BAN CHẤP HÀNH', 'ĐẢNG ỦY', 'ĐOÀN',
  'TỔNG CỤC', 'CHI CỤC', 'CỤC', 'VĂN PHÒNG', 'THANH TRA', 'TRUNG TÂM', 'BỘ', 'SỞ', 'VỤ', 'BAN', 'PHÒNG', 'VIỆN',
  'TRƯỜNG', 'BỆNH VIỆN', 'HỌC VIỆN', 'ĐẠI HỌC', 'TỔNG CÔNG TY', 'CÔNG TY', 'HỘI', 'LIÊN ĐOÀN', 'PHỦ', 'THỦ TƯỚNG',
  'CHÍNH PHỦ', 'QUỐC HỘI', 'CHỦ TỊCH NƯỚC', 'THUẾ', 'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY',
].sort((a, b) => b.length - a.length);

/**
 * Generic heads whose function words are capitalised too (Nghị định 30, Phụ lục II: the type of body and its
 * function or field): "BAN QUẢN LÝ" → "Ban Quản lý", "BỘ CHỈ HUY QUÂN SỰ" → "Bộ Chỉ huy Quân sự".
 */
const GENERIC_WRITTEN: Record<string, string> = {
  'BAN QUẢN LÝ': 'Ban Quản lý',
  'BAN CHỈ ĐẠO': 'Ban Chỉ đạo',
  'BAN CHẤP HÀNH': 'Ban Chấp hành',
  'BỘ CHỈ HUY QUÂN SỰ': 'Bộ Chỉ huy Quân sự',
  'ỦY BAN THƯỜNG VỤ': 'Ủy ban Thường vụ',
  'UỶ BAN THƯỜNG VỤ': 'Uỷ ban Thường vụ',
  'HỘI ĐỒNG THẨM PHÁN': 'Hội đồng Thẩm phán',
};
const GENERIC_CAPS = new Map(Object.entries(GENERIC_WRITTEN).map(([k, v]) => [k, v.split(' ').map((w) => STARTS_UPPER.test(w))]));

/**
 * Provinces and centrally-run cities, before and after the 2025 merger, in capitals: a name that ends in one
 * without a unit ("SỞ Y TẾ HÀ NỘI", "KHO BẠC NHÀ NƯỚC ĐÀ NẴNG") writes it as a proper noun. Matched on folded words
 * (marks placed either way: HÓA/HOÁ), two words at least ("HUẾ" alone is also a given name).
 */
const PROVINCES = phrases(
  [
    'HÀ NỘI', 'HỒ CHÍ MINH', 'HẢI PHÒNG', 'ĐÀ NẴNG', 'CẦN THƠ', 'THỪA THIÊN HUẾ', 'THỪA THIÊN - HUẾ', 'AN GIANG', 'BÀ RỊA - VŨNG TÀU',
    'BÀ RỊA – VŨNG TÀU', 'BẮC GIANG', 'BẮC KẠN', 'BẠC LIÊU', 'BẮC NINH', 'BẾN TRE', 'BÌNH ĐỊNH', 'BÌNH DƯƠNG', 'BÌNH PHƯỚC',
    'BÌNH THUẬN', 'CÀ MAU', 'CAO BẰNG', 'ĐẮK LẮK', 'ĐẮK NÔNG', 'ĐIỆN BIÊN', 'ĐỒNG NAI', 'ĐỒNG THÁP', 'GIA LAI', 'HÀ GIANG',
    'HÀ NAM', 'HÀ TĨNH', 'HẢI DƯƠNG', 'HẬU GIANG', 'HÒA BÌNH', 'HƯNG YÊN', 'KHÁNH HÒA', 'KIÊN GIANG', 'KON TUM', 'LAI CHÂU',
    'LÂM ĐỒNG', 'LẠNG SƠN', 'LÀO CAI', 'LONG AN', 'NAM ĐỊNH', 'NGHỆ AN', 'NINH BÌNH', 'NINH THUẬN', 'PHÚ THỌ', 'PHÚ YÊN',
    'QUẢNG BÌNH', 'QUẢNG NAM', 'QUẢNG NGÃI', 'QUẢNG NINH', 'QUẢNG TRỊ', 'SÓC TRĂNG', 'SƠN LA', 'TÂY NINH', 'THÁI BÌNH',
    'THÁI NGUYÊN', 'THANH HÓA', 'TIỀN GIANG', 'TRÀ VINH', 'TUYÊN QUANG', 'VĨNH LONG', 'VĨNH PHÚC', 'YÊN BÁI',
  ].sort((a, b) => b.length - a.length),
);

/** Two verbs parted by a comma that name one field: the second is not a new name. */
const VERB_PAIRS = new Set(['phong, chong', 'kham, chua']);

/** Administrative units: the place name after them is a proper noun. */
const PLACE_UNITS = new Set(['TỈNH', 'THÀNH PHỐ', 'TP', 'TP.', 'QUẬN', 'HUYỆN', 'THỊ XÃ', 'XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'KHU VỰC']);

/** A phrase of a list with its words folded once, for matching against folded words. */
interface Phrase {
  text: string;
  /** Its words as written (upper case, with their marks). */
  words: string[];
  folded: string[];
}
/** The phrases of a list, in its order, by their first folded word (a phrase can only match where that word is). */
function phrases(list: string[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const text of list) {
    const words = text.split(' ');
    const folded = words.map(fold);
    byFirst.set(folded[0]!, [...(byFirst.get(folded[0]!) ?? []), { text, words, folded }]);
  }
  return byFirst;
}

const UNITS_LONGEST_FIRST = phrases([...PLACE_UNITS].sort((a, b) => b.length - a.length));
/**
 * Levels of a school after "TRƯỜNG": the name after them is a proper noun ("TRƯỜNG THPT NGUYỄN DU" → "Trường THPT
 * Nguyễn Du", "TRƯỜNG TIỂU HỌC KIM ĐỒNG" → "Trường Tiểu học Kim Đồng").
 */
const SCHOOL_LEVELS = phrases(
  ['THPT', 'THCS', 'PTDTNT', 'PTDTBT', 'PTCS', 'TIỂU HỌC', 'MẦM NON', 'MẪU GIÁO', 'TRUNG HỌC CƠ SỞ', 'TRUNG HỌC PHỔ THÔNG', 'PHỔ THÔNG DÂN TỘC NỘI TRÚ', 'PHỔ THÔNG DÂN TỘC BÁN TRÚ', 'TH', 'MN', 'TH&THCS', 'THCS&THPT', 'TH-THCS', 'THCS-THPT'].sort((a, b) => b.length - a.length),
);
/** Party committees named after their place: "TỈNH ỦY ĐỒNG NAI" → "Tỉnh ủy Đồng Nai". */
const PLACE_NAMED = new Set(['TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'QUẬN ỦY', 'THỊ ỦY']);

/** Proper nouns inside body names. */
const PROPER: Record<string, string> = {
  'CHÍNH PHỦ': 'Chính phủ',
  'QUỐC HỘI': 'Quốc hội',
  'NHÀ NƯỚC': 'Nhà nước',
  'TRUNG ƯƠNG': 'Trung ương',
  'VIỆT NAM': 'Việt Nam',
  'THỦ TƯỚNG': 'Thủ tướng',
  // The ministry's (and its provincial departments') name is written so: "Bộ Công Thương", "Sở Công Thương".
  'CÔNG THƯƠNG': 'Công Thương',
  // Mass organisations' names as they write them.
  'TỔNG LIÊN ĐOÀN LAO ĐỘNG': 'Tổng Liên đoàn Lao động',
  'HỘI LIÊN HIỆP PHỤ NỮ': 'Hội Liên hiệp Phụ nữ',
  'MẶT TRẬN TỔ QUỐC': 'Mặt trận Tổ quốc',
  'TÒA ÁN NHÂN DÂN TỐI CAO': 'Tòa án nhân dân tối cao',
  'TOÀ ÁN NHÂN DÂN TỐI CAO': 'Toà án nhân dân tối cao',
  'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO': 'Viện kiểm sát nhân dân tối cao',
};

const PROPER_PHRASES = phrases(Object.keys(PROPER));
/** Per proper noun, which words of its written form are capitalised. */
const PROPER_CAPS = new Map(Object.entries(PROPER).map(([k, v]) => [k, v.split(' ').map((w) => STARTS_UPPER.test(w))]));
const GENERIC_PHRASES = phrases(GENERIC);

/** Upper-case abbreviations kept as written. */
const ACRONYMS = new Set(['UBND', 'HĐND', 'TP', 'TW', 'MTTQ', 'CP', 'UB', 'VN', 'TTXVN', 'BCH', 'BCĐ', 'KBNN', 'BHXH', 'BQL', 'TNHH', 'CNTT', 'HTX']);

function isAcronym(word: string): boolean {
  // word.replace(/(?<![.,;:])[.,;:]+$/u, ''): the whole run of those marks that ends the word, removed.
  let end = word.length;
  for (let c = word.charCodeAt(end - 1); c === 46 || c === 44 || c === 59 || c === 58; c = word.charCodeAt(end - 1)) end--;
  const w = end === word.length ? word : word.slice(0, end);
  if (ACRONYMS.has(w)) return true;
  if (w.length < 2) return false;
  // ALL_UPPER and no upper-case vowel: every character an upper-case consonant (summed without branches).
  let n = 0;
  for (let i = 0; i < w.length; i++) n += UPPER_CONSONANT[w.charCodeAt(i)]!;
  return n === w.length;
}

/** Upper-case vowels: a word holding one is pronounced, not spelled, so it is no abbreviation. */
const UPPER_VOWEL = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;
/**
 * Per UTF-16 code unit: 1 for a character ALL_UPPER accepts that is not an upper-case vowel, else 0. ALL_UPPER's
 * letters are those of the Latin blocks (latin()), U+0000–U+024F and U+1E00–U+1EFF: only they are tested.
 */
export const UPPER_CONSONANT = (() => {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of [[0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (ALL_UPPER.test(ch) && !UPPER_VOWEL.test(ch)) table[c] = 1;
    }
  }
  return table;
})();

// Case is changed with toLowerCase/toUpperCase: Vietnamese has no locale-specific case mapping (ICU tailors only
// tr, az, lt, el and nl), so toLocaleLowerCase('vi') gives the same strings, after a locale look-up of ~1 µs a call.
function cap(word: string): string {
  if (isAcronym(word)) return word;
  // toLowerCase maps each character on its own, but for the Greek capital sigma (final or not by its neighbours):
  // after an upper-case ASCII letter, lower-casing the rest gives what lower-casing all and raising the first gives.
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90 && !word.includes('Σ')) return word.charAt(0) + word.slice(1).toLowerCase();
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function low(word: string): string {
  return isAcronym(word) ? word : word.toLowerCase();
}

/**
 * A word of the name is the phrase's word: written without marks (text typed without them, matched on its folded
 * form), or with the same marks ("QUẢN" is not "QUẬN", though both fold to "quan").
 */
function sameMarks(word: string, phraseWord: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return word === phraseWord;
  return true;
}

/** Sentence case for a body name; text that already has lower case is returned as is. */
export function sentenceCaseBody(name: string): string {
  // (The separators are all BMP characters: the pattern needs no u flag, which would slow its scan.)
  const text = squeezeWhite(name.replace(/[-_=–—*]{3,}/g, ' ')).trim();
  // Taking "TP" out cannot add a lower-case letter: text without one needs no second test.
  if (HAS_LOWER.test(text) && HAS_LOWER.test(text.replace(/\b(?:TP|Tp)\b\.?/gu, ''))) return text;
  // text.split(' '), cut at each space by index, and the words folded on the way: matching is on folded words, so
  // that text typed without diacritics is cased the same way.
  const words: string[] = [];
  const folded: string[] = [];
  for (let from = 0; ; ) {
    const space = text.indexOf(' ', from);
    const w = space < 0 ? text.slice(from) : text.slice(from, space);
    words.push(w);
    folded.push(fold(w));
    if (space < 0) break;
    from = space + 1;
  }
  const out: string[] = [];
  let i = 0;
  // Generic heads, possibly several: "SỞ Y TẾ", "UBND TỈNH …", "VĂN PHÒNG CHÍNH PHỦ".
  // `marks`: a word written with marks must have the phrase's own (sameMarks); without, folded words are enough.
  const matchAt = (list: Map<string, Phrase[]>, at: number, marks = true): Phrase | null => {
    const candidates = list.get(folded[at]!);
    if (candidates === undefined) return null;
    for (const g of candidates) {
      let k = 0;
      while (k < g.folded.length && folded[at + k] === g.folded[k] && (!marks || sameMarks(words[at + k]!, g.words[k]!))) k++;
      if (k === g.folded.length) return g;
    }
    return null;
  };
  let startOfName = true;
  let afterPlaceUnit = false;
  while (i < words.length) {
    const w = words[i]!;
    const proper = matchAt(PROPER_PHRASES, i);
    if (proper) {
      const caps = PROPER_CAPS.get(proper.text)!;
      for (let k = 0; k < caps.length; k++) out.push(caps[k] ? cap(words[i + k]!) : low(words[i + k]!));
      i += proper.folded.length;
      startOfName = false;
      continue;
    }
    // A province named without its unit, past the head: "… HÀ NỘI" (folded words only, see PROVINCES).
    const province = out.length > 0 ? matchAt(PROVINCES, i, false) : null;
    if (province) {
      // A word printed with fewer marks than the province's own lost them (OCR, or typed without): "BAC NINH",
      // "KHANH HÒA", "BÌNH DUONG" are written with the province's.
      for (let k = i; k < i + province.folded.length; k++) {
        const own = province.words[k - i]!;
        out.push(cap(own !== words[k] && marks(own) > marks(words[k]!) ? own : words[k]!));
      }
      i += province.folded.length;
      startOfName = false;
      continue;
    }
    const unit = matchAt(UNITS_LONGEST_FIRST, i);
    // "XÃ HỘI" is society, not a commune.
    if (unit && out.length > 0 && !(unit.text === 'XÃ' && folded[i + 1] === 'hoi')) {
      for (let k = i; k < Math.min(i + unit.folded.length, words.length); k++) out.push(low(words[k]!));
      i += unit.folded.length;
      afterPlaceUnit = true;
      continue;
    }
    if (afterPlaceUnit) {
      out.push(cap(w));
      i++;
      continue;
    }
    const generic = startOfName ? matchAt(GENERIC_PHRASES, i) : null;
    if (generic && out.length === 0) {
      const end = Math.min(i + generic.folded.length, words.length);
      const caps = GENERIC_CAPS.get(generic.text);
      out.push(cap(words[i]!));
      for (let k = i + 1; k < end; k++) out.push(caps?.[k - i] ? cap(words[k]!) : low(words[k]!));
      i = end;
      startOfName = true;
      if (PLACE_NAMED.has(generic.text)) afterPlaceUnit = true;
      const level = generic.text === 'TRƯỜNG' && i < words.length - 1 ? matchAt(SCHOOL_LEVELS, i) : null;
      if (level) {
        // A level in one word is an abbreviation (THPT, TH&THCS): kept as written.
        out.push(level.folded.length === 1 ? words[i]! : cap(words[i]!));
        for (let k = i + 1; k < i + level.folded.length; k++) out.push(low(words[k]!));
        i += level.folded.length;
        afterPlaceUnit = true;
      }
      continue;
    }
    // "các", "những" are written in lower case, as the words after them ("Ban Quản lý các khu công nghiệp");
    // "và", a dash, a comma end a name.
    if (folded[i] === 'cac' || folded[i] === 'nhung') {
      out.push(low(w));
      startOfName = false;
      i++;
      continue;
    }
    if (folded[i] === 'va' || w === '-' || w === '–' || w.endsWith(',')) {
      out.push(low(w));
      // "PHÒNG, CHỐNG", "KHÁM, CHỮA": two verbs of one field, not two names ("Cục Quản lý khám, chữa bệnh").
      startOfName = !VERB_PAIRS.has(`${folded[i]} ${folded[i + 1]}`);
      i++;
      continue;
    }
    out.push(startOfName ? cap(w) : low(w));
    startOfName = false;
    i++;
  }
  const joined = out.join(' ');
  return joined.includes(',') ? joined.replace(/(?<!\s)\s+,/g, ',') : joined;
}
