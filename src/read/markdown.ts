/**
 * Markdown reader: text → mdast through unified + remark-parse (+ front matter, GFM tables).
 *
 * The markdown stack (micromark and its extensions, about a hundred modules) is loaded on the first markdown
 * input, not when the pipeline is imported: a run over plain text never loads it. It is loaded with `require`,
 * which Node (≥ 20.19) allows for ES modules, because `parseDispatch` is synchronous.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';

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

function createParser({ unified, remarkParse, remarkFrontmatter, remarkGfm }: MarkdownModules): MarkdownParser {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
}

function loadModules(): MarkdownModules {
  const load = createRequire(import.meta.url);
  if (typeof CONGVAN_MARKDOWN_BUNDLE === 'string') return load(CONGVAN_MARKDOWN_BUNDLE) as MarkdownModules;
  return {
    unified: (load('unified') as typeof import('unified')).unified,
    remarkParse: (load('remark-parse') as typeof import('remark-parse')).default,
    remarkFrontmatter: (load('remark-frontmatter') as typeof import('remark-frontmatter')).default,
    remarkGfm: (load('remark-gfm') as typeof import('remark-gfm')).default,
  };
}
