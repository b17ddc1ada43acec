/** What a command may touch of the process: its streams and environment. Tests can pass their own. */
import { Chalk, chalkStderr, type ChalkInstance } from 'chalk';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/**
 * Colours for stderr: only on a terminal and only without NO_COLOR (https://no-color.org).
 * chalk's own detection lets FORCE_COLOR colour a pipe and ignores NO_COLOR, so both are decided here.
 */
export function stderrColours(io: Pick<Io, 'stderr' | 'env'>): ChalkInstance {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return new Chalk({ level: io.stderr.isTTY === true && !noColor ? chalkStderr.level : 0 });
}
