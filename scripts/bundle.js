#!/usr/bin/env node
/**
 * Bundles the command line for a fast start (issue #4): `npm run build` runs tsc, then this script.
 *
 * Input is tsc's output (dist/cli/main.js and what it imports); output is dist/bundle/cli.js, which
 * bin/congvan.js imports, plus the chunks of what the CLI loads only when a run needs it (the parser, the
 * batch runner…). One file instead of a few hundred small modules saves most of the start-up time, which
 * Node otherwise spends resolving and compiling modules one by one.
 *
 * The library entry (dist/index.js and its types) stays tsc's unbundled output: a program that imports
 * congvan shares its dependencies (zod…) with it. dist/bundle/ sits two folders below the package root like
 * dist/cli/, so that the paths the CLI finds from `import.meta.url` (package.json, the batch worker
 * dist/bundle/worker.js) are the same from either. The batch worker is an entry of its own: each worker thread
 * loads it and the chunks it shares with the CLI.
 */
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  // The markdown stack is an entry of its own, not a chunk: the reader loads it with require() (src/read/markdown.ts).
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/batch/worker.js', markdown: 'dist/read/markdown-modules.js' },
  define: { CONGVAN_MARKDOWN_BUNDLE: JSON.stringify('./markdown.js') },
  // The .docx and .pdf readers' libraries are loaded from node_modules when such a file comes: big, and rare.
  external: ['mammoth', 'jszip', 'unpdf'],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // CommonJS dependencies (commander…) call require() for Node's own modules: give the ES module bundle one.
  banner: { js: "import { createRequire as __congvanCreateRequire } from 'node:module';\nconst require = __congvanCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .map(([file, output]) => `${relative(ROOT, file)} ${(output.bytes / 1024).toFixed(0)} KiB`);
if (process.argv.includes('--verbose')) process.stdout.write(`${bytes.join('\n')}\n`);
