/**
 * The seam between readers and the rest: an mdast tree (from any reader) is
 * flattened into logical lines of text. Markdown syntax (emphasis, table pipes,
 * heading marks) is dropped; list markers are kept as printed, so that a line
 * reads as it does in the source whatever the reader. Every character keeps its
 * offset in the source, so every extracted value has an exact span.
 */
import type { Nodes, Root, RootContent, PhrasingContent, ListItem } from 'mdast';
import { latin } from '../latin.js';

export type LineKind = 'paragraph' | 'heading' | 'cell' | 'code' | 'html';

export interface Line {
  /** The text of the line, trimmed. */
  text: string;
  /**
   * Source offset of text[i]: offsets[i], or `start + i` when `offsets` is null (a line printed as it stands in
   * the source, such as every line of the plain-text reader). Index text.length gives the end offset. Read it
   * with offsetAt().
   */
  offsets: Int32Array | null;
  /** Source offset of the first character (offsetAt(line, 0)). */
  start: number;
  kind: LineKind;
  /** Index of the block (paragraph, cell, heading…) the line came from. */
  block: number;
  /** For table cells: which table, row and column; undefined for every other line. */
  cell?: { table: number; row: number; column: number } | undefined;
  /** Nesting depth of lists around the line (0 = none). */
  listDepth: number;
  /** True when the whole line was wrapped in emphasis or strong in the source. */
  emphasized: boolean;
}

/**
 * Every Line is made here, with all its fields in one order (`cell` too, undefined outside tables), so that all
 * lines share one hidden class: code that reads lines stays monomorphic, and V8 does not deoptimise the segmenter
 * and the extractors each time a line of another shape (a cell, a sliced line) comes by.
 */
export function makeLine(
  text: string,
  offsets: Int32Array | null,
  start: number,
  kind: LineKind,
  block: number,
  listDepth: number,
  emphasized: boolean,
  cell: Line['cell'],
): Line {
  return { text, offsets, start, kind, block, cell, listDepth, emphasized };
}

/**
 * The characters of one block (paragraph, cell, heading…) before it is cut into
 * lines: the text in pieces, and per character its source offset and whether it
 * was inside emphasis. One buffer is reused for every block of a tree.
 */
class BlockBuffer {
  private parts: string[] = [];
  offs = new Int32Array(256);
  emph = new Uint8Array(256);
  length = 0;
  /** Some character is inside emphasis (when none is, no line of the block is emphasized). */
  anyEmph = false;

  reset(): void {
    this.parts.length = 0;
    this.length = 0;
    this.anyEmph = false;
  }

  text(): string {
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
  }

  /** One past the offset of the last character, or 0 when the buffer is empty. */
  lastOffset(): number {
    return this.length ? this.offs[this.length - 1]! + 1 : 0;
  }

  private reserve(extra: number, emph: boolean): void {
    const need = this.length + extra;
    if (need > this.offs.length) {
      const size = Math.max(need, this.offs.length * 2);
      const offs = new Int32Array(size);
      offs.set(this.offs.subarray(0, this.length));
      const flags = new Uint8Array(size);
      flags.set(this.emph.subarray(0, this.length));
      this.offs = offs;
      this.emph = flags;
    }
    if (emph && extra > 0) this.anyEmph = true;
  }

  /** Appends one character at `offset`. */
  pushChar(ch: string, offset: number, emph: boolean): void {
    this.reserve(1, emph);
    this.parts.push(ch);
    this.offs[this.length] = offset;
    this.emph[this.length++] = emph ? 1 : 0;
  }

  /** Appends `value` whose characters stand at `start`, `start + 1`… in the source. */
  pushRun(value: string, start: number, emph: boolean): void {
    this.reserve(value.length, emph);
    this.parts.push(value);
    for (let i = 0; i < value.length; i++) {
      this.offs[this.length] = start + i;
      this.emph[this.length++] = emph ? 1 : 0;
    }
  }

  /** Appends `value`; `offsetOf(i)` gives the source offset of its character i. */
  pushMapped(value: string, emph: boolean, offsetOf: (i: number) => number): void {
    this.reserve(value.length, emph);
    this.parts.push(value);
    for (let i = 0; i < value.length; i++) {
      this.offs[this.length] = offsetOf(i);
      this.emph[this.length++] = emph ? 1 : 0;
    }
  }
}

/**
 * Offsets arrays for the lines of one tree that are not printed as is, handed out as
 * views of a few large arrays: one allocation per chunk instead of one per line.
 */
class OffsetsPool {
  private chunk: Int32Array | null = null;
  private used = 0;

  /** `expected`: the most offsets the tree can need; the first chunk is no larger (most lines need none). */
  constructor(private readonly expected: number) {}

  take(length: number): Int32Array {
    if (this.chunk === null || this.used + length > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(length, Math.min(this.expected, 16384)));
      this.used = 0;
    }
    const view = new Int32Array(this.chunk.buffer, this.used * 4, length);
    this.used += length;
    return view;
  }
}

/** A space or a tab: what a line is trimmed of. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9;
}

export function treeToLines(tree: Root, source: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let table = 0;
  const buf = new BlockBuffer();
  // Every character of the source lands in at most one line, plus one end offset per line.
  const pool = new OffsetsPool(source.length + (source.length >> 3) + 64);

  const emitBuffer = (kind: LineKind, listDepth: number, cell?: Line['cell']) => {
    const text = buf.text();
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      pushLine(text, start, end, kind, listDepth, cell);
      if (nl === -1) break;
      start = nl + 1;
    }
    block++;
  };

  const pushLine = (text: string, from: number, to: number, kind: LineKind, listDepth: number, cell?: Line['cell']) => {
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    if (to <= from) return;
    const start = buf.offs[from]!;
    let linear = true;
    for (let i = from + 1; i < to && linear; i++) linear = buf.offs[i] === start + (i - from);
    let offsets: Int32Array | null = null;
    if (!linear) {
      offsets = pool.take(to - from + 1);
      offsets.set(buf.offs.subarray(from, to));
      offsets[to - from] = buf.offs[to - 1]! + 1;
    }
    let emphasized = buf.anyEmph;
    if (emphasized) for (let i = from; i < to; i++) if (!buf.emph[i] && !isSpaceCode(text.charCodeAt(i))) emphasized = false;
    lines.push(makeLine(text.slice(from, to), offsets, start, kind, block, listDepth, emphasized, cell));
  };

  /**
   * Fast path for a block that is one text node printed as is (every block of the
   * plain-text reader): its lines are cut straight from the value, offset i of the
   * value being start + i, with no per-character buffer.
   */
  const emitPlain = (value: string, start: number, kind: LineKind, listDepth: number) => {
    let from = 0;
    for (;;) {
      const nl = value.indexOf('\n', from);
      let to = nl === -1 ? value.length : nl;
      let a = from;
      while (a < to && isSpaceCode(value.charCodeAt(a))) a++;
      while (to > a && isSpaceCode(value.charCodeAt(to - 1))) to--;
      if (to > a) lines.push(makeLine(value.slice(a, to), null, start + a, kind, block, listDepth, false, undefined));
      if (nl === -1) break;
      from = nl + 1;
    }
    block++;
  };

  const inline = (nodes: PhrasingContent[], emph: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          appendAligned(buf, node.value, node.position?.start.offset, node.position?.end.offset, source, emph);
          break;
        case 'break': {
          const at = node.position?.start.offset ?? buf.lastOffset();
          buf.pushChar('\n', at, emph);
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
          inline(node.children, true);
          break;
        case 'link':
        case 'linkReference':
          inline(node.children, emph);
          break;
        case 'image':
        case 'imageReference':
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value)) buf.pushChar('\n', node.position?.start.offset ?? buf.lastOffset(), emph);
          break;
        case 'footnoteReference':
          break;
        default:
          if ('children' in node) inline((node as { children: PhrasingContent[] }).children, emph);
      }
    }
  };

  const prefixMarker = (item: ListItem) => {
    const start = item.position?.start.offset;
    const first = item.children[0]?.position?.start.offset;
    if (start === undefined) return;
    const end = first ?? item.position!.end.offset!;
    const marker = source.slice(start, end).trimEnd();
    if (!marker) return;
    buf.pushRun(marker, start, false);
    buf.pushChar(' ', start + marker.length, false);
  };

  const walk = (node: Nodes, listDepth: number, pendingItem: ListItem | null): void => {
    switch (node.type) {
      case 'root':
      case 'blockquote':
        for (const child of node.children) walk(child, listDepth, null);
        return;
      case 'list':
        for (const item of node.children) walk(item, listDepth + 1, null);
        return;
      case 'listItem': {
        let first = true;
        if (node.children.length === 0) {
          buf.reset();
          prefixMarker(node);
          emitBuffer('paragraph', listDepth);
          return;
        }
        for (const child of node.children) {
          walk(child, listDepth, first ? node : null);
          first = false;
        }
        return;
      }
      case 'paragraph':
      case 'heading': {
        // Only an ATX heading ("# …", a crawler's page title) is a heading: a setext one is text over a rule
        // ("ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI" / "-------", the line under a header's issuing body).
        const kind = node.type === 'heading' && isAtxHeading(node, source) ? 'heading' : 'paragraph';
        const only = node.children.length === 1 ? node.children[0]! : null;
        if (!pendingItem && only && only.type === 'text' && isPrintedAsIs(only.value, only.position?.start.offset, only.position?.end.offset, source)) {
          emitPlain(only.value, only.position!.start.offset!, kind, listDepth);
          return;
        }
        buf.reset();
        if (pendingItem) prefixMarker(pendingItem);
        inline(node.children, false);
        emitBuffer(kind, listDepth);
        return;
      }
      case 'table': {
        node.children.forEach((row, r) => {
          row.children.forEach((cell, c) => {
            buf.reset();
            inline(cell.children, false);
            emitBuffer('cell', listDepth, { table, row: r, column: c });
          });
        });
        table++;
        return;
      }
      case 'code':
      case 'html': {
        buf.reset();
        if (pendingItem) prefixMarker(pendingItem);
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (node.type === 'html') {
          appendAligned(buf, node.value.replace(/<[^>]*>/g, (t) => (/^<br/i.test(t) ? '\n' : ' '.repeat(t.length))), start, end, source, false);
        } else appendAligned(buf, node.value, start, end, source, false);
        emitBuffer(node.type, listDepth);
        return;
      }
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of (node as { children: RootContent[] }).children) walk(child, listDepth, null);
    }
  };

  walk(tree, 0, null);
  return lines;
}

/** The value is exactly the source text between its start and end offsets. */
function isPrintedAsIs(value: string, start: number | undefined, end: number | undefined, source: string): boolean {
  return start !== undefined && end !== undefined && source.slice(start, end) === value;
}

/**
 * Appends a node's value, mapping each character to its source offset. When the
 * value equals the source slice the mapping is exact; otherwise (escapes,
 * entities, stripped indentation) the value is aligned greedily with the slice.
 */
function appendAligned(buf: BlockBuffer, value: string, start: number | undefined, end: number | undefined, source: string, emph: boolean) {
  if (start === undefined || end === undefined) {
    // Nodes made by a plugin (an autolinked e-mail or URL) have no position: find the text just ahead.
    // Only a start within 64 characters counts, so only that window is searched (not the rest of the source each time).
    const from = buf.lastOffset();
    const found = source.slice(from, from + 63 + value.length).indexOf(value);
    const at = found !== -1 ? from + found : -1;
    if (at === -1) buf.pushMapped(value, emph, () => from);
    else buf.pushRun(value, at, emph);
    return;
  }
  const slice = source.slice(start, end);
  if (slice === value) {
    buf.pushRun(value, start, emph);
    return;
  }
  const last = slice.length - 1 < 0 ? 0 : slice.length - 1;
  let j = 0;
  buf.pushMapped(value, emph, (i) => {
    const ch = value.charCodeAt(i);
    if (slice.charCodeAt(j) !== ch) {
      const limit = Math.min(slice.length, j + 12);
      let k = j;
      while (k < limit && slice.charCodeAt(k) !== ch) k++;
      if (k < limit) j = k;
    }
    const offset = start + Math.min(j, last);
    if (slice.charCodeAt(j) === ch) j++;
    return offset;
  });
}

/** A sub-line: characters [from, to) of a line, trimmed, with their offsets. */
export function sliceLine(line: Line, from: number, to = line.text.length): Line {
  while (from < to && isWhiteSpace(line.text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(line.text.charCodeAt(to - 1))) to--;
  const start = offsetAt(line, from);
  let offsets: Int32Array | null = null;
  if (line.offsets !== null) {
    offsets = line.offsets.slice(from, to + 1);
    if (to === from) offsets[0] = start;
  }
  return makeLine(line.text.slice(from, to), offsets, start, line.kind, line.block, line.listDepth, line.emphasized, line.cell);
}

/** Source offset of character `i` of the line (i = its length: the end offset). */
export function offsetAt(line: Line, i: number): number {
  return line.offsets === null ? line.start + i : line.offsets[i]!;
}

/** A code unit that \\s matches: the JavaScript white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Per BMP code unit: 0 not yet known, 1 no, 2 yes; filled on first sight from the Unicode property. */
const UPPER_BMP = new Uint8Array(0x10000);
const LOWER_BMP = new Uint8Array(0x10000);
const IS_UPPER = latin(String.raw`^\p{Lu}$`, 'u');
const IS_LOWER = latin(String.raw`^\p{Ll}$`, 'u');

function hasProperty(text: string, at: number, table: Uint8Array, property: RegExp): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return property.test(text.slice(at, at + 2));
  }
  let known = table[c]!;
  if (known === 0) known = table[c] = property.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

const LETTER_OR_MARK_BMP = new Uint8Array(0x10000);
const IS_LETTER_OR_MARK = latin(String.raw`^[\p{L}\p{M}]$`, 'u');

/**
 * The code point that ends just before `at` is a letter, a mark, a digit or '/': what
 * the look-behind (?<![\p{L}\p{M}\d/]) in front of a place refuses.
 */
export function continuesWordAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 47;
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return IS_LETTER_OR_MARK.test(text.slice(at - 2, at));
  }
  return hasProperty(text, at - 1, LETTER_OR_MARK_BMP, IS_LETTER_OR_MARK);
}

/** The code unit at `at` is a letter or a mark of latin()'s classes (a lone surrogate, and NaN past either end, are neither). */
export function isLetterOrMarkAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c !== c) return false;
  let known = LETTER_OR_MARK_BMP[c]!;
  if (known === 0) known = LETTER_OR_MARK_BMP[c] = IS_LETTER_OR_MARK.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** The code point at `at` is an upper-case letter (\p{Lu}), as `/^\p{Lu}/u` sees it there. */
export function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 65 && c <= 90;
  return hasProperty(text, at, UPPER_BMP, IS_UPPER);
}

/** The code point at `at` is a lower-case letter (\p{Ll}). */
export function isLowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 97 && c <= 122;
  return hasProperty(text, at, LOWER_BMP, IS_LOWER);
}

/** Length in code units of the code point at `at` (2 for a surrogate pair). */
function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * The text has no lower-case letter and two upper-case letters in a row: what
 * UPPER_LINE (/^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u) matches, without running it.
 */
export function isUpperLine(text: string): boolean {
  let run = 0;
  let pair = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) return false;
      run = c >= 65 && c <= 90 ? run + 1 : 0;
      i++;
    } else {
      if (isLowerAt(text, i)) return false;
      run = isUpperAt(text, i) ? run + 1 : 0;
      i += codePointLength(text, i);
    }
    if (run >= 2) pair = true;
  }
  return pair;
}

/** Somewhere in the text two upper-case letters (\p{Lu}) follow each other. */
export function hasUpperPair(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      run = c >= 65 && c <= 90 ? run + 1 : 0;
      i++;
    } else {
      run = isUpperAt(text, i) ? run + 1 : 0;
      i += codePointLength(text, i);
    }
    if (run >= 2) return true;
  }
  return false;
}

/** "tháng" as DATE_WORDS spells it. */
const THANG = /[tT]h[aáảàãạ]ng/;

/** The text contains "tháng" as DATE_WORDS spells it: every date in words does, so a text without it has none. */
export function hasThang(text: string): boolean {
  return THANG.test(text);
}

/**
 * The texts of `lines` joined by single spaces, with `first` in place of the first line's text when given. The
 * string is made flat in one copy (Array.prototype.join): a chain of concatenations is a rope that the first
 * pattern to read it copies again, node by node. The parts are filled by a loop, not map(): V8 gives map's result
 * a different elements kind in optimised and unoptimised code, and each switch deoptimised the caller.
 */
export function joinTexts(lines: ReadonlyArray<{ readonly text: string }>, first?: string): string {
  if (lines.length === 0) return '';
  const parts = new Array<string>(lines.length);
  parts[0] = first ?? lines[0]!.text;
  for (let i = 1; i < lines.length; i++) parts[i] = lines[i]!.text;
  return parts.join(' ');
}

/** Lines joined by single spaces, in one allocation; each space maps to the end of the line before it. */
export function concatLines(first: Line, ...rest: Line[]): Line {
  if (rest.length === 0) return first;
  const parts = [first, ...rest];
  const length = parts.reduce((n, l) => n + l.text.length, 0) + parts.length - 1;
  const offsets = new Int32Array(length + 1);
  let at = 0;
  for (const line of parts) {
    // Each line's own end offset stands where the joining space (or the end) goes.
    if (line.offsets !== null) offsets.set(line.offsets, at);
    else for (let i = 0; i <= line.text.length; i++) offsets[at + i] = line.start + i;
    at += line.text.length + 1;
  }
  const text = joinTexts(parts);
  return makeLine(text, offsets, first.start, first.kind, first.block, first.listDepth, parts.every((l) => l.emphasized), first.cell);
}

/** The heading opens with "#" (after at most three spaces): ATX, not setext (text underlined with "=" or "-"). */
function isAtxHeading(node: { position?: { start: { offset?: number } } }, source: string): boolean {
  let at = node.position?.start.offset ?? -1;
  if (at < 0) return true;
  while (source.charCodeAt(at) === 32) at++;
  return source.charCodeAt(at) === 35;
}
