/**
 * Plain-text reader, for .txt input, PDF text and OCR output, where markdown syntax is not meant ("1980. …" is
 * not a list). The pipeline calls readTextList, which cuts the lines in one scan. readText builds the mdast the
 * markdown reader would build (paragraphs of text nodes, split at blank lines) without micromark; it is the
 * definition readTextList is held to (test/read/text-lines.test.ts) and what the segmenter's tests read text with.
 */
import type { Paragraph, Root, Text, Yaml } from 'mdast';
import { isSpaceCode } from '../segment/lines.js';
import { LineList } from '../segment/line-list.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function readText(text: string): Root {
  const children: Array<Paragraph | Yaml> = [];
  let line = 1;
  let offset = 0;
  // Front matter that a converter put before the document ("---\ntitle: …\n---").
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const lines = front[0].split('\n').length - 1;
    const end = { line: lines, column: front[0].replace(/\n$/, '').length - front[0].replace(/\n$/, '').lastIndexOf('\n'), offset: front[0].replace(/\n$/, '').length };
    children.push({ type: 'yaml', value: front[1]!, position: { start: { line: 1, column: 1, offset: 0 }, end } });
    offset = front[0].length;
    line = lines + 1;
  }
  let blockStart = -1;
  let blockStartLine = 0;
  let blockEnd = 0;
  let blockEndLine = 0;
  const flush = () => {
    if (blockStart < 0) return;
    const value = text.slice(blockStart, blockEnd);
    const start = { line: blockStartLine, column: 1, offset: blockStart };
    const end = { line: blockEndLine, column: blockEnd - lineStartOf(text, blockEnd) + 1, offset: blockEnd };
    const node: Text = { type: 'text', value, position: { start, end } };
    children.push({ type: 'paragraph', children: [node], position: { start, end } });
    blockStart = -1;
  };
  while (offset <= text.length) {
    let nl = text.indexOf('\n', offset);
    if (nl === -1) nl = text.length;
    const blank = isBlank(text, offset, nl);
    if (blank) flush();
    else {
      if (blockStart < 0) {
        blockStart = offset;
        blockStartLine = line;
      }
      blockEnd = nl;
      blockEndLine = line;
    }
    offset = nl + 1;
    line++;
  }
  flush();
  const end = { line: line - 1, column: text.length - lineStartOf(text, text.length) + 1, offset: text.length };
  return { type: 'root', children: children as Root['children'], position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The plain-text reader without the tree: the lines that treeToLines(readText(text), text) gives, cut straight
 * from the text in one scan (each line trimmed, a new block after each run of blank lines), and whether front
 * matter was skipped. Only where each line starts and ends is kept (in typed arrays); a line is made into a Line
 * when the segmenter asks for it (LineList), so that the annex of a gazette text, 50,000 lines that are only
 * asked for their first character, costs no object and no string per line.
 */
export function readTextList(text: string): { lines: LineList; frontMatter: boolean } {
  let offset = 0;
  let frontMatter = false;
  if (text.startsWith('---')) {
    const front = FRONT_MATTER.exec(text);
    if (front) {
      offset = front[0].length;
      frontMatter = true;
    }
  }
  const n = text.length;
  // Room for a line per 32 characters at first (a gazette text averages about 25), grown as needed.
  let capacity = (n >> 5) + 64;
  let [starts, ends, blocks] = threeArrays(capacity);
  let count = 0;
  let block = 0;
  let inBlock = false;
  while (offset <= n) {
    let nl = text.indexOf('\n', offset);
    if (nl === -1) nl = n;
    let a = offset;
    let b = nl;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      if (inBlock) block++;
      inBlock = false;
    } else {
      if (count === capacity) {
        capacity *= 2;
        const [s, e, k] = threeArrays(capacity);
        s.set(starts);
        e.set(ends);
        k.set(blocks);
        starts = s;
        ends = e;
        blocks = k;
      }
      starts[count] = a;
      ends[count] = b;
      blocks[count++] = block;
      inBlock = true;
    }
    offset = nl + 1;
  }
  return { lines: LineList.ofPlain({ text, count, starts, ends, blocks }), frontMatter };
}

/**
 * Three arrays of `capacity` integers, as views of one buffer: a typed array of more than 64 bytes lives outside the
 * heap, and each costs an allocation there (three of them cost more than the scan of a short dispatch).
 */
function threeArrays(capacity: number): [Int32Array, Int32Array, Int32Array] {
  const buffer = new Int32Array(capacity * 3).buffer;
  return [new Int32Array(buffer, 0, capacity), new Int32Array(buffer, capacity * 4, capacity), new Int32Array(buffer, capacity * 8, capacity)];
}
