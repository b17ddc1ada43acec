/**
 * What a command may touch of the process: its streams and environment (process-io.ts has the real ones;
 * tests can pass their own), and the colours of its diagnostics.
 */
import { Chalk, chalkStderr, type ChalkInstance } from 'chalk';

export interface Output {
  /** Returns false when the caller should wait for 'drain' (Node streams). */
  write(text: string): unknown;
  isTTY?: boolean;
  /** Terminal width, when the output is a terminal. */
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
  on?(event: 'error', listener: (error: Error) => void): unknown;
}

export interface Io {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  /** Calls `listener` on an interrupt (SIGINT, Ctrl-C); returns the function that stops listening. */
  onInterrupt?(listener: () => void): () => void;
}

/**
 * Colours for stderr: only on a terminal and only without NO_COLOR (https://no-color.org).
 * chalk's own detection lets FORCE_COLOR colour a pipe and ignores NO_COLOR, so both are decided here.
 */
export function stderrColours(io: Pick<Io, 'stderr' | 'env'>): ChalkInstance {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return new Chalk({ level: io.stderr.isTTY === true && !noColor ? chalkStderr.level : 0 });
}
