/**
 * .docx → markdown text: mammoth (docx → HTML), then htmlToMarkdown. The markdown is what the
 * markdown reader reads, so positions of a .docx record point into this text.
 *
 * Before mammoth sees the file, the zip is read here, within bounds (DOCX_LIMITS):
 *  - at most 10,000 zip entries, and no ZIP64 archive;
 *  - every XML part (*.xml, *.rels, in any folder) is inflated with a cap: one part at most 10 MB
 *    uncompressed (word/document.xml included), all of them together at most 20 MB. A part that
 *    would inflate past its cap — a zip bomb, or an entry that lies about its size — is refused
 *    as soon as the cap is reached;
 *  - each of those parts is scanned once: a DTD (`<!DOCTYPE`, `<!ENTITY`: entity expansion, the
 *    "billion laughs"; Word never writes one) anywhere in it is refused, and so are elements
 *    nested more than 256 deep (mammoth and the HTML stack recurse on the tree);
 *  - mammoth is given a new archive that holds only those checked parts, stored, so it never
 *    inflates anything itself: not a part this reader did not check, nor an image (images are
 *    left out of the text and never read).
 * Each refusal is a CongvanError `unreadable-input` with a one-line message.
 *
 * Word numbering is written out: mammoth keeps only "ordered or not" of a numbered paragraph
 * and HTML lists start at 1, so each numbered paragraph gets its number as printed ("1.",
 * "a)", "II.", "2.1.") at the start of its text, computed from numbering.xml (formats, level
 * texts, starts, overrides, restarts), and loses its numPr. Bullets are left to mammoth (<ul>).
 * While mammoth reads it, runs in the legacy fonts are converted to Unicode: .VnTime, .VnArial…
 * (TCVN3; names ending in H — .VnTimeH — draw capitals) and VNI-Times, VNI-Helve… (VNI). A run's
 * font is its own, else its character style's, its paragraph style's, or the document default.
 * The XML is read with indexOf and patterns confined to one start tag, in time linear in its size.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { CongvanError } from '../errors.js';
import { convertLegacyText, type LegacyFontEncoding } from '../encoding/index.js';
import { htmlToMarkdown } from './html.js';

const MB = 1024 * 1024;

/** What a .docx may make congvan read. */
export const DOCX_LIMITS = {
  /** Entries in the zip directory. */
  entries: 10_000,
  /** Uncompressed size of one XML part (word/document.xml, styles.xml, numbering.xml, a .rels…). */
  part: 10 * MB,
  /** Uncompressed size of all the XML parts, together. */
  total: 20 * MB,
  /** Depth of nested XML elements in a part. */
  depth: 256,
} as const;

/** Largest uncompressed XML part read. */
export const DOCX_PART_LIMIT = DOCX_LIMITS.part;

/** A size in MB, rounded up to a tenth: "60 MB", "10.1 MB" (never down to the limit it passed). */
const megabytes = (n: number) => `${Math.ceil((n / MB) * 10) / 10} MB`;

function damaged(detail: string, cause?: unknown): CongvanError {
  return new CongvanError('unreadable-input', `the .docx file is damaged: ${detail}`, cause === undefined ? undefined : { cause });
}

function refused(detail: string): CongvanError {
  return new CongvanError('unreadable-input', `the .docx file is ${detail}`);
}

// ---------------------------------------------------------------------------------------------
// The zip directory and the XML parts
// ---------------------------------------------------------------------------------------------

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) throw damaged('it is not a zip archive (a .docx is one)');
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged('the zip directory is missing (the file is truncated?)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw refused('too large to read: it is a ZIP64 archive');
  if (count > DOCX_LIMITS.entries) throw refused(`too large to read: ${count} zip entries (the limit is ${DOCX_LIMITS.entries})`);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged('the zip directory is corrupt');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The parts mammoth may read: XML, in any folder (the package's relationships may name any path). */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/iu.test(name);

/**
 * Every XML part of the archive, inflated and checked (see the top of this file). `budget` is what is left of
 * DOCX_LIMITS.total; each part is inflated with a cap of the smaller of its limit and that budget.
 */
function readXmlParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): Map<string, string> {
  const parts = [...entries.values()].filter((e) => isXmlPart(e.name));
  for (const entry of parts) {
    if (entry.size > DOCX_LIMITS.part || entry.size === 0xffffffff) {
      throw refused(`too large to read: ${entry.name} is ${megabytes(entry.size)} uncompressed (the limit is ${megabytes(DOCX_LIMITS.part)} for one part)`);
    }
  }
  const stated = parts.reduce((sum, e) => sum + e.size, 0);
  if (stated > DOCX_LIMITS.total) throw refused(`too large to read: its XML parts come to ${megabytes(stated)} uncompressed (the limit is ${megabytes(DOCX_LIMITS.total)} for all of them)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const texts = new Map<string, string>();
  let budget = DOCX_LIMITS.total;
  for (const entry of parts) {
    const { name } = entry;
    const at = entry.offset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(`${name} is missing from the archive`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > bytes.length) throw damaged(`${name} is cut short (the file is truncated?)`);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const cap = Math.min(DOCX_LIMITS.part, budget);
    const over = () =>
      cap < DOCX_LIMITS.part
        ? refused(`too large to read: its XML parts come to over ${megabytes(DOCX_LIMITS.total)} uncompressed (the limit for all of them), ${name} among them`)
        : refused(`too large to read: ${name} is over ${megabytes(DOCX_LIMITS.part)} uncompressed (the limit for one part)`);
    let raw: Uint8Array;
    if (entry.method === 0) raw = data;
    else if (entry.method === 8) {
      try {
        raw = inflateRawSync(data, { maxOutputLength: cap + 1 });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw over();
        throw damaged(`${name} cannot be inflated (${(error as Error).message})`);
      }
    } else throw damaged(`${name} uses zip compression method ${entry.method}`);
    if (raw.length > cap) throw over();
    budget -= raw.length;
    const text = new TextDecoder().decode(raw);
    checkXml(name, text);
    texts.set(name, text);
  }
  return texts;
}

/**
 * One pass over an XML part: a DTD (`<!DOCTYPE`, `<!ENTITY`) anywhere is refused, and so is an element nested
 * more than DOCX_LIMITS.depth deep. Comments, CDATA sections, processing instructions and quoted attribute
 * values are stepped over.
 */
function checkXml(name: string, xml: string): void {
  let depth = 0;
  let i = xml.indexOf('<');
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    let end: number;
    if (next === 0x2f /* </ */) {
      depth--;
      end = xml.indexOf('>', i);
    } else if (next === 0x3f /* <? */) {
      end = xml.indexOf('?>', i + 2);
    } else if (next === 0x21 /* <! */) {
      if (xml.startsWith('<!--', i)) end = xml.indexOf('-->', i + 4);
      else if (xml.startsWith('<![CDATA[', i)) end = xml.indexOf(']]>', i + 9);
      else throw refused(`refused: ${name} declares a DTD (${JSON.stringify(xml.slice(i, i + 9))}: entity expansion), which Word never writes`);
    } else {
      let quote = 0;
      end = -1;
      for (let j = i + 1; j < xml.length; j++) {
        const c = xml.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e /* > */) {
          end = j;
          break;
        }
      }
      if (end >= 0 && xml.charCodeAt(end - 1) !== 0x2f /* /> */ && ++depth > DOCX_LIMITS.depth) {
        throw refused(`refused: ${name} has elements nested more than ${DOCX_LIMITS.depth} deep`);
      }
    }
    if (end < 0) return;
    i = xml.indexOf('<', end + 1);
  }
}

/** A zip archive of `files`, stored (not compressed): what mammoth reads. */
function storedZip(files: Map<string, string>): Uint8Array {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const sum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(sum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    chunks.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(sum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...directory, end]));
}

// ---------------------------------------------------------------------------------------------
// XML elements in linear time
// ---------------------------------------------------------------------------------------------

const isNameChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Where the next start tag `open` ("<name") stands at or after `from`, not counting `<nameMore`; -1 when none. */
function nextStartTag(xml: string, open: string, from: number): number {
  for (;;) {
    const start = xml.indexOf(open, from);
    if (start < 0 || !isNameChar(xml.charCodeAt(start + open.length))) return start;
    from = start + open.length;
  }
}

/**
 * Each `<name …>…</name>` of `xml` in order, as the lazy pattern `<name\b[^>]*>([\s\S]*?)</name>` finds them
 * (with `exact`, `<name>` without attributes): `tag` is the start tag up to its `>`, `body` what lies between
 * the start tag and the end tag. Once an end tag is missing none comes later, so the search stops there: the
 * whole of `xml` is read once (the pattern, retried at every later start tag, would read the rest each time).
 */
function* elements(xml: string, name: string, exact = false): Generator<{ start: number; end: number; tag: string; body: string }> {
  const open = exact ? `<${name}>` : `<${name}`;
  const close = `</${name}>`;
  let from = 0;
  for (;;) {
    const start = exact ? xml.indexOf(open, from) : nextStartTag(xml, open, from);
    if (start < 0) return;
    // As <name\b[^>]*>([\s\S]*?)</name>: the body runs from the start tag's first ">" to the next end tag.
    const tagEnd = exact ? start + open.length - 1 : xml.indexOf('>', start + open.length);
    if (tagEnd < 0) return;
    const closeAt = xml.indexOf(close, tagEnd + 1);
    if (closeAt < 0) return;
    const end = closeAt + close.length;
    yield { start, end, tag: xml.slice(start, tagEnd + 1), body: xml.slice(tagEnd + 1, closeAt) };
    from = end;
  }
}

/** The first `<name …>…</name>` of `xml` (see elements), or null. */
function firstElement(xml: string, name: string, exact = false): { start: number; end: number; tag: string; body: string } | null {
  for (const element of elements(xml, name, exact)) return element;
  return null;
}

/** Each start tag `<name …` of `xml` (not `<nameMore`), with the text up to its first `>` (or to the end). */
function* startTags(xml: string, name: string): Generator<{ start: number; tagEnd: number; tag: string }> {
  const open = `<${name}`;
  let from = 0;
  for (;;) {
    const start = nextStartTag(xml, open, from);
    if (start < 0) return;
    from = start + open.length;
    const tagEnd = xml.indexOf('>', from);
    yield { start, tagEnd, tag: xml.slice(from, tagEnd < 0 ? xml.length : tagEnd) };
    // A start tag inside this one (damaged XML) would see only what this one saw.
    if (tagEnd < 0) return;
    from = tagEnd;
  }
}

/** The value of attribute `name` in the first `<element …>` start tag that has it (as `<element\b[^>]*?\sname="([^"]*)"`). */
function attr(xml: string, element: string, name = 'w:val'): string | undefined {
  const pattern = `${name}="`;
  for (const { start, tag } of startTags(xml, element)) {
    const tagStart = start + element.length + 1;
    for (let at = tag.indexOf(pattern); at >= 0; at = tag.indexOf(pattern, at + 1)) {
      if (!/\s/u.test(tag.charAt(at - 1))) continue;
      const valueStart = tagStart + at + pattern.length;
      const valueEnd = xml.indexOf('"', valueStart);
      if (valueEnd >= 0) return xml.slice(valueStart, valueEnd);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Word numbering → printed labels
// ---------------------------------------------------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
  restart: number | null;
  runProps: string;
}

interface Num {
  abstract: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

function readLevel(xml: string): Level {
  const start = Number.parseInt(attr(xml, 'w:start') ?? '1', 10);
  const restart = attr(xml, 'w:lvlRestart');
  const rPr = firstElement(xml, 'w:rPr', true)?.body ?? '';
  let fonts = '';
  for (const { start: at, tagEnd } of startTags(rPr, 'w:rFonts')) {
    if (tagEnd >= 0 && rPr.charCodeAt(tagEnd - 1) === 0x2f /* /> */) {
      fonts = rPr.slice(at, tagEnd + 1);
      break;
    }
  }
  let legal = false;
  for (const { tag } of startTags(xml, 'w:isLgl')) {
    if (!/w:val="(?:0|false)"/u.test(tag)) {
      legal = true;
      break;
    }
  }
  return {
    start: Number.isNaN(start) ? 1 : start,
    format: attr(xml, 'w:numFmt') ?? 'decimal',
    text: attr(xml, 'w:lvlText') ?? '',
    suffix: attr(xml, 'w:suff') ?? 'tab',
    legal,
    restart: restart === undefined ? null : Number.parseInt(restart, 10),
    runProps: fonts,
  };
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Each `<name … key="value" …>body</name>` with the value of `key` in its start tag matching `value`. */
function* keyed(xml: string, name: string, key: RegExp): Generator<{ value: string; tag: string; body: string }> {
  for (const element of elements(xml, name)) {
    const m = key.exec(element.tag);
    if (m) yield { value: m[1]!, tag: element.tag, body: element.body };
  }
}

function readNumbering(xml: string): { abstracts: Map<string, Map<number, Level>>; nums: Map<string, Num> } {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of keyed(xml, 'w:abstractNum', /w:abstractNumId="([^"]*)"/u)) {
    const levels = new Map<number, Level>();
    for (const l of keyed(a.body, 'w:lvl', /w:ilvl="(\d+)"/u)) levels.set(Number(l.value), readLevel(l.body));
    abstracts.set(a.value, levels);
  }
  const nums = new Map<string, Num>();
  for (const n of keyed(xml, 'w:num', /w:numId="([^"]*)"/u)) {
    const num: Num = { abstract: attr(n.body, 'w:abstractNumId') ?? '', starts: new Map(), levels: new Map() };
    for (const o of keyed(n.body, 'w:lvlOverride', /w:ilvl="(\d+)"/u)) {
      const ilvl = Number(o.value);
      const start = attr(o.body, 'w:startOverride');
      if (start !== undefined) num.starts.set(ilvl, Number.parseInt(start, 10));
      const lvl = firstElement(o.body, 'w:lvl');
      if (lvl) num.levels.set(ilvl, readLevel(o.body.slice(lvl.start, lvl.end)));
    }
    nums.set(n.value, num);
  }
  return { abstracts, nums };
}

/** The first w:numPr of paragraph properties, `<w:numPr>…</w:numPr>` (with its body) or `<w:numPr/>`, as `<w:numPr>([\s\S]*?)<\/w:numPr>|<w:numPr\/>` finds it. */
function numPrOf(props: string): { start: number; end: number; body: string | undefined } | null {
  const full = firstElement(props, 'w:numPr', true);
  const empty = props.indexOf('<w:numPr/>');
  if (full && (empty < 0 || full.start < empty)) return { start: full.start, end: full.end, body: full.body };
  return empty < 0 ? null : { start: empty, end: empty + '<w:numPr/>'.length, body: undefined };
}

/** Paragraph styles' own numbering (w:style/w:pPr/w:numPr), following w:basedOn. */
function readStyleNumbering(styles: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of keyed(styles, 'w:style', /w:styleId="([^"]*)"/u)) {
    const numPr = firstElement(s.body, 'w:numPr', true)?.body;
    const ilvl = numPr ? attr(numPr, 'w:ilvl') : undefined;
    own.set(s.value, { numId: numPr ? attr(numPr, 'w:numId') : undefined, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: attr(s.body, 'w:basedOn') });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let style = own.get(id);
    const seen = new Set<string>();
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (let name: string | undefined = id; style && name && !seen.has(name); name = style.basedOn, style = name ? own.get(name) : undefined) {
      seen.add(name);
      numId ??= style.numId;
      ilvl ??= style.ilvl;
    }
    if (numId !== undefined) out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let s = '';
  for (const [value, digits] of ROMAN) while (n >= value) { s += digits; n -= value; }
  return s;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb…
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const FORMATS = new Set(['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'none', 'bullet']);

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** `xml` without its `<name …>…</name>` elements (as `xml.replace(/<name\b[\s\S]*?<\/name>/g, '')`), in linear time. */
function withoutElements(xml: string, name: string): string {
  const open = `<${name}`;
  const close = `</${name}>`;
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const start = nextStartTag(xml, open, from);
    if (start < 0) break;
    from = start + open.length;
    const closeAt = xml.indexOf(close, from);
    if (closeAt < 0) break;
    out += xml.slice(copied, start);
    copied = from = closeAt + close.length;
  }
  return out + xml.slice(copied);
}

/** `xml` with each `<name>…</name>` replaced by `fn(whole, body)` (as `xml.replace(/<name>([\s\S]*?)<\/name>/g, fn)`), in linear time. */
function replaceElements(xml: string, name: string, fn: (whole: string, body: string) => string): string {
  let out = '';
  let copied = 0;
  for (const element of elements(xml, name, true)) {
    out += xml.slice(copied, element.start) + fn(xml.slice(element.start, element.end), element.body);
    copied = element.end;
  }
  return out + xml.slice(copied);
}

/**
 * Writes each numbered paragraph's label into its text and takes its numbering away
 * (numId 0, "no numbering", which also overrides numbering from its style).
 */
function writeNumbers(documentXml: string, numberingXml: string, stylesXml: string, notes: string[]): string {
  const { abstracts, nums } = readNumbering(numberingXml);
  const styleNumbering = readStyleNumbering(stylesXml);
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  const otherFormats = new Set<string>();
  let written = 0;
  const xml = withoutElements(documentXml, 'w:pPrChange');
  const out = replaceElements(xml, 'w:pPr', (whole, props) => {
    const numPr = numPrOf(props);
    let numId = numPr?.body !== undefined ? attr(numPr.body, 'w:numId') : undefined;
    let ilvlText = numPr?.body !== undefined ? attr(numPr.body, 'w:ilvl') : undefined;
    if (numId === undefined) {
      const style = attr(props, 'w:pStyle');
      const linked = style === undefined ? undefined : styleNumbering.get(style);
      if (!linked) return whole;
      numId = linked.numId;
      ilvlText ??= String(linked.ilvl);
    }
    const num = nums.get(numId);
    if (numId === '0' || !num) return whole;
    const ilvl = Math.min(8, Math.max(0, Number.parseInt(ilvlText ?? '0', 10) || 0));
    const levels = abstracts.get(num.abstract) ?? new Map<number, Level>();
    const levelAt = (k: number): Level | undefined => num.levels.get(k) ?? levels.get(k);
    const level = levelAt(ilvl);
    if (!level || level.format === 'bullet') return whole;
    // Counters run per abstract list; a num with a start override restarts it the first time it is used.
    const key = num.levels.size ? `num:${numId}` : `abs:${num.abstract}`;
    let counter = counters.get(key);
    if (!counter) counters.set(key, (counter = Array.from({ length: 9 }, () => 0)));
    if (!startedNums.has(numId)) {
      startedNums.add(numId);
      for (const [k, start] of num.starts) counter[k] = start - 1;
    }
    counter[ilvl] = counter[ilvl]! === 0 && !num.starts.has(ilvl) ? level.start : counter[ilvl]! + 1;
    if (counter[ilvl]! < level.start && !num.starts.has(ilvl)) counter[ilvl] = level.start;
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = levelAt(k);
      if (!deeper || deeper.restart === null || deeper.restart > ilvl) counter[k] = 0;
    }
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const at = levelAt(k);
      const value = counter[k]! || at?.start || 1;
      const format = level.legal && k < ilvl ? 'decimal' : at?.format ?? 'decimal';
      if (!FORMATS.has(format)) otherFormats.add(format);
      return formatNumber(value, format);
    });
    written++;
    const rest = numPr ? props.slice(0, numPr.start) + props.slice(numPr.end) : props;
    const run = label === '' ? '' : `<w:r>${level.runProps ? `<w:rPr>${level.runProps}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(decodeEntities(label))}${level.suffix === 'nothing' ? '' : ' '}</w:t></w:r>`;
    return `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>${rest}</w:pPr>${run}`;
  });
  if (written) notes.push(`wrote the numbers of ${written} numbered paragraph${written === 1 ? '' : 's'} from the Word numbering`);
  if (otherFormats.size) notes.push(`numbering format${otherFormats.size === 1 ? '' : 's'} ${[...otherFormats].join(', ')} written as decimal numbers`);
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---------------------------------------------------------------------------------------------
// Legacy fonts
// ---------------------------------------------------------------------------------------------

/** The legacy encoding a font name stands for, or null. */
export function legacyFont(font: string | null | undefined): { encoding: LegacyFontEncoding; capitals: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /H$/.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/** Fonts set by styles: docDefaults, and each style's own w:rFonts w:ascii (following w:basedOn). */
function readStyleFonts(styles: string): { fallback: string | null; byStyle: Map<string, string> } {
  const fontOf = (xml: string) => attr(xml, 'w:rFonts', 'w:ascii');
  const defaults = firstElement(styles, 'w:docDefaults', true)?.body ?? '';
  const own = new Map<string, { font?: string; basedOn?: string; isDefault: boolean }>();
  for (const s of keyed(styles, 'w:style', /w:styleId="([^"]*)"/u)) {
    const rPr = firstElement(s.body, 'w:rPr', true)?.body ?? '';
    own.set(s.value, { font: fontOf(rPr), basedOn: attr(s.body, 'w:basedOn'), isDefault: /w:default="1"/u.test(s.tag) && /w:type="paragraph"/u.test(s.tag) });
  }
  const byStyle = new Map<string, string>();
  let normal: string | null = null;
  for (const [id, first] of own) {
    let style: typeof first | undefined = first;
    const seen = new Set<string>();
    for (let name: string | undefined = id; style && name && !seen.has(name); name = style.basedOn, style = name ? own.get(name) : undefined) {
      seen.add(name);
      if (style.font) {
        byStyle.set(id, style.font);
        break;
      }
    }
    if (first.isDefault) normal = byStyle.get(id) ?? null;
  }
  return { fallback: normal ?? fontOf(defaults) ?? null, byStyle };
}

interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  font?: string | null;
  styleId?: string | null;
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------

export async function docxToMarkdown(bytes: Uint8Array): Promise<{ markdown: string; notes: string[] }> {
  const notes: string[] = [];
  const entries = readDirectory(bytes);
  if (!entries.has('word/document.xml')) throw damaged('it has no word/document.xml (is it a Word document?)');
  // Every XML part is inflated within the limits and checked here; mammoth reads only these.
  const parts = readXmlParts(bytes, entries);
  const documentXml = parts.get('word/document.xml')!;
  const numberingXml = parts.get('word/numbering.xml') ?? '';
  const stylesXml = parts.get('word/styles.xml') ?? '';
  if (numberingXml) {
    const rewritten = writeNumbers(documentXml, numberingXml, stylesXml, notes);
    if (rewritten !== documentXml) parts.set('word/document.xml', rewritten);
  }
  const input = storedZip(parts);
  const { default: mammoth } = await import('mammoth');

  const { fallback, byStyle } = readStyleFonts(stylesXml);
  const converted = new Map<string, number>();
  const convert = (element: MammothElement, paragraphStyle: string | null): MammothElement => {
    if (element.type === 'run') {
      const font = element.font ?? (element.styleId ? byStyle.get(element.styleId) : undefined) ?? (paragraphStyle ? byStyle.get(paragraphStyle) : undefined) ?? fallback;
      const legacy = legacyFont(font);
      if (legacy && font) {
        let changed = false;
        const children = (element.children ?? []).map((child) => {
          if (child.type !== 'text' || typeof child.value !== 'string') return child;
          const value = convertLegacyText(child.value, legacy.encoding, { capitals: legacy.capitals });
          if (value !== child.value) changed = true;
          return { ...child, value };
        });
        if (changed) converted.set(font, (converted.get(font) ?? 0) + 1);
        return { ...element, children };
      }
      return element;
    }
    const style = element.type === 'paragraph' ? (element.styleId ?? null) : paragraphStyle;
    if (!element.children) return element;
    return { ...element, children: element.children.map((child) => convert(child, style)) };
  };

  let html: string;
  let images = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) },
      {
        transformDocument: (document: MammothElement) => convert(document, null),
        convertImage: mammoth.images.imgElement(() => {
          images++;
          return Promise.resolve({ src: '' });
        }),
      },
    );
    html = result.value;
    const warnings = [...new Set(result.messages.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => m.message))];
    if (warnings.length) notes.push(`mammoth: ${warnings.slice(0, 3).join('; ')}${warnings.length > 3 ? ` (and ${warnings.length - 3} more)` : ''}`);
  } catch (error) {
    if (error instanceof CongvanError) throw error;
    throw damaged(firstLine(error), error);
  }
  for (const [font, count] of converted) {
    const legacy = legacyFont(font)!;
    notes.push(`converted ${count} run${count === 1 ? '' : 's'} in ${font} (${legacy.encoding === 'tcvn3' ? 'TCVN3' : 'VNI'})`);
  }
  if (images) notes.push(`left out ${images} image${images === 1 ? '' : 's'}`);
  return { markdown: htmlToMarkdown(html), notes };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim() || 'it cannot be read';
}
