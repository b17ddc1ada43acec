/** Bytes → text. Detects BOMs, rejects binary data, reports the encoding used. */
import { CongvanError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the bytes were not valid in the detected encoding. */
  warning?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new CongvanError('empty-input', 'the input is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) {
    throw new CongvanError('binary-input', 'the input is binary data, not text (unsupported format)');
  }
  return decodeUtf8(bytes, 'utf-8');
}

function decodeUtf8(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding };
  } catch {
    return {
      text: utf8Lenient.decode(bytes),
      encoding,
      warning: 'the input is not valid UTF-8; invalid bytes were replaced with U+FFFD',
    };
  }
}

/** NUL bytes or a high share of control characters in the first 8 KiB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.1;
}
