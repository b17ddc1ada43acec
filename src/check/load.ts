/**
 * An input for check and diff: its record and the text that the record's positions point into (the decoded
 * text of markdown and plain text, the converted text of .docx, .pdf and .html — as parseDocument reads them).
 */
import { CongvanError } from '../errors.js';
import { parseDispatch, type DocumentFormat } from '../pipeline.js';
import { decodeBytes, type EncodingChoice } from '../read/decode.js';
import { sniffFormat } from '../read/sniff.js';
import type { DispatchRecord } from '../schema/record.js';

export interface Loaded {
  record: DispatchRecord;
  text: string;
}

export interface LoadOptions {
  file: string | null;
  format?: DocumentFormat | 'auto';
  encoding?: EncodingChoice;
}

export async function loadDocument(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const format = options.format && options.format !== 'auto' ? options.format : (sniffFormat(bytes, options.file) ?? 'auto');
  if (format === 'docx' || format === 'pdf' || format === 'html') {
    let text: string;
    let reader: 'markdown' | 'text' = 'markdown';
    if (format === 'docx') text = (await (await import('../read/docx.js')).docxToMarkdown(bytes)).markdown;
    else if (format === 'pdf') {
      text = (await (await import('../read/pdf.js')).pdfToText(bytes)).text;
      reader = 'text';
    } else text = (await import('../read/html.js')).htmlToMarkdown(decodeBytes(bytes, options.encoding).text);
    if (text.trim() === '') throw new CongvanError('empty-input', `the ${format} file has no text`);
    const record = parseDispatch(text, { file: options.file, format: reader });
    return { record: { ...record, source: { ...record.source, format } }, text };
  }
  const record = parseDispatch(bytes, { file: options.file, format, encoding: options.encoding ?? 'auto' });
  return { record, text: decodeBytes(bytes, options.encoding).text };
}
