/**
 * Markdown reader: text → mdast through unified + remark-parse (+ front matter, GFM tables).
 *
 * micromark reads about a megabyte a second, and half of a dispatch is paragraphs of bare text that it reads
 * character by character only to give back the source slice. Those paragraphs (markdown-split.ts finds them)
 * are built here instead, and remark reads the rest in one call: the text with each run of plain paragraphs
 * replaced by a one-character placeholder paragraph. The tree is the one remark gives for the whole text,
 * node for node and position for position: the placeholders are swapped for the paragraphs, and the nodes after
 * a placeholder are moved back to their place in the source. The placeholder only stands where remark reads it
 * as a paragraph of its own, which is checked in its tree; if one is not, the whole text is read by remark.
 *
 * The markdown stack (micromark and its extensions, about a hundred modules) is loaded on the first markdown
 * input, not when the pipeline is imported: a run over plain text never loads it. It is loaded with `require`,
 * which Node (≥ 20.19) allows for ES modules, because `parseDispatch` is synchronous.
 */
import { createRequire } from 'node:module';
import type { Nodes, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Processor } from 'unified';
import { findPlainRuns, type PlainBlock, type PlainRun } from './markdown-split.js';

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
  parser ??= createParser(loadModules());
  const runs = findPlainRuns(text);
  if (runs.length === 0) return { tree: parser.parse(text) as Root, plainChars: 0, fellBack: false };
  const tree = readAround(parser, text, runs);
  if (tree === null) return { tree: parser.parse(text) as Root, plainChars: 0, fellBack: true };
  let plainChars = 0;
  for (const run of runs) for (const block of run.blocks) plainChars += block.end - block.start;
  return { tree, plainChars, fellBack: false };
}

/** The one-character paragraph that stands for a run of plain paragraphs in the text remark reads. */
const PLACEHOLDER = 'x';

/**
 * Remark's tree of the text with each run replaced by the placeholder, turned into its tree of the whole
 * text; null when a placeholder is not a paragraph of the root of its own (inside a fenced code block or an
 * HTML block that the scan did not see open).
 *
 * Each run starts at a line start, after a blank line or at the start of the text, and ends at a line end,
 * so outside the runs the two texts have the same lines: a node after placeholder k moves by the length and
 * the line count the runs up to k lost, and its columns stay. A run and its placeholder read the same for
 * what comes after them: a paragraph of the root that nothing continues (a blank line or the end follows).
 */
function readAround(parser: MarkdownParser, text: string, runs: PlainRun[]): Root | null {
  const parts: string[] = [];
  let at = 0;
  for (const run of runs) {
    parts.push(text.slice(at, run.start), PLACEHOLDER);
    at = run.end;
  }
  parts.push(text.slice(at));
  const tree = parser.parse(parts.join('')) as Root;

  const children: RootContent[] = [];
  // Offsets and lines lost by the runs before the current point; the placeholder of runs[k] in the parsed text.
  let shift = 0;
  let lineShift = 0;
  let k = 0;
  let placeholder = runs[0]!.start;
  for (const child of tree.children) {
    const start = child.position?.start.offset;
    if (start === undefined) return null;
    if (k < runs.length && start >= placeholder) {
      if (start !== placeholder || !isPlaceholder(child, placeholder)) return null;
      const run = runs[k]!;
      for (const block of run.blocks) children.push(plainParagraph(text, block));
      shift += run.end - run.start - PLACEHOLDER.length;
      lineShift += run.endLine - run.startLine;
      k++;
      if (k < runs.length) placeholder = runs[k]!.start - shift;
      continue;
    }
    if (shift !== 0 || lineShift !== 0) moveNode(child, shift, lineShift);
    children.push(child);
  }
  if (k !== runs.length) return null;
  tree.children = children;
  const position = tree.position;
  if (position) {
    position.start = rootPoint(position.start, runs);
    position.end = rootPoint(position.end, runs);
  }
  return tree;
}

function isPlaceholder(node: RootContent, at: number): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.position?.end.offset !== at + PLACEHOLDER.length) return false;
  const only = node.children[0]!;
  return only.type === 'text' && only.value === PLACEHOLDER;
}

/** The paragraph remark builds for a plain block: one text node, the source slice, both spanning the block. */
function plainParagraph(text: string, block: PlainBlock): Paragraph {
  const value: Text = {
    type: 'text',
    value: text.slice(block.start, block.end),
    position: { start: { line: block.startLine, column: 1, offset: block.start }, end: { line: block.endLine, column: block.endColumn, offset: block.end } },
  };
  return {
    type: 'paragraph',
    children: [value],
    position: { start: { line: block.startLine, column: 1, offset: block.start }, end: { line: block.endLine, column: block.endColumn, offset: block.end } },
  };
}

/** Moves a node and its descendants forward by `offset` characters and `lines` lines (remark gives each point its own object). */
function moveNode(node: Nodes, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    movePoint(position.start, offset, lines);
    movePoint(position.end, offset, lines);
  }
  if ('children' in node) for (const child of node.children) moveNode(child, offset, lines);
}

function movePoint(point: Point, offset: number, lines: number): void {
  if (point.offset !== undefined) point.offset += offset;
  point.line += lines;
}

/**
 * A point of the root in the parsed text, in the whole text: the end of a placeholder is the end of its run;
 * any other point moves by what the runs before it lost.
 */
function rootPoint(point: Point, runs: PlainRun[]): Point {
  const offset = point.offset;
  if (offset === undefined) return point;
  let shift = 0;
  let lineShift = 0;
  for (const run of runs) {
    const placeholder = run.start - shift;
    if (offset <= placeholder) break;
    if (offset === placeholder + PLACEHOLDER.length) return { line: run.endLine, column: run.endColumn, offset: run.end };
    shift += run.end - run.start - PLACEHOLDER.length;
    lineShift += run.endLine - run.startLine;
  }
  return { line: point.line + lineShift, column: point.column, offset: offset + shift };
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
