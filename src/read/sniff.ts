/**
 * Which reader a file needs, by its content first (magic bytes, markup) and its extension second: a `.txt`
 * that is really a PDF is read as a PDF, a `.docx` that is not a zip is reported as a damaged .docx.
 */
export type ConvertedFormat = 'docx' | 'pdf' | 'html';

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');

/** The format of bytes or text that must be converted before the readers, or null for markdown / plain text. */
export function sniffFormat(input: string | Uint8Array, file: string | null | undefined): ConvertedFormat | null {
  const extension = /\.([a-z0-9]+)$/iu.exec(file ?? '')?.[1]?.toLowerCase() ?? '';
  const head = typeof input === 'string' ? input.slice(0, 1024) : ascii(input, 0, 1024);
  if (typeof input !== 'string') {
    if (isZip(input) && (containsAscii(input, 'word/') || extension === 'docx')) return 'docx';
    if (head.includes('%PDF-')) return 'pdf';
    if (extension === 'docx' || extension === 'pdf') return extension;
  }
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html[\s>])/iu.test(head) || /<(?:html|head|body)[\s>]/iu.test(head) ? 'html' : null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The zip's local headers and central directory name its parts: "word/document.xml" marks a Word file. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}
