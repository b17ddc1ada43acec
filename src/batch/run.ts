/**
 * A batch: every input through the pool, each outcome written in input order, diagnostics and progress on
 * stderr, a summary at the end. Returns the exit code.
 */
import path from 'node:path';
import { formatDiagnostics } from '../emit/diagnostics.js';
import { formatSummary, type BatchSummary } from '../emit/summary.js';
import { exitCode } from '../cli/exit-code.js';
import { stderrColours, type Io } from '../cli/io.js';
import type { Expansion, Input } from './inputs.js';
import { runTasks } from './pool.js';
import { ProgressBar } from './progress.js';
import { streamFormat, type BatchSettings, type Task } from './settings.js';
import { FolderWriter, StreamWriter } from './writers.js';

export interface BatchOptions {
  settings: BatchSettings;
  /** Worker threads; 1 runs in the main thread. */
  jobs: number;
  /** Output folder (`-o DIR`), with settings.destination `files`. */
  outDir: string | null;
  resume: boolean;
  failFast: boolean;
  quiet: boolean;
  /** The bytes of stdin, when `-` is among the inputs. */
  stdin: Uint8Array | null;
  /** Aborts on an interrupt: the batch stops after the record being written. */
  signal?: AbortSignal;
}

export async function runBatch(expansion: Expansion, options: BatchOptions, io: Io): Promise<number> {
  const { inputs } = expansion;
  const folder = options.outDir === null ? null : new FolderWriter(path.resolve(options.outDir), expansion.base ?? process.cwd());
  const stream = folder === null ? new StreamWriter(io.stdout, streamFormat(options.settings)) : null;
  const colour = stderrColours(io);
  const progress = io.stderr.isTTY === true && !options.quiet && inputs.length > 0 ? new ProgressBar(io.stderr, inputs.length) : null;
  const say = (text: string) => (progress === null ? io.stderr.write(text) : progress.print(text));

  const summary: BatchSummary = {
    read: 0,
    clean: 0,
    withErrors: 0,
    failed: 0,
    byFormat: {},
    skipped: 0,
    unsupported: expansion.unsupported,
    unmatched: expansion.unmatched,
    unreadable: expansion.unreadable,
    stopped: null,
  };
  let processed = 0;
  let writeFailed = false;

  function* tasks(): Generator<Task> {
    for (const [index, input] of inputs.entries()) yield taskFor(index, input);
  }
  const taskFor = (index: number, input: Input): Task => ({
    index,
    file: input.file,
    path: input.path,
    ...(input.path === null ? { bytes: options.stdin ?? new Uint8Array() } : {}),
    target: folder !== null && input.path !== null ? folder.targetFor(input.path) : null,
    resume: options.resume,
  });

  try {
    for await (const outcome of runTasks(tasks(), { jobs: options.jobs, settings: options.settings, signal: options.signal })) {
      processed += 1;
      if (outcome.status === 'skipped') {
        summary.skipped += 1;
      } else {
        try {
          await (folder ?? stream!).write(outcome.text, outcome.target);
        } catch (error) {
          say(`congvan: ${outcome.target ?? '-'}: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
          writeFailed = true;
          break;
        }
        summary.read += 1;
        if (outcome.status === 'failed') {
          summary.failed += 1;
          say(`congvan: ${outcome.file}: ${outcome.error?.message ?? 'failed'}\n`);
        } else {
          if (outcome.status === 'clean') summary.clean += 1;
          else summary.withErrors += 1;
          if (outcome.format !== null) summary.byFormat[outcome.format] = (summary.byFormat[outcome.format] ?? 0) + 1;
          if (!options.quiet) say(formatDiagnostics(outcome.file, outcome.messages, colour));
        }
      }
      progress?.update(processed);
      if (stream?.closed) {
        summary.stopped = { reason: 'output-closed', remaining: inputs.length - processed };
        break;
      }
      if (options.failFast && outcome.status === 'failed') {
        summary.stopped = { reason: 'fail-fast', remaining: inputs.length - processed };
        break;
      }
      if (options.signal?.aborted) break;
    }
  } finally {
    await folder?.removeTemporaryFiles();
  }
  if (options.signal?.aborted && summary.stopped === null && processed < inputs.length) {
    summary.stopped = { reason: 'interrupted', remaining: inputs.length - processed };
  }

  await (folder ?? stream!).close();
  progress?.clear();
  io.stderr.write(formatSummary(summary));

  if (summary.stopped?.reason === 'interrupted') return exitCode.interrupted;
  if (summary.failed > 0 || summary.unmatched.length > 0 || summary.unreadable.length > 0 || writeFailed) return exitCode.failure;
  if (summary.withErrors > 0) return exitCode.errors;
  return exitCode.ok;
}
