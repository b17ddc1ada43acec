/**
 * Markdown reader: text → mdast through unified + remark-parse (+ front matter, GFM tables).
 *
 * micromark reads about a megabyte a second, and most of a dispatch is paragraphs of bare text, on their own or
 * as the text of list items, that it reads character by character only to give back the source slice. Those
 * paragraphs (markdown-split.ts finds them) are built here instead, and remark reads the rest in one call: the
 * text with each run of them replaced by a one-character placeholder paragraph. The tree is the one remark
 * gives for the whole text, node for node and position for position: the placeholders are swapped for the
 * paragraphs, and the points after a placeholder are moved back to their place in the source. A placeholder
 * only counts where remark reads it as the paragraph its run is (checked in its tree); if one is not, the whole
 * text is read by remark, as before. Besides paragraphs, a run holds plain pipe tables, one-line headings,
 * paragraphs between asterisks or with hard line breaks, and the items of a list; a text with nothing else (but
 * blank lines) is built here whole, without remark.
 *
 * The markdown stack (micromark and its extensions, about a hundred modules) is loaded on the first markdown
 * input that needs remark, not when the pipeline is imported: a run over plain text never loads it. It is
 * loaded with `require`, which Node (≥ 20.19) allows for ES modules, because `parseDispatch` is synchronous.
 */
import { createRequire } from 'node:module';
import type { Break, Emphasis, Heading, List, ListItem, Paragraph, Parent, Root, RootContent, Strong, Table, TableCell, TableRow, Text, Yaml } from 'mdast';
import type { Processor } from 'unified';
import { findPlainRuns, isBlankRange, isFrontMatterFence, itemKind, type PlainBlock, type PlainRun, type PlainTable } from './markdown-split.js';

type MarkdownModules = typeof import('./markdown-modules.js');
type Point = NonNullable<Root['position']>['start'];

/** Set by the bundler (scripts/bundle.js): where the bundled CLI keeps its one-file build of markdown-modules. */
declare const CONGVAN_MARKDOWN_BUNDLE: string | undefined;

interface MarkdownParser {
  parse(text: string): unknown;
}

let parser: MarkdownParser | null = null;

/** What the reader did with a text: the tree, how many characters it built itself, whether it fell back to remark alone. */
export interface MarkdownRead {
  tree: Root;
  /** Characters of the plain paragraphs built without remark (blank lines between them not counted). */
  plainChars: number;
  /** Some placeholder was not read as a paragraph of its own, so remark read the whole text after all. */
  fellBack: boolean;
}

export function readMarkdown(text: string): Root {
  return readMarkdownDetailed(text).tree;
}

/** readMarkdown, and what it did (for the tests and the measurements). */
export function readMarkdownDetailed(text: string): MarkdownRead {
  // Front matter (remark-frontmatter's yaml or toml) is built here, and the text after it read as if blank lines
  // stood in its place: the block is closed by its fence, and what follows a closed block opens anew after it as
  // after blank lines. Blanked (spaces, the same line ends), the text keeps every offset, line and column.
  const matter = frontMatter(text);
  if (matter === null) return readBody(text);
  const read = readBody(blankBefore(text, matter.position!.end.offset!));
  read.tree.children.unshift(matter as RootContent);
  return read;
}

/** A front matter node: yaml, or toml (which mdast's types do not name). */
export type FrontMatter = Omit<Yaml, 'type'> & { type: 'yaml' | 'toml' };

/**
 * The front matter remark-frontmatter reads at the start of a text, or null: a line of "---" (yaml) or "+++"
 * (toml) that opens the text, spaces and tabs after it, and a later line that is the same fence (spaces and tabs
 * after it, then the line end or the end of the text). Its value is the lines between the fences; it spans the
 * two fences. A text with a carriage return or a byte order mark is left to remark.
 */
export function frontMatter(text: string): FrontMatter | null {
  const c = text.charCodeAt(0);
  const open = text.indexOf('\n');
  if ((c !== 45 && c !== 43) || open === -1 || !isFrontMatterFence(text, 0, open, c) || text.indexOf('\r') !== -1) return null;
  let line = 2;
  for (let from = open + 1; from <= text.length; line++) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    if (isFrontMatterFence(text, from, nl, c)) {
      const end = { line, column: nl - from + 1, offset: nl };
      const value = from - 1 > open + 1 ? text.slice(open + 1, from - 1) : '';
      return { type: c === 45 ? 'yaml' : 'toml', value, position: { start: { line: 1, column: 1, offset: 0 }, end } };
    }
    from = nl + 1;
  }
  return null;
}

/** The text with every character before `end` but the line ends made a space. */
function blankBefore(text: string, end: number): string {
  let out = '';
  let from = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    out += ' '.repeat(nl - from) + '\n';
    from = nl + 1;
  }
  return out + ' '.repeat(end - from) + text.slice(end);
}

function readBody(text: string): MarkdownRead {
  const runs = findPlainRuns(text);
  let plainChars = 0;
  for (const run of runs) for (const block of run.blocks) plainChars += block.end - block.start;
  // Nothing but runs and blank lines (a crawled dispatch: its source line, its heading, its paragraphs, its
  // lists): remark would read placeholders only. Nothing there can open a fence, an HTML block or front matter,
  // or hold a container, so the tree is built without remark, and the markdown stack is not even loaded.
  if (runs.length > 0 && onlyRuns(text, runs)) return { tree: rootOf(text, runs), plainChars, fellBack: false };
  parser ??= createParser(loadModules());
  if (runs.length === 0) return { tree: parser.parse(text) as Root, plainChars: 0, fellBack: false };
  const tree = readAround(parser, text, runs);
  if (tree === null) return { tree: parser.parse(text) as Root, plainChars: 0, fellBack: true };
  return { tree, plainChars, fellBack: false };
}

/**
 * Every line that is not blank belongs to a run (an item run from its first marker on), and no two item runs
 * with only blank lines between them have markers of one kind (they would be one list, which the runs do not
 * say when their text columns differ: "9." and "10.").
 */
function onlyRuns(text: string, runs: PlainRun[]): boolean {
  let from = 0;
  let prev: PlainRun | null = null;
  for (const run of runs) {
    const start = run.item ? run.start - run.startColumn + 1 : run.start;
    if (!isBlankRange(text, from, start)) return false;
    if (prev !== null && prev.item && run.item && itemKind(text, prev) === itemKind(text, run)) return false;
    from = run.end;
    prev = run;
  }
  return isBlankRange(text, from, text.length);
}

/** The root remark gives for a text of runs and blank lines: their blocks, and a list for each item run. */
function rootOf(text: string, runs: PlainRun[]): Root {
  const children: RootContent[] = [];
  for (const run of runs) {
    if (run.item) children.push(listOf(text, run));
    else for (const block of run.blocks) children.push(plainBlock(text, block));
  }
  const lastBreak = text.lastIndexOf('\n');
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  const end = { line: lines, column: text.length - lastBreak, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** The list of an item run that nothing else continues: ordered from its first number, spread when blank lines stand between items. */
function listOf(text: string, run: PlainRun): List {
  const items = run.blocks.map((block) => plainItem(text, block));
  const first = run.blocks[0]!;
  const lineStart = first.start - first.startColumn + 1;
  const c0 = text.charCodeAt(lineStart);
  const ordered = c0 >= 48 && c0 <= 57;
  // An ordered marker is the number, its delimiter, one space: the number ends two characters before the text.
  const start = ordered ? Number.parseInt(text.slice(lineStart, first.start - 2), 10) : null;
  return { type: 'list', ordered, start, spread: spreadBetween(run.blocks), children: items, position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end } };
}

/** Blank lines stand between two of the blocks (items of one list). */
function spreadBetween(blocks: PlainBlock[]): boolean {
  for (let k = 1; k < blocks.length; k++) if (blocks[k]!.startLine > blocks[k - 1]!.endLine + 1) return true;
  return false;
}

function blockEnd(block: PlainBlock): Point {
  return { line: block.endLine, column: block.endColumn, offset: block.end };
}

/** A parent being walked: its children, the next one to look at, the new children when a placeholder was among them. */
interface Frame {
  parent: Parent;
  children: RootContent[];
  index: number;
  out: RootContent[] | null;
}

/** The one-character paragraph that stands for a run of plain paragraphs in the text remark reads. */
const PLACEHOLDER = 'x';

/**
 * Remark's tree of the text with each run replaced by the placeholder, turned into its tree of the whole
 * text; null when a placeholder is not where its run stands in the tree: a paragraph of the root for a run of
 * root paragraphs, the first child of a list item for an item's paragraph (it is not when the scan missed a
 * fenced code block or an HTML block that holds the run).
 *
 * A run starts where a paragraph starts and ends at a line end, so outside the runs the two texts have the
 * same lines: a point after placeholder k moves by the characters and lines the runs up to k lost, with its
 * column, and the end of placeholder k is the end of run k. A run and its placeholder read the same for what
 * comes around them: a paragraph with no markdown syntax whose lines start nothing and that ends where a
 * blank line, the end, or (in a list) the next item follows.
 */
function readAround(parser: MarkdownParser, text: string, runs: PlainRun[]): Root | null {
  const parts: string[] = [];
  let from = 0;
  for (const run of runs) {
    parts.push(text.slice(from, run.start), PLACEHOLDER);
    from = run.end;
  }
  parts.push(text.slice(from));
  const tree = parser.parse(parts.join('')) as Root;

  // Where each placeholder stands in the parsed text, and the characters and lines lost up to its end.
  const count = runs.length;
  const at = new Array<number>(count);
  const lostChars = new Array<number>(count);
  const lostLines = new Array<number>(count);
  let chars = 0;
  let lines = 0;
  for (let k = 0; k < count; k++) {
    const run = runs[k]!;
    at[k] = run.start - chars;
    chars += run.end - run.start - PLACEHOLDER.length;
    lines += run.endLine - run.startLine;
    lostChars[k] = chars;
    lostLines[k] = lines;
  }
  const first = at[0]!;

  const move = (point: Point) => {
    const offset = point.offset;
    if (offset === undefined || offset <= first) return;
    // The last placeholder that starts before the point.
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (at[middle]! < offset) low = middle;
      else high = middle - 1;
    }
    if (offset === at[low]! + PLACEHOLDER.length) {
      const run = runs[low]!;
      point.line = run.endLine;
      point.column = run.endColumn;
      point.offset = run.end;
    } else {
      point.offset = offset + lostChars[low]!;
      point.line += lostLines[low]!;
    }
  };

  // Placeholders come in the order of the text, so a walk in document order meets them one after the other.
  // The walk keeps its own stack (a tree can be as deep as the text is long), and a parent that holds a
  // placeholder gets a new array of children (splicing into a long one, run after run, would be quadratic).
  let next = 0;
  const stack: Frame[] = [{ parent: tree, children: tree.children, index: 0, out: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index === frame.children.length) {
      if (frame.out) (frame.parent as { children: RootContent[] }).children = frame.out;
      stack.pop();
      continue;
    }
    const index = frame.index++;
    const child = frame.children[index]!;
    const position = child.position;
    if (!position) return null;
    if (next < count && position.start.offset === at[next]) {
      const run = runs[next]!;
      if (isPlaceholder(child, at[next]!)) {
        if (run.item ? frame.parent.type !== 'listItem' || index !== 0 : frame.parent.type !== 'root') return null;
        frame.out ??= frame.children.slice(0, index);
        if (run.item && run.blocks.length > 1) {
          // Items of one list: remark read the first; this one becomes the last, the others go before it.
          const list = stack[stack.length - 2];
          if (list === undefined || list.parent.type !== 'list') return null;
          addItems(text, run, frame.parent as ListItem, list);
          frame.out.push(plainParagraph(text, run.blocks[run.blocks.length - 1]!));
        } else for (const block of run.blocks) frame.out.push(plainBlock(text, block));
        next++;
        continue;
      }
      if (child.type === 'paragraph') return null;
    }
    frame.out?.push(child);
    // Nothing up to the first placeholder moves, nor holds one.
    if (position.end.offset! <= first) continue;
    move(position.start);
    move(position.end);
    if ('children' in child && child.children.length > 0) stack.push({ parent: child, children: child.children, index: 0, out: null });
  }
  if (next !== count) return null;
  if (tree.position) {
    move(tree.position.start);
    move(tree.position.end);
  }
  return tree;
}

/**
 * The items of a run of list items, built around the one remark read (`item`, the first): items for all but the
 * last block are put before it in its list, and it becomes the last item (its marker, its paragraph, and
 * whatever remark put after its paragraph: that belongs to the last item). An item of one plain paragraph is not
 * spread; the list is when blank lines stand between its items.
 */
function addItems(text: string, run: PlainRun, item: ListItem, list: Frame): void {
  const blocks = run.blocks;
  const items = blocks.slice(0, -1).map((block) => plainItem(text, block));
  item.position!.start = lineStartPoint(blocks[blocks.length - 1]!);
  // The item is in the list's new children already when the list has them, else they are made up to it.
  if (list.out) list.out.pop();
  else list.out = list.children.slice(0, list.index - 1);
  list.out.push(...items, item);
  if (spreadBetween(blocks)) (list.parent as List).spread = true;
}

/**
 * The item remark builds for a plain paragraph after a marker that opens its line (as every item of a run's
 * has): from the line start to the end of its text, not spread.
 */
function plainItem(text: string, block: PlainBlock): ListItem {
  return { type: 'listItem', spread: false, checked: null, children: [plainParagraph(text, block)], position: { start: lineStartPoint(block), end: blockEnd(block) } };
}

/** The start of the line of an item whose marker opens its line and whose text is `block`. */
function lineStartPoint(block: PlainBlock): Point {
  return { line: block.startLine, column: 1, offset: block.start - block.startColumn + 1 };
}

function isPlaceholder(node: RootContent, at: number): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.position?.end.offset !== at + PLACEHOLDER.length) return false;
  const only = node.children[0]!;
  return only.type === 'text' && only.value === PLACEHOLDER;
}

/** The node remark builds for a block of a root run: a paragraph, a table, a heading, or a starred line. */
function plainBlock(text: string, block: PlainBlock): RootContent {
  if (block.table) return plainTable(text, block, block.table);
  if (block.heading) return plainHeading(text, block, block.heading);
  if (block.stars || block.breaks) return inlineParagraph(text, block);
  return plainParagraph(text, block);
}

/** The heading of a one-line block "# text": the text node spans the text after the marker and spaces. */
function plainHeading(text: string, block: PlainBlock, heading: NonNullable<PlainBlock['heading']>): Heading {
  const at = (offset: number): Point => ({ line: block.startLine, column: offset - block.start + 1, offset });
  const value: Text = { type: 'text', value: text.slice(heading.text, block.end), position: { start: at(heading.text), end: at(block.end) } };
  return { type: 'heading', depth: heading.depth as Heading['depth'], children: [value], position: { start: at(block.start), end: at(block.end) } };
}

/**
 * The paragraph of a block of plain text between `stars` asterisks on each side, with hard line breaks or not:
 * an emphasis (1), a strong (2), or an emphasis around a strong (3), each spanning its asterisks, around text
 * nodes and a break node for each hard break (from its spaces to the start of the next line), as remark builds
 * them; with no asterisks, the text and breaks themselves.
 */
function inlineParagraph(text: string, block: PlainBlock): Paragraph {
  const stars = block.stars ?? 0;
  // The offsets at which the block's lines start, for the points.
  const lineStarts = [block.start];
  for (let i = text.indexOf('\n', block.start); i !== -1 && i < block.end; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): Point => {
    let k = lineStarts.length - 1;
    while (lineStarts[k]! > offset) k--;
    return { line: block.startLine + k, column: offset - lineStarts[k]! + 1, offset };
  };
  const children: Array<Text | Break> = [];
  let from = block.start + stars;
  for (const end of block.breaks ?? []) {
    const next = text.indexOf('\n', end) + 1;
    children.push({ type: 'text', value: text.slice(from, end), position: { start: at(from), end: at(end) } });
    children.push({ type: 'break', position: { start: at(end), end: at(next) } });
    from = next;
  }
  children.push({ type: 'text', value: text.slice(from, block.end - stars), position: { start: at(from), end: at(block.end - stars) } });
  const span = (inset: number) => ({ start: at(block.start + inset), end: at(block.end - inset) });
  if (stars === 0) return { type: 'paragraph', children, position: span(0) };
  let inner: Emphasis | Strong = stars === 1 ? { type: 'emphasis', children, position: span(0) } : { type: 'strong', children, position: span(stars - 2) };
  if (stars === 3) inner = { type: 'emphasis', children: [inner], position: span(0) };
  return { type: 'paragraph', children: [inner], position: span(0) };
}

/** The paragraph remark builds for a plain block: one text node, the source slice, both spanning the block. */
function plainParagraph(text: string, block: PlainBlock): Paragraph {
  const value: Text = {
    type: 'text',
    value: text.slice(block.start, block.end),
    position: { start: { line: block.startLine, column: block.startColumn, offset: block.start }, end: { line: block.endLine, column: block.endColumn, offset: block.end } },
  };
  return {
    type: 'paragraph',
    children: [value],
    position: { start: { line: block.startLine, column: block.startColumn, offset: block.start }, end: { line: block.endLine, column: block.endColumn, offset: block.end } },
  };
}

/** The table mdast-util-gfm-table builds for a table of plain cells: rows, cells from pipe to pipe, trimmed text. */
function plainTable(text: string, block: PlainBlock, table: PlainTable): Table {
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    const { line, pipes } = row;
    const lineStart = pipes[0]!;
    const point = (offset: number): Point => ({ line, column: offset - lineStart + 1, offset });
    const cells: TableCell[] = [];
    const last = pipes.length - 2;
    for (let k = 0; k <= last; k++) {
      let from = pipes[k]! + 1;
      let to = pipes[k + 1]!;
      while (from < to && text.charCodeAt(from) === 32) from++;
      while (to > from && text.charCodeAt(to - 1) === 32) to--;
      const children: Text[] = from < to ? [{ type: 'text', value: text.slice(from, to), position: { start: point(from), end: point(to) } }] : [];
      cells.push({ type: 'tableCell', children, position: { start: point(pipes[k]!), end: point(k === last ? pipes[k + 1]! + 1 : pipes[k + 1]!) } });
    }
    rows.push({ type: 'tableRow', children: cells, position: { start: point(lineStart), end: point(pipes[pipes.length - 1]! + 1) } });
  }
  // The table ends with its last line, the delimiter row when it has no body row.
  const start = { line: block.startLine, column: block.startColumn, offset: block.start };
  return { type: 'table', align: table.align, children: rows, position: { start, end: { line: block.endLine, column: block.endColumn, offset: block.end } } };
}

function createParser({ unified, remarkParse, remarkFrontmatter, gfmTable, gfmTableFromMarkdown }: MarkdownModules): MarkdownParser {
  // GFM tables only, registered the way remark-gfm registers all of GFM (see markdown-modules.ts).
  function remarkGfmTable(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  }
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable);
}

function loadModules(): MarkdownModules {
  const load = createRequire(import.meta.url);
  if (typeof CONGVAN_MARKDOWN_BUNDLE === 'string') return load(CONGVAN_MARKDOWN_BUNDLE) as MarkdownModules;
  return {
    unified: (load('unified') as typeof import('unified')).unified,
    remarkParse: (load('remark-parse') as typeof import('remark-parse')).default,
    remarkFrontmatter: (load('remark-frontmatter') as typeof import('remark-frontmatter')).default,
    gfmTable: (load('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table')).gfmTable,
    gfmTableFromMarkdown: (load('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table')).gfmTableFromMarkdown,
  };
}
