/** Reading an input file: every failure becomes a CongvanError with a short, stable message. */
import { readFileSync } from 'node:fs';
import { CongvanError } from '../errors.js';

/** The default of `--max-bytes`: inputs larger than this are refused (input-too-large). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function readInputFile(file: string, path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CongvanError('unreadable-input', describeReadError(error), { cause: error, file });
  }
}

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
