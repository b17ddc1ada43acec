/**
 * OCR repair for the closed vocabulary of headers and signature blocks. OCR drops
 * or confuses Vietnamese marks ("TONG CỤC TRƯỞNG", "TỎNG CỤC THUÊ"); in the
 * upper-case lines of box 2 (issuing body) and box 7 (signer) the words come from
 * a small vocabulary, so a word outside it whose letters without marks match one
 * vocabulary word is restored to that word. Ambiguous words are resolved by the
 * word before them, or left as printed.
 */
import { fold } from './patterns.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
const SPECK = latin(String.raw`^[\p{L}\p{M}]{1,2}$`, 'u');
const NO_LOWER = latin(String.raw`^[^\p{Ll}]+$`, 'u');

const VOCABULARY = `
TỔNG CỤC TRƯỞNG THUẾ PHÓ BỘ VỤ GIÁM ĐỐC CHỦ TỊCH NHIỆM THỨ THỦ TƯỚNG CHÍNH PHỦ ỦY UỶ BAN NHÂN DÂN SỞ Y TẾ TÀI
QUỐC VĂN PHÒNG HỘI ĐỒNG THÀNH PHỐ TỈNH HUYỆN XÃ CHÁNH QUẢN LÝ KẾ HOẠCH ĐẦU TƯ NGOẠI GIAO LUẬT PHÁP ĐIỀU ƯỚC SÁCH
VIỆT NAM HẢI QUAN KHO BẠC NHÀ NƯỚC LAO ĐỘNG THƯƠNG BINH XÂY DỰNG GIÁO DỤC ĐÀO TẠO CÔNG AN NỘI TƯ NÔNG NGHIỆP
MÔI TRƯỜNG CỘNG HÒA HOÀ KHOA HỌC NGHỆ THÔNG TIN TRUYỀN VẬN TẢI THỂ THAO DU LỊCH HÀ HỒ CHÍ MINH ĐẢNG TRUNG ƯƠNG BÍ THƯ THANH TRA
KIỂM TOÁN THƯỜNG TRỰC TRỢ CẤP CHI QUẬN PHƯỜNG THỊ TRẤN ĐẠI VIỆN TÒA ÁN SÁT CỤC KINH TẾ NGÂN HÀNG BẢO HIỂM LIÊN ĐOÀN VÀ CHẾ
THẨM PHÁN TỐI CAO
`.split(/\s+/u).filter(Boolean);

/** Each vocabulary word, with its skeleton (fold). */
const VOCAB_KEY = new Map(VOCABULARY.map((word) => [word, fold(word)]));
/** The vocabulary's words by skeleton. */
const BY_SKELETON = new Map<string, string[]>();
for (const [word, key] of VOCAB_KEY) BY_SKELETON.set(key, [...(BY_SKELETON.get(key) ?? []), word]);

/** Words whose skeleton is shared; the previous word's skeleton (fold) decides. */
const CONTEXT: Record<string, (prev: string | undefined) => string | null> = {
  pho: (prev) => (prev === 'thanh' ? 'PHỐ' : 'PHÓ'),
  // VĂN PHÒNG, but GIAO THÔNG VẬN TẢI.
  van: (prev) => (prev === 'thong' ? 'VẬN' : 'VĂN'),
  // LAO ĐỘNG, but HỘI ĐỒNG.
  dong: (prev) => (prev === 'lao' ? 'ĐỘNG' : prev === 'hoi' ? 'ĐỒNG' : null),
  // ỦY and UỶ are one word, marked two ways: the first way.
  uy: () => 'ỦY',
  // LAO ĐỘNG - THƯƠNG BINH, CÔNG THƯƠNG; but ỦY BAN THƯỜNG VỤ, THƯỜNG TRỰC.
  thuong: (prev) => (prev === 'dong' || prev === 'cong' ? 'THƯƠNG' : prev === 'ban' ? 'THƯỜNG' : null),
  // BỘ TÀI CHÍNH, TÀI NGUYÊN; but VẬN TẢI.
  tai: (prev) => (prev === 'van' ? 'TẢI' : 'TÀI'),
  // CỤC THUẾ TỈNH, HẢI QUAN TỈNH: after a word of the vocabulary, "TÍNH" (to count) is OCR's TỈNH.
  tinh: (prev) => (prev !== undefined && BY_SKELETON.has(prev) ? 'TỈNH' : null),
  // HỘI ĐỒNG THẨM PHÁN; but BỘ TỔNG THAM MƯU.
  tham: (prev) => (prev === 'dong' ? 'THẨM' : null),
  // THỦ TƯỚNG.
  tuong: (prev) => (prev === 'thu' ? 'TƯỚNG' : null),
  truong: (prev) => (prev === 'moi' || prev === 'dai' || prev === 'hoc' ? 'TRƯỜNG' : prev !== undefined && TITLE_BEFORE_TRUONG.has(prev) ? 'TRƯỞNG' : null),
};
/** Skeletons of the words before TRƯỞNG in a title: CỤC, VỤ, BỘ, THỨ, HIỆU, VIỆN, BAN. */
const TITLE_BEFORE_TRUONG = new Set(['cuc', 'vu', 'bo', 'thu', 'hieu', 'vien', 'ban']);

/** A word's skeleton (fold), looked up for a word of the vocabulary. */
function skeleton(word: string): string {
  return VOCAB_KEY.get(word) ?? fold(word);
}

export interface Repair {
  text: string;
  /** "TONG → TỔNG" for each word changed. */
  changes: string[];
}

/** Words of a place's unit (fold): a name follows them, whatever the length of its words ("TỈNH SƠN LA", "XÃ LA GI"). */
const PLACE_UNIT_WORDS = new Set(['tinh', 'huyen', 'quan', 'xa', 'phuong', 'tran', 'pho']);

/**
 * Drops OCR specks after a header name: trailing one- or two-letter words outside the vocabulary ("… THUẾ Ồ AM"),
 * when the word before them ends a name of the vocabulary (OCR may have lost its marks: "THUÊ"). After a word
 * outside it ("SƠN LA") or a place's unit ("XÃ LA GI") they are the end of a proper name.
 */
export function dropTrailingSpecks(text: string): string {
  const words = text.split(/\s+/u);
  const speck = (w: string) => SPECK.test(w) && !VOCAB_KEY.has(w) && /[aeiouy]/u.test(fold(w)); // "TP", "VN" are abbreviations
  let keep = words.length;
  while (keep > 1 && speck(words[keep - 1]!)) keep--;
  const before = fold(words[keep - 1]!);
  if (keep < words.length && BY_SKELETON.has(before) && !PLACE_UNIT_WORDS.has(before)) words.length = keep;
  return words.join(' ');
}

/** How many diacritic marks a word carries (its combining marks once decomposed). */
export function marks(word: string): number {
  return word.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
}

/**
 * Per code unit below U+1F00: 1 for an ASCII letter, 3 for a Latin letter with marks (a letter and marked:
 * Latin-1, Latin Extended-A/B up to ư, and the Vietnamese block ạ…ỹ), 2 for a combining mark of NFD text
 * (marked), 0 for anything else. Nothing from U+1F00 on counts.
 */
const MARK_WEIGHT = new Uint8Array(0x1f00);
for (let c = 0; c < 0x1f00; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) MARK_WEIGHT[c] = 1;
  else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c <= 0x1b0 || (c >= 0x1ea0 && c <= 0x1ef9))) MARK_WEIGHT[c] = 3;
  else if (c >= 0x300 && c <= 0x323) MARK_WEIGHT[c] = 2;
}

/** The one piece hasMarks hands hasMarksJoined (reused: no array made per call). */
const ONE_TEXT: string[] = [''];
const ONE_START = new Int32Array(1);
const ONE_END = new Int32Array(1);

/** True when the text is written with Vietnamese marks at all (not typed without diacritics). */
export function hasMarks(text: string): boolean {
  // The text as the one piece of hasMarksJoined, read in place (no slice).
  ONE_TEXT[0] = text;
  ONE_END[0] = text.length;
  const marked = hasMarksJoined(ONE_TEXT, ONE_START, ONE_END);
  ONE_TEXT[0] = '';
  return marked;
}

/**
 * hasMarks of pieces joined by single spaces (piece k: texts[k] from starts[k] to ends[k]), read in place instead of
 * joined: a space weighs nothing, and the first 4000 characters of the joined text are the ones read, with one
 * table look-up per character instead of three range tests.
 */
export function hasMarksJoined(texts: readonly string[], starts: Int32Array, ends: Int32Array): boolean {
  let total = texts.length - 1;
  for (let k = 0; k < texts.length; k++) total += ends[k]! - starts[k]!;
  const n = total > 4000 ? 4000 : total;
  let letters = 0;
  let marked = 0;
  /** Position in the joined text. */
  let at = 0;
  for (let k = 0; k < texts.length && at < n; k++) {
    if (k > 0) at++; // the space before the piece
    const text = texts[k]!;
    const end = Math.min(ends[k]!, starts[k]! + (n - at));
    for (let i = starts[k]!; i < end; i++, at++) {
      const c = text.charCodeAt(i);
      if (c < 0x1f00) {
        const w = MARK_WEIGHT[c]!;
        letters += w & 1;
        marked += w >> 1;
      }
      // Settled early: the rest can add at most one letter per character, so once 20 × marked exceeds every letter
      // count still possible, the ratio is over 0.05 (1/20) whatever follows.
      if (letters > 0 && marked * 20 > letters + (n - at - 1)) return true;
    }
  }
  return letters > 0 && marked / letters > 0.05;
}

/** The repair of one word ("TONG" → "TỔNG"), or null when it stays as printed; prev is the word before it, as output. */
function repairWord(word: string, prev: string | undefined): string | null {
  if (word.length < 2) return null;
  // A word of the vocabulary is folded once, here (most words of a header are).
  const known = VOCAB_KEY.get(word);
  if (known !== undefined && (prev === undefined || !TONE_SLIPS.has(known))) return null;
  if (!NO_LOWER.test(word)) return null;
  const key = known ?? fold(word);
  const slip = prev !== undefined && TONE_SLIPS.has(key);
  const candidates = BY_SKELETON.get(key);
  const resolved = candidates?.length === 1 && !ONLY_IN_CONTEXT.has(key) ? candidates[0]! : candidates ? CONTEXT[key]?.(prev === undefined ? undefined : skeleton(prev)) ?? null : null;
  if (resolved === null || resolved === word) return null;
  // OCR loses marks; it rarely adds them. A repair only ever adds marks, so a right word outside the vocabulary
  // ("THƯỜNG") is never bent into a vocabulary word with fewer ("THƯƠNG"). Where the word before decides between
  // twins, a mark read for another is repaired too (as many marks).
  return marks(resolved) > marks(word) || (slip && marks(resolved) === marks(word)) ? resolved : null;
}

/** Skeletons of one vocabulary word that another word shares (THAM of THAM MƯU): repaired only where CONTEXT says. */
const ONLY_IN_CONTEXT = new Set(['tham']);

/**
 * Skeletons whose vocabulary words OCR confuses, one mark read for another, and that the word before tells apart:
 * "CỤC TRƯỜNG" (a school) or "CỤC TRƯỚNG" is "CỤC TRƯỞNG", "HỘI ĐỘNG" is "HỘI ĐỒNG", "THÀNH PHÓ" is "THÀNH PHỐ",
 * "CỤC THUẾ TÍNH" is "CỤC THUẾ TỈNH", "THỦ TƯỞNG" is "THỦ TƯỚNG".
 * Their words are repaired even when they are words of the vocabulary, as the word before has them.
 */
const TONE_SLIPS = new Set(['truong', 'tuong', 'dong', 'pho', 'van', 'thuong', 'tinh']);

/**
 * Per UTF-16 code unit of the Latin blocks and of the combining marks U+0300–U+036F: 1 when /[\p{L}\p{M}]/u
 * matches it, 2 when not; 0 for the rest, which the pattern itself classes (the word class of repairUpperWords
 * and of person.ts's restoreName). In those blocks a code unit is a whole code point, so a word is a run of 1s.
 */
export const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000);
  const test = /[\p{L}\p{M}]/u;
  for (const [from, to] of [[0, 0x36f], [0x1e00, 0x1eff]] as const) {
    for (let c = from; c <= to; c++) table[c] = test.test(String.fromCharCode(c)) ? 1 : 2;
  }
  return table;
})();

/** Restores the marks of the vocabulary words in an upper-case header or signature line. */
export function repairUpperWords(text: string): Repair {
  // text.replace(/[\p{L}\p{M}]+/gu, …) read with WORD_CHAR, the text itself kept when no word changes (no new
  // string, no call per word). A code unit the table does not class (surrogates among them) takes the pattern.
  const changes: string[] = [];
  let prev: string | undefined;
  let out = '';
  /** Where the text not yet copied to out starts. */
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const k = WORD_CHAR[text.charCodeAt(i)]!;
    if (k === 0) return repairUpperWordsByPattern(text);
    if (k === 2) {
      i++;
      continue;
    }
    let end = i + 1;
    for (; end < n; end++) {
      // A code unit the table does not class ends the run; the loop above then reads it and takes the pattern.
      if (WORD_CHAR[text.charCodeAt(end)] !== 1) break;
    }
    const word = text.slice(i, end);
    const resolved = repairWord(word, prev);
    if (resolved === null) prev = word;
    else {
      changes.push(`${word} → ${resolved}`);
      out += text.slice(copied, i) + resolved;
      copied = end;
      prev = resolved;
    }
    i = end;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), changes };
}

/** repairUpperWords by its definition, for text with a code unit WORD_CHAR does not class (and for the tests). */
export function repairUpperWordsByPattern(text: string): Repair {
  const changes: string[] = [];
  let prev: string | undefined;
  const out = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const resolved = repairWord(word, prev);
    if (resolved !== null) changes.push(`${word} → ${resolved}`);
    prev = resolved ?? word;
    return prev;
  });
  return { text: out, changes };
}

/** Initial consonants of a Vietnamese syllable, without marks and in lower case (fold), and their prefixes. */
const INITIALS = ['b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const INITIAL_PREFIXES = new Set(INITIALS.flatMap((i) => Array.from(i, (_, k) => i.slice(0, k + 1))));
/** Final consonants of a syllable (fold). */
const FINALS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const VOWEL = /[aeiouy]/u;
const LETTERS = latin(String.raw`^[\p{L}\p{M}]+$`, 'u');
/** The word without the commas, full stops, semicolons and colons that end it. */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  for (let c = word.charCodeAt(end - 1); c === 44 || c === 46 || c === 59 || c === 58; c = word.charCodeAt(--end - 1));
  return end === word.length ? word : word.slice(0, end);
}
/** A word of one consonant letter, standing alone between white space (or the ends of the text). */
const LONE_CONSONANT = /(?<!\S)[BCDĐGHKLMNPQRSTVXbcdđghklmnpqrstvx](?!\S)/g;

/**
 * Syllables a PDF's text layer split at its letters' spacing ("ỦY B AN NHÂN D Â N T HÀNH P HỐ", "CHỦ TỊ CH",
 * "T hành phố Hồ Chí M inh") joined again. A word without a vowel (a consonant or two) goes onto the word after it
 * when together they open with an initial consonant (B + AN, C + H + Í, T + hành), else onto the word before it
 * when it is a final consonant and that word ends in a vowel (D + Â + N, TỊ + CH); abbreviations (TP, UBND) are
 * neither and stay. Texts with fewer than two words of one consonant letter are left as they are: no syllable
 * was split there, and a lone letter is more likely a label ("Phụ lục B").
 */
export function joinSplitSyllables(text: string): string {
  LONE_CONSONANT.lastIndex = 0;
  if (LONE_CONSONANT.exec(text) === null || LONE_CONSONANT.exec(text) === null) {
    LONE_CONSONANT.lastIndex = 0;
    return text;
  }
  LONE_CONSONANT.lastIndex = 0;
  const words = text.trim().split(/\s+/u);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const key = fold(word);
    if (LETTERS.test(word) && !VOWEL.test(key) && key.length <= 3) {
      // The next word may end a clause ("M inh,").
      const next = words[i + 1] === undefined ? undefined : withoutTrailingPunctuation(words[i + 1]!);
      if (next !== undefined && LETTERS.test(next) && (isUpperWord(next) === isUpperWord(word) || (word.length === 1 && isUpperWord(word)))) {
        const nextKey = fold(next);
        const vowelAt = nextKey.search(VOWEL);
        const initial = key + (vowelAt < 0 ? nextKey : nextKey.slice(0, vowelAt));
        if (vowelAt < 0 ? INITIAL_PREFIXES.has(initial) : INITIALS.includes(initial)) {
          words[i + 1] = word + words[i + 1]!;
          continue;
        }
      }
      const prev = out[out.length - 1];
      if (prev !== undefined && LETTERS.test(prev) && isUpperWord(prev) === isUpperWord(word) && FINALS.has(key) && /[aeiouy]$/u.test(fold(prev))) {
        out[out.length - 1] = prev + word;
        continue;
      }
    }
    out.push(word);
  }
  return out.join(' ');
}

function isUpperWord(word: string): boolean {
  return NO_LOWER.test(word);
}
