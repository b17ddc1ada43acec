/**
 * HTML → markdown text, which the markdown reader then reads (one segmenter for every format).
 *
 *   rehype-parse → page chrome dropped, the document body picked → rehype-remark (hast → mdast)
 *   → remark-gfm + remark-stringify
 *
 * Page chrome is what a portal (vbpl.vn, thuvienphapluat.vn, chinhphu.vn…) puts around a document:
 * navigation, scripts, styles, forms, header/footer/aside/nav, menus, breadcrumbs, share buttons.
 * The body is <main>, else the <article> with the most text, else the element that holds most of the
 * page's text. Tables come out as GFM pipe tables; a line break inside a cell is kept as `<br>`, which
 * the markdown reader turns back into a line break. Ordered lists keep their numbers: `start` becomes the
 * first number, and a list numbered a), i., I. (`type`) is written as paragraphs that carry the label.
 *
 * The stack is loaded with `require` on the first call (as the markdown reader does), so that importing
 * this module costs nothing and the function stays synchronous.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';

interface Processor {
  parse(text: string): unknown;
  runSync(tree: unknown): unknown;
  stringify(tree: unknown): string;
}

let stack: { parser: Processor; converter: Processor; writer: Processor } | null = null;

function loadStack(): NonNullable<typeof stack> {
  const load = createRequire(import.meta.url);
  const { unified } = load('unified') as typeof import('unified');
  const rehypeParse = (load('rehype-parse') as typeof import('rehype-parse')).default;
  const rehypeRemark = (load('rehype-remark') as typeof import('rehype-remark')).default;
  const remarkGfm = (load('remark-gfm') as typeof import('remark-gfm')).default;
  const remarkStringify = (load('remark-stringify') as typeof import('remark-stringify')).default;
  const parser = unified().use(rehypeParse) as unknown as Processor;
  const converter = unified().use(rehypeRemark, { newlines: false }) as unknown as Processor;
  const writer = unified()
    .use(remarkGfm, { tablePipeAlign: false, tableCellPadding: true })
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-', fences: true }) as unknown as Processor;
  return { parser, converter, writer };
}

/** Elements that are never part of a document's text. */
const DROP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'frame',
  'frameset', 'svg', 'canvas', 'button', 'input', 'select', 'textarea', 'option', 'label', 'link', 'meta', 'object',
  'embed', 'dialog', 'menu', 'map', 'audio', 'video', 'img', 'picture',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alert']);

/**
 * Class or id words of page chrome. Matched against whole words of the class list and id ("nav-menu",
 * "breadcrumb", "footer"…), not substrings, so that "content-header" of a document is not taken for chrome
 * unless a word of it is chrome.
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'megamenu', 'submenu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'footer',
  'header', 'topbar', 'masthead', 'banner', 'advert', 'advertisement', 'ads', 'adv', 'quangcao', 'share', 'social',
  'sharing', 'comment', 'comments', 'related', 'cookie', 'cookies', 'login', 'search', 'searchbox', 'toolbar',
  'pagination', 'pager', 'popup', 'modal', 'hidden', 'print', 'tags', 'widget', 'rating', 'subscribe', 'newsletter',
]);

function words(value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function isChrome(node: Element): boolean {
  if (DROP_TAGS.has(node.tagName)) return true;
  const p = node.properties ?? {};
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (String(p.ariaHidden) === 'true') return true;
  if (typeof p.style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style)) return true;
  if (typeof p.role === 'string' && CHROME_ROLES.has(p.role.toLowerCase())) return true;
  // A table is the document's (its header: issuer | motto), whatever the page calls it.
  if (isTablePart(node)) return false;
  for (const word of [...words(p.className), ...words(p.id)]) if (CHROME_WORDS.has(word)) return true;
  return false;
}

/** Removes chrome and comments below `node`, in place. */
function dropChrome(node: HastRoot | Element): void {
  node.children = node.children.filter((child: HastContent) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (isChrome(child)) return false;
    dropChrome(child);
    return true;
  }) as typeof node.children;
}

function textLength(node: HastNodes): number {
  if (node.type === 'text') return node.value.replace(/\s+/g, '').length;
  if ('children' in node) {
    let n = 0;
    for (const child of node.children) n += textLength(child);
    return n;
  }
  return 0;
}

function findAll(node: HastRoot | Element, tag: string, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) out.push(child);
    findAll(child, tag, out);
  }
  return out;
}

/**
 * The element holding the document: <main>, else the <article> with the most text, else the page body
 * descended while one child element holds nearly all of the text (a layout wrapper around the content).
 */
function pickBody(root: HastRoot): HastRoot | Element {
  const total = textLength(root);
  if (total === 0) return root;
  const candidates = [...findAll(root, 'main'), ...findAll(root, 'article')];
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of candidates) {
    const length = textLength(candidate);
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  // A <main> or <article> that is a teaser beside the real text is not the body.
  let body: HastRoot | Element = best && bestLength >= total * 0.5 ? best : root;
  for (;;) {
    const length = textLength(body);
    let dominant: Element | null = null;
    for (const child of body.children) {
      if (child.type === 'element' && !isTablePart(child) && textLength(child) >= length * 0.9) dominant = child;
    }
    if (!dominant) return body;
    body = dominant;
  }
}

/** A table holding most of the page is the document's layout or the document itself: not descended into. */
function isTablePart(node: Element): boolean {
  return ['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'].includes(node.tagName);
}

/**
 * A table without <thead> or <th> would get an empty header row from hast-util-to-mdast; its first row is
 * made the header instead (a dispatch's header table: issuer | national motto).
 */
function headTables(node: HastRoot | Element): void {
  for (const table of findAll(node, 'table')) {
    const rows = findAll(table, 'tr');
    const first = rows[0];
    if (!first || findAll(table, 'thead').length > 0) continue;
    if (first.children.some((c) => c.type === 'element' && c.tagName === 'th')) continue;
    for (const cell of first.children) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
  }
}

/** Roman numerals and letters for `<ol type>`. */
function label(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return type === 'A' ? s.toUpperCase() : s;
  }
  if (type === 'i' || type === 'I') {
    const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let s = '';
    let k = n;
    for (const [value, digits] of table) while (k >= value) { s += digits; k -= value; }
    return type === 'I' ? s.toUpperCase() : s;
  }
  return String(n);
}

/**
 * `<ol type="a|A|i|I">`: markdown has no such lists, so each item becomes a paragraph that starts with its
 * label as printed ("a) …" for letters, "I. …" for roman numerals). Items whose content is more than one
 * paragraph keep the rest after the first.
 */
function rewriteTypedLists(node: HastRoot | Element): void {
  const out: Array<HastContent> = [];
  for (const child of node.children) {
    if (child.type === 'element') rewriteTypedLists(child);
    const type = child.type === 'element' && child.tagName === 'ol' ? String(child.properties?.type ?? '') : '';
    if (child.type !== 'element' || !/^[aAiI]$/.test(type)) {
      out.push(child);
      continue;
    }
    const startValue = Number.parseInt(String(child.properties?.start ?? '1'), 10);
    let n = Number.isNaN(startValue) ? 1 : startValue;
    for (const item of child.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const value = Number.parseInt(String(item.properties?.value ?? ''), 10);
      if (!Number.isNaN(value)) n = value;
      const printed = /^[aA]$/.test(type) ? `${label(n, type)}) ` : `${label(n, type)}. `;
      const prefix: ElementContent = { type: 'text', value: printed };
      const first = item.children.find((c) => c.type === 'element' && c.tagName === 'p') as Element | undefined;
      if (first && item.children.every((c) => c.type !== 'text' || c.value.trim() === '')) {
        first.children.unshift(prefix);
        out.push(...(item.children as HastContent[]));
      } else {
        out.push({ type: 'element', tagName: 'p', properties: {}, children: [prefix, ...item.children] });
      }
      n++;
    }
  }
  node.children = out as typeof node.children;
}

/**
 * Table cells in mdast hold phrasing only: paragraphs in a cell are joined by line breaks, and every
 * line break in a cell is written as `<br>` (a hard break cannot be written inside a pipe table).
 */
function fixCells(node: MdNodes): void {
  if (node.type === 'tableCell') {
    const flat: MdNodes[] = [];
    const push = (child: MdNodes) => {
      if (child.type === 'break') flat.push({ type: 'html', value: '<br>' });
      else if (child.type === 'paragraph' || child.type === 'heading') {
        if (flat.length) flat.push({ type: 'html', value: '<br>' });
        child.children.forEach(push);
      } else if (child.type === 'list') {
        for (const item of child.children) {
          if (flat.length) flat.push({ type: 'html', value: '<br>' });
          flat.push({ type: 'text', value: '- ' });
          item.children.forEach(push);
        }
      } else if ('children' in child) {
        if (child.type === 'strong' || child.type === 'emphasis' || child.type === 'delete' || child.type === 'link') {
          const copy = { ...child, children: [] as MdNodes[] };
          const outer = flat.length;
          child.children.forEach((c: MdNodes) => push(c));
          copy.children = flat.splice(outer);
          splitAtBreaks(copy as { type: string; children: MdNodes[] }, flat);
        } else child.children.forEach((c: MdNodes) => push(c));
      } else flat.push(child);
    };
    node.children.forEach((c) => push(c));
    // Leading and trailing breaks say nothing.
    while (flat[0]?.type === 'html') flat.shift();
    while (flat[flat.length - 1]?.type === 'html') flat.pop();
    (node as { children: MdNodes[] }).children = flat;
    return;
  }
  if ('children' in node) for (const child of node.children) fixCells(child);
}

/** Emphasis around a `<br>`: split so that the markup is closed before the break and opened after it. */
function splitAtBreaks(wrapper: { type: string; children: MdNodes[] }, into: MdNodes[]): void {
  let current: MdNodes[] = [];
  const flush = () => {
    if (current.some((c) => c.type !== 'text' || c.value.trim() !== '')) into.push({ ...wrapper, children: current } as unknown as MdNodes);
    else into.push(...current);
    current = [];
  };
  for (const child of wrapper.children) {
    if (child.type === 'html' && child.value === '<br>') {
      flush();
      into.push(child);
    } else current.push(child);
  }
  flush();
}

export function htmlToMarkdown(html: string): string {
  stack ??= loadStack();
  const hast = stack.parser.parse(html) as HastRoot;
  dropChrome(hast);
  const body = pickBody(hast);
  const root: HastRoot = body.type === 'root' ? body : { type: 'root', children: body.children as HastRoot['children'] };
  rewriteTypedLists(root);
  headTables(root);
  const mdast = stack.converter.runSync(root) as MdRoot;
  fixCells(mdast);
  return stack.writer.stringify(mdast);
}
