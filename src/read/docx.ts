/**
 * .docx → markdown text: mammoth (docx → HTML), then htmlToMarkdown. The markdown is what the
 * markdown reader reads, so positions of a .docx record point into this text.
 *
 * Before mammoth sees the file:
 *  - the zip directory is read here and the XML parts are inflated with a cap: a part over
 *    50 MB uncompressed (a zip bomb) is refused, and so is a DTD (entity expansion: Word never
 *    writes one);
 *  - Word numbering is written out: mammoth keeps only "ordered or not" of a numbered paragraph
 *    and HTML lists start at 1, so each numbered paragraph gets its number as printed ("1.",
 *    "a)", "II.", "2.1.") at the start of its text, computed from numbering.xml (formats, level
 *    texts, starts, overrides, restarts), and loses its numPr. Bullets are left to mammoth (<ul>).
 * While mammoth reads it, runs in the legacy fonts are converted to Unicode: .VnTime, .VnArial…
 * (TCVN3; names ending in H — .VnTimeH — draw capitals) and VNI-Times, VNI-Helve… (VNI). A run's
 * font is its own, else its character style's, its paragraph style's, or the document default.
 */
import { inflateRawSync } from 'node:zlib';
import { CongvanError, type ErrorCode } from '../errors.js';
import { convertLegacyText, type LegacyFontEncoding } from '../encoding/index.js';
import { htmlToMarkdown } from './html.js';

/** Largest uncompressed XML part read (document.xml, numbering.xml, styles.xml…). */
export const DOCX_PART_LIMIT = 50 * 1024 * 1024;

const TOO_LARGE: ErrorCode = 'unreadable-input';

function damaged(detail: string, cause?: unknown): CongvanError {
  return new CongvanError('unreadable-input', `the .docx file is damaged: ${detail}`, cause === undefined ? undefined : { cause });
}

// ---------------------------------------------------------------------------------------------
// The zip directory
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

/** The text of one XML part, inflated with a cap on its size; null when the archive lacks it. */
function readPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): string | null {
  const entry = entries.get(name);
  if (!entry) return null;
  if (entry.size > DOCX_PART_LIMIT || entry.size === 0xffffffff) {
    throw new CongvanError(TOO_LARGE, `the .docx file is too large to read: ${name} is ${Math.round(entry.size / 1048576)} MB uncompressed (the limit is 50 MB)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(`${name} is missing from the archive`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged(`${name} is cut short (the file is truncated?)`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let raw: Uint8Array;
  if (entry.method === 0) raw = data;
  else if (entry.method === 8) {
    try {
      raw = inflateRawSync(data, { maxOutputLength: DOCX_PART_LIMIT + 1 });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new CongvanError(TOO_LARGE, `the .docx file is too large to read: ${name} is over 50 MB uncompressed`);
      }
      throw damaged(`${name} cannot be inflated (${(error as Error).message})`);
    }
    if (raw.length > DOCX_PART_LIMIT) throw new CongvanError(TOO_LARGE, `the .docx file is too large to read: ${name} is over 50 MB uncompressed`);
  } else throw damaged(`${name} uses zip compression method ${entry.method}`);
  const text = new TextDecoder().decode(raw);
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096))) throw damaged(`${name} declares a DTD, which Word never writes`);
  return text;
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

const attr = (xml: string, element: string, name = 'w:val'): string | undefined => {
  const m = new RegExp(`<${element}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml);
  return m?.[1];
};

function readLevel(xml: string): Level {
  const start = Number.parseInt(attr(xml, 'w:start') ?? '1', 10);
  const restart = attr(xml, 'w:lvlRestart');
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  const fonts = /<w:rFonts\b[^>]*\/>/.exec(rPr)?.[0] ?? '';
  return {
    start: Number.isNaN(start) ? 1 : start,
    format: attr(xml, 'w:numFmt') ?? 'decimal',
    text: attr(xml, 'w:lvlText') ?? '',
    suffix: attr(xml, 'w:suff') ?? 'tab',
    legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(xml),
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

function readNumbering(xml: string): { abstracts: Map<string, Map<number, Level>>; nums: Map<string, Num> } {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) levels.set(Number(l[1]), readLevel(l[2]!));
    abstracts.set(m[1]!, levels);
  }
  const nums = new Map<string, Num>();
  for (const m of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = m[2]!;
    const num: Num = { abstract: attr(body, 'w:abstractNumId') ?? '', starts: new Map(), levels: new Map() };
    for (const o of body.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(o[1]);
      const start = attr(o[2]!, 'w:startOverride');
      if (start !== undefined) num.starts.set(ilvl, Number.parseInt(start, 10));
      const lvl = /<w:lvl\b[\s\S]*?<\/w:lvl>/.exec(o[2]!)?.[0];
      if (lvl) num.levels.set(ilvl, readLevel(lvl));
    }
    nums.set(m[1]!, num);
  }
  return { abstracts, nums };
}

/** Paragraph styles' own numbering (w:style/w:pPr/w:numPr), following w:basedOn. */
function readStyleNumbering(styles: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of styles.matchAll(/<w:style\b[^>]*?w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2]!;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    const ilvl = numPr ? attr(numPr, 'w:ilvl') : undefined;
    own.set(m[1]!, { numId: numPr ? attr(numPr, 'w:numId') : undefined, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: attr(body, 'w:basedOn') });
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
  const xml = documentXml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
  const out = xml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (whole, props: string) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>|<w:numPr\/>/.exec(props);
    let numId = numPr?.[1] !== undefined ? attr(numPr[1], 'w:numId') : undefined;
    let ilvlText = numPr?.[1] !== undefined ? attr(numPr[1], 'w:ilvl') : undefined;
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
    const rest = props.replace(/<w:numPr>[\s\S]*?<\/w:numPr>|<w:numPr\/>/, '');
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
  const fontOf = (xml: string) => /<w:rFonts\b[^>]*?\sw:ascii="([^"]*)"/.exec(xml)?.[1];
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
  const own = new Map<string, { font?: string; basedOn?: string; isDefault: boolean }>();
  for (const m of styles.matchAll(/<w:style\b([^>]*?)w:styleId="([^"]*)"([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[4]!)?.[1] ?? '';
    own.set(m[2]!, { font: fontOf(rPr), basedOn: attr(m[4]!, 'w:basedOn'), isDefault: /w:default="1"/.test(m[1]! + m[3]!) && /w:type="paragraph"/.test(m[1]! + m[3]!) });
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
  const documentXml = readPart(bytes, entries, 'word/document.xml');
  if (documentXml === null) throw damaged('it has no word/document.xml (is it a Word document?)');
  // Every XML part mammoth reads is checked against the cap (and for a DTD).
  for (const name of entries.keys()) {
    if (name !== 'word/document.xml' && /^word\/[^/]*\.xml$|\.rels$|^\[Content_Types\]\.xml$/.test(name)) readPart(bytes, entries, name);
  }
  const numberingXml = readPart(bytes, entries, 'word/numbering.xml') ?? '';
  const stylesXml = readPart(bytes, entries, 'word/styles.xml') ?? '';

  let input: Uint8Array = bytes;
  const { default: mammoth } = await import('mammoth');
  if (numberingXml) {
    const rewritten = writeNumbers(documentXml, numberingXml, stylesXml, notes);
    if (rewritten !== documentXml) {
      const { default: JSZip } = await import('jszip');
      try {
        const archive = await JSZip.loadAsync(bytes);
        archive.file('word/document.xml', rewritten);
        input = await archive.generateAsync({ type: 'uint8array', compression: 'STORE' });
      } catch (error) {
        throw damaged(firstLine(error), error);
      }
    }
  }

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
