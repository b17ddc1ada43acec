/**
 * The patterns congvan builds at run time, found by watching it: `RegExp` is replaced by a proxy that notes
 * every pattern constructed from a frame in src/ (module constants as each module of src/ is imported, patterns
 * built inside functions as a workload runs), and `RegExp.prototype.exec`, through which every match, test,
 * replace and split goes, notes the first use of each pattern object from src/. Exported RegExp values of
 * every module are collected too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { constructorSites, sourceFiles } from './scan.js';

export interface Pattern {
  source: string;
  flags: string;
  /** Where it was seen: `src/file.ts:line` of the frame that built or used it, or `export NAME of src/file.ts`. */
  site: string;
}

export interface Collected {
  /** Patterns built with RegExp(…) (directly or through a helper such as latin()), with every src/ frame of the stack. */
  constructed: Array<Pattern & { frames: string[] }>;
  /** Patterns used from src/ (literals and constructed ones alike). */
  executed: Pattern[];
  /** RegExp values exported by a module of src/. */
  exported: Pattern[];
  /** Modules that were imported. */
  modules: string[];
}

/** Modules not imported: the batch worker's entry attaches itself to the parent port of a worker thread. */
const NOT_IMPORTED = new Set(['batch/worker.ts']);

export async function collect(srcRoot: string, workload: () => Promise<void>): Promise<Collected> {
  const root = path.resolve(srcRoot);
  const constructorLines = new Set<string>();
  for (const file of sourceFiles(root)) {
    for (const site of constructorSites(readFileSync(file, 'utf8'), path.relative(path.dirname(root), file))) constructorLines.add(`${site.file}:${site.line}`);
  }
  /** The src/ frames of a stack; with `callerOnly`, none unless the first frame with a file (the caller) is in src/. */
  const frames = (stack: string | undefined, callerOnly = false): string[] => {
    const out: string[] = [];
    for (const line of (stack ?? '').split('\n')) {
      const m = /\(?((?:file:\/\/)?\/[^():]+\.[cm]?[jt]s):(\d+):\d+\)?$/u.exec(line.trim());
      if (!m) continue;
      const file = m[1]!.replace(/^file:\/\//u, '');
      if (file.endsWith(`${path.sep}collect.ts`)) continue;
      if (!file.startsWith(`${root}${path.sep}`) || file.includes('node_modules')) {
        if (callerOnly) break;
        continue;
      }
      out.push(`${path.relative(path.dirname(root), file)}:${m[2]}`);
    }
    return out;
  };

  const constructed: Collected['constructed'] = [];
  const executed: Pattern[] = [];
  const seen = new WeakSet<RegExp>();
  const OriginalRegExp = RegExp;
  const originalExec = RegExp.prototype.exec;
  let inside = false;
  const constructedKeys = new Set<string>();
  const executedKeys = new Set<string>();
  const note = (re: RegExp) => {
    // A stack is costly (source maps): read once for each pattern, not for each object built (latin() builds one per call with g).
    if (inside || constructedKeys.has(`${re.flags}/${re.source}`)) return;
    constructedKeys.add(`${re.flags}/${re.source}`);
    inside = true;
    try {
      const at = frames(new Error().stack);
      // The site is the first frame that is not a RegExp( line (a helper such as latin() builds patterns for its callers).
      if (at.length) constructed.push({ source: re.source, flags: re.flags, site: at.find((f) => !constructorLines.has(f)) ?? at[0]!, frames: at });
    } finally {
      inside = false;
    }
  };
  const proxy = new Proxy(OriginalRegExp, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as RegExp;
      note(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      note(re);
      return re;
    },
  });
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  (globalThis as { RegExp: RegExpConstructor }).RegExp = proxy;
  // Reading a stack runs patterns too (the source maps of the stack, and frames() itself): not watched.
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    if (!inside && !seen.has(this)) {
      seen.add(this);
      const key = `${this.flags}/${this.source}`;
      if (!executedKeys.has(key)) {
        inside = true;
        try {
          const at = frames(new Error().stack, true);
          if (at.length) {
            executedKeys.add(key);
            executed.push({ source: this.source, flags: this.flags, site: at[0]! });
          }
        } finally {
          inside = false;
        }
      }
    }
    return originalExec.call(this, input);
  };
  const exported: Pattern[] = [];
  const modules: string[] = [];
  try {
    for (const file of sourceFiles(root)) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (NOT_IMPORTED.has(relative)) continue;
      const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
      modules.push(`src/${relative}`);
      for (const [name, value] of Object.entries(module)) {
        for (const re of regexpsIn(value)) exported.push({ source: re.source, flags: re.flags, site: `export ${name} of src/${relative}` });
      }
    }
    await workload();
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = OriginalRegExp;
    RegExp.prototype.exec = originalExec;
    Error.stackTraceLimit = limit;
  }
  return { constructed, executed, exported, modules };
}

/** A RegExp, or the RegExp values of an array or a plain object (one level: tables of patterns). */
function regexpsIn(value: unknown): RegExp[] {
  if (value instanceof RegExp) return [value];
  if (Array.isArray(value)) return value.flatMap((v) => (v instanceof RegExp ? [v] : Array.isArray(v) ? v.filter((w): w is RegExp => w instanceof RegExp) : []));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).filter((v): v is RegExp => v instanceof RegExp);
  }
  return [];
}

/** Reads a file of the repository (workloads use the fixtures). */
export const repoFile = (relative: string) => readFileSync(new URL(`../../${relative}`, import.meta.url));
