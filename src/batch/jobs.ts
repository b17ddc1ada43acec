/** How many threads parse in a batch (the main thread and jobs − 1 workers) when --jobs is not given. */
import { availableParallelism } from 'node:os';

/**
 * Below this many inputs a batch runs in one thread: a worker spends about half a second loading and
 * warming up the parser, more than it saves on a few documents.
 */
export const SMALL_BATCH = 32;

/**
 * One fewer than the cores: a parsing thread keeps V8's own threads (concurrent garbage collection and
 * compilation) busy beside it — the main thread alone used about 1.5 cores of a 2-core machine — and the main
 * thread also orders and writes the records. On 2 cores that is 1.
 */
export function defaultJobs(inputs: number): number {
  return inputs < SMALL_BATCH ? 1 : Math.max(1, availableParallelism() - 1);
}
