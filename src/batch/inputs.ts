/**
 * The inputs of a batch: what the operands of `congvan parse` name, in a stable order.
 *
 * An operand is `-` (stdin), an existing folder (read recursively), an existing file, a glob (tinyglobby), or
 * a path that does not exist (an input that will fail as unreadable). Files named on the command line are read
 * whatever their extension; files found in folders and by globs are read when their extension is supported,
 * and listed otherwise. The inputs are sorted by path in code-unit order, each file once.
 */
import { readdir } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GlobOptions } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS } from '../emit/summary.js';
import { describeReadError } from './read.js';

/** The name that stands for stdin among the operands. */
export const STDIN = '-';

export type OperandKind = 'stdin' | 'file' | 'folder' | 'glob';

export interface Operand {
  text: string;
  kind: OperandKind;
}

export interface Input {
  /** The path as shown in diagnostics and recorded in `source.file`; `-` for stdin. */
  file: string;
  /** Absolute path; null for stdin. */
  path: string | null;
}

export interface Expansion {
  inputs: Input[];
  /** Files found in folders or by globs and not read because of their extension, sorted. */
  unsupported: string[];
  /** Glob operands that matched no file. */
  unmatched: string[];
  /** Folders that could not be listed (permission denied…), with the reason: their files are not inputs. */
  unreadable: Array<{ folder: string; message: string }>;
  /** The deepest folder that holds every input (for mirroring into an output folder); null without files. */
  base: string | null;
}

export interface ExpandOptions {
  cwd: string;
  /** Glob patterns (relative to cwd) of files to leave out of folders and globs. */
  ignore: readonly string[];
  /** A folder whose files are never inputs (the output folder). */
  exclude?: string | null;
  signal?: AbortSignal;
}

export async function classifyOperand(text: string, cwd: string): Promise<Operand> {
  if (text === STDIN) return { text, kind: 'stdin' };
  try {
    const stats = await stat(path.resolve(cwd, text));
    return { text, kind: stats.isDirectory() ? 'folder' : 'file' };
  } catch {
    return { text, kind: globber().isDynamicPattern(text) ? 'glob' : 'file' };
  }
}

export function isSupported(file: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension);
}

export async function expandOperands(operands: readonly Operand[], options: ExpandOptions): Promise<Expansion> {
  const { cwd } = options;
  /** Absolute path → input; explicit files first, so that they win over the same file found in a folder. */
  const inputs = new Map<string, Input>();
  const unsupported = new Map<string, string>();
  const unmatched: string[] = [];
  const unreadable = new Map<string, string>();
  const bases: string[] = [];
  const exclude = options.exclude ? path.resolve(cwd, options.exclude) : null;

  for (const operand of operands) {
    if (operand.kind === 'stdin') inputs.set(STDIN, { file: STDIN, path: null });
    if (operand.kind !== 'file') continue;
    const absolute = path.resolve(cwd, operand.text);
    if (!inputs.has(absolute)) inputs.set(absolute, { file: operand.text, path: absolute });
    bases.push(path.dirname(absolute));
  }

  for (const operand of operands) {
    if (operand.kind !== 'folder' && operand.kind !== 'glob') continue;
    const { escapePath, glob } = globber();
    const fs = listingFs((folder, error) => {
      const absolute = path.resolve(cwd, folder);
      unreadable.set(path.isAbsolute(operand.text) ? absolute : path.relative(cwd, absolute) || '.', describeReadError(error));
    });
    const pattern = operand.kind === 'folder' ? `${escapePath(trimSlashes(operand.text))}/**` : operand.text;
    const found = await glob([pattern], { cwd, absolute: true, dot: true, onlyFiles: true, ignore: [...options.ignore], signal: options.signal, fs });
    options.signal?.throwIfAborted();
    bases.push(operand.kind === 'folder' ? path.resolve(cwd, operand.text) : globBase(operand.text, cwd));
    let matched = 0;
    for (const absolute of found) {
      if (exclude !== null && isInside(absolute, exclude)) continue;
      matched += 1;
      if (inputs.has(absolute) || unsupported.has(absolute)) continue;
      const file = path.isAbsolute(operand.text) ? absolute : path.relative(cwd, absolute);
      if (isSupported(absolute)) inputs.set(absolute, { file, path: absolute });
      else unsupported.set(absolute, file);
    }
    if (operand.kind === 'glob' && matched === 0) unmatched.push(operand.text);
  }

  return {
    inputs: (await onePerFile([...inputs.values()], (input) => input.path)).sort((a, b) => compareCodeUnits(a.file, b.file)),
    unsupported: (await onePerFile([...unsupported].map(([absolute, file]) => ({ file, absolute })), (entry) => entry.absolute))
      .map((entry) => entry.file)
      .sort(compareCodeUnits),
    unmatched,
    unreadable: [...unreadable].sort(([a], [b]) => compareCodeUnits(a, b)).map(([folder, message]) => ({ folder, message })),
    base: commonFolder(bases),
  };
}

let tinyglobby: typeof import('tinyglobby') | null = null;

/**
 * tinyglobby (with picomatch and fdir), loaded when an operand is a folder, a glob or a missing path: a run
 * over named files never loads it. Loaded with `require`, because globBase is synchronous.
 */
function globber(): typeof import('tinyglobby') {
  tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  return tinyglobby;
}

/**
 * Keeps one entry per file on disk: a file reached through a symbolic link (or a link loop) under several paths
 * is read once, under the path that sorts first.
 */
const REALPATH_BATCH = 64;

async function onePerFile<T extends { file: string }>(entries: T[], pathOf: (entry: T) => string | null): Promise<T[]> {
  const byFile = new Map<string, T>();
  // A few at a time: a promise and a request for each of 50,000 files at once grew memory with the batch.
  const real: Array<string | null> = [];
  for (let from = 0; from < entries.length; from += REALPATH_BATCH) {
    const resolved = await Promise.all(
      entries.slice(from, from + REALPATH_BATCH).map((entry) => {
        const absolute = pathOf(entry);
        return absolute === null ? null : realpath(absolute).catch(() => absolute);
      }),
    );
    real.push(...resolved);
  }
  const kept: T[] = [];
  for (const [i, entry] of entries.entries()) {
    const key = real[i];
    if (key === null || key === undefined) {
      kept.push(entry);
      continue;
    }
    const previous = byFile.get(key);
    if (previous === undefined || compareCodeUnits(entry.file, previous.file) < 0) byFile.set(key, entry);
  }
  return [...kept, ...byFile.values()];
}

/**
 * The file system for tinyglobby, which skips the folders it cannot list without a word: this one also
 * tells `onError` about each, so that they can be reported.
 */
function listingFs(onError: (folder: string, error: NodeJS.ErrnoException) => void): NonNullable<GlobOptions['fs']> {
  const list = (folder: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    readdir(folder, options as { withFileTypes: true }, (error, entries) => {
      if (error) onError(folder, error);
      callback(error, entries);
    });
  };
  return { readdir: list as unknown as typeof readdir };
}

/** Sorting by UTF-16 code units: the same order on every machine and in every locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function trimSlashes(folder: string): string {
  const trimmed = folder.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The folder a glob starts from: its leading segments without glob syntax. */
export function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  const { isDynamicPattern } = globber();
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  const prefix = fixed.join('/');
  return path.resolve(cwd, prefix === '' && pattern.startsWith('/') ? '/' : prefix);
}

/** The deepest folder that contains every given folder. */
export function commonFolder(folders: readonly string[]): string | null {
  const [first, ...rest] = folders;
  if (first === undefined) return null;
  let common = first.split(path.sep);
  for (const folder of rest) {
    const parts = folder.split(path.sep);
    let length = 0;
    while (length < common.length && length < parts.length && common[length] === parts[length]) length += 1;
    common = common.slice(0, length);
  }
  return common.join(path.sep) || path.sep;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
