/**
 * Runs the tasks of a batch on worker threads and yields their outcomes in input order.
 *
 * Memory stays flat in the number of inputs: a task is sent only while fewer than `window` outcomes are
 * waiting to be yielded (the reorder buffer), and the generator sends nothing while its consumer is busy
 * writing (backpressure). Each worker holds a few tasks, so that it never waits for the next one.
 *
 * `jobs` is the number of threads that parse, the main thread among them: with one job the tasks run in the main
 * thread alone, without the cost of starting a worker; with N, N − 1 workers parse and the main thread takes a
 * task itself whenever it has no outcome to hand on. The main thread parses at full speed (its young
 * generation is V8's default, and its records need no copying between threads), and each worker fewer is one
 * heap and one JIT warm-up fewer: two workers beside an idle main thread spent about 1.5 times the CPU of one
 * thread on the same batch.
 */
import { Worker } from 'node:worker_threads';
import { serializerFor, type BatchSettings, type Outcome, type Task } from './settings.js';

export interface PoolOptions {
  jobs: number;
  settings: BatchSettings;
  /** Stop sending tasks and return as soon as this aborts. */
  signal?: AbortSignal;
  /** The most outcomes held for reordering (default 16 per job, at least 64). */
  window?: number;
}

/**
 * The built worker, bundled like the CLI (dist/bundle/worker.js: one file and the chunks it shares with the CLI,
 * not a few hundred modules to resolve in every worker), from src/, dist/ or dist/bundle/ alike.
 */
const WORKER_URL = new URL('../../dist/bundle/worker.js', import.meta.url);
/**
 * A worker's young generation, in MB. V8's default (tens of MB a thread) only delays the collection of each
 * document's short-lived garbage, and with two workers it was most of the batch's peak RSS. 12 MB keeps the
 * time a worker spends collecting garbage near 12 % (6 MB: 15–20 %; 24 MB: 10 %, and 20 MB more RSS). The old
 * generation keeps V8's default limit, so that one large input (up to --max-bytes) is not cut short.
 */
const YOUNG_GENERATION_MB = 12;
/** Tasks queued in each worker: enough to keep it busy while the main thread parses a document of its own. */
const TASKS_PER_WORKER = 4;

export function runTasks(tasks: Iterable<Task>, options: PoolOptions): AsyncGenerator<Outcome> {
  return options.jobs <= 1 ? runInProcess(tasks, options) : runOnWorkers(tasks, options);
}

async function* runInProcess(tasks: Iterable<Task>, options: PoolOptions): AsyncGenerator<Outcome> {
  const { runTask } = await import('./task.js');
  const serialize = serializerFor(options.settings);
  for (const task of tasks) {
    // Let the event loop run between tasks, so that SIGINT and stream events are handled.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) return;
    yield await runTask(task, options.settings, serialize);
  }
}

interface PoolWorker {
  worker: Worker;
  running: Map<number, Task>;
  failure: unknown;
  /** Outcomes it has posted: a worker that dies before the first could not start, and is not replaced. */
  finished: number;
}

async function* runOnWorkers(tasks: Iterable<Task>, options: PoolOptions): AsyncGenerator<Outcome> {
  const window = options.window ?? Math.max(64, options.jobs * 16);
  const { runTask, failedOutcome } = await import('./task.js');
  const serialize = serializerFor(options.settings);
  const pending = tasks[Symbol.iterator]();
  const ready = new Map<number, Outcome>();
  /** Tasks lost with a worker that died, with the reason, waiting for their error records. */
  const lost: Array<[Task, unknown]> = [];
  const workers: PoolWorker[] = [];
  let sent = 0;
  let next = 0;
  let exhausted = false;
  let closing = false;
  let fatal: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };

  const start = (): PoolWorker => {
    const entry: PoolWorker = { worker: new Worker(WORKER_URL, { workerData: options.settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), running: new Map(), failure: null, finished: 0 };
    entry.worker.on('message', (outcome: Outcome) => {
      entry.finished += 1;
      entry.running.delete(outcome.index);
      ready.set(outcome.index, outcome);
      notify();
    });
    entry.worker.on('error', (error) => {
      entry.failure = error;
    });
    entry.worker.on('exit', (code) => {
      if (closing) return;
      const reason = entry.failure ?? new Error(`worker thread stopped with exit code ${code}`);
      if (entry.finished === 0) {
        // It could not start (e.g. dist/ is not built): no other worker will do better.
        fatal = new Error(`cannot start a worker thread (${WORKER_URL.pathname}): ${reason instanceof Error ? reason.message : String(reason)}`, { cause: reason });
        notify();
        return;
      }
      // A worker that dies takes its tasks with it: each becomes an error record, and a new worker takes over.
      for (const task of entry.running.values()) lost.push([task, reason]);
      entry.running.clear();
      workers.splice(workers.indexOf(entry), 1, start());
      notify();
    });
    return entry;
  };

  const dispatch = () => {
    while (!exhausted && sent < next + window && !options.signal?.aborted) {
      const idle = workers.reduce<PoolWorker | null>((best, entry) => (entry.running.size < (best?.running.size ?? TASKS_PER_WORKER) ? entry : best), null);
      if (idle === null) return;
      const item = pending.next();
      if (item.done) {
        exhausted = true;
        return;
      }
      idle.running.set(item.value.index, item.value);
      idle.worker.postMessage(item.value);
      sent += 1;
    }
  };

  const onAbort = () => notify();
  options.signal?.addEventListener('abort', onAbort);
  try {
    for (let job = 1; job < options.jobs; job += 1) workers.push(start());
    for (;;) {
      if (fatal !== null) throw fatal;
      if (lost.length > 0) {
        for (const [task, reason] of lost.splice(0)) ready.set(task.index, failedOutcome(task, reason, serialize, null));
      }
      dispatch();
      const outcome = ready.get(next);
      if (outcome !== undefined) {
        ready.delete(next);
        next += 1;
        yield outcome;
        continue;
      }
      if (options.signal?.aborted || (exhausted && next === sent)) return;
      // Nothing to hand on: the main thread parses the next task itself, after letting the event loop run
      // (the workers' messages, SIGINT, stream events).
      if (!exhausted && sent < next + window) {
        await new Promise((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) return;
        dispatch();
        const item = exhausted ? null : pending.next();
        if (item === null) continue;
        if (item.done) {
          exhausted = true;
          continue;
        }
        sent += 1;
        ready.set(item.value.index, await runTask(item.value, options.settings, serialize));
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    closing = true;
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }
}
