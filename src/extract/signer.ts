/** Signer (boxes 7a–7c): authority prefix lines, the title, the name. */
import type { DispatchRecord } from '../schema/record.js';
import { offsetAt, type Line } from '../segment/lines.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { AUTHORITY, NAME_LINE, RANK, UPPER_LINE } from './patterns.js';
import { joinSplitSyllables, repairUpperWords } from './ocr.js';
import { repairPersonName } from './person.js';
import { isWhiteCode, mergeFragments, squeezeWhite } from './text.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
const OCR_TAIL = latin(String.raw`(?<=\p{Lu})(?:[\p{Ll}\d[\]{}|\\/.,:;!?'"${'`'}~^*_-]{1,4}|\s[\p{Ll}[\]{}|\\/:;!?'"${'`'}~^*_]{1,2})$`, 'u');

export type SignerField = NonNullable<DispatchRecord['signer']>;
type Authority = SignerField['authority'];

/** Titles of persons that can open the signer's title when it is run together with the authority line. */
const TITLE_HEADS = [
  'PHÓ', 'THỨ TRƯỞNG', 'BỘ TRƯỞNG', 'CHỦ TỊCH', 'CHỦ NHIỆM', 'TỔNG GIÁM ĐỐC', 'GIÁM ĐỐC', 'CHÁNH', 'TỔNG CỤC TRƯỞNG',
  'CỤC TRƯỞNG', 'VỤ TRƯỞNG', 'VIỆN TRƯỞNG', 'HIỆU TRƯỞNG', 'TRƯỞNG', 'BÍ THƯ', 'THỦ TRƯỞNG', 'THỦ TƯỚNG', 'Q.',
].map((h) => h.split(' '));
/** The text opens with a person's title (TITLE_HEADS): "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", not "ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC". */
function opensWithTitle(text: string): boolean {
  for (const h of TITLE_HEAD_TEXTS) if (text.startsWith(h) && (text.length === h.length || isWhiteCode(text.charCodeAt(h.length)))) return true;
  return false;
}
/** TITLE_HEADS as texts. */
const TITLE_HEAD_TEXTS = TITLE_HEADS.map((h) => h.join(' '));
/** A code in brackets on a line of its own ("(230410/ZV09/0001/7401/010942828)", a document system's stamp): no title. */
const CODE_IN_BRACKETS = /^\(\s*[\dA-Z]+(?:[/.-][\dA-Z]+)+\s*\)$/u;
/** A full stop between two words of two capitals or more. */
const DOT_BETWEEN_WORDS = latin(String.raw`(?<=\p{Lu}[\p{Lu}\p{M}])\.(?=\p{Lu}[\p{Lu}\p{M}])`, 'gu');
/** Last words of a person's title: where the signed-for head ends ("BỘ TRƯỞNG" | "THỨ TRƯỞNG"). */
const TITLE_END = /^(?:TRƯỞNG|TỊCH|ĐỐC|NHIỆM|TƯỚNG|THƯ|PHÒNG|BAN)$/u;

/** The ASCII characters of OCR_TAIL's class: a-z, digits and the symbols. */
const OCR_TAIL_ASCII = (() => {
  const table = new Uint8Array(128);
  for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789[]{}|\\/.,:;!?\'"`~^*_-') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** An OCR speck at the end of an upper-case title: stuck to it ("PHÓ THỦ TƯỚNGky]"), or a letter or symbol or two after a space ("CỤC TRƯỞNG l"; not a number: "BAN CHỈ ĐẠO 389"). */
export function withoutSpeck(text: string): string {
  // OCR_TAIL ends the text with a character of its class: an ASCII last character outside it (an upper-case
  // letter, a space) rules the match out without the scan for it.
  const last = text.charCodeAt(text.length - 1);
  if (last < 128 && OCR_TAIL_ASCII[last] === 0) return text;
  return text.replace(OCR_TAIL, '');
}

function authorityOf(prefix: string): Authority {
  // AUTHORITY captures these as written: no string to build.
  if (prefix === 'TM' || prefix === 'KT' || prefix === 'TL' || prefix === 'TUQ' || prefix === 'Q') return prefix;
  const p = prefix.replace('/', '').toUpperCase();
  return p === 'TM' || p === 'KT' || p === 'TL' || p === 'TUQ' || p === 'Q' ? p : null;
}

/**
 * Splits a run-together "signed for + title" text: "BỘ TRƯỞNG THỨ TRƯỞNG" (KT.) →
 * ["BỘ TRƯỞNG", "THỨ TRƯỞNG"]; "TỔNG CỤC TRƯỞNG VỤ TRƯỞNG VỤ CHÍNH SÁCH" (TL.) →
 * ["TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG VỤ CHÍNH SÁCH"]; "ỦY BAN NHÂN DÂN CHỦ TỊCH" (TM.) → […, "CHỦ TỊCH"].
 */
export function splitRunTogetherTitle(authority: Authority, text: string): [string, string | null] {
  const words = text.split(/\s+/u);
  const headAt = (p: number) => TITLE_HEADS.some((h) => h.every((w, k) => words[p + k] === w));
  for (let p = 1; p < words.length; p++) {
    const before = words[p - 1]!;
    if (before.endsWith(',')) continue;
    if (authority === 'KT') {
      // A deputy signs: the title is "PHÓ …" or "THỨ TRƯỞNG".
      if (words[p] === 'PHÓ' || (words[p] === 'THỨ' && words[p + 1] === 'TRƯỞNG')) return [words.slice(0, p).join(' '), words.slice(p).join(' ')];
      continue;
    }
    if (!headAt(p)) continue;
    // For TL./TUQ./Q. the signed-for part is itself a person's title; for TM. it is a body.
    if (authority !== 'TM' && authority !== null && !TITLE_END.test(before)) continue;
    // "TM. ĐOÀN CHỦ TỊCH": the presidium of a mass organisation is a body, not "ĐOÀN" and a title.
    if (before === 'PHÓ' || before === 'TỔNG' || before === 'ĐOÀN') continue;
    return [words.slice(0, p).join(' '), words.slice(p).join(' ')];
  }
  return [text, null];
}

export function extractSigner(doc: SegmentedDoc, c: Collector): SignerField | null {
  const lines = doc.signature.filter((l) => l.text.length >= 2);
  if (lines.length === 0) return null;
  const chain: Line[] = [];
  /** AUTHORITY's match on each line of the chain, read once. */
  const chainMatches: RegExpExecArray[] = [];
  let lastAuthorityIdx = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = AUTHORITY.exec(lines[i]!.text);
    if (m) {
      chain.push(lines[i]!);
      chainMatches.push(m);
      lastAuthorityIdx = i;
    }
  }
  let authority: Authority = null;
  let onBehalfOf: string | null = null;
  let title: string | null = null;
  let name: string | null = null;
  let titleLine: Line | null = null;
  let nameLine: Line | null = null;

  // Name: the last name-like line of the block, after a military rank if one opens it ("Thiếu tướng Nguyễn Văn Bình").
  let rank = 0;
  for (let i = lines.length - 1; i > lastAuthorityIdx; i--) {
    const text = lines[i]!.text;
    const r = RANK.exec(text);
    if (NAME_LINE.test(r === null ? text : text.slice(r[0].length))) {
      nameLine = lines[i]!;
      rank = r === null ? 0 : r[0].length;
      break;
    }
  }
  // Title: the first upper-case line after the chain, the name's line aside.
  for (let i = lastAuthorityIdx + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l !== nameLine && l.text.length <= 80 && UPPER_LINE.test(withoutSpeck(l.text)) && !CODE_IN_BRACKETS.test(l.text)) {
      titleLine = l;
      break;
    }
  }

  // "KT. CHỦ TỊCH" / "ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC" / "PHÓ CHỦ TỊCH": the signed-for head's body wrapped onto a line of
  // its own, between the chain and the person's title.
  let wrapped: Line | null = null;
  if (chain.length && titleLine && !opensWithTitle(titleLine.text)) {
    const at = lines.indexOf(titleLine);
    const next = lines[at + 1];
    if (next && next !== nameLine && next.text.length <= 80 && UPPER_LINE.test(withoutSpeck(next.text)) && opensWithTitle(next.text)) {
      wrapped = titleLine;
      titleLine = next;
    }
  }

  if (chain.length) {
    const inner = chain[chain.length - 1]!;
    const m = chainMatches[chain.length - 1]!;
    authority = authorityOf(m[1]!);
    let rest = joinSplitSyllables(withoutSpeck(inner.text.slice(m[0].length).trim()).trim());
    if (wrapped) rest = `${rest} ${withoutSpeck(wrapped.text).trim()}`;
    if (titleLine) onBehalfOf = rest;
    else {
      const [body, t] = splitRunTogetherTitle(authority, rest);
      onBehalfOf = body;
      title = t;
      if (t) c.span('/signer/title', inner, inner.text.length - t.length);
    }
    c.span('/signer/authority', inner, 0, m[1]!.length);
    if (wrapped) c.spans.set('/signer/onBehalfOf', [offsetAt(inner, m[0].length), offsetAt(wrapped, wrapped.text.length)]);
    else c.span('/signer/onBehalfOf', inner, m[0].length, m[0].length + onBehalfOf.length);
  }
  if (titleLine) {
    // A full stop OCR put between two words of the title ("VỤ TRƯỞNG.VỤ CHÍNH SÁCH") parts them; "Q.GIÁM ĐỐC" keeps it.
    const printed = withoutSpeck(titleLine.text).replace(/^[-–—\s]+/u, '');
    title = joinSplitSyllables((printed.includes('.') ? printed.replace(DOT_BETWEEN_WORDS, ' ') : printed).trim());
    c.span('/signer/title', titleLine);
  }
  if (nameLine) {
    name = mergeFragments(nameLine.text.slice(rank));
    c.span('/signer/name', nameLine, rank);
    // In a text written with marks, a name syllable without them is an OCR loss.
    if (doc.accented) {
      const r = repairPersonName(name);
      if (r.changes.length) {
        name = r.name;
        c.message('ocr-repaired', 'info', `signer name restored: ${r.changes.join(', ')}`, nameLine);
      }
    }
  }
  if (!authority && !title && !name) return null;
  // OCR loses marks in these upper-case lines; their words come from a small vocabulary.
  const changes: string[] = [];
  const repair = (text: string | null) => {
    if (text === null || !doc.accented) return text;
    const r = repairUpperWords(text);
    changes.push(...r.changes);
    return r.text;
  };
  const repairedOnBehalfOf = repair(onBehalfOf);
  const signer: SignerField = {
    authority,
    onBehalfOf: repairedOnBehalfOf,
    title: repair(title),
    name,
    authorityChain: chain.map((l, i) => {
      const m = chainMatches[i]!;
      // As printed ("K/T" and "T/M" stay, the old and the party forms of "KT." and "TM."), with the spacing normalised.
      const prefix = !m[1]!.includes('/') || m[0].includes('.') || m[0].includes(':') ? `${m[1]}.` : m[1]!;
      const rest = squeezeWhite(i === chain.length - 1 && onBehalfOf !== null ? onBehalfOf : joinSplitSyllables(withoutSpeck(l.text.slice(m[0].length).trimEnd()))).trim();
      // The inner line's text is most often onBehalfOf itself, repaired above: the same repair, and its changes are
      // already listed (the message names each change once).
      return `${prefix} ${rest === onBehalfOf ? repairedOnBehalfOf : repair(rest)}`;
    }),
  };
  if (changes.length) c.message('ocr-repaired', 'info', `signature words restored: ${[...new Set(changes)].join(', ')}`, chain[0] ?? titleLine);
  return signer;
}
