/**
 * Batches in the thousands, generated in temporary folders: every input accounted for, in order, whatever
 * the number of workers; an interrupted -o batch resumed without a half-written file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorRecordSchema, recordSchema } from '../../src/schema/record.js';
import { bad, ndjsonLines, scratchFolders, goldenInputs, tinyDispatch, write } from './corpus.js';
import { congvan, isRoot, startCongvan } from './run.js';

const scratch = scratchFolders();

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const lines = ndjsonLines;

describe('a batch of 5,000 files with 10 bad ones', () => {
  const folder = scratch();
  const files: string[] = [];
  const failures = new Map<string, string>();
  beforeAll(() => {
    for (let n = 0; n < 4990; n += 1) {
      const file = `in/${String(n % 10)}/${String(n).padStart(4, '0')}.${n % 3 === 0 ? 'md' : 'txt'}`;
      write(path.join(folder, file), tinyDispatch(n));
      files.push(file);
    }
    const badOnes: Array<[string, string | null, (file: string) => void]> = [
      ['in/0/empty-1.txt', 'empty-input', (file) => write(file, bad.empty())],
      ['in/4/empty-2.md', 'empty-input', (file) => write(file, bad.empty())],
      ['in/9/empty-3.txt', 'empty-input', (file) => write(file, bad.empty())],
      ['in/1/binary-1.md', 'binary-input', (file) => write(file, bad.binary())],
      ['in/5/binary-2.txt', 'binary-input', (file) => write(file, bad.binary())],
      ['in/8/binary-3.txt', 'binary-input', (file) => write(file, bad.binary())],
      // Root reads a file without permissions: then it is parsed like any other.
      ['in/2/locked-1.txt', isRoot ? null : 'unreadable-input', (file) => bad.unreadable(file, 1)],
      ['in/6/locked-2.md', isRoot ? null : 'unreadable-input', (file) => bad.unreadable(file, 2)],
      ['in/3/cut-1.docx', 'unreadable-input', (file) => write(file, bad.truncatedDocx())],
      ['in/7/cut-2.docx', 'unreadable-input', (file) => write(file, bad.truncatedDocx())],
    ];
    for (const [file, code, make] of badOnes) {
      make(path.join(folder, file));
      files.push(file);
      if (code !== null) failures.set(file, code);
    }
    files.sort(byCodeUnits);
  });
  // The .docx files are not read from a folder (unsupported extension) unless they are named.
  const args = ['parse', '-q', 'in', 'in/3/cut-1.docx', 'in/7/cut-2.docx'];

  it('gives exactly 5,000 NDJSON lines in input order, the bad ones as error records, exit 2', () => {
    const { status, stdout, stderr } = congvan([...args, '--jobs', '2'], { cwd: folder });
    const records = lines(stdout).map((line) => JSON.parse(line) as { source: { file: string }; error?: { code: string } });
    expect(records).toHaveLength(5000);
    expect(records.map((record) => record.source.file)).toEqual(files);
    const failed = records.filter((record) => record.error !== undefined);
    expect(new Map(failed.map((record) => [record.source.file, errorRecordSchema.parse(record).error.code]))).toEqual(failures);
    expect(stderr).toContain(`congvan: 5000 documents read: ${5000 - failures.size} parsed clean, 0 parsed with errors, ${failures.size} failed`);
    expect(status).toBe(2);
  }, 120_000);
});

describe('--jobs 1 and --jobs 2', () => {
  it('give byte-identical output, NDJSON and CSV', () => {
    const folder = scratch();
    const golden = goldenInputs();
    for (let n = 0; n < 160; n += 1) {
      const { name, bytes } = golden[n % golden.length]!;
      write(path.join(folder, `in/${n % 7}/${String(n).padStart(3, '0')}-${name}`), n % 2 === 0 ? tinyDispatch(n) : bytes);
    }
    write(path.join(folder, 'in/3/empty.txt'), bad.empty());
    write(path.join(folder, 'in/5/binary.md'), bad.binary());
    for (const format of ['ndjson', 'csv']) {
      const one = congvan(['parse', '-q', '--format', format, '--jobs', '1', 'in'], { cwd: folder });
      const two = congvan(['parse', '-q', '--format', format, '--jobs', '2', 'in'], { cwd: folder });
      expect(format === 'csv' ? lines(one.stdout.replace(/\r\n/g, '\n')).length : lines(one.stdout).length).toBe(format === 'csv' ? 163 : 162);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect([one.status, two.status]).toEqual([2, 2]);
    }
  }, 120_000);
});

describe('-o DIR interrupted by SIGINT, then --resume', () => {
  it('leaves only complete outputs, and the rerun completes the batch', async () => {
    const folder = scratch();
    const golden = goldenInputs();
    const inputs: string[] = [];
    for (let n = 0; n < 300; n += 1) {
      const { name, bytes } = golden[n % golden.length]!;
      const file = `in/${String(n % 5)}/${String(n).padStart(3, '0')}-${name}`;
      // The bad input comes last: the first run, stopped before the end, never reaches it (outputs are written in
      // input order), so the rerun always parses it and exits 2. In the middle, a fast first run could pass it, and
      // --resume then rightly skips its up-to-date error record.
      write(path.join(folder, file), n === 299 ? bad.empty() : bytes);
      inputs.push(file);
    }
    const out = path.join(folder, 'out');
    const outputs = () => {
      try {
        return readdirSync(out, { recursive: true }).map(String);
      } catch {
        return [];
      }
    };

    const run = startCongvan(['parse', '-q', 'in', '-o', 'out', '--jobs', '2'], { cwd: folder });
    const deadline = Date.now() + 60_000;
    while (outputs().filter((file) => file.endsWith('.json')).length < 20 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    run.child.kill('SIGINT');
    const first = await run.exited;
    expect(first.status).toBe(130);
    expect(first.stderr).toMatch(/^congvan: interrupted: \d+ inputs not processed$/m);
    const written = outputs().filter((file) => file.endsWith('.json'));
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(written.length).toBeLessThan(300);
    expect(written).not.toContain(`${path.relative('in', inputs[299]!)}.json`);
    expect(outputs().filter((file) => file.endsWith('.tmp'))).toEqual([]);
    for (const file of written) JSON.parse(readFileSync(path.join(out, file), 'utf8'));

    const second = congvan(['parse', '-q', 'in', '-o', 'out', '--resume', '--jobs', '2'], { cwd: folder });
    expect(second.stderr).toContain(`congvan: ${written.length} inputs skipped by --resume (output up to date)\n`);
    expect(second.stderr).toMatch(new RegExp(`^congvan: ${300 - written.length} documents? read: `, 'm'));
    expect(second.status).toBe(2);
    expect(outputs().filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(outputs().filter((file) => file.endsWith('.json')).sort(byCodeUnits)).toEqual(inputs.map((file) => `${path.relative('in', file)}.json`).sort(byCodeUnits));
    for (const file of inputs) {
      const bytes = readFileSync(path.join(folder, file));
      const value = JSON.parse(readFileSync(path.join(out, `${path.relative('in', file)}.json`), 'utf8')) as unknown;
      const record = bytes.length === 0 ? errorRecordSchema.parse(value) : recordSchema.parse(value);
      expect(record.source.file).toBe(file);
      expect(record.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  }, 120_000);
});
