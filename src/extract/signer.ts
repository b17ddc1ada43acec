/** Signer (boxes 7a–7c): authority prefix lines, the title, the name. */
import type { DispatchRecord } from '../schema/record.js';
import type { Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { AUTHORITY } from './patterns.js';
import { mergeFragments } from './text.js';

export type SignerField = NonNullable<DispatchRecord['signer']>;
type Authority = SignerField['authority'];

const UPPER_LINE = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;
const NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]{1,3}(?=\s))*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]+$/u;
/** Words that open a signer's title when it is run together with the authority line. */
const TITLE_HEAD = /^(?:PHÓ|THỨ|Q\.|CHÁNH|TRƯỞNG|GIÁM|CHỦ|VỤ|CỤC|TỔNG|BỘ|THỦ|BÍ)$/u;

function authorityOf(prefix: string): Authority {
  const p = prefix.replace('/', '').toUpperCase();
  return p === 'TM' || p === 'KT' || p === 'TL' || p === 'TUQ' || p === 'Q' ? p : null;
}

/** "BỘ TRƯỞNG THỨ TRƯỞNG" (KT.) → ["BỘ TRƯỞNG", "THỨ TRƯỞNG"]. */
export function splitRunTogetherTitle(authority: Authority, text: string): [string, string | null] {
  const words = text.split(/\s+/u);
  for (let p = 1; p < words.length; p++) {
    if (words[p - 1]!.endsWith(',')) continue;
    const w = words[p]!;
    const deputy = w === 'PHÓ' || (w === 'THỨ' && words[p + 1] === 'TRƯỞNG');
    if (authority === 'KT' ? deputy : TITLE_HEAD.test(w) && (w !== 'TRƯỞNG' || p > 1)) {
      if (authority !== 'KT' && words[p + 1] === 'TRƯỞNG' && p === 1) continue;
      return [words.slice(0, p).join(' '), words.slice(p).join(' ')];
    }
  }
  return [text, null];
}

export function extractSigner(doc: SegmentedDoc, c: Collector): SignerField | null {
  const lines = doc.signature.filter((l) => l.text.length >= 2);
  if (lines.length === 0) return null;
  const chain: Line[] = [];
  let lastAuthorityIdx = -1;
  lines.forEach((l, i) => {
    if (AUTHORITY.test(l.text)) {
      chain.push(l);
      lastAuthorityIdx = i;
    }
  });
  let authority: Authority = null;
  let onBehalfOf: string | null = null;
  let title: string | null = null;
  let name: string | null = null;
  let titleLine: Line | null = null;
  let nameLine: Line | null = null;

  // Name: the last name-like line of the block.
  for (let i = lines.length - 1; i > lastAuthorityIdx; i--) {
    if (NAME.test(lines[i]!.text)) {
      nameLine = lines[i]!;
      break;
    }
  }
  const after = lines.slice(lastAuthorityIdx + 1).filter((l) => l !== nameLine);
  titleLine = after.find((l) => UPPER_LINE.test(l.text) && l.text.length <= 80) ?? null;

  if (chain.length) {
    const inner = chain[chain.length - 1]!;
    const m = AUTHORITY.exec(inner.text)!;
    authority = authorityOf(m[1]!);
    const rest = inner.text.slice(m[0].length).trim();
    if (titleLine) onBehalfOf = rest;
    else {
      const [body, t] = splitRunTogetherTitle(authority, rest);
      onBehalfOf = body;
      title = t;
      if (t) c.span('/signer/title', inner, inner.text.length - t.length);
    }
    c.span('/signer/authority', inner, 0, m[1]!.length);
    c.span('/signer/onBehalfOf', inner, m[0].length, m[0].length + onBehalfOf.length);
  }
  if (titleLine) {
    title = titleLine.text.replace(/^[-–—\s]+/u, '').trim();
    c.span('/signer/title', titleLine);
  }
  if (nameLine) {
    name = mergeFragments(nameLine.text);
    c.span('/signer/name', nameLine);
  }
  if (!authority && !title && !name) return null;
  return {
    authority,
    onBehalfOf,
    title,
    name,
    authorityChain: chain.map((l, i) => {
      const m = AUTHORITY.exec(l.text)!;
      const prefix = `${authorityOf(m[1]!) ?? m[1]}.`;
      const rest = i === chain.length - 1 && onBehalfOf !== null ? onBehalfOf : l.text.slice(m[0].length);
      return `${prefix} ${rest.replace(/\s+/gu, ' ').trim()}`;
    }),
  };
}
