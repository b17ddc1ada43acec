/**
 * The markdown stack as one module. The bundled CLI has it built into one file of its own
 * (scripts/bundle.js), which the markdown reader loads on the first markdown input.
 *
 * Of GFM only tables are used: dispatches put their two-column header and Nơi nhận beside the signature in pipe
 * tables. The rest of GFM (autolink literals, strikethrough, footnotes, task lists) more than doubles the parse
 * time of micromark and finds nothing a dispatch needs.
 */
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
export { default as remarkFrontmatter } from 'remark-frontmatter';
export { gfmTable } from 'micromark-extension-gfm-table';
export { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
