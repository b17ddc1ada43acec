/**
 * The pipeline: bytes → decoded text → normalised text → document tree (mdast)
 * → lines → zones → one extractor per field → a record checked against the schema (schema/check.ts).
 */
import { sha256Hex } from './hash.js';
import type { Root } from 'mdast';
import { CongvanError } from './errors.js';
import { decodeBytes, decodeString, type EncodingChoice } from './read/decode.js';
import { sniffFormat, type ConvertedFormat } from './read/sniff.js';
import { readMarkdown } from './read/markdown.js';
import { readTextList } from './read/text.js';
import { decodedOffset, lineStarts, normalizeText, pointAt } from './normalize/text.js';
import { treeToLines } from './segment/lines.js';
import { LineList } from './segment/line-list.js';
import { segment } from './segment/zones.js';
import { extractAll } from './extract/index.js';
import { Collector } from './extract/collector.js';
import { parseRecord } from './schema/check.js';
import { SCHEMA_VERSION } from './schema/version.js';
import type { DispatchRecord, ErrorRecord, Message, Position } from './schema/record.js';

export type InputFormat = 'markdown' | 'text';
/** Every format congvan reads: .docx, .pdf and .html are converted to markdown or plain text, then read. */
export type DocumentFormat = InputFormat | ConvertedFormat;

export interface DocumentOptions extends Omit<ParseOptions, 'format'> {
  /** Reader to use; `auto` (default) decides by content (zip, %PDF-, HTML markup), then by extension. */
  format?: DocumentFormat | 'auto';
}

export interface ParseOptions {
  /** Path of the input, recorded in `source.file` and used to pick the reader by extension. */
  file?: string | null;
  /** Reader to use; `auto` (default) decides by extension, then by markdown syntax in the text. */
  format?: InputFormat | 'auto';
  /** Include `positions` (default true). */
  positions?: boolean;
  /** Character encoding of byte input; `auto` (default) detects it (BOM, UTF-8, legacy TCVN3 / VNI / Windows-1258). */
  encoding?: EncodingChoice;
}

/** Above this size a markdown input is read as plain text: micromark is superlinear on some inputs. */
const MARKDOWN_LIMIT = 256 * 1024;

export function parseDispatch(input: string | Uint8Array, options: ParseOptions = {}): DispatchRecord {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const sha256 = sha256Hex(bytes);
  const decoded = typeof input === 'string' ? decodeString(input, options.encoding) : decodeBytes(bytes, options.encoding);
  if (decoded.text.trim() === '') throw new CongvanError('empty-input', 'the input has no text');
  const normalized = normalizeText(decoded.text, decoded.units);
  const text = normalized.text;
  const collector = new Collector();
  if (decoded.warning) collector.message('invalid-encoding', 'warning', decoded.warning, null);
  if (decoded.note) collector.message('legacy-encoding', 'info', decoded.note, null);

  let format = chooseFormat(text, options);
  if (format === 'markdown' && text.length > MARKDOWN_LIMIT) {
    collector.message('markdown-fallback', 'info', `input is longer than ${MARKDOWN_LIMIT} characters: read as plain text, not markdown`, null);
    format = 'text';
  }
  // Plain text is cut into lines in one scan, made into Line objects when asked for; markdown goes through its
  // tree (read/markdown.ts).
  let lines: LineList;
  let frontMatter: boolean;
  if (format === 'markdown') {
    const tree: Root = readMarkdown(text);
    frontMatter = tree.children[0]?.type === 'yaml';
    lines = LineList.of(treeToLines(tree, text));
  } else ({ lines, frontMatter } = readTextList(text));
  if (frontMatter) collector.message('layout-front-matter', 'info', 'front matter before the document was skipped', 0);
  const doc = segment(lines, collector);
  const fields = extractAll(doc, collector);

  // Offsets in the normalised text → points in the decoded text; lines are counted only as far as the last
  // offset asked for (the annex of a long text holds none). Indexed loops over arrays, not destructuring
  // iteration of the map: this runs on every record.
  const toDecoded = (offset: number) => decodedOffset(normalized, offset);
  const withPositions = options.positions !== false;
  const pointers = withPositions ? [...collector.spans.keys()] : [];
  const spans = withPositions ? [...collector.spans.values()] : [];
  const drafts = collector.messages;
  let last = 0;
  for (let i = 0; i < spans.length; i++) last = Math.max(last, toDecoded(spans[i]![0]), toDecoded(spans[i]![1]));
  for (let i = 0; i < drafts.length; i++) if (drafts[i]!.offset !== null) last = Math.max(last, toDecoded(drafts[i]!.offset!));
  const starts = lineStarts(decoded.text, last);
  const positions: Record<string, Position> = {};
  for (let i = 0; i < spans.length; i++) {
    positions[pointers[i]!] = { start: pointAt(starts, toDecoded(spans[i]![0])), end: pointAt(starts, toDecoded(spans[i]![1])) };
  }
  const messages = new Array<Message>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const m = drafts[i]!;
    const point = m.offset === null ? null : pointAt(starts, toDecoded(m.offset));
    messages[i] = { ruleId: m.ruleId, severity: m.severity, message: m.message, line: point?.line ?? null, column: point?.column ?? null };
  }

  const record: DispatchRecord = {
    schemaVersion: SCHEMA_VERSION,
    source: { file: options.file ?? null, format, encoding: decoded.encoding, sha256 },
    ...fields,
    positions,
    messages,
  };
  // The rules of recordSchema, checked without loading zod (schema/check.ts); positions and messages, built just
  // above with the schema's properties in its order, are checked in place rather than copied.
  const checked = parseRecord(record, true);
  if (checked.problem !== null) throw new CongvanError('invalid-record', `internal error: the record fails its own schema at ${checked.problem.path}: ${checked.problem.message}`);
  return checked.record as DispatchRecord;
}

/**
 * Any document: .docx (mammoth → HTML → markdown), .pdf (its text layer, columns rebuilt, → plain text),
 * .html (page chrome dropped → markdown), or markdown / plain text as parseDispatch reads them. The converted
 * text is read by the same readers, so positions point into it; `source` describes the input itself.
 */
export async function parseDocument(input: string | Uint8Array, options: DocumentOptions = {}): Promise<DispatchRecord> {
  const format = options.format && options.format !== 'auto' ? options.format : (sniffFormat(input, options.file) ?? 'auto');
  if (format !== 'docx' && format !== 'pdf' && format !== 'html') return parseDispatch(input, { ...options, format });
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length === 0) throw new CongvanError('empty-input', 'the input is empty');
  let converted: { text: string; reader: InputFormat; encoding: string; notes: string[] };
  if (format === 'docx') {
    const { docxToMarkdown } = await import('./read/docx.js');
    const { markdown, notes } = await docxToMarkdown(bytes);
    converted = { text: markdown, reader: 'markdown', encoding: 'utf-8', notes };
  } else if (format === 'pdf') {
    const { pdfToText } = await import('./read/pdf.js');
    const { text, notes } = await pdfToText(bytes);
    converted = { text, reader: 'text', encoding: 'pdf-text', notes };
  } else {
    const decoded = typeof input === 'string' ? decodeString(input, options.encoding) : decodeBytes(bytes, options.encoding);
    const { htmlToMarkdown } = await import('./read/html.js');
    converted = { text: htmlToMarkdown(decoded.text), reader: 'markdown', encoding: decoded.encoding, notes: [] };
  }
  if (converted.text.trim() === '') throw new CongvanError('empty-input', `the ${format} file has no text`);
  const record = parseDispatch(converted.text, { file: options.file ?? null, format: converted.reader, positions: options.positions ?? true });
  const note: Message = {
    ruleId: 'converted',
    severity: 'info',
    message: [`read from ${format.toUpperCase()} as ${converted.reader === 'text' ? 'plain text' : 'markdown'}; positions point into that text`, ...converted.notes].join('; '),
    line: null,
    column: null,
  };
  return {
    ...record,
    source: { ...record.source, format, encoding: converted.encoding, sha256: sha256Hex(bytes) },
    messages: [note, ...record.messages],
  };
}

function chooseFormat(text: string, options: ParseOptions): InputFormat {
  if (options.format && options.format !== 'auto') return options.format;
  const file = options.file ?? '';
  if (/\.(md|markdown|mdown|mkd)$/i.test(file)) return 'markdown';
  // A .txt file is plain text unless it carries unmistakable markdown (tables, emphasis, headings).
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/** Markdown is recognised by its syntax: pipe tables, ATX headings, emphasis around fields, front matter. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20000);
  // Each pattern needs its character ('|', '#', '*'): a scan for it is cheaper than the multi-line pattern.
  return (
    (head.includes('|') && PIPE_ROW.test(head)) ||
    (head.includes('#') && ATX_HEADING.test(head)) ||
    (head.includes('*') && (EMPHASIS_LINE.test(head) || STRONG.test(head))) ||
    FRONT_MATTER_BLOCK.test(head)
  );
}

const PIPE_ROW = /^\|.*\|[ \t]*$/m;
const ATX_HEADING = /^#{1,6}[ \t]+\S/m;
const EMPHASIS_LINE = /^\*{1,3}[^*\n]+\*{1,3}[ \t]*$/m;
const STRONG = /\*\*[^*\n]+\*\*/;
const FRONT_MATTER_BLOCK = /^---\n[\s\S]*?\n---\n/;

/** The record of an input that could not be read or parsed, so that a batch loses nothing. */
export function toErrorRecord(file: string | null, error: unknown, source: Partial<ErrorRecord['source']> = {}): ErrorRecord {
  const code = error instanceof CongvanError ? error.code : 'internal-error';
  const message = error instanceof Error ? error.message : String(error);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { file, format: source.format ?? null, encoding: source.encoding ?? null, sha256: source.sha256 ?? null, ...(source.id === undefined ? {} : { id: source.id }) },
    error: { code, message },
  };
}
