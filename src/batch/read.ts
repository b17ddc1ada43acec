/** Reading an input file: every failure becomes a CongvanError with a short, stable message. */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { CongvanError } from '../errors.js';

/** The default of `--max-bytes`: inputs larger than this are refused (input-too-large). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads an input, refusing one larger than `maxBytes` (input-too-large): by its size before reading when it is
 * a regular file, by what was read otherwise (a FIFO, a device).
 */
export function readInputFile(file: string, path: string, maxBytes: number = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number | null = null;
  let bytes: Uint8Array;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(stat.size, maxBytes, file);
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof CongvanError) throw error;
    throw new CongvanError('unreadable-input', describeReadError(error), { cause: error, file });
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, file);
  return bytes;
}

export function tooLarge(size: number, maxBytes: number, file: string | null): CongvanError {
  return new CongvanError('input-too-large', `too large: ${size} bytes, more than --max-bytes ${maxBytes}`, { file });
}

/** `--max-bytes`: a whole number of bytes, or with a k, M or G suffix (×1024, ×1024², ×1024³). */
export function parseByteCount(value: string): number | null {
  const match = /^(\d+)([kKmMgG]?)[bB]?$/.exec(value.trim());
  if (match === null) return null;
  const power = { '': 0, k: 1, m: 2, g: 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Number(match[1]) * 1024 ** power;
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : null;
}

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
