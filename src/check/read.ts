/** The bytes of an operand of check or diff: a file, or `-` for stdin (read once). */
import { CongvanError } from '../errors.js';
import { readInputFile, describeReadError } from '../batch/read.js';
import type { Io } from '../cli/io.js';

export const STDIN = '-';

export async function readOperand(file: string, stdin: Io['stdin']): Promise<Uint8Array> {
  if (file !== STDIN) return readInputFile(file, file);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  } catch (error) {
    throw new CongvanError('unreadable-input', describeReadError(error), { cause: error, file: STDIN });
  }
  return Buffer.concat(chunks);
}

/** `-` may stand for one operand only: stdin is read once. */
export function checkStdinOnce(files: readonly string[]): void {
  if (files.filter((file) => file === STDIN).length > 1) throw new CongvanError('usage', 'stdin (-) can be given once');
}
