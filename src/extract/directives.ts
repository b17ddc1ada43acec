/**
 * Directives: the instructions a document gives in running text, which `tasks` (the enumerated items) does
 * not hold: "Giao Sở Nội vụ: Tham mưu …", "Chủ tịch UBND tỉnh giao nhiệm vụ cho Sở Y tế …: Tập trung …",
 * "Đề nghị các đơn vị …", "Yêu cầu UBND các huyện …", "Sở Tài chính chủ trì, phối hợp với …",
 * "UBND các phường có trách nhiệm …", and the unnumbered "-" items under a lead-in such as
 * "Giám đốc Sở … có trách nhiệm:" in a body that has no enumerated items.
 *
 * A directive is a sentence that names who must act (after "giao", "giao nhiệm vụ cho", "đề nghị",
 * "yêu cầu", or before "chủ trì", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ") and says what they
 * must do. It is not one when the verb reports the past or a request received ("đã giao", "được giao",
 * "theo đề nghị của", "đáp ứng yêu cầu"), when what follows names no one ("đề nghị phản ánh về Bộ …"),
 * when it sits inside quotation marks (quoted texts), and when all that is asked is the closing formula
 * ("đề nghị các đơn vị triển khai thực hiện./.", "… chịu trách nhiệm thi hành Quyết định này./.").
 * Text that is part of a task or subtask is never repeated here.
 */
import type { Assignee, Deadline, Directive } from '../schema/record.js';
import { joinTexts, offsetAt as lineOffset, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { countWords, endsSentence, isWhiteCode, matchFrom, squeezeWhite, trimPunctEnd } from './text.js';
import { COORDINATE_WORD, coordinateNames, extractDeadline, itemOf, markersFor, nameAt, neededWords, readNames, readTasks, scannedWords, type Item, type Markers, type Style, type TaskRead } from './tasks.js';
import { latin } from '../latin.js';
import { BODY_HEAD, NOT_A_NAME } from './patterns.js';

/** Patterns used inside functions below, built once. */
const LEADS = latin(String.raw`^chủ trì(?![\p{L}\p{M}])`, 'u');
const OPENS_SENTENCE = latin(String.raw`^[\p{Lu}\p{N}“"(]`, 'u');
const LEADS_ANY_CASE = latin(String.raw`^chủ trì(?![\p{L}\p{M}])`, 'iu');

/** "giao", "đề nghị", "yêu cầu", then the names of who must act. */
export const OBJECT_CUE = latin(String.raw`(?<![\p{L}\p{M}])(?:giao|đề nghị|yêu cầu)(?:\s+(?:nhiệm vụ|trách nhiệm)\s+cho|\s+cho)?(?=\s)`, 'giu');
/**
 * Prefilter for OBJECT_CUE: one of its three words, in either case. Under the `i` flag each of their letters
 * matches only itself and its upper case, so this class-per-letter pattern finds every text the cue can match.
 * The prefilters hold only BMP letters, so they need no `u` flag (which makes a scan about twice as slow).
 */
const OBJECT_WORDS_SOURCE = ['giao', 'đề nghị', 'yêu cầu'].map((w) => [...w].map((ch) => (ch === ' ' ? ' ' : `[${ch}${ch.toUpperCase()}]`)).join('')).join('|');
/** Prefilter for SUBJECT_CUE (case-sensitive): one of its phrases. */
const SUBJECT_WORDS_SOURCE = 'chủ trì|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ';
/** Either prefilter, in one scan. */
export const CUE_WORDS = latin(`${OBJECT_WORDS_SOURCE}|${SUBJECT_WORDS_SOURCE}`);
/** A quotation mark (“ or ") or a cue word (CUE_WORDS), whichever comes first, in one scan. */
const QUOTE_OR_CUE = latin(`[“"]|${OBJECT_WORDS_SOURCE}|${SUBJECT_WORDS_SOURCE}`);

/** The names of who must act, then "chủ trì", "có trách nhiệm"… */
export const SUBJECT_CUE = latin(String.raw`(?<![\p{L}\p{M}])(chủ trì|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ)(?![\p{L}\p{M}])`, 'gu');
/** Every match of a cue opens with one of its words: the cue is tried only where the word is (matchFrom). */
export const OBJECT_STARTS = latin(OBJECT_WORDS_SOURCE, 'g');
export const SUBJECT_STARTS = latin(SUBJECT_WORDS_SOURCE, 'g');
export const OBJECT_CUE_AT = latin(OBJECT_CUE.source, 'iuy');
export const SUBJECT_CUE_AT = latin(SUBJECT_CUE.source, 'uy');

/**
 * Words before "giao" / "đề nghị" / "yêu cầu" that make it a noun, the past, the passive or part of another
 * word: "đã giao", "được giao", "theo đề nghị của", "Xét đề nghị", "đáp ứng yêu cầu", "Bộ Ngoại giao",
 * "bàn giao", "chuyển giao".
 */
const NOT_AFTER = new Set([
  'đã', 'được', 'bị', 'từng', 'sẽ', 'theo', 'xét', 'của', 'có', 'các', 'những', 'mọi', 'nhận', 'bàn', 'chuyển',
  'bản', 'trình', 'là', 'với', 'về', 'đúng', 'đạt', 'ứng', 'mà', 'như', 'tại', 'ngoại', 'kết', 'trao', 'bên', 'hàng',
  'giao', 'nghị', 'cầu', 'phải', 'cần', 'thể',
]);
/** A past tense in the same stretch of text before the verb: "… đã có Công văn số … gửi … và đề nghị …". */
const PAST = latin(String.raw`(?<![\p{L}\p{M}])đã(?![\p{L}\p{M}])`, 'u');

/** A bare class noun is a role in the text ("Đơn vị chủ trì thực hiện …" = the lead unit), not a name. */
const BARE_CLASS = /^(?:các\s+)?(?:đơn vị|cơ quan|địa phương|bộ|sở|ngành|ban|phòng)$/iu;
/** Words that show the clause before "chủ trì" is not a plain name. */
const NOT_IN_SUBJECT = latin(String.raw`(?<![\p{L}\p{M}])(?:giao|đề nghị|yêu cầu|đã|được|sẽ|đang|vừa|là|nếu|khi|thì)(?![\p{L}\p{M}])`, 'iu');
/** A condition before the instruction: "nếu có vướng mắc đề nghị Công ty …". */
const CONDITION = latin(String.raw`^(?:nếu|trường hợp|trong trường hợp|khi)(?![\p{L}\p{M}])`, 'iu');
/** Sentence openers that are not part of the subject. */
const CONNECTIVE = /^(?:Theo đó|Đồng thời|Bên cạnh đó|Ngoài ra|Trong đó|Do đó|Vì vậy|Vì thế|Mặt khác|Trước mắt|Sau đó|Tiếp theo)\s*,\s*/u;
/**
 * What remains when all that is asked is the closing formula: "triển khai thực hiện./.", "biết, thực hiện",
 * "nghiêm túc thực hiện Công văn này", "thi hành Quyết định này./.", "thực hiện theo đúng quy định".
 */
const FORMULA =
  /^[\s,]*(?:(?:nghiêm túc|nghiêm|hiệu quả|có hiệu quả|đầy đủ|tốt|khẩn trương|kịp thời|chủ động|tổ chức|triển khai|thực hiện|thi hành|biết|chỉ đạo|quán triệt|theo dõi|phối hợp|và)[\s,]*)+(?:(?:văn bản|công văn|chỉ thị|thông báo|quyết định|nghị quyết|kế hoạch|nội dung|ý kiến chỉ đạo|ý kiến)(?:\s+(?:này|nêu trên|trên))?\s*)?(?:theo (?:đúng\s+)?quy định(?:\s+hiện hành)?\s*)?[./;]*\s*$/iu;

/**
 * A lead-in that names no one but asks for what follows: "…, yêu cầu:", "… cần thực hiện tốt những việc cụ thể
 * sau đây:". Not "… quy định như sau:" or "Hướng dẫn thi hành một số nội dung sau đây:", which describe.
 */
export const BARE_LEAD_IN =
  latin(String.raw`(?:(?<![\p{L}\p{M}])(?:yêu cầu|đề nghị|giao)\s*:|(?<![\p{L}\p{M}])(?:phải|cần)(?![\p{L}\p{M}])[^:;]{0,80}(?<![\p{L}\p{M}])(?:nhiệm vụ|việc|nội dung|giải pháp|biện pháp)(?:\s+(?:cụ thể|chủ yếu|trọng tâm|cần thiết))?\s+(?:sau|sau đây|như sau)\s*:)\s*$`, 'iu');
const BARE_LEAD_IN_FROM = latin(BARE_LEAD_IN.source, 'giu');

/**
 * BARE_LEAD_IN.test(text), looked for in the end of the text only: a match ends the text and holds at most 107
 * characters besides white space (the longest words, 80 of [^:;], ":"), so it starts among the last 250
 * non-white UTF-16 units (a character outside the BMP takes two). The search starts there in the whole text, so
 * that the look-behinds see what stands before.
 */
export function isBareLeadIn(text: string): boolean {
  let from = text.length;
  for (let n = 0; from > 0; from--) if (!isWhiteCode(text.charCodeAt(from - 1)) && ++n > 250) break;
  BARE_LEAD_IN_FROM.lastIndex = from;
  return BARE_LEAD_IN_FROM.test(text);
}

export interface DirectiveRead {
  assignees: Assignee[];
  deadline: Deadline | null;
  /** The names ended with a colon that opens the instruction: it runs to the end of the paragraph. */
  colon: boolean;
}

/** /:\s*$/u.test(text), without a scan of the whole text (trimEnd strips the same white space as \s). */
const endsWithColon = (text: string) => text.trimEnd().endsWith(':');
const wordCount = countWords;
/** /(\S+)\s*$/u.exec(text.slice(at - 40, at))?.[1] in lower case, or '': the last word in the 40 characters before `at`. */
function prevWord(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  let end = at;
  while (end > from && isWhiteCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isWhiteCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * Where the clause before `at` starts: after the last ";" or ":" (with `commas`, also ",") among the 2,000
 * characters before it, else 2,000 characters before it (or 0). The same as the greatest lastIndexOf of each
 * mark in s.slice(at - 2000, at), plus one, read back from `at` once and only as far as the nearest mark.
 */
export function clauseStart(s: string, at: number, commas: boolean): number {
  const lo = Math.max(0, at - 2000);
  let k = at - 1;
  for (; k >= lo; k--) {
    const c = s.charCodeAt(k);
    if (c === 59 || c === 58 || (commas && c === 44)) break; // ; : ,
  }
  return k + 1;
}

/** `found` is neededWords(text, markers), when the caller has it already. */
function withCoordinates(named: Assignee[], text: string, markers: Markers = markersFor(text), found = neededWords(text, markers)): Assignee[] {
  const out = [...named];
  const opens = text.startsWith('Phối hợp');
  // Without the word the coordinate pattern needs (nor "Phối hợp", which gives it), there are no partners.
  if (!opens && (found & COORDINATE_WORD) === 0) return out;
  for (const name of coordinateNames(opens ? `phối hợp${text.slice('Phối hợp'.length)}` : text, true, markers)) {
    if (!out.some((a) => a.name === name)) out.push({ name, role: 'coordinate' });
  }
  return out;
}

/**
 * Reads one sentence: who must act (the partners after "phối hợp" and the deadline come from `complete`), or
 * null when the sentence gives no instruction to someone named. With `leadIn`, a sentence ending with ":" may
 * stop at the names ("Giám đốc Sở … có trách nhiệm:"). No word of either cue (OBJECT_STARTS, SUBJECT_STARTS)
 * starts before `cueFrom` (the paragraph's cueAt, where the sentence holds it): the search for them starts there.
 */
function readDirective(sentence: string, leadIn = false, cueFrom = 0): DirectiveRead | null {
  const s = sentence;
  const from = Math.max(0, cueFrom);
  const asks = (rest: string) => (leadIn && /^\s*(?::\s*)?$/u.test(rest)) || (wordCount(rest.slice(0, 200), 2) >= 2 && !(rest.length < 240 && FORMULA.test(rest)));
  for (let m = matchFrom(s, OBJECT_STARTS, OBJECT_CUE_AT, from); m; m = matchFrom(s, OBJECT_STARTS, OBJECT_CUE_AT, m.index + m[0].length)) {
    if (NOT_AFTER.has(prevWord(s, m.index))) continue;
    // Who gives the instruction opens the clause, or nobody does: "Sở Y tế đề nghị …", "…, giao …", not
    // "… các chi phí khám bệnh đề nghị cơ quan bảo hiểm xã hội thanh toán" (a request made by someone else).
    const clause = s.slice(clauseStart(s, m.index, true), m.index).trim().replace(CONNECTIVE, '');
    if (PAST.test(clause)) continue;
    if (clause !== '' && !BODY_HEAD.test(clause) && !CONDITION.test(clause)) continue;
    const at = m.index + m[0].length;
    if (NOT_A_NAME.test(s.slice(at, at + 200).trimStart())) continue;
    const run = readNames(s, at);
    if (!run) continue;
    const rest = s.slice(run.end);
    if (!asks(rest)) continue;
    const role: Assignee['role'] = LEADS.test(rest) ? 'lead' : 'assigned';
    return { assignees: run.names.map((name) => ({ name, role })), deadline: null, colon: run.colon };
  }
  for (let m = matchFrom(s, SUBJECT_STARTS, SUBJECT_CUE_AT, from); m; m = matchFrom(s, SUBJECT_STARTS, SUBJECT_CUE_AT, m.index + m[0].length)) {
    const subject = trimPunctEnd(s.slice(clauseStart(s, m.index, false), m.index).trim().replace(CONNECTIVE, ''), true);
    if (!BODY_HEAD.test(subject) || BARE_CLASS.test(subject) || NOT_IN_SUBJECT.test(subject)) continue;
    if (wordCount(subject, 15) > 14 || nameAt(subject) !== subject) continue;
    const rest = s.slice(m.index + m[0].length);
    if (!asks(rest)) continue;
    const role: Assignee['role'] = m[1] === 'chủ trì' ? 'lead' : 'assigned';
    return { assignees: [{ name: subject, role }], deadline: null, colon: false };
  }
  return null;
}

/** The full reading of a directive's text: assignees with the partners after "phối hợp", and the deadline. */
function complete(read: DirectiveRead, text: string): DirectiveRead {
  // The spelling of the markers is the same for the text with "Phối hợp" in lower case: decided once.
  const markers = markersFor(text);
  // Neither the partners nor the deadline need the giao words.
  const found = scannedWords(text, markers);
  return { ...read, assignees: withCoordinates(read.assignees, text, markers, found), deadline: extractDeadline(text, markers, found) };
}

/** One sentence read as a directive, with partners and deadline; null when it instructs no one named. */
export function directiveOf(sentence: string, leadIn = false): DirectiveRead | null {
  const read = readDirective(sentence, leadIn);
  return read && complete(read, sentence);
}

interface Paragraph {
  /** Lines joined with single spaces. */
  text: string;
  /** The same text with quoted passages blanked out. */
  plain: string;
  /** The lines joined (see paragraphOffset). */
  lines: Line[];
  /**
   * Where the plain text's first word that readDirective's cues need (CUE_WORDS) starts, or -1: a sentence that
   * ends there or before holds none, and readDirective finds nothing in it.
   */
  cueAt: number;
  /** Where the content starts: after the item label ("-", "1.", "a)") if any, else 0. */
  start: number;
  /** The item style when the paragraph opens with an item label ("-", "1.", "a)"), else null. */
  style: Style | null;
  /** Index in the body of the paragraph's last line. */
  end: number;
}

const SENTENCE_END = latin(String.raw`(?<![.!?…])[.!?…]+["”’)]*\s+(?=[\p{Lu}\p{N}“"(])`, 'gu');
const ABBREVIATION = latin(String.raw`(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|CN|St|v\.v|\p{Lu})\.$`, 'u');

const QUOTE_FROM = /[“"]/g;
const QUOTE_MARKS = /[“”"]/g;

const cueAt = (plain: string) => CUE_WORDS.exec(plain)?.index ?? -1;

/** Lines → paragraphs: a paragraph ends with its block, before an item, or at a full stop or colon before a capital. */
function paragraphs(lines: Line[], skip: Set<Line>, items: ReadonlyArray<Item | null>): Paragraph[] {
  const out: Array<{ lines: Line[]; first: number; end: number }> = [];
  let current: { lines: Line[]; first: number; end: number } | null = null;
  let prevIndex = -2;
  lines.forEach((line, index) => {
    if (line.kind === 'cell' || line.kind === 'code' || line.kind === 'html' || skip.has(line)) return;
    const prev = current?.lines[current.lines.length - 1];
    const joins =
      prev !== undefined &&
      prevIndex === index - 1 &&
      prev.block === line.block &&
      prev.kind !== 'heading' &&
      line.kind !== 'heading' &&
      !(endsSentence(prev.text) && OPENS_SENTENCE.test(line.text)) &&
      !items[index];
    if (joins) {
      current!.lines.push(line);
      current!.end = index;
    } else {
      current = { lines: [line], first: index, end: index };
      out.push(current);
    }
    prevIndex = index;
  });
  let inQuote = false;
  return out.map(({ lines: group, first, end }) => {
    const text = group.length === 1 ? group[0]!.text : joinTexts(group);
    const item = items[first];
    const start = item ? group[0]!.text.length - item.text.length : 0;
    // Quoted passages (texts cited word for word) give no instruction of this document. Without a quotation
    // mark, and outside a quotation, the plain text is the text itself.
    if (!inQuote) {
      // The first quotation mark or cue word; after a cue word (which holds no quotation mark), a mark may follow.
      const m = QUOTE_OR_CUE.exec(text);
      let quoted = m !== null && (m[0] === '“' || m[0] === '"');
      if (m !== null && !quoted) {
        QUOTE_FROM.lastIndex = m.index + m[0].length;
        quoted = QUOTE_FROM.test(text);
      }
      if (!quoted) return { text, plain: text, cueAt: m?.index ?? -1, lines: group, start, style: item?.style ?? null, end };
    }
    const startsQuoted = inQuote || /^[“"]/u.test(text);
    let depth = inQuote ? 1 : 0;
    let plain = '';
    // Runs between quotation marks are copied, or blanked (one space per UTF-16 unit) inside a quotation.
    let from = 0;
    QUOTE_MARKS.lastIndex = 0;
    for (let q = QUOTE_MARKS.exec(text); q; q = QUOTE_MARKS.exec(text)) {
      const k = q.index;
      const ch = text.charCodeAt(k);
      const opens = ch === 0x201c || (ch === 0x22 && depth === 0);
      plain += (depth > 0 ? ' '.repeat(k - from) : text.slice(from, k)) + text[k];
      from = k + 1;
      depth = opens ? depth + 1 : Math.max(0, depth - 1);
    }
    plain += depth > 0 ? ' '.repeat(text.length - from) : text.slice(from);
    // An unclosed quotation runs on into the next paragraphs only when it opened this one.
    inQuote = startsQuoted && depth > 0;
    return { text, plain, cueAt: cueAt(plain), lines: group, start, style: item?.style ?? null, end };
  });
}

/**
 * Source offset of character `at` of a paragraph's text (`at` = its length: the end): a joining space maps to
 * the start of the line after it.
 */
function paragraphOffset(p: Paragraph, at: number): number {
  const lines = p.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (at < line.text.length) return lineOffset(line, at);
    at -= line.text.length;
    if (i < lines.length - 1) {
      if (at === 0) return lineOffset(lines[i + 1]!, 0);
      at--;
    }
  }
  const last = lines[lines.length - 1]!;
  return lineOffset(last, last.text.length);
}

/** Sentence spans [from, to) of a paragraph, split on the quote-blanked text. */
function sentences(p: Paragraph): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = p.start;
  // An exec loop, not matchAll: matchAll copies the pattern (its source is long: the Latin classes) at every call.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(p.plain); m; m = SENTENCE_END.exec(p.plain)) {
    const stop = m.index + m[0].trimEnd().length;
    if (stop <= from) continue;
    // The head ends with the stop itself ([.!?…]): an abbreviation is in its last five characters at most.
    const head = p.plain.slice(Math.max(from, m.index - 7), m.index + 1);
    if (ABBREVIATION.test(head)) continue;
    out.push([from, stop]);
    from = m.index + m[0].length;
  }
  if (from < p.text.length) out.push([from, p.text.trimEnd().length]);
  return out.filter(([a, b]) => b > a);
}

/** Nesting of item styles in Vietnamese documents, outermost first. */
const RANK: Record<Style, number> = { upper: -1, roman: 0, arabic: 1, decimal: 2, letter: 3, paren: 3, dash: 4 };

interface Found {
  para: Paragraph;
  from: number;
  to: number;
  read: DirectiveRead;
}

/** `bodyItems` is doc.body.map(itemOf) and `taskRead` readTasks(doc), when the caller has them already. */
export function extractDirectives(
  doc: SegmentedDoc,
  c: Collector,
  taskRead: TaskRead = readTasks(doc),
  bodyItems: ReadonlyArray<Item | null> = doc.body.map(itemOf),
): Directive[] {
  const paras = paragraphs(doc.body, taskRead.lines, bodyItems);
  const found: Found[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const first = paras[i + 1]?.style ?? null;
    // A paragraph without a cue holds no directive, and leads no list unless it is followed by an item, there
    // are no tasks and it ends with ":" (so has one).
    const cue = p.cueAt >= 0;
    if (!cue && (taskRead.tasks.length > 0 || first === null || !p.plain.includes(':'))) continue;
    const spans = sentences(p);
    // In a body without tasks, a lead-in ending with ":" over a list ("-" items, or the items of an article):
    // each item is a directive for whoever the lead-in names. The list runs while the items are at the level
    // of its first item or deeper (I. > 1. > 1.1 > a) > -), and below the lead-in when that is an item itself.
    const last = spans[spans.length - 1];
    const leadText = last ? p.plain.slice(last[0], last[1]) : '';
    const list: Paragraph[] = [];
    const leadsList = taskRead.tasks.length === 0 && endsWithColon(leadText);
    for (let j = i + 1; leadsList && j < paras.length && first !== null; j++) {
      const style = paras[j]!.style;
      if (style === null || RANK[style] < RANK[first] || (p.style !== null && RANK[style] <= RANK[p.style])) break;
      list.push(paras[j]!);
    }
    if (list.length > 0) {
      const lead = cue && last![1] > p.cueAt ? readDirective(leadText, true, p.cueAt - last![0]) : null;
      if (lead || isBareLeadIn(leadText)) {
        for (const [a, b] of spans.slice(0, -1)) {
          const read = cue && b > p.cueAt ? readDirective(p.plain.slice(a, b), false, p.cueAt - a) : null;
          if (read) found.push({ para: p, from: a, to: b, read });
        }
        const inherited = (lead?.assignees ?? []).filter((x) => x.role !== 'coordinate');
        for (const d of list) {
          const body = d.plain.slice(d.start);
          const own = d.cueAt >= 0 ? readDirective(body, false, d.cueAt - d.start) : null;
          const named = own?.assignees ?? [];
          // "- Chủ trì, phối hợp với …" under "Bộ Y tế có trách nhiệm:": Bộ Y tế leads this one.
          const role: Assignee['role'] | null = LEADS_ANY_CASE.test(body) ? 'lead' : null;
          const mine = role ? inherited.map((x) => ({ ...x, role })) : inherited;
          const assignees = named.some((x) => x.role !== 'coordinate') ? named : [...mine, ...named.filter((x) => !mine.some((y) => y.name === x.name))];
          found.push({ para: d, from: d.start, to: d.text.trimEnd().length, read: { assignees, deadline: null, colon: false } });
        }
        i += list.length;
        continue;
      }
    }
    // A lead-in over a list ("… yêu cầu Chủ tịch UBND các tỉnh:", "… đề nghị các đơn vị thực hiện các giải pháp
    // sau:") is kept: it is often the only place that says whom the enumerated tasks are for.
    if (!cue) continue;
    const next = doc.body[p.end + 1];
    const overList = next !== undefined && (taskRead.lines.has(next) || bodyItems[p.end + 1] !== null);
    for (let k = 0; k < spans.length; k++) {
      const [a, b] = spans[k]!;
      if (b <= p.cueAt) continue;
      const sentence = p.plain.slice(a, b);
      const read = readDirective(sentence, overList && k === spans.length - 1 && endsWithColon(sentence), p.cueAt - a);
      if (!read) continue;
      // "Giao Sở Nội vụ: Tham mưu …; …; …": the instruction runs to the end of the paragraph.
      const to = read.colon ? p.text.trimEnd().length : b;
      found.push({ para: p, from: a, to, read });
      if (read.colon) break;
    }
  }
  return found.map(({ para, from, to, read }, n) => {
    const text = squeezeWhite(para.text.slice(from, to)).trim();
    // Without quotation marks the plain text is the text itself (the same string): its span reads the same.
    const full = complete(read, para.plain === para.text ? text : squeezeWhite(para.plain.slice(from, to)).trim());
    c.spans.set(`/directives/${n}`, [paragraphOffset(para, from), paragraphOffset(para, to - 1) + 1]);
    return { text, assignees: full.assignees, deadline: full.deadline };
  });
}
