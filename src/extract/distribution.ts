/** Distribution (Nơi nhận, box 9b) and the archive line "Lưu: VT, VP (2)". */
import type { DispatchRecord } from '../schema/record.js';
import type { SegmentedDoc } from '../segment/zones.js';
import type { Collector } from './collector.js';
import { ARCHIVE, DISTRIBUTION_LABEL, loose } from './patterns.js';
import { cleanItem, isWhiteCode } from './text.js';
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
/** The copy count in parentheses, with the drafter's initials before ("Ng.", "H. ") or after ("-Ng", ".H") it. */
const COPIES = latin(String.raw`\(\s*(?:\p{L}{1,4}\s*\.\s*)?(\d+)\s*(?:b|bản)?\s*(?:[-.]\s*\p{L}{1,4}\.?\s*)?\)`, 'iu');
const LOWER_TAIL = latin(String.raw`(?<=\p{Lu}|\))[.;,]\s[\p{Ll}\s\-–—.]*$`, 'u');
/**
 * The junk tail is looked for only in a holder of up to this many characters (a holder is a code: VT, VP, P.KHTC).
 * ITEM_TAIL_JUNK tries each character of a run of symbols as its start and reads the run to the end from each:
 * "VT" and 40,000 dots took 38 s.
 */
const HOLDER_MAX = 100;
const ITEM_TAIL_JUNK = latin(String.raw`(?<!\s)\s*[.,;]\s*(?:[^\s\p{L}\d]*\p{L})?[^\s\p{L}\d]+$`, 'u');
const INTERLEAVED_TITLE = latin(String.raw`(?<!\s)\s+[—–]\s+(?=[^\p{Ll}]*?\p{Lu}{2})[^\p{Ll}]*$`, 'u');
/** The dashes of INTERLEAVED_TITLE. */
const DASH = /[—–]/;
const LOWER_WORD = latin(String.raw`\p{Ll}{3,}`, 'u');
/** "Lưu Văn phòng Tỉnh ủy": the archive line without its colon, a holder named in words. */
const ARCHIVE_IN_WORDS = latin(`^${loose('lưu')}\\s+(?=\\p{Lu}\\p{Ll})(.*)$`, 'u');

/** The pointers of the first items, built once ("/distribution/0" …). */
const POINTERS = Array.from({ length: 32 }, (_, i) => `/distribution/${i}`);

export type ArchiveField = NonNullable<DispatchRecord['archive']>;

/** "VT, QLN (2b)" → holders and copies. */
export function parseArchive(text: string): ArchiveField {
  // Holders are codes; lower-case words after the last one are OCR specks ("VT. HTOQT. can -").
  let body = text.replace(LOWER_TAIL, '').replace(/(?<![.;])[.;]+\s*$/u, '').trim();
  let copies: number | null = null;
  // The copy count "(2)" / "(02b)" closes the archive line; what follows is the drafter's initials (box 12), which
  // may also stand inside, before or after the count ("(Ng.03b)", "(03b-Ng)").
  const m = COPIES.exec(body);
  if (m) {
    copies = Number(m[1]);
    body = body.slice(0, m.index).trim();
  }
  const holders = body
    .split(/[,;]/u)
    // "(htd)" is the drafter's initials; ".Ả⁄" after a holder is an OCR speck (one letter among symbols).
    .map(cleanHolder)
    .filter(Boolean);
  return { holders, copies };
}

function cleanHolder(holder: string): string {
  // A note in brackets goes ("TTHC(htd)", "TTHT (nettam - 7, 20)"), unless the code goes on after it ("Vụ PC&QLKH
  // (TANDTC)-P2": the brackets are part of the code).
  let h = holder.replace(/(?<!\([^)\n]*?)\(.*?\)(?!-[\p{Lu}\d])/gu, '');
  if (h.length <= HOLDER_MAX) h = h.replace(ITEM_TAIL_JUNK, '');
  return h.replace(/(?<![.\s])[.\s]+$/u, '').trim();
}

/** /;\s/.test(text): a ";" followed by a white space. */
export function semicolonBeforeWhite(text: string): boolean {
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) if (isWhiteCode(text.charCodeAt(i + 1))) return true;
  return false;
}

/** The index of the first character that is not white space (trim's and \s's), the length when none. */
function firstNonWhite(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteCode(text.charCodeAt(i))) i++;
  return i;
}

/** /^[-–—+•=~]/u on one character: a list marker ("~" is how OCR reads a dash). */
function isItemMarker(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 43 || c === 0x2022 || c === 61 || c === 126;
}

/** The item is the Lưu line and `rest` one code ("TCHQ", "P.KHTC"), no title. */
function holderAfterArchive(item: string, rest: string): boolean {
  return ARCHIVE_OPENS.test(item) && SINGLE_CODE.test(rest.trim());
}
const ARCHIVE_OPENS = latin(`^[-–—+•=~\\s]*${loose('lưu')}(?![\\p{L}\\p{M}])`, 'u');
const SINGLE_CODE = latin(String.raw`^[\p{Lu}\d][\p{Lu}\d&.\-]{0,11}$`, 'u');

/** /[;.]$/u.test(text). */
function endsItem(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 59 || c === 46;
}

export function extractDistribution(doc: SegmentedDoc, c: Collector): { distribution: string[]; archive: ArchiveField | null } {
  const distribution: string[] = [];
  let archive: ArchiveField | null = null;
  /** The text of the Lưu line just read, while no item has opened after it. */
  let archiveText: string | null = null;
  const lines = doc.distribution;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let text = line.text;
    let from = 0;
    if (i === 0) {
      const m = DISTRIBUTION_LABEL.exec(text);
      if (m) from = m[0].length;
      text = text.slice(from);
    }
    if (!text.trim()) continue;
    // Signature text that a flattened layout interleaved ("- Như trên; — PHÓ TỔNG CỤC TRƯỞNG").
    // (INTERLEAVED_TITLE needs its dash: one scan for either, without the u flag, finds it faster than the pattern.)
    const interleaved = DASH.test(text) ? INTERLEAVED_TITLE.exec(text) : null;
    if (interleaved) text = text.slice(0, interleaved.index);
    // Outside a table cell an item ends at its ";": what follows without lower-case words is the signature column.
    // (The pattern is tried only where a ";" is followed by a white space.)
    const after = !line.cell && semicolonBeforeWhite(text) ? /;\s+(\S.*)$/u.exec(text) : null;
    // An annotation in brackets ("; (để b/c)") still belongs to the item, and so does a second holder that ends as
    // an item does ("- TCT; Vụ PC;"): no title ends with ";".
    // On the Lưu line, one code after the ";" is a second holder ("- Lưu VT; TCHQ"): a title is words.
    if (after && !/^\(/u.test(after[1]!) && !LOWER_WORD.test(after[1]!) && !/[;.]\s*$/u.test(after[1]!) && !holderAfterArchive(text, after[1]!)) text = text.slice(0, after.index + 1);
    const item = cleanItem(text);
    if (!item) continue;
    // ARCHIVE opens with the "l" of "lưu"; the last item may name the holder in words without a colon ("Lưu Văn
    // phòng Tỉnh ủy", as party documents write it).
    const arch = (item.charCodeAt(0) | 32) === 108 ? (ARCHIVE.exec(item) ?? (i === lines.length - 1 ? ARCHIVE_IN_WORDS.exec(item) : null)) : null;
    if (arch) {
      archiveText = arch[1]!;
      archive = parseArchive(archiveText);
      c.span('/archive', line, from);
      continue;
    }
    const startsItem = i === 0 || distribution.length === 0 || isItemMarker(text.charCodeAt(firstNonWhite(text)));
    if (!startsItem && archiveText !== null) {
      // After the Lưu line, a line that opens no item is no part of the item above it: the archive's wrapped rest
      // ("- Lưu: VT, Vụ CST," / "TCT."), or what follows the list (a page's footer, the signer's name OCR cut).
      if (/,\s*$/u.test(lines[i - 1]!.text)) archive = parseArchive((archiveText = `${archiveText}, ${item}`));
      continue;
    }
    archiveText = null;
    if (!startsItem && distribution.length && !endsItem(lines[i - 1]!.text)) {
      // The comma that ended the line above stays between the two parts ("Các phòng NVDTPC, TTKT1," / "TTKT2, …").
      const comma = lines[i - 1]!.text.trimEnd().endsWith(',') && !distribution[distribution.length - 1]!.endsWith(',');
      distribution[distribution.length - 1] = `${distribution[distribution.length - 1]}${comma ? ',' : ''} ${item}`;
      continue;
    }
    c.span(distribution.length < POINTERS.length ? POINTERS[distribution.length]! : `/distribution/${distribution.length}`, line, from);
    distribution.push(item);
  }
  return { distribution, archive };
}
