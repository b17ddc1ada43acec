/**
 * The seam between readers and the rest: an mdast tree (from any reader) is
 * flattened into logical lines of text. Markdown syntax (emphasis, table pipes,
 * heading marks) is dropped; list markers are kept as printed, so that a line
 * reads as it does in the source whatever the reader. Every character keeps its
 * offset in the source, so every extracted value has an exact span.
 */
import type { Nodes, Root, RootContent, PhrasingContent, ListItem } from 'mdast';

export type LineKind = 'paragraph' | 'heading' | 'cell' | 'code' | 'html';

export interface Line {
  /** The text of the line, trimmed. */
  text: string;
  /** offsets[i] = source offset of text[i]; offsets[text.length] = end offset. */
  offsets: Int32Array;
  kind: LineKind;
  /** Index of the block (paragraph, cell, heading…) the line came from. */
  block: number;
  /** For table cells: which table, row and column. */
  cell?: { table: number; row: number; column: number };
  /** Nesting depth of lists around the line (0 = none). */
  listDepth: number;
  /** True when the whole line was wrapped in emphasis or strong in the source. */
  emphasized: boolean;
}

interface Buffer {
  chars: string[];
  offs: number[];
  /** per char: inside emphasis/strong */
  emph: boolean[];
}

export function treeToLines(tree: Root, source: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let table = 0;

  const emitBuffer = (buf: Buffer, kind: LineKind, listDepth: number, cell?: Line['cell']) => {
    let start = 0;
    const n = buf.chars.length;
    for (let i = 0; i <= n; i++) {
      if (i === n || buf.chars[i] === '\n') {
        pushLine(buf, start, i, kind, listDepth, cell);
        start = i + 1;
      }
    }
    block++;
  };

  const pushLine = (buf: Buffer, from: number, to: number, kind: LineKind, listDepth: number, cell?: Line['cell']) => {
    while (from < to && isSpace(buf.chars[from]!)) from++;
    while (to > from && isSpace(buf.chars[to - 1]!)) to--;
    if (to <= from) return;
    const text = buf.chars.slice(from, to).join('');
    const offsets = new Int32Array(to - from + 1);
    for (let i = from; i < to; i++) offsets[i - from] = buf.offs[i]!;
    offsets[to - from] = buf.offs[to - 1]! + 1;
    let emphasized = true;
    for (let i = from; i < to; i++) if (!buf.emph[i] && !isSpace(buf.chars[i]!)) emphasized = false;
    const line: Line = { text, offsets, kind, block, listDepth, emphasized };
    if (cell) line.cell = cell;
    lines.push(line);
  };

  const inline = (nodes: PhrasingContent[], buf: Buffer, emph: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          appendAligned(buf, node.value, node.position?.start.offset, node.position?.end.offset, source, emph);
          break;
        case 'break': {
          const at = node.position?.start.offset ?? lastOffset(buf);
          buf.chars.push('\n');
          buf.offs.push(at);
          buf.emph.push(emph);
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
          inline(node.children, buf, true);
          break;
        case 'link':
        case 'linkReference':
          inline(node.children, buf, emph);
          break;
        case 'image':
        case 'imageReference':
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value)) {
            buf.chars.push('\n');
            buf.offs.push(node.position?.start.offset ?? lastOffset(buf));
            buf.emph.push(emph);
          }
          break;
        case 'footnoteReference':
          break;
        default:
          if ('children' in node) inline((node as { children: PhrasingContent[] }).children, buf, emph);
      }
    }
  };

  const newBuffer = (): Buffer => ({ chars: [], offs: [], emph: [] });

  const prefixMarker = (buf: Buffer, item: ListItem) => {
    const start = item.position?.start.offset;
    const first = item.children[0]?.position?.start.offset;
    if (start === undefined) return;
    const end = first ?? item.position!.end.offset!;
    const marker = source.slice(start, end).trimEnd();
    if (!marker) return;
    for (let i = 0; i < marker.length; i++) {
      buf.chars.push(marker[i]!);
      buf.offs.push(start + i);
      buf.emph.push(false);
    }
    buf.chars.push(' ');
    buf.offs.push(start + marker.length);
    buf.emph.push(false);
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
          const buf = newBuffer();
          prefixMarker(buf, node);
          emitBuffer(buf, 'paragraph', listDepth);
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
        const buf = newBuffer();
        if (pendingItem) prefixMarker(buf, pendingItem);
        inline(node.children, buf, false);
        emitBuffer(buf, node.type === 'heading' ? 'heading' : 'paragraph', listDepth);
        return;
      }
      case 'table': {
        node.children.forEach((row, r) => {
          row.children.forEach((cell, c) => {
            const buf = newBuffer();
            inline(cell.children, buf, false);
            emitBuffer(buf, 'cell', listDepth, { table, row: r, column: c });
          });
        });
        table++;
        return;
      }
      case 'code':
      case 'html': {
        const buf = newBuffer();
        if (pendingItem) prefixMarker(buf, pendingItem);
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (node.type === 'html') {
          appendAligned(buf, node.value.replace(/<[^>]*>/g, (t) => (/^<br/i.test(t) ? '\n' : ' '.repeat(t.length))), start, end, source, false);
        } else appendAligned(buf, node.value, start, end, source, false);
        emitBuffer(buf, node.type, listDepth);
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

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}

function lastOffset(buf: Buffer): number {
  return buf.offs.length ? buf.offs[buf.offs.length - 1]! + 1 : 0;
}

/**
 * Appends a node's value, mapping each character to its source offset. When the
 * value equals the source slice the mapping is exact; otherwise (escapes,
 * entities, stripped indentation) the value is aligned greedily with the slice.
 */
function appendAligned(buf: Buffer, value: string, start: number | undefined, end: number | undefined, source: string, emph: boolean) {
  if (start === undefined || end === undefined) {
    // Nodes made by a plugin (an autolinked e-mail or URL) have no position: find the text just ahead.
    const from = lastOffset(buf);
    const found = source.indexOf(value, from);
    const at = found !== -1 && found - from < 64 ? found : -1;
    for (let i = 0; i < value.length; i++) {
      buf.chars.push(value[i]!);
      buf.offs.push(at === -1 ? from : at + i);
      buf.emph.push(emph);
    }
    return;
  }
  const slice = source.slice(start, end);
  if (slice === value) {
    for (let i = 0; i < value.length; i++) {
      buf.chars.push(value[i]!);
      buf.offs.push(start + i);
      buf.emph.push(emph);
    }
    return;
  }
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (slice[j] !== ch) {
      const limit = Math.min(slice.length, j + 12);
      let k = j;
      while (k < limit && slice[k] !== ch) k++;
      if (k < limit) j = k;
    }
    buf.chars.push(ch);
    buf.offs.push(start + Math.min(j, slice.length - 1 < 0 ? 0 : slice.length - 1));
    buf.emph.push(emph);
    if (slice[j] === ch) j++;
  }
}

/** A sub-line: characters [from, to) of a line, trimmed, with their offsets. */
export function sliceLine(line: Line, from: number, to = line.text.length): Line {
  while (from < to && /\s/u.test(line.text[from]!)) from++;
  while (to > from && /\s/u.test(line.text[to - 1]!)) to--;
  const offsets = line.offsets.slice(from, to + 1);
  if (to === from) offsets[0] = line.offsets[from]!;
  return { ...line, text: line.text.slice(from, to), offsets };
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
    offsets.set(line.offsets, at);
    at += line.text.length + 1;
  }
  return { ...first, text: parts.map((l) => l.text).join(' '), offsets, emphasized: parts.every((l) => l.emphasized) };
}
