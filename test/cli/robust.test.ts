/**
 * Bad inputs through the command line, each with its exit code, its message and a time bound; --max-bytes;
 * and output paths that cannot escape the output folder (-o).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderWriter } from '../../src/batch/writers.js';
import { checkRecord } from '../../src/schema/validate.js';
import { congvan, root, unprivileged } from './run.js';
import { ndjsonLines, scratchFolders } from './corpus.js';

const scratch = scratchFolders();
const goodMd = readFileSync(path.join(root, 'fixtures/cli/good.md'));

interface Case {
  name: string;
  /** Writes the input into `folder` and returns the operand (relative to `folder`). */
  make: (folder: string) => string;
  status: number;
  /** The whole of stderr, or a pattern it must match. */
  stderr: string | RegExp;
  /** Checks of the record on stdout (exit 0 and 1). */
  record?: (record: Record<string, any>) => void;
  seconds: number;
}

const cases: Case[] = [
  { name: 'an empty file', make: (f) => file(f, 'empty.txt', ''), status: 2, stderr: 'congvan: empty.txt: the input is empty\n', seconds: 10 },
  { name: 'whitespace only', make: (f) => file(f, 'blank.txt', ' \n\t\n   \r\n'), status: 2, stderr: 'congvan: blank.txt: the input has no text\n', seconds: 10 },
  {
    name: 'NUL bytes',
    make: (f) => file(f, 'nul.txt', Buffer.concat([Buffer.from('SỞ Y TẾ\nSố: 12/SYT-VP\n'), Buffer.alloc(64), Buffer.from('V/v x\n')])),
    status: 2,
    stderr: 'congvan: nul.txt: the input is binary data, not text (unsupported format)\n',
    seconds: 10,
  },
  {
    name: 'invalid UTF-8',
    make: (f) => file(f, 'latin.txt', Buffer.concat([goodMd, Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a])])),
    status: 0,
    stderr: /^latin\.txt: warning the input is not valid UTF-8; invalid bytes were replaced with U\+FFFD \(invalid-encoding\)$/m,
    record: (record) => expect(record.number.value).toBe('6764/SYT-VP'),
    seconds: 10,
  },
  {
    name: 'a 5 MB single line',
    make: (f) => file(f, 'line.txt', 'các đơn vị báo cáo kết quả thực hiện '.repeat(Math.ceil((5 * 1024 * 1024) / 44))),
    status: 1,
    stderr: /\(no-dispatch-header\)$/m,
    record: (record) => expect(record.source.format).toBe('text'),
    seconds: 30,
  },
  {
    name: 'markdown lists nested 200 deep',
    make: (f) => file(f, 'nested.md', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n')),
    status: 1,
    stderr: /\(no-dispatch-header\)$/m,
    record: (record) => expect(record.source.format).toBe('markdown'),
    seconds: 20,
  },
  {
    name: 'block quotes nested 200 deep',
    make: (f) => file(f, 'quotes.md', Array.from({ length: 200 }, (_, i) => `${'>'.repeat(i + 1)} trích ${i}`).join('\n')),
    status: 1,
    stderr: /\(no-dispatch-header\)$/m,
    seconds: 20,
  },
  {
    name: '100,000 numbered items',
    make: (f) => file(f, 'items.txt', `SỞ Y TẾ\nSố: 1/SYT-VP\nKính gửi: Các đơn vị.\n${Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Việc ${i + 1}.`).join('\n')}\n`),
    status: 1,
    stderr: /\(missing-date\)$/m,
    // Today the items from 100 on are not read as tasks (labels of one or two digits): 99 tasks.
    record: (record) => expect(record.tasks.length).toBeGreaterThanOrEqual(99),
    seconds: 30,
  },
  { name: 'a missing file', make: () => 'missing.md', status: 2, stderr: 'congvan: missing.md: no such file\n', seconds: 10 },
  {
    name: 'an empty directory',
    make: (f) => {
      mkdirSync(path.join(f, 'nothing'));
      return 'nothing';
    },
    status: 0,
    stderr: 'congvan: 0 documents read: 0 parsed clean, 0 parsed with errors, 0 failed\n',
    seconds: 10,
  },
  {
    name: 'a symbolic link loop',
    make: (f) => {
      symlinkSync('loop-b.md', path.join(f, 'loop-a.md'));
      symlinkSync('loop-a.md', path.join(f, 'loop-b.md'));
      return 'loop-a.md';
    },
    status: 2,
    stderr: 'congvan: loop-a.md: a loop of symbolic links\n',
    seconds: 10,
  },
  {
    name: 'a 50 MB text (over --max-bytes, refused before it is read)',
    make: (f) => file(f, 'big.txt', Buffer.alloc(50 * 1024 * 1024, 0x61)),
    status: 2,
    stderr: `congvan: big.txt: too large: ${50 * 1024 * 1024} bytes, more than --max-bytes ${20 * 1024 * 1024}\n`,
    seconds: 10,
  },
  {
    name: 'a file over --max-bytes (20 MB by default)',
    make: (f) => file(f, 'huge.txt', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61)),
    status: 2,
    stderr: `congvan: huge.txt: too large: ${20 * 1024 * 1024 + 1} bytes, more than --max-bytes ${20 * 1024 * 1024}\n`,
    seconds: 10,
  },
];

function file(folder: string, name: string, content: string | Uint8Array): string {
  writeFileSync(path.join(folder, name), content);
  return name;
}

describe('bad inputs through congvan parse', () => {
  for (const entry of cases) {
    it(`${entry.name}: exit ${entry.status}`, () => {
      const folder = scratch();
      const operand = entry.make(folder);
      const started = Date.now();
      const result = congvan(['parse', operand], { cwd: folder });
      const seconds = (Date.now() - started) / 1000;
      if (typeof entry.stderr === 'string') expect(result.stderr).toBe(entry.stderr);
      else expect(result.stderr).toMatch(entry.stderr);
      expect(result.status).toBe(entry.status);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      if (entry.status === 2 || operand === 'nothing') expect(result.stdout).toBe('');
      else {
        const record = JSON.parse(result.stdout) as Record<string, any>;
        expect(checkRecord(record)).toEqual([]);
        entry.record?.(record);
      }
      expect(seconds).toBeLessThan(entry.seconds);
    }, 60_000);
  }

  it('a file without read permission: exit 2, permission denied (run as nobody when the tests run as root)', () => {
    const run = unprivileged();
    if (run === null) return;
    const folder = scratch();
    chmodSync(folder, 0o755);
    file(folder, 'secret.md', goodMd);
    chmodSync(path.join(folder, 'secret.md'), 0o000);
    expect(run(['parse', 'secret.md'], folder)).toEqual({ status: 2, stdout: '', stderr: 'congvan: secret.md: permission denied\n' });
  });

  it('a FIFO: read as it is written', async () => {
    const folder = scratch();
    const fifo = path.join(folder, 'pipe.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const writer = spawn('sh', ['-c', `cat "${path.join(root, 'fixtures/cli/good.md')}" > "${fifo}"`]);
    const child = spawn(process.execPath, [path.join(root, 'bin/congvan.js'), 'parse', 'pipe.md', '-q'], { cwd: folder });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    writer.kill();
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: { file: 'pipe.md' }, number: { value: '6764/SYT-VP' } });
  }, 30_000);
});

describe('--max-bytes', () => {
  it('refuses a file, stdin, an input of a batch (error record) and a pipe request past the limit; takes k, M, G suffixes', () => {
    const folder = scratch();
    file(folder, 'good.md', goodMd);
    const limit = `--max-bytes=${goodMd.length - 1}`;
    const message = `too large: ${goodMd.length} bytes, more than --max-bytes ${goodMd.length - 1}`;
    expect(congvan(['parse', limit, 'good.md'], { cwd: folder })).toEqual({ status: 2, stdout: '', stderr: `congvan: good.md: ${message}\n` });
    expect(congvan(['parse', limit, '-'], { cwd: folder, input: goodMd })).toEqual({ status: 2, stdout: '', stderr: `congvan: -: ${message}\n` });
    expect(congvan(['parse', '--max-bytes', '4k', 'good.md'], { cwd: folder }).status).toBe(0);

    file(folder, 'small.txt', 'SỞ Y TẾ\nSố: 1/SYT-VP\n');
    const batch = congvan(['parse', limit, '--format', 'ndjson', '-q', 'good.md', 'small.txt'], { cwd: folder });
    expect(batch.status).toBe(2);
    const [tooLarge, small] = ndjsonLines(batch.stdout).map((line) => JSON.parse(line) as Record<string, any>);
    expect(tooLarge).toEqual({ schemaVersion: '1', source: { file: 'good.md', format: null, encoding: null, sha256: null }, error: { code: 'input-too-large', message } });
    expect(small!.source.file).toBe('small.txt');

    const pipe = congvan(['parse', '--stdin-ndjson', '-', '--max-bytes', '10', '-q'], { input: Buffer.from(`${JSON.stringify({ id: 'big', text: 'x'.repeat(11) })}\n`) });
    expect(JSON.parse(pipe.stdout)).toEqual({
      schemaVersion: '1',
      source: { file: null, format: null, encoding: null, sha256: null, id: 'big' },
      error: { code: 'input-too-large', message: 'too large: 11 bytes, more than --max-bytes 10' },
    });

    expect(congvan(['parse', '--max-bytes', '0', 'good.md'], { cwd: folder })).toMatchObject({ status: 2, stdout: '' });
    expect(congvan(['parse', '--max-bytes', '2x', 'good.md'], { cwd: folder }).stderr).toMatch(/argument '2x' is invalid/);
  }, 60_000);
});

describe('-o never writes outside the output folder', () => {
  it('keeps the target of every input inside the folder, whatever its path', () => {
    const out = path.resolve('/out');
    const writer = new FolderWriter(out, path.resolve('/in/sub'));
    expect(writer.targetFor(path.resolve('/in/sub/a/b.md'))).toBe(path.join(out, 'a', 'b.md.json'));
    expect(writer.targetFor(path.resolve('/in/x.md'))).toBe(path.join(out, '%2E%2E', 'x.md.json'));
    expect(writer.targetFor(path.resolve('/etc/passwd'))).toBe(path.join(out, '%2E%2E', '%2E%2E', 'etc', 'passwd.json'));
    expect(writer.targetFor(path.resolve('/in/sub/..x.md'))).toBe(path.join(out, '..x.md.json'));
    for (const input of ['/in/sub/../../../x.md', '/', '/in', '/in/sub']) {
      const target = writer.targetFor(path.resolve(input));
      expect(path.relative(out, target).split(path.sep)).not.toContain('..');
    }
  });

  it('writes an input named ../../x.md inside the output folder', () => {
    const top = scratch();
    const deep = path.join(top, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(top, 'x.md'), goodMd);
    writeFileSync(path.join(deep, 'y.md'), goodMd);
    const result = congvan(['parse', '-q', '-o', 'out', '../../x.md', 'y.md'], { cwd: deep });
    expect(result.status).toBe(0);
    expect(readdirSync(top).sort()).toEqual(['a', 'x.md']);
    expect(existsSync(path.join(top, 'x.md.json'))).toBe(false);
    const written = readdirSync(path.join(deep, 'out'), { recursive: true }).map(String).filter((name) => name.endsWith('.json')).sort();
    expect(written).toEqual(['a/b/y.md.json', 'x.md.json']);
  });
});
