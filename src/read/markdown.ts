/**
 * Markdown reader: text → mdast through unified + remark-parse (+ front matter, GFM tables).
 *
 * The markdown stack (micromark and its extensions, about a hundred modules) is loaded on the first markdown
 * input, not when the pipeline is imported: a run over plain text never loads it. It is loaded with `require`,
 * which Node (≥ 20.19) allows for ES modules, because `parseDispatch` is synchronous.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

type MarkdownModules = typeof import('./markdown-modules.js');

/** Set by the bundler (scripts/bundle.js): where the bundled CLI keeps its one-file build of markdown-modules. */
declare const CONGVAN_MARKDOWN_BUNDLE: string | undefined;

interface MarkdownParser {
  parse(text: string): unknown;
}

let parser: MarkdownParser | null = null;

export function readMarkdown(text: string): Root {
  parser ??= createParser(loadModules());
  return parser.parse(text) as Root;
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
