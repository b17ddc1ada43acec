/**
 * `congvan parse` with many inputs: folders, globs, formats, error records, exit codes, -o.
 * fixtures/batch/ holds five dispatches in nested folders (three copied from fixtures/golden, two written:
 * quotes and commas in the subject, a document without a number) and one file that is not read (scan.tiff).
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../../src/pipeline.js';
import { errorRecordSchema, recordSchema } from '../../src/schema/record.js';
import { formatDiagnostics } from '../../src/emit/diagnostics.js';
import { bad, ndjsonLines, scratchFolders, tinyDispatch, write } from './corpus.js';
import { congvan, isRoot, root, unprivileged } from './run.js';

const BATCH = [
  'fixtures/batch/2023/6801-khan.txt',
  'fixtures/batch/2023/corpus-020.md',
  'fixtures/batch/2024/nested/45-quotes.txt',
  'fixtures/batch/2024/no-number.markdown',
  'fixtures/batch/2024/signer-tm.txt',
];
const expected = (file: string, base = root) => parseDispatch(readFileSync(path.join(base, file)), { file });
const lines = ndjsonLines;

const scratch = scratchFolders();

describe('congvan parse FOLDER', () => {
  it('prints one NDJSON line per document, sorted by path, and lists the files it did not read', () => {
    const { status, stdout, stderr } = congvan(['parse', 'fixtures/batch']);
    expect(lines(stdout)).toEqual(BATCH.map((file) => JSON.stringify(expected(file))));
    for (const file of BATCH) expect(stderr).toContain(formatDiagnostics(file, expected(file).messages));
    expect(stderr).toContain('congvan: 5 documents read: 4 parsed clean, 1 parsed with errors, 0 failed; by format: markdown 2, text 3\n');
    expect(stderr).toContain('congvan: 1 file not parsed (unsupported extension; congvan reads .md .markdown .txt .docx .pdf .html .htm):\n  fixtures/batch/2024/scan.tiff\n');
    expect(status).toBe(1);
  });

  it('reads a folder given with ./ and a trailing slash the same way', () => {
    expect(congvan(['parse', '-q', './fixtures/batch/']).stdout).toBe(congvan(['parse', '-q', 'fixtures/batch']).stdout);
  });

  it('--format json: one JSON array, the same bytes as JSON.stringify of the records', () => {
    const records = BATCH.map((file) => expected(file));
    expect(congvan(['parse', '-q', '--format', 'json', 'fixtures/batch']).stdout).toBe(`${JSON.stringify(records)}\n`);
    expect(congvan(['parse', '-q', '--format', 'json', '--pretty', 'fixtures/batch']).stdout).toBe(`${JSON.stringify(records, null, 2)}\n`);
  });

  it('--format json with no document prints an empty array', () => {
    const folder = scratch();
    write(path.join(folder, 'notes.rtf'), '{\\rtf1 notes}');
    const { status, stdout, stderr } = congvan(['parse', '--format', 'json', folder]);
    expect(stdout).toBe('[]\n');
    expect(stderr).toContain('congvan: 0 documents read');
    expect(stderr).toContain(`  ${path.join(folder, 'notes.rtf')}\n`);
    expect(status).toBe(0);
  });

  it('a folder that was a single-input failure before is now a batch (fixtures/cli)', () => {
    const { status, stdout, stderr } = congvan(['parse', '-q', 'fixtures/cli']);
    expect(lines(stdout).map((line) => (JSON.parse(line) as { source: { file: string } }).source.file)).toEqual([
      'fixtures/cli/empty.txt',
      'fixtures/cli/good.md',
      'fixtures/cli/no-number.txt',
    ]);
    expect(stderr).toContain('congvan: fixtures/cli/empty.txt: the input is empty\n');
    expect(stderr).toContain('  fixtures/cli/binary.png\n');
    expect(status).toBe(2);
  });
});

describe('congvan parse: globs, --ignore, stdin, explicit files', () => {
  it('expands a glob, leaves out what --ignore matches, and sorts the result', () => {
    const { status, stdout } = congvan(['parse', '-q', 'fixtures/batch/**/*.txt', '--ignore', '**/nested/**']);
    expect(lines(stdout).map((line) => (JSON.parse(line) as { source: { file: string } }).source.file)).toEqual([
      'fixtures/batch/2023/6801-khan.txt',
      'fixtures/batch/2024/signer-tm.txt',
    ]);
    expect(status).toBe(0);
  });

  it('accepts --ignore several times', () => {
    const { stdout } = congvan(['parse', '-q', 'fixtures/batch', '--ignore', '**/2023/**', '--ignore', '**/*.markdown']);
    expect(lines(stdout)).toHaveLength(2);
  });

  it('a glob that matches nothing: reported, exit 2', () => {
    const { status, stdout, stderr } = congvan(['parse', '-q', 'fixtures/batch/2023/*.txt', 'fixtures/nothing/**/*.md']);
    expect(lines(stdout)).toHaveLength(1);
    expect(stderr).toContain('congvan: fixtures/nothing/**/*.md: no file matches\n');
    expect(status).toBe(2);
  });

  it('sorts explicit files by path and reads each once', () => {
    const { stdout } = congvan(['parse', '-q', 'fixtures/batch/2024/signer-tm.txt', 'fixtures/batch/2023/6801-khan.txt', 'fixtures/batch/2024/signer-tm.txt']);
    expect(lines(stdout)).toEqual(['fixtures/batch/2023/6801-khan.txt', 'fixtures/batch/2024/signer-tm.txt'].map((file) => JSON.stringify(expected(file))));
  });

  it('reads a named file whatever its extension, even inside a folder that is also given', () => {
    const { stdout, stderr } = congvan(['parse', '-q', 'fixtures/batch', 'fixtures/batch/2024/scan.tiff']);
    const files = lines(stdout).map((line) => (JSON.parse(line) as { source: { file: string } }).source.file);
    expect(files).toHaveLength(6);
    expect(files[4]).toBe('fixtures/batch/2024/scan.tiff');
    expect(stderr).not.toContain('not parsed');
  });

  it('reads stdin (-) among other inputs, with source.file null', () => {
    const bytes = readFileSync(path.join(root, BATCH[0]!));
    const { stdout } = congvan(['parse', '-q', '-', BATCH[1]!], { input: bytes });
    expect(lines(stdout)).toEqual([JSON.stringify(parseDispatch(bytes, { file: null })), JSON.stringify(expected(BATCH[1]!))]);
  });

  it('one file with --format ndjson is a batch of one: a failure is an error record on stdout', () => {
    const { status, stdout, stderr } = congvan(['parse', '--format', 'ndjson', 'fixtures/cli/empty.txt']);
    const record = errorRecordSchema.parse(JSON.parse(stdout));
    expect(record.error).toEqual({ code: 'empty-input', message: 'the input is empty' });
    expect(record.source.file).toBe('fixtures/cli/empty.txt');
    expect(stderr).toContain('congvan: fixtures/cli/empty.txt: the input is empty\n');
    expect(status).toBe(2);
  });
});

describe('congvan parse: inputs that fail', () => {
  const folder = scratch();
  write(path.join(folder, 'in/a-good.txt'), tinyDispatch(1));
  write(path.join(folder, 'in/b-empty.txt'), bad.empty());
  write(path.join(folder, 'in/c-binary.md'), bad.binary());
  bad.unreadable(path.join(folder, 'in/d-locked.txt'), 4);
  write(path.join(folder, 'in/e-cut.docx'), bad.truncatedDocx());
  write(path.join(folder, 'in/f-good.md'), tinyDispatch(6));
  const args = ['in', 'in/e-cut.docx', 'in/missing.txt'];
  const order = ['in/a-good.txt', 'in/b-empty.txt', 'in/c-binary.md', 'in/d-locked.txt', 'in/e-cut.docx', 'in/f-good.md', 'in/missing.txt'];
  const failures: Record<string, string> = {
    'in/b-empty.txt': 'empty-input',
    'in/c-binary.md': 'binary-input',
    'in/e-cut.docx': 'unreadable-input',
    'in/missing.txt': 'unreadable-input',
    ...(isRoot ? {} : { 'in/d-locked.txt': 'unreadable-input' }),
  };

  it.each([['1'], ['2']])('every input gives one record, failures as error records, exit 2 (--jobs %s)', (jobs) => {
    const { status, stdout, stderr } = congvan(['parse', '-q', '-j', jobs, ...args], { cwd: folder });
    const records = lines(stdout).map((line) => JSON.parse(line) as { source: { file: string }; error?: { code: string } });
    expect(records.map((record) => record.source.file)).toEqual(order);
    for (const record of records) {
      const code = failures[record.source.file];
      if (code === undefined) {
        recordSchema.parse(record);
      } else {
        expect(errorRecordSchema.parse(record).error.code).toBe(code);
      }
    }
    const empty = records.find((record) => record.source.file === 'in/b-empty.txt') as unknown as { source: { sha256: string } };
    expect(empty.source.sha256).toBe(createHash('sha256').update(new Uint8Array()).digest('hex'));
    expect(stderr).toContain('congvan: in/b-empty.txt: the input is empty\n');
    expect(stderr).toContain('congvan: in/missing.txt: no such file\n');
    if (!isRoot) expect(stderr).toContain('congvan: in/d-locked.txt: permission denied\n');
    const failed = Object.keys(failures).length;
    expect(stderr).toContain(`congvan: 7 documents read: ${7 - failed} parsed clean, 0 parsed with errors, ${failed} failed; by format:`);
    expect(status).toBe(2);
  });

  it.each([['1'], ['2']])('--fail-fast stops after the first failure (--jobs %s)', (jobs) => {
    const { status, stdout, stderr } = congvan(['parse', '-q', '--fail-fast', '-j', jobs, ...args], { cwd: folder });
    const records = lines(stdout).map((line) => JSON.parse(line) as { source: { file: string }; error?: unknown });
    expect(records.map((record) => record.source.file)).toEqual(['in/a-good.txt', 'in/b-empty.txt']);
    expect(records[1]?.error).toBeDefined();
    expect(stderr).toContain('congvan: 2 documents read: 1 parsed clean, 0 parsed with errors, 1 failed');
    expect(stderr).toContain('congvan: stopped at the first failure (--fail-fast): 5 inputs not processed\n');
    expect(status).toBe(2);
  });

  const asUser = unprivileged();
  it.skipIf(asUser === null)('without read permission: a file gives an error record, a folder is reported (as an unprivileged user)', () => {
    const tree = scratch();
    write(path.join(tree, 'in/open/a.txt'), tinyDispatch(1));
    write(path.join(tree, 'in/private/b.txt'), tinyDispatch(2));
    bad.unreadable(path.join(tree, 'in/locked.txt'), 3);
    for (const folder of ['', 'in', 'in/open']) chmodSync(path.join(tree, folder), 0o755);
    chmodSync(path.join(tree, 'in/open/a.txt'), 0o644);
    chmodSync(path.join(tree, 'in/private'), 0o000);
    const { status, stdout, stderr } = asUser!(['parse', '-q', 'in'], tree);
    chmodSync(path.join(tree, 'in/private'), 0o700);
    const records = lines(stdout).map((line) => JSON.parse(line) as { source: { file: string }; error?: { code: string } });
    expect(records.map((record) => [record.source.file, record.error?.code ?? null])).toEqual([
      ['in/locked.txt', 'unreadable-input'],
      ['in/open/a.txt', null],
    ]);
    expect(stderr).toContain('congvan: in/locked.txt: permission denied\n');
    expect(stderr).toContain('congvan: in/private: cannot list the folder: permission denied\n');
    expect(status).toBe(2);
  });

  it('--format json keeps the failures as error records in the array', () => {
    const { stdout } = congvan(['parse', '-q', '--format', 'json', ...args], { cwd: folder });
    const records = JSON.parse(stdout) as unknown[];
    expect(records).toHaveLength(7);
  });
});

describe('congvan parse --format csv', () => {
  /** RFC 4180, enough to read the output back. */
  function readCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i]!;
      if (quoted) {
        if (char === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        row.push(cell);
        cell = '';
      } else if (char === '\r' && text[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i += 1;
      } else cell += char;
    }
    expect(cell).toBe('');
    return rows;
  }

  it('writes a BOM, a header row and one RFC 4180 row per document, CRLF line ends', () => {
    const { status, stdout } = congvan(['parse', '-q', '--format', 'csv', 'fixtures/batch']);
    expect(stdout.startsWith('\ufeffnumber,date,issuer,type,subject,place,signer,recipients,tasks,file,status,detail\r\n')).toBe(true);
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = readCsv(stdout.slice(1));
    expect(header).toEqual(['number', 'date', 'issuer', 'type', 'subject', 'place', 'signer', 'recipients', 'tasks', 'file', 'status', 'detail']);
    expect(rows.map((row) => row[9])).toEqual(BATCH);
    const quotes = rows[2]!;
    const record = expected(BATCH[2]!);
    expect(quotes.slice(0, 9)).toEqual([
      record.number!.value,
      record.date!.value,
      record.issuer!.name,
      record.docType!.name,
      record.subject,
      record.date!.place,
      record.signer!.name,
      record.recipients.join('; '),
      String(record.tasks.length),
    ]);
    expect(record.subject).toContain('"');
    expect(record.subject).toContain(',');
    expect(stdout).toContain(`,"${record.subject!.replaceAll('"', '""')}",`);
    expect(rows[3]!.slice(10)).toEqual(['errors', 'missing-number']);
    expect(rows[0]!.slice(10)).toEqual(['clean', '']);
    expect(status).toBe(1);
  });

  it('gives a failed input a row with its error', () => {
    const { stdout } = congvan(['parse', '-q', '--format', 'csv', 'fixtures/cli']);
    const [, first] = readCsv(stdout.slice(1));
    expect(first).toEqual(['', '', '', '', '', '', '', '', '', 'fixtures/cli/empty.txt', 'failed', 'empty-input: the input is empty']);
  });
});

describe('congvan parse -o DIR', () => {
  function filesUnder(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
      .sort();
  }

  it('writes one .json per input, mirroring the folders below the inputs, and nothing on stdout', () => {
    const out = path.join(scratch(), 'out');
    const { status, stdout, stderr } = congvan(['parse', 'fixtures/batch', '-o', out]);
    expect(stdout).toBe('');
    expect(filesUnder(out)).toEqual([
      '2023/6801-khan.txt.json',
      '2023/corpus-020.md.json',
      '2024/nested/45-quotes.txt.json',
      '2024/no-number.markdown.json',
      '2024/signer-tm.txt.json',
    ]);
    for (const file of BATCH) {
      expect(readFileSync(path.join(out, `${path.relative('fixtures/batch', file)}.json`), 'utf8')).toBe(`${JSON.stringify(expected(file))}\n`);
    }
    expect(stderr).toContain('congvan: 5 documents read');
    expect(status).toBe(1);
  });

  it('mirrors from the folder that holds every input; --pretty indents the files', () => {
    const out = path.join(scratch(), 'out');
    congvan(['parse', '-q', '--pretty', 'fixtures/batch/2024/nested', 'fixtures/batch/2024/signer-tm.txt', '-o', out]);
    expect(filesUnder(out)).toEqual(['nested/45-quotes.txt.json', 'signer-tm.txt.json']);
    expect(readFileSync(path.join(out, 'signer-tm.txt.json'), 'utf8')).toBe(`${JSON.stringify(expected(BATCH[4]!), null, 2)}\n`);
  });

  it('writes error records too, replaces earlier outputs, and leaves no temporary file', () => {
    const folder = scratch();
    write(path.join(folder, 'in/a.txt'), tinyDispatch(1));
    write(path.join(folder, 'in/sub/b.txt'), bad.empty());
    const out = path.join(folder, 'out');
    expect(congvan(['parse', '-q', 'in', '-o', 'out'], { cwd: folder }).status).toBe(2);
    write(path.join(folder, 'in/a.txt'), tinyDispatch(2));
    expect(congvan(['parse', '-q', 'in', '-o', 'out'], { cwd: folder }).status).toBe(2);
    expect(filesUnder(out)).toEqual(['a.txt.json', 'sub/b.txt.json']);
    expect(recordSchema.parse(JSON.parse(readFileSync(path.join(out, 'a.txt.json'), 'utf8'))).number?.value).toBe('2/SYT-VP');
    expect(errorRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'sub/b.txt.json'), 'utf8'))).error.code).toBe('empty-input');
  });

  it('never reads its own output folder as input', () => {
    const folder = scratch();
    write(path.join(folder, 'in/a.txt'), tinyDispatch(1));
    congvan(['parse', '-q', 'in', '-o', 'in/json'], { cwd: folder });
    const { stderr } = congvan(['parse', '-q', 'in', '-o', 'in/json'], { cwd: folder });
    expect(stderr).toBe('congvan: 1 document read: 1 parsed clean, 0 parsed with errors, 0 failed; by format: text 1\n');
    expect(existsSync(path.join(folder, 'in/json/a.txt.json'))).toBe(true);
  });

  it('--resume parses again an input that changed, and an input whose output is not valid', () => {
    const folder = scratch();
    for (const n of [1, 2, 3]) write(path.join(folder, `in/${n}.txt`), tinyDispatch(n));
    congvan(['parse', '-q', 'in', '-o', 'out'], { cwd: folder });
    const before = statSync(path.join(folder, 'out/1.txt.json')).mtimeMs;
    write(path.join(folder, 'in/2.txt'), tinyDispatch(20));
    write(path.join(folder, 'out/3.txt.json'), '{"schemaVersion":"1","sour');
    const { status, stderr } = congvan(['parse', '-q', 'in', '-o', 'out', '--resume'], { cwd: folder });
    expect(stderr).toContain('congvan: 2 documents read: 2 parsed clean');
    expect(stderr).toContain('congvan: 1 input skipped by --resume (output up to date)\n');
    expect(statSync(path.join(folder, 'out/1.txt.json')).mtimeMs).toBe(before);
    expect(recordSchema.parse(JSON.parse(readFileSync(path.join(folder, 'out/2.txt.json'), 'utf8'))).number?.value).toBe('20/SYT-VP');
    recordSchema.parse(JSON.parse(readFileSync(path.join(folder, 'out/3.txt.json'), 'utf8')));
    expect(status).toBe(0);
  });
});

describe('congvan parse: usage errors of a batch', () => {
  it.each([
    ['--resume without -o', ['parse', '--resume', 'fixtures/batch'], 'congvan: --resume needs an output folder (-o DIR)\n'],
    ['-o with --format', ['parse', '-o', 'x', '--format', 'csv', 'fixtures/batch'], "congvan: option '-o, --output <dir>' cannot be used with option '--format <format>'\n"],
    ['--pretty with --format ndjson', ['parse', '--pretty', '--format', 'ndjson', 'fixtures/batch'], 'congvan: --pretty applies to JSON, not to --format ndjson\n'],
    ['-o with stdin', ['parse', '-o', 'x', '-'], 'congvan: -o cannot write the record of stdin (-): give files or folders\n'],
    ['--jobs 0', ['parse', '--jobs', '0', 'fixtures/batch'], "congvan: option '-j, --jobs <n>' argument '0' is invalid. give a whole number from 1.\n"],
    ['an unknown format', ['parse', '--format', 'xml', 'fixtures/batch'], "congvan: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, csv.\n"],
  ])('%s: exit 2, nothing on stdout', (_, args, message) => {
    expect(congvan(args)).toEqual({ status: 2, stdout: '', stderr: message });
  });
});
