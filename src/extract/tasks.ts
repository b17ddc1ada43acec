/**
 * Tasks: the top-level numbered or lettered items of the body ("1.", "1)", "I.",
 * "a)"), in order, with deeper items as subtasks; for each, who is assigned
 * (chủ trì → lead, phối hợp với → coordinate, Giao / đề nghị / yêu cầu → assigned)
 * and the deadline.
 */
import type { Assignee, Deadline, Task } from '../schema/record.js';
import { isUpperAt, joinTexts, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { findDate } from './date.js';
import { hasMarks } from './ocr.js';
import { BODY_HEAD, ENDS_DOCUMENT, fold, HAS_LOWER, loose, NOT_A_NAME } from './patterns.js';
import { endsSentence, firstWords, hasWordChar, isWhiteCode, LazyTokens, squeezeWhite, trimPunctEnd } from './text.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
const TWO_LETTERS = latin(String.raw`\p{L}{2}`, 'u');
const CO_LIEN_QUAN = latin(String.raw`^có liên quan(?![\p{L}\p{M}])`, 'u');
const STARTS_UPPER = latin(String.raw`^\p{Lu}`, 'u');

export type Style = 'upper' | 'arabic' | 'roman' | 'letter' | 'paren' | 'decimal' | 'dash';

export interface Item {
  style: Style;
  label: string;
  text: string;
  line: Line;
}

// A letter item may be written "a/" (older documents: "a/ Đối với kinh phí …").
// Sections of a plan may be lettered in capitals: "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG …" (A to H: I, V and X are roman).
// Party documents write a roman section "I- ĐÁNH GIÁ …"; OCR may lose the space after "1." ("1.Về chính sách …").
export const ITEM = /^(?:(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)\.?|(\d{1,2})\s*[.)]|([IVX]{1,5})\s*(?:[.)]|-(?=\s))|([a-zđ])\s*[)/]|\(([ivx]{1,5})\)|([A-H])\.)(?:\s+(?=\S)|(?<=^\d{1,2}[.)])(?=\p{Lu}))/u;
/** A "(i)"-style label as OCR reads it: "0)", "()", "(ivy)", "(l)" — the letters OCR confuses with i, v and x. */
const PAREN_OCR = latin(String.raw`^\(?([ivxlyt1Il0]{0,4})\)\s+(?:[-–—]\s*)?(?=\p{Lu})`, 'u');
export const DASH = /^[-–—+•]\s+(?=\S)/u;
/**
 * The first two characters ITEM or DASH need: a digit, then a digit, ".", ")" or white space; I, V or X, then
 * one of them, ".", ")", "-" or white space; a letter a–z or đ, then ")", "/" or white space; a capital A–H, then ".";
 * "("; or a dash [-–—+•].
 * Nothing else can open an item, so the patterns are not tried on it.
 */
function canOpenItem(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 40 || c === 45 || c === 43 || c === 0x2013 || c === 0x2014 || c === 0x2022) return true;
  const d = text.charCodeAt(1);
  if (c >= 48 && c <= 57) return (d >= 48 && d <= 57) || d === 46 || d === 41 || isWhiteCode(d);
  if (c === 73 || c === 86 || c === 88) return d === 73 || d === 86 || d === 88 || d === 46 || d === 41 || d === 45 || isWhiteCode(d);
  if ((c >= 97 && c <= 122) || c === 0x111) return d === 41 || d === 47 || isWhiteCode(d);
  if (c >= 65 && c <= 72) return d === 46;
  return false;
}
const ARTICLE = /^Điều\s+\d+\s*[.:]/u;
/** An article heading run on after the end of a sentence: "… ban hành. Điều 2. Phôi thẻ …", "… quy định.\"Điều 3. …", "… năm 2024. Điều 1." ending its line. */
const ARTICLE_INSIDE = latin(String.raw`[.;:!?"”]\s*Điều\s+\d+\s*\.(?:\s+\p{Lu}|\s*$)`, 'u');

/**
 * Two lines or more hold an article heading after the end of a sentence: a text of articles that a crawler
 * flattened (its page title before each "Điều N."), whose numbered clauses are not tasks.
 */
function articlesRunOn(body: readonly Line[]): boolean {
  let seen = 0;
  for (const l of body) if (articleAfterSentence(l.text) && ++seen === 2) return true;
  return false;
}

/** ARTICLE_INSIDE.test(text), the pattern tried only where "Điều" follows the end of a sentence (most "Điều" follow "tại"). */
function articleAfterSentence(text: string): boolean {
  for (let at = text.indexOf('Điều'); at > 0; at = text.indexOf('Điều', at + 4)) {
    let k = at - 1;
    while (k > 0 && isWhiteCode(text.charCodeAt(k))) k--;
    const c = text.charCodeAt(k);
    if ((c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 0x201d) && ARTICLE_INSIDE.test(text.slice(k, at + 40))) return true;
  }
  return false;
}

/** The item a line opens (`1.`, `I.`, `a)`, `1.1`, `-`), or null for a line of running text. */
export function itemOf(line: Line): Item | null {
  if (!canOpenItem(line.text)) return null;
  // Every match of ITEM opens with a digit, I, V, X, a letter or "(", of DASH with a dash: one of them is tried.
  const c = line.text.charCodeAt(0);
  if (c === 45 || c === 43 || c === 0x2013 || c === 0x2014 || c === 0x2022) {
    const d = DASH.exec(line.text);
    return d ? { style: 'dash', label: '-', text: line.text.slice(d[0].length).trim(), line } : null;
  }
  const m = ITEM.exec(line.text);
  if (m) {
    const text = line.text.slice(m[0].length).trim();
    if (m[1]) return { style: 'decimal', label: m[1], text, line };
    if (m[2]) return { style: 'arabic', label: m[2], text, line };
    if (m[3]) return { style: 'roman', label: m[3], text, line };
    if (m[5]) return { style: 'paren', label: m[5], text, line };
    if (m[6]) return { style: 'upper', label: m[6], text, line };
    return { style: 'letter', label: m[4]!, text, line };
  }
  return null;
}

const NAME_STOP =
  latin(String.raw`^(?:chủ trì|phối hợp|chủ động|tiếp tục|thực hiện|tổ chức|triển khai|nghiên cứu|khẩn trương|có|xem xét|rà soát|theo dõi|chỉ đạo|hướng dẫn|báo cáo|xây dựng|tham mưu|kiểm tra|đôn đốc|nắm|bảo đảm|đảm bảo|tăng cường|quán triệt|quan tâm|phân công|giải quyết|cung cấp|gửi|trình|tổng hợp|hoàn thành|lập|ban hành|căn cứ|thông báo|tuyên truyền|thẩm định|phê duyệt|đánh giá|kiểm soát|quản lý|giám sát|định hướng|cân đối|bố trí|chịu trách nhiệm|đề xuất|sửa đổi|bổ sung|hoàn thiện|rà soát|khẩn|sớm|kịp thời|nghiêm túc|tập trung|đẩy nhanh|đẩy mạnh|chuẩn bị|khắc phục|xử lý|nâng cao|được|là|để|trong|theo|tại|nhằm|về|với)(?![\p{L}\p{M}])`, 'u');

/**
 * The markers of roles and deadlines, in the two spellings documents come in: with Vietnamese marks, and typed
 * without them ("chu tri", "truoc ngay"), where the marks cannot tell words apart and only the plain forms match.
 */
export interface Markers {
  nameStop: RegExp;
  /** nameStop without its `^`, sticky: a stop phrase at lastIndex. */
  nameStopAt: RegExp;
  giao: RegExp;
  /** Pieces of text of which every match of `giao` holds one. */
  giaoPieces: string[];
  /** Everything up to and including the last word that assigns, before a lead's name (the one nearest "chủ trì"). */
  opener: RegExp;
  lead: RegExp;
  coordinate: RegExp;
  recurring: RegExp;
  before: RegExp;
}

/** A pattern `^…` without its anchor and sticky: it matches at lastIndex what the pattern matches at the start of the text from there. */
function stickyAt(pattern: RegExp): RegExp {
  if (!pattern.source.startsWith('^')) throw new Error(`not anchored: ${pattern.source}`);
  return new RegExp(pattern.source.slice(1), `${pattern.flags}y`);
}

// Patterns of BMP letters only, without \p{…}, a count of characters or the i flag, take no `u` flag: they match
// the same without it, and a scan is about twice as fast.
const ACCENTED: Markers = {
  nameStop: NAME_STOP,
  nameStopAt: stickyAt(NAME_STOP),
  giao: /(?:^|[.;]\s*)(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+(.*)$/,
  giaoPieces: ['iao', 'ề nghị', 'êu cầu'],
  opener: /^.*(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+/u,
  lead: latin(String.raw`(?:^|\s)(.{3,80}?)\s+chủ trì(?![\p{L}\p{M}])`, 'u'),
  coordinate: /phối hợp (?:(?:chặt chẽ|cụ thể|thường xuyên)\s+)?(?:với\s+)?/,
  recurring: latin(String.raw`(?:trước ngày\s+\d{1,2}\s+)?(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}])|định kỳ\s+(?:hằng|hàng)?\s*(?:tuần|tháng|quý|năm)(?![\p{L}\p{M}])`, 'iu'),
  before: /(?:trước|chậm nhất|hạn chót|không muộn hơn|xong trước|hoàn thành trước|trong thời hạn đến)\s*(?:là\s+)?(?:ngày\s+)?/g,
};

const PLAIN_NAME_STOP = latin(fold(NAME_STOP.source).replace(/\\p\{([lm])\}/gu, (_, k: string) => `\\p{${k.toUpperCase()}}`), 'u');
const PLAIN: Markers = {
  nameStop: PLAIN_NAME_STOP,
  nameStopAt: stickyAt(PLAIN_NAME_STOP),
  giao: /(?:^|[.;]\s*)(?:[Gg]iao|[DdĐđ]e nghi|[Yy]eu cau)\s+(.*)$/,
  giaoPieces: ['iao', 'e nghi', 'eu cau'],
  opener: /^.*(?:[Gg]iao|[DdĐđ]e nghi|[Yy]eu cau)\s+/u,
  lead: latin(String.raw`(?:^|\s)(.{3,80}?)\s+chu tri(?![\p{L}\p{M}])`, 'iu'),
  coordinate: /phoi hop (?:(?:chat che|cu the|thuong xuyen)\s+)?(?:voi\s+)?/iu,
  recurring: latin(String.raw`(?:truoc ngay\s+\d{1,2}\s+)?hang\s+(?:ngay|tuan|thang|quy|nam)(?![\p{L}\p{M}])|dinh ky\s+(?:hang)?\s*(?:tuan|thang|quy|nam)(?![\p{L}\p{M}])`, 'iu'),
  before: /(?:truoc|cham nhat|han chot|khong muon hon|xong truoc|hoan thanh truoc|trong thoi han den)\s*(?:la\s+)?(?:ngay\s+)?/giu,
};

export const markersFor = (text: string): Markers => (hasMarks(text) || !TWO_LETTERS.test(text) ? ACCENTED : PLAIN);

/** Bits of neededWords: which markers' patterns may match a text. */
export const LEAD_WORD = 1;
export const GIAO_WORD = 2;
export const COORDINATE_WORD = 4;
export const RECURRING_WORD = 8;
export const BEFORE_WORD = 16;
const ALL_WORDS = 31;

/**
 * The words the patterns of ACCENTED need: every match of `lead` holds "chủ trì"; of `giao`, "iao", "ề nghị" or
 * "êu cầu" (giaoPieces); of `coordinate` (no flags), "phối hợp "; of `before` (case-sensitive), "trước", "hạn"
 * (in "hạn chót", "thời hạn đến"), "chậm nhất" or "muộn hơn"; of `recurring`, "hằng"/"hàng" before white space
 * or "định kỳ", in any case (under `iu` h, à, ằ, n, g, đ, ị and ỳ match only themselves and their upper case,
 * k also KELVIN SIGN, and the space only itself). All but the giao words are looked for in one scan: no word is
 * a prefix of another, so the search, resumed one character after each match, finds every occurrence of each.
 * The giao words are looked for as strings (a string search skips ahead, and "iao" would make the scan try
 * the pattern at every "i", in Vietnamese one character in a dozen: a third of its cost).
 */
const NEEDED_WORDS = /chủ trì|chậm nhất|phối hợp |[hH][àÀằẰ][nN][gG]\s|[ịỊ][nN][hH] [kK\u212a][ỳỲ]|trước|hạn|muộn hơn/g;
/** The bits NEEDED_WORDS gives. */
const SCANNED_WORDS = ALL_WORDS & ~GIAO_WORD;

/**
 * Which markers' patterns may match `text` (bits LEAD_WORD…): one whose bit is off has no match there. For the
 * plain spelling, the tests the extractors made before (the lead and giao words; the others are always tried).
 */
export function neededWords(text: string, markers: Markers): number {
  return (scannedWords(text, markers) & ~GIAO_UNKNOWN) | (hasGiaoPiece(text, markers) ? GIAO_WORD : 0);
}

/** The GIAO_WORD bit of neededWords: the text holds one of the markers' giaoPieces. */
function hasGiaoPiece(text: string, markers: Markers): boolean {
  return text.includes(markers.giaoPieces[0]!) || text.includes(markers.giaoPieces[1]!) || text.includes(markers.giaoPieces[2]!);
}

/**
 * In a result of scannedWords: the GIAO_WORD bit was not looked for (three string searches over the whole text,
 * as costly as the scan of the other words), and hasGiaoPiece gives it where it is asked for.
 */
const GIAO_UNKNOWN = 32;

/** neededWords without the GIAO_WORD bit, which is GIAO_UNKNOWN instead. */
export function scannedWords(text: string, markers: Markers): number {
  if (markers !== ACCENTED) return (text.includes('chu tri') ? LEAD_WORD : 0) | COORDINATE_WORD | RECURRING_WORD | BEFORE_WORD | GIAO_UNKNOWN;
  let found = GIAO_UNKNOWN;
  NEEDED_WORDS.lastIndex = 0;
  for (let m = NEEDED_WORDS.exec(text); m; m = NEEDED_WORDS.exec(text)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c === 99) found |= w === 'chủ trì' ? LEAD_WORD : BEFORE_WORD; // c
    else if (c === 112) found |= COORDINATE_WORD; // p
    else if (c === 116 || c === 109 || w === 'hạn') found |= BEFORE_WORD; // t, m, "hạn"
    else found |= RECURRING_WORD; // h/H with à or ằ, ị
    if (found === (SCANNED_WORDS | GIAO_UNKNOWN)) break;
    NEEDED_WORDS.lastIndex = m.index + 1;
  }
  return found;
}

/** The name that opens `text`: words up to a verb (NAME_STOP), ";", ".", ":" or 14 words. */
export function nameAt(text: string, markers: Markers = markersFor(text)): string | null {
  // At most 14 words are read, each with the three after it: the first 17 of text.split(/\s+/u), joined by
  // single spaces, once, which is the text itself where single spaces part them (task texts are squeezed). A
  // stop phrase is looked for where word i starts in it, which reads as the window words.slice(i, i + 4).join(' ')
  // would: a phrase is letters with at most two single spaces between them, so a match lies within words i to
  // i + 2, and the look-ahead after it sees the same character, or a space where the window ends (neither is a
  // letter or a mark).
  const joined = singleSpaced(text, 17) ? text : firstWords(text, 17).join(' ');
  const stop = markers.nameStopAt;
  // Where word i starts in `joined`, and where the name read so far (words 0 to i - 1, as joined) ends.
  let at = 0;
  let end = 0;
  for (let i = 0; i < 14 && at <= joined.length; i++) {
    let wordEnd = joined.indexOf(' ', at);
    if (wordEnd < 0) wordEnd = joined.length;
    // Every stop phrase opens with a letter a–z or đ (both spellings, no `i` flag): other words are not tried.
    const c = wordEnd > at ? joined.charCodeAt(at) : -1;
    if ((c >= 97 && c <= 122) || c === 0x111) {
      stop.lastIndex = at;
      if (stop.test(joined)) break;
    }
    end = wordEnd;
    const last = wordEnd > at ? joined.charCodeAt(wordEnd - 1) : -1;
    if (last === 59 || last === 46 || last === 58) break; // ; . :
    at = wordEnd + 1;
  }
  const name = trimPunctEnd(joined.slice(0, end)).trim();
  return name.length >= 3 ? name : null;
}

/**
 * True when each of the first `n - 1` runs of white space in the text (those that part its first `n` words, as
 * text.split(/\s+/u) gives them) is one plain space: the first n words joined by single spaces are then the
 * text's start, as it stands.
 */
export function singleSpaced(text: string, n: number): boolean {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (++runs === n) return true;
      if (isWhiteCode(text.charCodeAt(i + 1))) return false;
    } else if (c <= 13 ? c >= 9 : c >= 0xa0 && isWhiteCode(c)) return false;
  }
  return true;
}

/** `found` is neededWords(text, markers) (or scannedWords(text, markers)), when the caller has it already. */
export function extractAssignees(text: string, markers: Markers = markersFor(text), found = neededWords(text, markers)): Assignee[] {
  const out: Assignee[] = [];
  const add = (name: string | null, role: Assignee['role']) => {
    if (name && !out.some((a) => a.name === name)) out.push({ name, role });
  };
  // The lazy look-back of the lead pattern is costly: run it only where the marker word is present.
  const match = (found & LEAD_WORD) !== 0 ? markers.lead.exec(text) : null;
  const lead = match === null ? null : leadRun(match, markers);
  if (lead !== null) {
    add(nameAt(lead, markers), 'lead');
  } else {
    // The giao pattern needs one of its words, each holding one of giaoPieces in every spelling it allows.
    const giao = (found & GIAO_WORD) !== 0 || ((found & GIAO_UNKNOWN) !== 0 && hasGiaoPiece(text, markers)) ? markers.giao.exec(text) : null;
    if (giao) add(nameAt(giao[1]!, markers), 'assigned');
    else for (const name of actorsAt(text, markers)) add(name, 'assigned');
  }
  if ((found & COORDINATE_WORD) !== 0) for (const name of coordinateNames(text, false, markers)) add(name, 'coordinate');
  return out;
}

/**
 * The words before "chủ trì" that name the lead, from a match of markers.lead (at most 80 characters before it, from
 * the start of the text or of a word): what follows the assigning word ("Giao …"), and of that the last clause
 * (after ". ", "; ", ": " or "thì": "Trường hợp … không đảm bảo nội dung này thì Văn phòng, đơn vị được phân công
 * chủ trì"). A run that starts inside the text must open as a name does (NAME_OPENER), else there is none: the
 * window cut a clause in two ("hợp văn bản hỏi không …").
 */
/** Where a clause ends before a lead's name. */
const CLAUSE_BREAKS = ['. ', '; ', ': ', ' thì '];

function leadRun(match: RegExpExecArray, markers: Markers): string | null {
  const run = match[1]!.replace(markers.opener, '');
  // Task texts are squeezed to single spaces: the breaks are looked for as strings.
  let cut = 0;
  for (const mark of CLAUSE_BREAKS) {
    const at = run.lastIndexOf(mark);
    if (at >= 0) cut = Math.max(cut, at + mark.length);
  }
  const last = cut === 0 ? run : run.slice(cut).trimStart();
  return (cut === 0 && match.index === 0 && run === match[1]) || NAME_OPENER.test(last) ? last : null;
}

/** "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ" (with or without marks) after a task's opening name. */
const RESPONSIBLE = latin(`^(?:${['có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ'].map(loose).join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** NAME_STOP's words that are not what a body does: after them the opening words are not an actor ("Sở Y tế tại …"). */
const NOT_AN_ACT = latin(String.raw`^(?:là|để|trong|theo(?!\s+dõi)|tại|nhằm|về|với|căn cứ)(?![\p{L}\p{M}])`, 'iu');
/**
 * Opening words (capitalised: a name opens with a capital) that BODY_HEAD takes for a body but that open a thing or
 * an act: "Trường hợp …", "Ban hành …", "Hội nghị …", "Phòng, chống …", "Vụ việc …", "Chúng tôi …"; "Các" before
 * anything but a body, a place or a capital ("Các hoạt động …", not "Các sở, ngành …", "Các ấp …", "Các Bộ: …").
 */
const NOT_AN_ACTOR = latin(
  String.raw`^(?:(?:Trường hợp|Ban hành|Hội nghị|Hội thảo|Hội thi|Phòng\s*,?\s*chống|Vụ việc|Chúng tôi|Đoàn kết)(?![\p{L}\p{M}])|Các\s+(?!(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|huyện|quận|xã|phường|thị xã|thị trấn|tỉnh|thành phố|trường|bệnh viện|doanh nghiệp|công ty|tổ chức|hội|đoàn thể|trung tâm|phòng|chi cục|cục|vụ|tổng cục|ủy ban|uỷ ban|hiệp hội|tập đoàn|tổng công ty|ngân hàng|chủ đầu tư|cơ sở|đồng chí|thành viên|cấp ủy|cấp uỷ|ấp|thôn|xóm|bản|buôn|khóm|khu phố|tổ dân phố|tổ|nhà trường)(?![\p{L}\p{M}])|\p{Lu}))`,
  'u',
);
/** "Đối với …:" before the name a task is for. */
const FOR_WHOM = latin(`^${loose('đối với')}\\s+`, 'u');
/** Two words in capitals open the text. */
const UPPER_PAIR = latin(String.raw`^[\p{Lu}\p{M}]{2,}\s+[\p{Lu}\p{M}]{2,}(?![\p{Ll}])`, 'u');
/** How many times the code unit `code` occurs in the text. */
function count(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}
/** Where a run of opening names parts: ", " or " và " before another name that opens like a body. */
const NAME_JOINT = /,\s+|(?<!\s)\s+và\s+/gu;

/**
 * Who a task is for when its text opens with them: a name that opens like a body or an office (BODY_HEAD, not a
 * thing: NOT_A_NAME, NOT_AN_ACTOR), then what they must do ("Sở Xây dựng có trách nhiệm …", "Công an tỉnh chỉ
 * đạo …": a verb of NAME_STOP) or a colon over what follows ("Chủ tịch Ủy ban nhân dân các tỉnh nêu trên:",
 * "Đối với Sở Y tế:"). Names run together before the verb are parted where another body opens ("Bộ trưởng Bộ
 * Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo …"; not "Ủy ban nhân dân các tỉnh, thành phố", "Bộ Nông nghiệp và
 * Môi trường"). Empty when the task does not open with a name.
 */
export function actorsAt(text: string, markers: Markers): string[] {
  const c = text.charCodeAt(0);
  // FOR_WHOM opens with the D or Đ of "Đối với" (as loose() spells it).
  const forWhom = c === 0x110 || c === 0x111 || c === 68 || c === 100 ? FOR_WHOM.exec(text) : null;
  const from = forWhom === null ? text : text.slice(forWhom[0].length);
  // The name must open like a body (BODY_HEAD, which reads its first word only): most tasks open with a verb and
  // are passed before their name is read.
  if (!isUpperAt(from, 0) || !BODY_HEAD.test(from)) return [];
  const name = nameAt(from, markers);
  if (name === null || !from.startsWith(name)) return [];
  // What follows the name first (anchored, cheap): most tasks that open with a capital open with a verb or a thing.
  const rest = from.slice(name.length).trimStart();
  const colon = rest.startsWith(':');
  const acts = !colon && forWhom === null && (RESPONSIBLE.test(rest) || (markers.nameStop.test(rest) && !NOT_AN_ACT.test(rest)));
  if (!colon && !acts) return [];
  if (NOT_A_NAME.test(name) || NOT_AN_ACTOR.test(name)) return [];
  // A heading in capitals ("TUYÊN TRUYỀN:", "TỔ CHỨC THỰC HIỆN Giao …" run on) is no name; an acronym before words
  // in lower case ("UBND các huyện") is. A name that stops inside parentheses ("Bộ Quốc phòng (Cục Bản đồ Tổng
  // tham mưu)": a verb of NAME_STOP in a name) is not read.
  if (UPPER_PAIR.test(name) || !HAS_LOWER.test(name) || count(name, 40) !== count(name, 41)) return [];
  // Names are parted only at a comma or "và" (NAME_JOINT; task texts are squeezed to single spaces).
  return name.includes(',') || name.includes(' và ') ? partNames(name) : [name];
}

/** A run of names parted where a piece opens like a body with a capital (see actorsAt). */
function partNames(run: string): string[] {
  const out: string[] = [];
  let from = 0;
  NAME_JOINT.lastIndex = 0;
  for (let m = NAME_JOINT.exec(run); m; m = NAME_JOINT.exec(run)) {
    const next = run.slice(m.index + m[0].length);
    if (!isUpperAt(next, 0) || !BODY_HEAD.test(next) || NOT_AN_ACTOR.test(next)) continue;
    out.push(run.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(run.slice(from));
  return out.filter((n) => n.length >= 3);
}

/**
 * The partners named after the first "phối hợp (với)". `prose` reads them as in running text (readNames:
 * longer names, more verbs that end one) rather than as in a task item.
 */
export function coordinateNames(text: string, prose = false, markers: Markers = markersFor(text)): string[] {
  const m = markers.coordinate.exec(text);
  if (!m) return [];
  const from = m.index + m[0].length;
  const name = prose ? proseName(text.slice(from, from + 600)) : nameAt(text.slice(from), markers);
  return name ? [name] : [];
}

function proseName(window: string): string | null {
  const toks = new LazyTokens(window);
  return toks.at(0) !== undefined && !stopsAt(window, toks, 0) ? (readRun(window, toks, 0, PROSE_NAME_WORDS)?.name ?? null) : null;
}

/**
 * More words that end a name in running text, where the sentence goes on with what to do: modals
 * ("UBND các huyện phải quan tâm …", "… cần …") and verbs that NAME_STOP (written for task items) lacks.
 */
export const PROSE_STOP =
  latin(String.raw`^(?:phải|cần|tiến hành|bố trí|treo|tập trung|đăng tải|thống kê|xử lý|chấn chỉnh|khắc phục|nâng cao|đẩy mạnh|đề cao|chuẩn bị|phổ biến|làm rõ|làm việc|ưu tiên|tiếp nhận|công khai|tích cực|thường xuyên|trực tiếp|phân bổ|sắp xếp|kiện toàn|tiếp thu|trả lời|giải đáp|phản ánh|lưu ý|nhắc nhở|vận động|huy động|hỗ trợ|điều chỉnh|cập nhật|duy trì|phát huy|hưởng ứng|đối chiếu|sử dụng|áp dụng|chi trả|thanh toán|thu hồi|tạm dừng|dừng|lựa chọn|tuyển dụng|tạo điều kiện|quy định|đăng ký|nộp|cử|tham dự|tham gia|làm|xác định|ký|chú trọng|đổi mới|đẩy nhanh|thành lập|cải thiện|cải cách|tuân thủ|chấp hành|dành|trích|triệu tập|tổng kết|sơ kết|học tập|mở rộng|công bố|niêm yết|giải ngân|bàn giao|liên hệ|đề nghị|yêu cầu)(?![\p{L}\p{M}])`, 'u');
/** NAME_STOP's and PROSE_STOP's alternatives (neither holds a parenthesis), and what follows them (the same look-ahead). */
const NAME_STOP_PARTS = /^\^\(\?:([^()]*)\)(.*)$/su.exec(NAME_STOP.source)!;
const PROSE_STOP_PARTS = /^\^\(\?:([^()]*)\)(.*)$/su.exec(PROSE_STOP.source)!;
/**
 * NAME_STOP.test(rest) || PROSE_STOP.test(rest) for rest = text.slice(lastIndex, lastIndex + 80), in one sticky
 * pattern on the text itself (no slice): a stop phrase and the character after it are far shorter than 80.
 */
export const STOP_AT = new RegExp(`(?:${NAME_STOP_PARTS[1]}|${PROSE_STOP_PARTS[1]})${NAME_STOP_PARTS[2]}`, 'uy');
if (NAME_STOP_PARTS[2] !== PROSE_STOP_PARTS[2]) throw new Error('NAME_STOP and PROSE_STOP end differently');
/** CO_LIEN_QUAN without its `^`, sticky. */
const CO_LIEN_QUAN_AT = stickyAt(CO_LIEN_QUAN);
/** A verb word after a determiner is a noun ("các tổ chức"); some verbs close a compound ("công lập"). */
const NOUN_BEFORE = /(?:^|\s)(?:các|những|mọi|từng|mỗi|công|độc|thành|thư)$/u;

const LOWER_START = latin(String.raw`^\p{Ll}`, 'u');

function stopsAt(text: string, toks: LazyTokens, i: number): boolean {
  const tok = toks.at(i)!;
  // Every word of NAME_STOP and PROSE_STOP is in lower case: a token that does not open with a lower-case letter is no stop.
  const c = tok.text.charCodeAt(0);
  if (c < 0x80 ? c < 97 || c > 122 : !LOWER_START.test(tok.text)) return false;
  // No stop word, false: the exception "có liên quan" is looked for only after a stop word.
  STOP_AT.lastIndex = tok.index;
  if (!STOP_AT.test(text)) return false;
  CO_LIEN_QUAN_AT.lastIndex = tok.index;
  if (CO_LIEN_QUAN_AT.test(text)) return false;
  return i === 0 || !NOUN_BEFORE.test(toks.at(i - 1)!.text);
}

/** Words a name in running text may have: more than a task item's, for "các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc tỉnh". */
const PROSE_NAME_WORDS = 20;
/** NAME_STOP without regard to case: a capitalised verb after a colon ("Giao Sở Nội vụ: Tham mưu …") opens the task, not a name. */
const NAME_STOP_ANY_CASE = latin(NAME_STOP.source, 'iu');
/**
 * How a name can open after "giao", "đề nghị", "yêu cầu": a capital, or a collective or an office written in
 * lower case. Not "ban", "bộ", "sở" alone: "họp giao ban", "giao bộ hồ sơ".
 */
const NAME_OPENER =
  latin(String.raw`^(?:\p{Lu}|(?:các|mọi|toàn thể|tất cả|những|từng|mỗi|cơ quan|đơn vị|địa phương|ủy ban|uỷ ban|chủ tịch|giám đốc|thủ trưởng|người đứng đầu|lãnh đạo|doanh nghiệp|công ty|quý cơ quan)(?![\p{L}\p{M}]))`, 'u');

export interface NameRun {
  /** The names, in order, as printed (trailing punctuation removed). */
  names: string[];
  /** Where the text after the names (what they must do) starts. */
  end: number;
  /** True when the names ended with a colon that opens what they must do ("Giao Sở Nội vụ: Tham mưu …"). */
  colon: boolean;
}

interface Run {
  name: string;
  /** Index of the first token after the name. */
  next: number;
  punct: string | null;
  /** The name ended at a verb (or the word limit), not at punctuation. */
  byStop: boolean;
}

function readRun(text: string, toks: LazyTokens, i: number, cap: number): Run | null {
  const start = i;
  let last = -1;
  let punct: string | null = null;
  let byStop = false;
  let words = 0;
  for (; toks.at(i) !== undefined; i++) {
    if (words >= cap) {
      byStop = true;
      break;
    }
    if (i > start && stopsAt(text, toks, i)) {
      byStop = true;
      break;
    }
    const tok = toks.at(i)!.text;
    if (hasWordChar(tok)) words++;
    last = i;
    const p = tok.charAt(tok.length - 1);
    if (p === ';' || p === '.' || p === ':') {
      punct = p;
      i++;
      break;
    }
  }
  if (last < start) return null;
  const name = trimPunctEnd(text.slice(toks.at(start)!.index, toks.at(last)!.index + toks.at(last)!.text.length)).trim();
  return name.length >= 3 ? { name, next: i, punct, byStop } : null;
}

/**
 * Reads the names that follow "giao", "giao nhiệm vụ cho", "đề nghị", "yêu cầu" in running text. A name ends at
 * a verb (NAME_STOP, PROSE_STOP; not after "các": "các tổ chức") or at ";", "." or ":". Two forms go further: names chained by ";"
 * ("giao các sở, ban, ngành; UBND các huyện phải …" gives two names), and a collective followed by a colon
 * and a list of names ("Giao các Bộ: Công an, Tài chính, Xây dựng có ý kiến …" gives the one name
 * "các Bộ: Công an, Tài chính, Xây dựng", as printed: splitting it would need to know where each name ends,
 * e.g. that "Nông nghiệp và Môi trường" is one ministry). Returns null when no name opens at `from`.
 */
export function readNames(text: string, from = 0): NameRun | null {
  const window = text.slice(from, from + 600);
  const toks = new LazyTokens(window);
  const head = toks.at(0);
  if (head === undefined || !NAME_OPENER.test(window.slice(head.index)) || NAME_STOP_ANY_CASE.test(window.slice(head.index))) return null;
  const first = readRun(window, toks, 0, PROSE_NAME_WORDS);
  if (!first) return null;
  const names = [first.name];
  let next = first.next;
  let colon = false;
  const after = () => window.slice(toks.at(next)?.index ?? window.length);
  if (first.punct === ':') {
    colon = true;
    const words = first.name.split(/\s+/u);
    if (words.length <= 6 && words.some((w) => w === 'các' || w === 'những') && after() && !NAME_STOP_ANY_CASE.test(after())) {
      const list = readRun(window, toks, next, 30);
      const capitalised = list?.name.split(/,\s*|(?<!\s)\s+và\s+/u).every((part) => STARTS_UPPER.test(part));
      if (list && list.byStop && capitalised) {
        names[0] = `${first.name}: ${list.name}`;
        next = list.next;
        colon = false;
      }
    }
  } else if (first.punct === ';') {
    for (let k = 0; k < 3; k++) {
      const rest = after();
      if (!rest || !NAME_OPENER.test(rest) || NAME_STOP_ANY_CASE.test(rest)) break;
      const more = readRun(window, toks, next, PROSE_NAME_WORDS);
      if (!more || (!more.byStop && more.punct !== ';')) break;
      names.push(more.name);
      next = more.next;
      if (more.punct !== ';') break;
    }
  }
  const end = from + (toks.at(next)?.index ?? window.length);
  return { names, end, colon };
}

const NGAY_OPENS = /^ng[aà]y/iu;

/** True when text.slice(from, to) holds an ASCII digit (what \d matches). */
export function hasDigitIn(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** `found` is neededWords(text, markers), when the caller has it already. */
/**
 * The words before `at` name a sum paid or earned ("trợ cấp hằng tháng", "tiền lương hàng tháng", "thu nhập hằng
 * năm"): "hằng tháng" says how often it is paid, no deadline.
 */
function namesAmount(text: string, at: number): boolean {
  return AMOUNT_BEFORE.test(fold(text.slice(Math.max(0, at - 24), at)));
}
const AMOUNT_BEFORE = /(?:^|[^a-z])(?:tro cap|phu cap|luong|thu nhap|tien|lai|muc huong|duoc huong|chi tra)\s*$/;

export function extractDeadline(text: string, markers: Markers = markersFor(text), found = neededWords(text, markers)): Deadline | null {
  const r = (found & RECURRING_WORD) !== 0 ? markers.recurring.exec(text) : null;
  if (r && !namesAmount(text, r.index)) return { date: null, text: r[0], recurring: true };
  if ((found & BEFORE_WORD) === 0) return null;
  // An exec loop, not matchAll, which copies the pattern at every call (no other use of it runs in the loop).
  const before = markers.before;
  before.lastIndex = 0;
  for (let m = before.exec(text); m; m = before.exec(text)) {
    const start = m.index + m[0].length;
    // findDate finds only dates whose day, month and year are ASCII digits, and "ngày " holds none: without a
    // digit in the 48 characters read, there is no date there.
    if (!hasDigitIn(text, start, start + 48)) continue;
    const after = text.slice(start, start + 48);
    // findDate wants the word "ngày" before a date in words; the label may have consumed it.
    const prefix = NGAY_OPENS.test(after) ? '' : 'ngày ';
    const d = findDate(prefix + after);
    if (!d || d.index > prefix.length + 6) continue;
    const end = start + d.index + d.length - prefix.length;
    return { date: d.iso, text: text.slice(m.index, end).trim(), recurring: false };
  }
  return null;
}

function toTask(item: Item, text: string): Task {
  // Which spelling the markers take (with marks or typed without) is decided once per task text.
  const markers = markersFor(text);
  // The giao words are looked for only where the lead pattern finds no lead.
  const found = scannedWords(text, markers);
  return { label: item.label, text, assignees: extractAssignees(text, markers, found), deadline: extractDeadline(text, markers, found), subtasks: [] };
}

/** `read` is readTasks(doc), when the caller has it already. */
export function extractTasks(doc: SegmentedDoc, c: Collector, read: TaskRead = readTasks(doc)): Task[] {
  const { tasks, firstLines } = read;
  firstLines.forEach((line, i) => c.span(`/tasks/${i}`, line));
  return tasks;
}

export interface TaskRead {
  tasks: Task[];
  /** The first line of each top-level task (its position). */
  firstLines: Line[];
  /** Every line whose text is in a task or subtask. */
  lines: Set<Line>;
}

/** The tasks of the body, with the lines they were read from. */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** The label after `label` in its numbering style ("3" → "4", "IV" → "V", "c" → "d"). */
export function nextLabel(style: Style, label: string): string | null {
  if (style === 'arabic') return String(Number(label) + 1);
  if (style === 'roman') return ROMAN[ROMAN.indexOf(label) + 1] ?? null;
  if (style === 'paren') return ROMAN[ROMAN.indexOf(label.toUpperCase()) + 1]?.toLowerCase() ?? null;
  if (style === 'letter') {
    const at = LETTERS.indexOf(label);
    return at >= 0 ? LETTERS[at + 1] ?? null : null;
  }
  if (style === 'upper') return label < 'H' ? String.fromCharCode(label.charCodeAt(0) + 1) : null;
  return null;
}

/**
 * In a list labelled "(i)", "(ii)", … a heading line (a paragraph of its own) whose label OCR damaged ("0)",
 * "()", "(ivy)") is still one of its items, labelled as printed.
 */
function ocrParenItem(body: Line[], at: number): Item | null {
  const line = body[at]!;
  const alone = body[at - 1]?.block !== line.block && body[at + 1]?.block !== line.block;
  const m = alone && line.text.length <= 120 ? PAREN_OCR.exec(line.text) : null;
  return m ? { style: 'paren', label: m[1]!, text: line.text.slice(m[0].length).trim(), line } : null;
}

/**
 * /[”"]\s*[.;,]?$/u.test(text), read from the end instead of tried at every character: at most one of ".;,"
 * ends the text, before it white space, and before that a closing quotation mark.
 */
export function endsQuote(text: string): boolean {
  let i = text.length - 1;
  const last = text.charCodeAt(i);
  if (last === 46 || last === 59 || last === 44) i--; // . ; ,
  while (i >= 0 && isWhiteCode(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 0x201d || c === 0x22;
}

/**
 * The closing of a body, which opens a sentence of its own: "Trong quá trình thực hiện, nếu có vướng mắc …",
 * "Quá trình triển khai thực hiện …", "Nhận được Công văn này …", "Chỉ thị này được phổ biến đến …", "Trên đây là …".
 */
const CLOSING = latin(
  String.raw`^(?:(?:trong\s+)?quá\s+trình\s+(?:tổ\s+chức\s+|triển\s+khai\s+)?thực\s+hiện|nhận\s+được\s+(?:công\s+văn|văn\s+bản|thông\s+báo|kế\s+hoạch|chỉ\s+thị|hướng\s+dẫn)\s+này|(?:chỉ\s+thị|nghị\s+quyết|công\s+văn|thông\s+báo|kế\s+hoạch)\s+này|trên\s+đây\s+là)(?![\p{L}\p{M}])`,
  'iu',
);
/** A request that may close a body ("Đề nghị các đơn vị triển khai thực hiện./."), when the body ends with it. */
const CLOSING_REQUEST = latin(String.raw`^(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|rất\s+mong)(?![\p{L}\p{M}])`, 'iu');

/**
 * Line `at` of the body, in the block of the item line `prev` ends, is not a continuation of that item but the
 * closing of the body: after a full sentence, a line opens with a closing formula (CLOSING), or with a request
 * (CLOSING_REQUEST) whose text, up to the next item or the end of the block, ends the document ("./."). In a
 * plain text with no blank lines (a PDF's text layer, a .txt whose paragraphs are single lines), the closing
 * would otherwise be read as the end of the last task.
 */
function closesBody(body: readonly Line[], at: number, itemAt: ReadonlyArray<Item | null>, prev: Line): boolean {
  const t = body[at]!.text;
  if (!endsSentence(prev.text)) return false;
  if (CLOSING.test(t)) return true;
  if (!CLOSING_REQUEST.test(t)) return false;
  let last = at;
  while (last + 1 < body.length && body[last + 1]!.block === body[at]!.block && !itemAt[last + 1]) last++;
  return ENDS_DOCUMENT.test(body[last]!.text);
}

/** `bodyItems` is doc.body.map(itemOf), when the caller has it already. */
export function readTasks(doc: SegmentedDoc, bodyItems?: ReadonlyArray<Item | null>): TaskRead {
  const none: TaskRead = { tasks: [], firstLines: [], lines: new Set() };
  const body = doc.body;
  if (body.some((l) => l.text.startsWith('Điều') && ARTICLE.test(l.text))) return none;
  const itemAt = bodyItems ?? body.map(itemOf);
  // Articles run on after a crawler's title are looked for only where there are items to read.
  if (!itemAt.some((item) => item !== null && item.style !== 'dash') || articlesRunOn(body)) return none;
  const parenList = itemAt.some((item) => item?.style === 'paren');
  let inQuote = false;
  const items: Array<{ item: Item; lines: Line[] }> = [];
  let current: { item: Item; lines: Line[] } | null = null;
  // The first numbered style seen and its last label: the next label in sequence ends a quotation whose
  // closing mark OCR lost, so one unbalanced quote cannot hide the rest of the list.
  let numbering: { style: Style; label: string; emphasized: boolean } | null = null;
  body.forEach((line, at) => {
    const t = line.text;
    const first = t.charCodeAt(0);
    if ((first === 0x201c || first === 0x22) && !endsQuote(t)) inQuote = true;
    let item = inQuote ? null : ((parenList ? ocrParenItem(body, at) : null) ?? itemAt[at] ?? null);
    // A numbered line in italics under items that are not is a quotation's ("*2. Điều kiện áp dụng thuế suất 0%:*" in
    // a quoted article): neither an item nor the end of the quotation.
    const quoted = numbering !== null && !numbering.emphasized && line.emphasized;
    if (quoted && item && item.style !== 'dash') item = null;
    if (inQuote && numbering && !quoted) {
      const candidate = itemAt[at] ?? null;
      if (candidate && candidate.style === numbering.style && candidate.label === nextLabel(numbering.style, numbering.label)) {
        item = candidate;
        inQuote = false;
      }
    }
    if (item && item.style !== 'dash' && item.style !== 'decimal') {
      if (!numbering) numbering = { style: item.style, label: item.label, emphasized: line.emphasized };
      else if (item.style === numbering.style) numbering.label = item.label;
    }
    if (item) {
      current = { item, lines: [line] };
      items.push(current);
    } else if (current && line.block === current.lines[current.lines.length - 1]!.block && !closesBody(body, at, itemAt, current.lines[current.lines.length - 1]!)) {
      current.lines.push(line);
    } else current = null;
    if (inQuote && endsQuote(t) && (t.match(/[“"]/gu)?.length ?? 0) - (t.match(/[”]/gu)?.length ?? 0) <= 0) inQuote = false;
  });
  const numbered = items.filter((i) => i.item.style !== 'dash' && i.item.style !== 'decimal');
  if (numbered.length === 0) return none;
  const top = numbered[0]!.item.style;
  const read: TaskRead = { tasks: [], firstLines: [], lines: new Set() };
  // Styles seen below the top level, outermost first, to nest deeper items.
  let stack: Array<{ style: Style; task: Task }> = [];
  for (const { item, lines } of items) {
    // Items before the first top-level one are nobody's subtasks: they are not read.
    if (item.style !== top && stack.length === 0) continue;
    const text = squeezeWhite(lines.length > 1 ? joinTexts(lines, item.text) : item.text).trim();
    const task = toTask(item, text);
    if (item.style === top) {
      read.firstLines.push(item.line);
      read.tasks.push(task);
      for (const l of lines) read.lines.add(l);
      stack = [{ style: top, task }];
      continue;
    }
    const level = stack.findIndex((s) => s.style === item.style);
    if (level > 0) stack = stack.slice(0, level);
    const parent = stack[stack.length - 1]!.task;
    parent.subtasks.push(task);
    for (const l of lines) read.lines.add(l);
    stack.push({ style: item.style, task });
  }
  return read;
}
