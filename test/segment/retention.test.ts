/**
 * A batch must not keep finished documents alive. The segmenter once emptied a long-lived Map with clear(): V8
 * links the old table to the new one, so a promoted table kept every later table, and through their keys each
 * document's text, alive through every scavenge until a full collection (about 7 KB a dispatch). The check runs
 * the built library in a child process with --expose-gc: after many documents and two minor collections, the old
 * generation must have grown by far less than that.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../src/pipeline.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist', 'index.js');
const FIXTURES = join(ROOT, 'fixtures', 'golden');

/** Old-generation growth per document, in bytes, after `rounds` passes over the files and two minor collections. */
function retainedPerDocument(files: string[], rounds: number): number {
  const script = `
    import v8 from 'node:v8';
    import { readFileSync } from 'node:fs';
    const { parseDispatch } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
    const files = ${JSON.stringify(files)};
    const bytes = files.map((f) => readFileSync(f));
    const old = () => v8.getHeapSpaceStatistics().filter((s) => s.space_name !== 'new_space').reduce((sum, s) => sum + s.space_used_size, 0);
    let sink = 0;
    const pass = () => bytes.forEach((b, k) => { sink += parseDispatch(b, { file: files[k] }).messages.length; });
    for (let i = 0; i < 20; i++) pass();
    globalThis.gc();
    const before = old();
    for (let i = 0; i < ${rounds}; i++) pass();
    globalThis.gc({ type: 'minor', execution: 'sync' });
    globalThis.gc({ type: 'minor', execution: 'sync' });
    process.stdout.write(String((old() - before) / (${rounds} * files.length)) + ' ' + sink);
  `;
  const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(result.stdout.split(' ')[0]);
}

describe('a batch keeps no finished document alive', () => {
  it('old-generation growth per plain-text dispatch stays far below one text', () => {
    // Plain text only: a .txt file with markdown syntax (a crawled page's "### MẶT TRƯỚC" and image links) is read
    // by remark, whose parses are promoted whole (README, Performance): not what this test is about.
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(FIXTURES, f))
      .filter((f) => !looksLikeMarkdown(readFileSync(f, 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    // With the clear()d map: about 7,000 bytes a document. Now: a few hundred (code and feedback the JIT adds).
    expect(retainedPerDocument(files, 50)).toBeLessThan(2500);
  });
});
