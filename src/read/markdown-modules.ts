/**
 * The markdown stack as one module. The bundled CLI has it built into one file of its own
 * (scripts/bundle.js), which the markdown reader loads on the first markdown input.
 */
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
export { default as remarkFrontmatter } from 'remark-frontmatter';
export { default as remarkGfm } from 'remark-gfm';
