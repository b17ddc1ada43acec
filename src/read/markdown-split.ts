/**
 * Finds the plain paragraphs of a markdown text: blocks of consecutive non-blank lines with no markdown syntax,
 * which remark would read as one paragraph holding one text node whose value is the source slice. About half
 * of a dispatch is such text, and micromark reads it character by character; the markdown reader builds these
 * paragraphs itself and gives remark the rest (see markdown.ts).
 *
 * The test is syntactic and conservative: a block is plain only when no line could start or interrupt another
 * block and no character could start an inline construct. Whether something open before a block (a fenced
 * code block, an HTML block that runs over blank lines, front matter) would swallow it is tracked here as
 * well, but only to avoid wasted work: the reader checks in remark's own tree that every plain run was read
 * as a paragraph of its own, and reads the whole text with remark otherwise.
 */

/** A plain paragraph: source offsets [start, end), its first and last line, the column just after its last character. */
export interface PlainBlock {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
  endColumn: number;
}

/**
 * Plain blocks with nothing but blank lines between them. The reader replaces each run by one placeholder line:
 * remark then reads one short paragraph instead of the run.
 */
export interface PlainRun {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
  endColumn: number;
  blocks: PlainBlock[];
}

/**
 * ASCII characters that make a line not plain wherever they stand: they can start an inline construct
 * (escape, entity, emphasis, link or image, autolink or HTML, code span) or a table cell, change the text
 * (tab, NUL, which micromark replaces), or open a fence (` and ~; also kept out in the middle of a line,
 * like the other characters the design lists, to stay well clear of every construct).
 */
const ANYWHERE = new Uint8Array(128);
for (const c of '\\&*_[]!<>`~|#=\t\0') ANYWHERE[c.charCodeAt(0)] = 1;

/**
 * ASCII characters a plain line must not start with: block starts (ATX heading, block quote, lists, thematic
 * breaks, setext underlines, fences, HTML, tables, front matter) and indentation; ':' too, which could begin a
 * table delimiter row.
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

/**
 * The plain runs of a text, in order; empty when there is none or when the text holds something the line
 * scan does not model (a carriage return, which micromark counts as a line ending; a byte order mark, which
 * micromark skips).
 */
export function findPlainRuns(text: string): PlainRun[] {
  const runs: PlainRun[] = [];
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff || text.indexOf('\r') !== -1) return runs;

  let state: number = NONE;
  let fenceChar = 0;
  let fenceLength = 0;
  let htmlEnd: RegExp | string = '';

  // The block being read: its first offset and line, whether every line so far is plain.
  let blockStart = -1;
  let blockLine = 0;
  let blockPlain = false;
  let lastLineStart = 0;
  let lastLineEnd = 0;
  let lastLine = 0;
  let run: PlainRun | null = null;

  const closeBlock = () => {
    if (blockStart < 0) return;
    if (blockPlain) {
      const block: PlainBlock = { start: blockStart, end: lastLineEnd, startLine: blockLine, endLine: lastLine, endColumn: lastLineEnd - lastLineStart + 1 };
      if (run) {
        run.end = block.end;
        run.endLine = block.endLine;
        run.endColumn = block.endColumn;
        run.blocks.push(block);
      } else {
        run = { start: block.start, end: block.end, startLine: block.startLine, endLine: block.endLine, endColumn: block.endColumn, blocks: [block] };
        runs.push(run);
      }
    } else run = null;
    blockStart = -1;
  };

  // Front matter is read by remark-frontmatter only at the very start: everything up to its closing fence
  // stays with remark (if it never closes, the rest does too, which costs nothing but speed).
  const first = /^(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(text);
  if (first) {
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
      const plain = state === NONE && isPlainLine(text, offset, nl);
      if (blockStart < 0) {
        blockStart = offset;
        blockLine = line;
        blockPlain = plain;
      } else if (!plain) blockPlain = false;
      lastLineStart = offset;
      lastLineEnd = nl;
      lastLine = line;
      // A plain line opens and closes nothing; the others may.
      if (!plain) {
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
            else if (rest.startsWith('<![CDATA[')) ((end = ']]>'), (from = 9));
            else if (/^<![A-Za-z]/.test(rest)) end = '>';
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
  return runs;
}

/** The line [from, to) (not blank) has no markdown syntax: see ANYWHERE and FIRST. */
function isPlainLine(text: string, from: number, to: number): boolean {
  const c0 = text.charCodeAt(from);
  if (c0 < 128 && FIRST[c0]) return false;
  const last = text.charCodeAt(to - 1);
  if (last === 32 || last === 9) return false;
  // "1980. …", "2) …": an ordered list item (any number of digits, to stay clear of the nine-digit limit).
  if (c0 >= 48 && c0 <= 57) {
    let i = from + 1;
    while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const c = text.charCodeAt(i);
    if (i < to && (c === 46 || c === 41)) return false;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && ANYWHERE[c]) return false;
  }
  return true;
}

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
function isFrontMatterFence(text: string, from: number, to: number, char: number): boolean {
  if (to - from < 3 || text.charCodeAt(from) !== char || text.charCodeAt(from + 1) !== char || text.charCodeAt(from + 2) !== char) return false;
  for (let q = from + 3; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
