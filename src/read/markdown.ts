/** Markdown reader: text → mdast through unified + remark-parse (+ front matter, GFM tables). */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

export function readMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
