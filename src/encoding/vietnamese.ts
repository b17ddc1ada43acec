/**
 * Vietnamese letters and syllables, for the legacy-encoding tables and for detection.
 *
 * A Vietnamese vowel letter is one of the 12 bases a ă â e ê i o ô ơ u ư y carrying one of
 * 6 tones. The tones are written with these combining marks (NFD order: the base's own mark —
 * breve, circumflex, horn — comes first, the tone mark after it):
 *
 *   ngang (none) · huyền U+0300 · sắc U+0301 · hỏi U+0309 · ngã U+0303 · nặng U+0323
 */

/** The 12 vowel bases, lower case. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** The tones, in the order every table of this module uses. */
export const TONES = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const;
export type Tone = (typeof TONES)[number];

/** The combining mark of each tone ('' for ngang). */
export const TONE_MARK: Readonly<Record<Tone, string>> = {
  ngang: '',
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};

const MARK_TONE = new Map<string, Tone>(
  TONES.filter((t) => t !== 'ngang').map((t) => [TONE_MARK[t], t] as const),
);

/** The precomposed (NFC) letter for a vowel base and a tone, lower case. */
export function vowelLetter(vowel: Vowel, tone: Tone): string {
  return (vowel + TONE_MARK[tone]).normalize('NFC');
}

/** Every Vietnamese letter that is not plain ASCII (toned vowels, ă â ê ô ơ ư, đ), both cases. */
export const VIETNAMESE_NON_ASCII: ReadonlySet<string> = (() => {
  const out = new Set<string>(['đ', 'Đ']);
  for (const v of VOWELS) {
    for (const t of TONES) {
      const ch = vowelLetter(v, t);
      if (ch.length === 1 && ch.charCodeAt(0) > 0x7f) {
        out.add(ch);
        out.add(ch.toUpperCase());
      }
    }
  }
  return out;
})();

/**
 * Splits one letter into its toneless base (NFC, keeps breve/circumflex/horn) and its tone.
 * Returns null when the character carries more than one tone mark.
 */
export function splitTone(ch: string): { base: string; tone: Tone } | null {
  let tone: Tone = 'ngang';
  let base = '';
  for (const c of ch.normalize('NFD')) {
    const t = MARK_TONE.get(c);
    if (t === undefined) {
      base += c;
    } else {
      if (tone !== 'ngang') return null;
      tone = t;
    }
  }
  return { base: base.normalize('NFC'), tone };
}

// ---------------------------------------------------------------------------------------------
// Syllable shape. Approximate phonotactics, good enough to tell a correct decoding from a wrong
// one (a wrong one yields symbols, Latin-1 letters Vietnamese does not use, two tones on one
// syllable, impossible vowel clusters or a level tone on a -c/-ch/-p/-t syllable).

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
/**
 * Vowel clusters and the final consonants each takes; a leading '' means it may also end the
 * syllable. (Rhymes of loanwords and a few rare words are left out: detection only needs the
 * bulk of the language.)
 */
const RHYMES: Readonly<Record<string, readonly string[]>> = {
  a: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't'],
  e: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ê: ['', 'ch', 'm', 'n', 'nh', 'p', 't'],
  i: ['', 'ch', 'm', 'n', 'nh', 'p', 't'],
  o: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ô: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ơ: ['', 'm', 'n', 'p', 't'],
  u: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ư: ['', 'c', 'm', 'n', 'ng', 't'],
  y: [''],
  oa: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  oă: ['c', 'm', 'n', 'ng', 't'],
  oe: ['', 'n', 't'],
  oo: ['c', 'ng'],
  uâ: ['n', 'ng', 't'],
  uê: ['', 'ch', 'n', 'nh'],
  uy: ['', 'ch', 'n', 'nh', 't'],
  uơ: [''],
  iê: ['c', 'm', 'n', 'ng', 'p', 't'],
  yê: ['m', 'n', 'ng', 't'],
  uô: ['c', 'm', 'n', 'ng', 't'],
  ươ: ['c', 'm', 'n', 'ng', 'p', 't'],
  uyê: ['n', 't'],
  ...Object.fromEntries(
    [
      'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu',
      'ưa', 'ua', 'iêu', 'yêu', 'uôi', 'ươi', 'ươu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uya', 'uyu',
    ].map((nucleus) => [nucleus, ['']]),
  ),
};
const RHYME = Object.entries(RHYMES)
  .map(([nucleus, codas]) => {
    const finals = codas.filter((c) => c !== '');
    if (finals.length === 0) return nucleus;
    return `${nucleus}(?:${finals.join('|')})${codas.includes('') ? '?' : ''}`;
  })
  .join('|');
const SYLLABLE = new RegExp(`^${ONSET}(?:${RHYME})$`, 'u');
const STOP_CODA = /(?:c|ch|p|t)$/u;
/** Spelling rules: k, gh, ngh before i e ê (y); c, g, ng elsewhere. */
const MISSPELT_ONSET = /^(?:c[ieêy]|g[eê]|ng[eê]|gh[^ieê]|ngh[^ieê])/u;

/**
 * True when `word` (letters only, any case, NFC or NFD) is a well-formed Vietnamese syllable:
 * onset + vowel cluster + a final consonant that cluster takes, at most one tone, only sắc or nặng on a
 * syllable closed by -c, -ch, -p or -t, and c/k, g/gh, ng/ngh spelt by the following vowel
 * (k stays allowed everywhere: place names such as Bắc Kạn).
 */
export function isVietnameseSyllable(word: string): boolean {
  let known = seen.get(word);
  if (known === undefined) {
    if (seen.size >= 20_000) seen = new Map();
    known = checkSyllable(word);
    seen.set(word, known);
  }
  return known;
}
/** Words repeat: their verdicts are kept (bounded). Replaced when full, not clear()ed (see plainProse in segment/zones.ts). */
let seen = new Map<string, boolean>();

const VOWEL_BASES: ReadonlySet<string> = new Set(VOWELS);

function checkSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  let base = '';
  let tone: Tone = 'ngang';
  for (const ch of lower) {
    const split = splitTone(ch);
    if (split === null) return false;
    if (split.tone !== 'ngang') {
      // one tone, on a vowel
      if (tone !== 'ngang' || !VOWEL_BASES.has(split.base)) return false;
      tone = split.tone;
    }
    base += split.base;
  }
  if (!SYLLABLE.test(base) || MISSPELT_ONSET.test(base)) return false;
  return !(STOP_CODA.test(base) && tone !== 'sac' && tone !== 'nang');
}

/**
 * Frequent words of administrative Vietnamese that carry a non-ASCII letter (ASCII words such
 * as "theo" or "trong" read the same in every encoding and tell nothing).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'của', 'và', 'các', 'được', 'ngày', 'tháng', 'năm', 'số', 'thực', 'hiện', 'tỉnh', 'công',
  'văn', 'việc', 'về', 'với', 'để', 'đã', 'này', 'những', 'một', 'có', 'là', 'người', 'nhà',
  'nước', 'đơn', 'vị', 'chức', 'cán', 'bộ', 'đề', 'nghị', 'quản', 'lý', 'tế', 'sở', 'trên',
  'phố', 'ủy', 'nhân', 'dân', 'đồng', 'chí', 'kính', 'gửi', 'nơi', 'nhận', 'lưu', 'thông',
  'tư', 'quyết', 'định', 'điều', 'khoản', 'chính', 'phủ', 'bảo', 'đảm', 'triển', 'cơ', 'liên', 'đến', 'từ', 'tại', 'không', 'phải', 'trách', 'nhiệm', 'giám', 'đốc',
  'chủ', 'tịch', 'tổ', 'động', 'hoạt', 'địa', 'phương', 'xã', 'huyện', 'thành', 'trường', 'học',
  'báo', 'cáo', 'kết', 'quả', 'hướng', 'dẫn', 'cấp', 'sử', 'dụng', 'yêu', 'cầu', 'nội',
]);
