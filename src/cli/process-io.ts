/**
 * The process's own streams and environment as an Io. Kept apart from io.ts, which loads chalk: a run that has
 * no diagnostic to print never loads it (issue #4).
 */
import type { Io } from './io.js';

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    onInterrupt(listener) {
      // Only the first interrupt is ours: a second one ends the process at once, as usual.
      process.once('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
  };
}
