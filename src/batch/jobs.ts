/** How many worker threads a batch uses when --jobs is not given. */
import { availableParallelism } from 'node:os';

/**
 * Below this many inputs a batch runs in one thread: a worker spends about half a second loading and
 * warming up the parser, more than it saves on a few documents.
 */
export const SMALL_BATCH = 32;

export function defaultJobs(inputs: number): number {
  return inputs < SMALL_BATCH ? 1 : availableParallelism();
}
