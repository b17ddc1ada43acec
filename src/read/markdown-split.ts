/**
 * Finds the plain paragraphs of a markdown text, which remark would read as one paragraph holding one text node
 * whose value is the source slice: blocks of consecutive non-blank lines with no markdown syntax, and the text
 * of list items ("- …", "1. …") that has none. About two thirds of a dispatch is such text, and micromark
 * reads it character by character; the markdown reader builds these paragraphs itself and gives remark the
 * rest (see markdown.ts). Pipe tables whose cells hold no markdown syntax (the two-column header of a crawled
 * dispatch) are found too, with their rows and alignment, and built the same way (PlainTable).
 *
 * The test is syntactic and conservative: a line is plain only when it could not start or interrupt another
 * block and no character in it could start an inline construct. Whether something open before a block (a
 * fenced code block, an HTML block that runs over blank lines, front matter) would swallow it is tracked here
 * as well, but only to avoid wasted work: the reader checks in remark's own tree that every run was read as
 * the paragraph it stands for, and reads the whole text with remark otherwise. (A text whose every line is in a
 * run is built without remark: all its lines are plain, so nothing in it can be open.)
 */
import { createRequire } from 'node:module';
import { isWhiteSpace } from '../segment/lines.js';

/**
 * A plain paragraph: source offsets [start, end), its first line and the column of its first character, its
 * last line and the column just after its last character.
 */
export interface PlainBlock {
  start: number;
  end: number;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** Set when the block is a pipe table of plain cells (see tableRow): its alignment and rows. */
  table?: PlainTable;
  /** Set when the block is one line, an ATX heading of plain text ("# V/v …"): its depth and where its text starts. */
  heading?: { depth: number; text: number };
  /**
   * Set when the block is one paragraph of plain text between one, two or three asterisks ("*Source: …*",
   * "**KT.GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**"): how many (0 for a paragraph with hard breaks only).
   */
  stars?: number;
  /** Set when the paragraph has hard line breaks (two or more spaces before a line end): where each such line's text ends. */
  breaks?: number[];
}

/**
 * A GFM table whose every line is a row "|…|" that opens and ends with a pipe, at the start of its line, with
 * no markdown syntax in its cells; the second line is the delimiter row, with as many cells as the first.
 */
export interface PlainTable {
  align: Array<'left' | 'right' | 'center' | null>;
  /** The header row and the body rows (the delimiter row makes no node). */
  rows: PlainTableRow[];
}

export interface PlainTableRow {
  /** Line number; the row starts at the start of its line. */
  line: number;
  /** Offsets of the row's pipes: the first at the line start, the last just before the line end. */
  pipes: number[];
}

/**
 * What the reader replaces by one placeholder: plain paragraphs of the root with nothing but blank lines
 * between them (`item` false), or the plain paragraphs of consecutive items of one list, each after its marker
 * (`item` true: one block per item, the first item's marker left to remark). remark then reads one short
 * paragraph instead. The fields other than `blocks` are those of the whole region.
 */
export interface PlainRun extends PlainBlock {
  item: boolean;
  blocks: PlainBlock[];
}

/**
 * ASCII characters that make a line not plain wherever they stand: they can start an inline construct
 * (escape, entity, emphasis, link, autolink or HTML, code span), or change the text (a tab is expanded in
 * places, NUL is replaced). A '<' or a '&' is syntax only where isSyntaxAt says it may be.
 *
 * '!', '>', '~', '#' and '=' are not among them: each is syntax only where a plain line cannot have it. '!' opens
 * an image only before '[', which is kept out; '>', '#', '~' and '=' start a block quote, a heading, a fence or
 * a setext underline only at the start of a line (after up to three spaces), which FIRST keeps out, and the
 * reader loads no strikethrough. In the middle of a paragraph's line they are text ("Điều 5 =", "(% :#)").
 *
 * '|' is not among them: inside a paragraph it is text. It makes a table only with a delimiter row on the next
 * line ("| --- |", "--|--", ":-:", "  ---|---"), and a delimiter row opens with '|', '-', ':' or a space, which
 * FIRST keeps out of plain lines, so a block of plain lines never holds one (OCR text is full of stray '|').
 */
const ANYWHERE = new Uint8Array(128);
for (const c of '\\&*_[]<`\t\0') ANYWHERE[c.charCodeAt(0)] = 1;

/**
 * ASCII characters a plain line must not start with: block starts (ATX heading, block quote, lists, thematic
 * breaks, setext underlines, fences, HTML, tables, front matter) and indentation; ':' too, which could begin a
 * table delimiter row. Every delimiter row opens with one of them ('|', '-', ':', a space).
 */
const FIRST = new Uint8Array(128);
for (const c of ' \t#>-+=:~`*_<|') FIRST[c.charCodeAt(0)] = 1;

/** What is open at the current line: nothing, a fenced code block, an HTML block of kind 1 to 5, front matter. */
const NONE = 0;
const FENCE = 1;
const HTML = 2;
const FRONT_MATTER = 3;

/** HTML block kinds 1–5 (CommonMark): the only HTML blocks that continue over blank lines. Each ends at a marker. */
const HTML_RAW = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
const HTML_RAW_END = /<\/(?:script|pre|style|textarea)>/i;

/** What the lines of the block being read make: something else, a plain paragraph, list items with plain paragraphs. */
const OTHER = 0;
const PARAGRAPH = 1;
const LIST = 2;
const TABLE = 3;
const LINE = 4;
const INLINE = 5;

/**
 * The plain runs of a text, in order; empty when there is none or when the text holds something the line
 * scan does not model (a carriage return, which micromark counts as a line ending; a byte order mark, which
 * micromark skips).
 *
 * A block (lines between blank lines) is a plain paragraph when every line is plain. It is a list block when
 * its first line is a list item whose text is plain ("- …", "+ …", "1. …", "2) …", one space after the
 * marker) and every other line is either such an item or a plain line, which continues the item's paragraph
 * lazily: each item's paragraph is then a run of its own.
 */
export function findPlainRuns(text: string): PlainRun[] {
  const runs: PlainRun[] = [];
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff || text.indexOf('\r') !== -1) return runs;

  let state: number = NONE;
  let fenceChar = 0;
  let fenceLength = 0;
  let htmlEnd: RegExp | string = '';

  // The block being read: its first offset and line, what its lines make so far, its last line.
  let blockStart = -1;
  let blockLine = 0;
  let blockKind = OTHER;
  let lastLineStart = 0;
  let lastLineEnd = 0;
  let lastLine = 0;
  // The paragraphs of the items of a list block.
  const items: PlainBlock[] = [];
  // The rows of a table block (the delimiter row among them, second), and its alignment.
  const rows: PlainTableRow[] = [];
  let align: PlainTable['align'] = [];
  // The heading that is the one line of a LINE block.
  let lineHeading: PlainBlock['heading'] | null = null;
  // Every line of the block came while nothing (a fence, an HTML block, front matter) was open.
  let blockNone = true;
  // The run of root paragraphs that the next plain paragraph joins, if only blank lines came since.
  let run: PlainRun | null = null;

  const closeBlock = () => {
    if (blockStart < 0) return;
    if (blockKind === TABLE && rows.length < 2) blockKind = OTHER;
    const inline = blockKind === OTHER && blockNone ? inlineBlock(text, blockStart, lastLineEnd) : null;
    if (inline !== null) blockKind = INLINE;
    if (blockKind === PARAGRAPH || blockKind === TABLE || blockKind === LINE || blockKind === INLINE) {
      const block: PlainBlock = { start: blockStart, end: lastLineEnd, startLine: blockLine, startColumn: 1, endLine: lastLine, endColumn: lastLineEnd - lastLineStart + 1 };
      if (blockKind === TABLE) block.table = { align, rows: [rows[0]!, ...rows.slice(2)] };
      else if (blockKind === LINE) block.heading = lineHeading!;
      else if (inline !== null) {
        block.stars = inline.stars;
        if (inline.breaks.length > 0) block.breaks = inline.breaks;
      }
      if (run) {
        run.end = block.end;
        run.endLine = block.endLine;
        run.endColumn = block.endColumn;
        run.blocks.push(block);
      } else {
        run = plainRun(block, false);
        runs.push(run);
      }
    } else {
      if (blockKind === LIST) for (const item of items) runs.push(plainRun(item, true));
      run = null;
    }
    items.length = 0;
    rows.length = 0;
    blockStart = -1;
  };

  // Front matter is read by remark-frontmatter only at the very start: everything up to its closing fence
  // stays with remark (if it never closes, the rest does too, which costs nothing but speed).
  if (/^(?:---|\+\+\+)[ \t]*(?:\n|$)/.test(text)) {
    state = FRONT_MATTER;
    fenceChar = text.charCodeAt(0);
  }

  let line = 1;
  for (let offset = 0; offset <= text.length; line++) {
    let nl = text.indexOf('\n', offset);
    if (nl === -1) nl = text.length;
    let blank = true;
    for (let i = offset; i < nl; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) {
        blank = false;
        break;
      }
    }
    if (blank) closeBlock();
    else {
      let plain = false;
      let content = -1;
      let pipes: number[] | null = null;
      let heading: PlainBlock['heading'] | null = null;
      if (blockStart >= 0 && state !== NONE) blockNone = false;
      if (state === NONE) {
        plain = isPlainLine(text, offset, nl);
        if (!plain) content = itemContent(text, offset, nl);
        if (!plain && content < 0 && text.charCodeAt(offset) === 124 && (blockStart < 0 || blockKind === TABLE)) pipes = tableRow(text, offset, nl);
        // A block's first line may be a heading: the block is then that line alone.
        if (!plain && content < 0 && pipes === null && blockStart < 0) heading = headingLine(text, offset, nl);
      }
      // A list item that interrupts a paragraph ends it there: the paragraph is a block of its own, and the list
      // opens one with this line. A bullet item interrupts one (its text is plain, so not empty), a numbered item
      // only from "1." or "1)". Not after a line with a pipe, which a table's interplay with lists could claim.
      if (blockKind === PARAGRAPH && blockStart >= 0 && content >= 0 && interruptsParagraph(text, offset) && !includesBetween(text, '|', blockStart, offset)) {
        closeBlock();
      }
      if (blockStart < 0) {
        blockStart = offset;
        blockLine = line;
        blockNone = state === NONE;
        blockKind = plain ? PARAGRAPH : content >= 0 ? LIST : pipes !== null ? TABLE : heading !== null ? LINE : OTHER;
        lineHeading = heading;
      } else if (blockKind === TABLE) {
        if (pipes === null) blockKind = OTHER;
      } else if (blockKind === LINE) {
        blockKind = OTHER;
      } else if (blockKind === PARAGRAPH ? !plain : !plain && content < 0) blockKind = OTHER;
      if (blockKind === TABLE) {
        rows.push({ line, pipes: pipes! });
        if (rows.length === 2) {
          const found = delimiterAlign(text, pipes!, nl);
          if (found === null || found.length !== rows[0]!.pipes.length - 1) blockKind = OTHER;
          else align = found;
        }
      }
      if (blockKind === LIST) {
        if (content >= 0) items.push({ start: content, end: nl, startLine: line, startColumn: content - offset + 1, endLine: line, endColumn: nl - offset + 1 });
        else {
          const item = items[items.length - 1]!;
          item.end = nl;
          item.endLine = line;
          item.endColumn = nl - offset + 1;
        }
      }
      lastLineStart = offset;
      lastLineEnd = nl;
      lastLine = line;
      // A plain line or item opens and closes nothing; the others may.
      if (!plain && content < 0) {
        if (state === FENCE) {
          if (closesFence(text, offset, nl, fenceChar, fenceLength)) state = NONE;
        } else if (state === HTML) {
          const rest = text.slice(offset, nl);
          if (typeof htmlEnd === 'string' ? rest.includes(htmlEnd) : htmlEnd.test(rest)) state = NONE;
        } else if (state === FRONT_MATTER) {
          if (offset > 0 && isFrontMatterFence(text, offset, nl, fenceChar)) state = NONE;
        } else {
          // An opener: up to three spaces, then a fence or the start of an HTML block of kind 1 to 5.
          let p = offset;
          while (p < nl && p - offset < 3 && text.charCodeAt(p) === 32) p++;
          const c = text.charCodeAt(p);
          if (c === 96 || c === 126) {
            let q = p;
            while (q < nl && text.charCodeAt(q) === c) q++;
            // A backtick fence's info string has no backtick.
            if (q - p >= 3 && (c === 126 || !text.slice(q, nl).includes('`'))) {
              state = FENCE;
              fenceChar = c;
              fenceLength = q - p;
            }
          } else if (c === 60) {
            const rest = text.slice(p, nl);
            let end: RegExp | string | null = null;
            let from = 2;
            if (HTML_RAW.test(rest)) end = HTML_RAW_END;
            else if (rest.startsWith('<!--')) end = '-->';
            else if (rest.startsWith('<?')) end = '?>';
            else if (rest.startsWith('<![CDATA[')) {
              end = ']]>';
              from = 9;
            } else if (/^<![A-Za-z]/.test(rest)) end = '>';
            if (end !== null) {
              const tail = rest.slice(from);
              const closed = typeof end === 'string' ? tail.includes(end) : end.test(tail);
              if (!closed) {
                state = HTML;
                htmlEnd = end;
              }
            }
          }
        }
      }
    }
    offset = nl + 1;
  }
  closeBlock();
  return groupItems(text, runs);
}

/**
 * Runs of consecutive items of one list, with nothing but blank lines between them, made one run whose blocks
 * are the items' paragraphs: remark then reads the first item alone, and the reader builds the others (see
 * markdown.ts). micromark spends more on each list item than on a line of paragraph text: the eight numbered
 * tasks and four Nơi nhận items of a dispatch cost it as much as the rest of the document.
 *
 * The items of a group have their markers at the start of the line, of one kind (the same bullet, or numbers
 * with the same delimiter: another starts a new list), and their text at one column, so that what follows the
 * last item is read as it would be after the first.
 */
function groupItems(text: string, runs: PlainRun[]): PlainRun[] {
  const out: PlainRun[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.item && run.item && sameList(text, prev, run)) {
      prev.blocks.push(run.blocks[0]!);
      prev.end = run.end;
      prev.endLine = run.endLine;
      prev.endColumn = run.endColumn;
    } else out.push(run);
  }
  return out;
}

/** Item run `next` continues the list of item run `run`: only blank lines between them, same marker kind and text column. */
function sameList(text: string, run: PlainRun, next: PlainRun): boolean {
  if (next.startColumn !== run.startColumn) return false;
  const lineStart = next.start - next.startColumn + 1;
  return isBlankRange(text, run.end, lineStart) && itemKind(text, run) === markerKind(text, lineStart, next.start);
}

/** [from, to) holds only spaces, tabs and line ends: blank lines, or nothing. */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The kind of the marker of an item run's first item (markerKind): the same for every item of the run. */
export function itemKind(text: string, run: PlainRun): number {
  return markerKind(text, run.start - run.startColumn + 1, run.start);
}

/** The kind of the marker of an item whose line starts at `lineStart` and text at `content`: its bullet, or its delimiter after a number. */
function markerKind(text: string, lineStart: number, content: number): number {
  const c0 = text.charCodeAt(lineStart);
  return c0 >= 48 && c0 <= 57 ? 0x10000 + text.charCodeAt(content - 2) : c0;
}

/** A run of one block. */
function plainRun(block: PlainBlock, item: boolean): PlainRun {
  const { start, end, startLine, startColumn, endLine, endColumn } = block;
  return { start, end, startLine, startColumn, endLine, endColumn, item, blocks: [block] };
}

/** The list item that opens the line at `from` may interrupt a paragraph: a bullet, or the number 1 alone. */
function interruptsParagraph(text: string, from: number): boolean {
  const c0 = text.charCodeAt(from);
  if (c0 === 45 || c0 === 43 || c0 === 42) return true;
  const c1 = text.charCodeAt(from + 1);
  return c0 === 49 && (c1 === 46 || c1 === 41);
}

/** `char` stands somewhere in [from, to). */
function includesBetween(text: string, char: string, from: number, to: number): boolean {
  const at = text.indexOf(char, from);
  return at !== -1 && at < to;
}

/**
 * Where the text of a list item starts when the line [from, to) is one whose text is a plain line: a marker
 * ("-", "+", "*", or one to nine digits and "." or ")"), one space, then the text; -1 otherwise. A "*" before a
 * space opens no emphasis, and its text, plain, holds no other "*": the line is no thematic break ("* * *").
 */
function itemContent(text: string, from: number, to: number): number {
  const c0 = text.charCodeAt(from);
  let i = from + 1;
  if (c0 >= 48 && c0 <= 57) {
    while (i < to && i - from < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 41) return -1;
    i++;
  } else if (c0 !== 45 && c0 !== 43 && c0 !== 42) return -1;
  if (text.charCodeAt(i) !== 32 || i + 1 >= to || !isPlainLine(text, i + 1, to)) return -1;
  return i + 1;
}

/**
 * The line [from, to) is an ATX heading whose text is plain: one to six '#', spaces, then text with no character
 * of ANYWHERE that neither ends in a space nor in a '#' (so there is no closing sequence to take off); its depth
 * and where its text starts, or null.
 */
function headingLine(text: string, from: number, to: number): PlainBlock['heading'] | null {
  let i = from;
  while (i < to && i - from < 7 && text.charCodeAt(i) === 35) i++;
  const depth = i - from;
  if (depth === 0 || depth > 6 || text.charCodeAt(i) !== 32) return null;
  while (i < to && text.charCodeAt(i) === 32) i++;
  const last = text.charCodeAt(to - 1);
  if (i === to || last === 32 || last === 35 || !hasNoSyntax(text, i, to)) return null;
  return { depth, text: i };
}

/**
 * The block [from, to) (its lines, none blank) is one paragraph of plain text with hard line breaks, or wrapped
 * whole in one to three asterisks, or both ("*Source: …*", "**Lê Quang Trung**", and as a dispatch converted
 * from Word prints its header and signature: "Số: 6764 /SYT-VP  \nV/v …", "**KT.GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**"):
 * how many asterisks, and where each line that ends in a hard break (two or more spaces) has its text end; null
 * otherwise. Each line is plain but for the asterisks and the spaces of a break (one space, or spaces on the
 * last line, change the text: left to remark). The text has no character of ANYWHERE (so no other asterisk)
 * and neither opens nor ends with white space, so the opening run can open and the closing one close: an
 * emphasis, a strong, or an emphasis around a strong. A list item ("* a") or a thematic break ("***") is none.
 */
function inlineBlock(text: string, from: number, to: number): { stars: number; breaks: number[] } | null {
  let k = 0;
  while (k < 3 && text.charCodeAt(from + k) === 42) k++;
  if (k > 0) {
    if (to - from < 2 * k + 1) return null;
    for (let j = 1; j <= k; j++) if (text.charCodeAt(to - j) !== 42) return null;
    if (isWhiteSpace(text.charCodeAt(from + k)) || isWhiteSpace(text.charCodeAt(to - k - 1))) return null;
  }
  const breaks: number[] = [];
  for (let lineStart = from; lineStart < to; ) {
    let nl = text.indexOf('\n', lineStart);
    if (nl === -1 || nl > to) nl = to;
    const textStart = lineStart === from ? from + k : lineStart;
    let textEnd = nl === to ? to - k : nl;
    let spaces = 0;
    while (textEnd > textStart && text.charCodeAt(textEnd - 1) === 32) {
      textEnd--;
      spaces++;
    }
    if (textEnd === textStart || spaces === 1 || (spaces > 0 && nl === to)) return null;
    // The first line opens with the asterisks (a paragraph: nothing else opens with "*" and a non-space); every
    // other line must start nothing, as a plain line.
    if (!(textStart > lineStart ? hasNoSyntax(text, textStart, textEnd) : isPlainLine(text, textStart, textEnd))) return null;
    if (spaces >= 2) breaks.push(textEnd);
    lineStart = nl + 1;
  }
  return k > 0 || breaks.length > 0 ? { stars: k, breaks } : null;
}

/**
 * No character of ANYWHERE in [from, to), but for a '<' that opens nothing: one before white space, the line
 * end, '<', '>' or a character outside ASCII ("(ees 2®) <<"). An autolink needs an ASCII letter (a scheme) or a
 * character of an e-mail address after it, and inline HTML a letter, '/', '!' or '?'.
 */
function hasNoSyntax(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && ANYWHERE[c] && isSyntaxAt(text, i, to, c)) return false;
  }
  return true;
}

/**
 * The character `c` of ANYWHERE at `i` (of a line that ends at `to`) may be syntax. A '<' is not when white space,
 * the line end, '<', '>' or a character outside ASCII follows it: an autolink needs an ASCII letter (a scheme) or a
 * character of an e-mail address after it, and inline HTML a letter, '/', '!' or '?' ("(ees 2®) <<"). A '_' is not
 * when its run cannot open emphasis (mayOpenUnderscore). A '&' is not
 * unless a character reference follows as micromark reads one: a known entity name of up to 31 letters and digits,
 * '#' and up to seven digits, or '#x' and up to six hexadecimal digits, then ';' ("Bộ LĐTB&XH;", "KH&ĐT").
 */
function isSyntaxAt(text: string, i: number, to: number, c: number): boolean {
  if (c === 60) {
    const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
    return !(next === 32 || next === 9 || next === 60 || next === 62 || next >= 128);
  }
  if (c === 38) return isReferenceAt(text, i + 1, to);
  if (c === 95) return mayOpenUnderscore(text, i, to);
  return true;
}

/**
 * The run of '_' around `i` may open emphasis: it is left-flanking unless white space or the line end follows
 * it, or ASCII punctuation follows it and an ASCII letter or digit stands before it ("3_ |", "5__|", "—_").
 * A paragraph none of whose runs can open has no emphasis of '_' (every other delimiter is kept out).
 */
function mayOpenUnderscore(text: string, i: number, to: number): boolean {
  let start = i;
  while (start > 0 && text.charCodeAt(start - 1) === 95) start--;
  let end = i + 1;
  while (end < to && text.charCodeAt(end) === 95) end++;
  const next = end < to ? text.charCodeAt(end) : 32;
  if (next === 32 || next === 9) return false;
  const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
  return !(isAsciiPunctuation(next) && isAsciiAlphanumeric(prev));
}

const isAsciiPunctuation = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/** A character reference follows the '&' before `from` (see isSyntaxAt). */
function isReferenceAt(text: string, from: number, to: number): boolean {
  let i = from;
  let max = 31;
  let test = isAsciiAlphanumeric;
  if (text.charCodeAt(i) === 35) {
    i++;
    const x = text.charCodeAt(i);
    if (x === 88 || x === 120) {
      i++;
      max = 6;
      test = isAsciiHexDigit;
    } else {
      max = 7;
      test = isAsciiDigit;
    }
  }
  const start = i;
  while (i < to && i - start < max && test(text.charCodeAt(i))) i++;
  if (i === start || i >= to || text.charCodeAt(i) !== 59) return false;
  return test !== isAsciiAlphanumeric || isEntityName(text.slice(start, i));
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiHexDigit = (c: number) => isAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAsciiAlphanumeric = (c: number) => isAsciiDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

let decodeEntity: ((name: string) => string | false) | null = null;
/** `name` is one of the HTML entity names micromark decodes (their table is loaded on the first "&name;"). */
function isEntityName(name: string): boolean {
  decodeEntity ??= (createRequire(import.meta.url)('decode-named-character-reference') as typeof import('decode-named-character-reference')).decodeNamedCharacterReference;
  return decodeEntity(name) !== false;
}

/**
 * A line [from, to) that opens with '-', '+', '=' or ':' (of FIRST) starts no block: no list item ('-' or '+'
 * then white space or the line end), and a character besides those a thematic break, a setext underline or a
 * table delimiter row is made of ('-', '=', ':', '|', spaces, tabs). OCR page marks ("--- PAGE BREAK ---"),
 * "+84 …", "= Văn phòng …". ("+++" opening the text is front matter: findPlainRuns keeps that line out.)
 */
function opensNoBlock(text: string, from: number, to: number, c0: number): boolean {
  if (c0 !== 45 && c0 !== 43 && c0 !== 61 && c0 !== 58) return false;
  if (c0 === 45 || c0 === 43) {
    const next = from + 1 < to ? text.charCodeAt(from + 1) : 32;
    if (next === 32 || next === 9) return false;
  }
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 61 && c !== 58 && c !== 124 && c !== 32 && c !== 9) return true;
  }
  return false;
}

/** The line [from, to) (not blank) has no markdown syntax: see ANYWHERE and FIRST. */
function isPlainLine(text: string, from: number, to: number): boolean {
  const c0 = text.charCodeAt(from);
  if (c0 < 128 && FIRST[c0] && !opensNoBlock(text, from, to, c0)) return false;
  const last = text.charCodeAt(to - 1);
  if (last === 32 || last === 9) return false;
  // "1980. …", "2) …", "3." alone: an ordered list item (any number of digits, to stay clear of the nine-digit
  // limit). "2.1. …" is not one: the marker must be followed by white space or the line end.
  if (c0 >= 48 && c0 <= 57) {
    let i = from + 1;
    while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const c = text.charCodeAt(i);
    if (i < to && (c === 46 || c === 41)) {
      const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      if (after === 32 || after === 9) return false;
    }
  }
  return hasNoSyntax(text, from, to);
}

/**
 * The pipes of a table row [from, to) that the reader can build: the line opens and ends with '|' (nothing
 * before the first, not even indentation; nothing after the last, not even white space) and has no character
 * of ANYWHERE, so no escaped pipe and no inline syntax in its cells; null otherwise. Cell k of the row runs from
 * pipe k to pipe k + 1, the last one to the line end (its closing pipe included), as mdast-util-gfm-table has it.
 */
function tableRow(text: string, from: number, to: number): number[] | null {
  if (to - from < 2 || text.charCodeAt(to - 1) !== 124) return null;
  const pipes: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) pipes.push(i);
    else if (c < 128 && ANYWHERE[c] && isSyntaxAt(text, i, to, c)) return null;
  }
  return pipes;
}

/** The alignment of each cell of a delimiter row (" :--- ", "---:", " :-: ", "-"), or null when it is not one. */
function delimiterAlign(text: string, pipes: number[], end: number): PlainTable['align'] | null {
  const align: PlainTable['align'] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    const cell = text.slice(pipes[k]! + 1, pipes[k + 1]!);
    const m = DELIMITER_CELL.exec(cell);
    if (m === null) return null;
    align.push(m[1] ? (m[2] ? 'center' : 'left') : m[2] ? 'right' : null);
  }
  return pipes[pipes.length - 1] === end - 1 ? align : null;
}

const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/** A closing fence: up to three spaces, at least `length` of `char`, then only spaces and tabs. */
function closesFence(text: string, from: number, to: number, char: number, length: number): boolean {
  let p = from;
  while (p < to && p - from < 3 && text.charCodeAt(p) === 32) p++;
  let q = p;
  while (q < to && text.charCodeAt(q) === char) q++;
  if (q - p < length) return false;
  for (; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The closing fence of front matter: three of the opening character, then only spaces and tabs. */
export function isFrontMatterFence(text: string, from: number, to: number, char: number): boolean {
  if (to - from < 3 || text.charCodeAt(from) !== char || text.charCodeAt(from + 1) !== char || text.charCodeAt(from + 2) !== char) return false;
  for (let q = from + 3; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
