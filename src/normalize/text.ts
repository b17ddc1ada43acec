/**
 * Named normalisation steps over decoded text: line endings (CRLF, CR → LF),
 * Unicode NFC, and space-like characters. The result keeps an offset map back to
 * the decoded text so that every position the parser reports points into it.
 */
export interface NormalizedText {
  /** The normalised text that readers and extractors see. */
  text: string;
  /**
   * For each offset in `text` (and one past the end), the offset in the decoded text;
   * `null` when the two are identical.
   */
  map: Int32Array | null;
}

/** Removed: zero-width characters. Turned into a plain space: no-break spaces, tabs, form feeds. */
const ZERO_WIDTH = /^[\u200b\u200c\u200d\u2060\ufeff]$/u;
const TO_SPACE = /^[\u00a0\u2007\u202f\t\v\f]$/u;
const needsWork = /[\r\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\t\v\f]/u;
const combining = /\p{M}/u;

export function normalizeText(decoded: string): NormalizedText {
  const simple = !needsWork.test(decoded);
  if (simple && (!combining.test(decoded) || decoded.normalize('NFC') === decoded)) {
    return { text: decoded, map: null };
  }
  const out: string[] = [];
  const map: number[] = [];
  // A cluster is one base character with its combining marks; NFC works within clusters.
  const cluster = /\r\n|[^\p{M}][\p{M}]*|[\p{M}]+/gsu;
  for (const m of decoded.matchAll(cluster)) {
    const at = m.index;
    let piece = m[0];
    if (piece === '\r\n' || piece === '\r') piece = '\n';
    else if (piece.length > 1) piece = piece.normalize('NFC');
    else if (ZERO_WIDTH.test(piece)) piece = '';
    else if (TO_SPACE.test(piece)) piece = ' ';
    for (let i = 0; i < piece.length; i++) {
      out.push(piece[i]!);
      map.push(at + Math.min(i, m[0].length - 1));
    }
  }
  map.push(decoded.length);
  const text = out.join('');
  return { text, map: Int32Array.from(map) };
}

/** Line starts of a text, for offset → (line, column) conversion. */
export function lineStarts(text: string): Int32Array {
  const starts = [0];
  if (!text.includes('\r')) {
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    return Int32Array.from(starts);
  }
  // LF, CRLF and a lone CR each end a line.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

export function pointAt(starts: Int32Array, offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}
