/** `congvan diff` end to end: the built binary's stdout, stderr and exit code. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourLevel } from '../../src/cli/diff.js';
import { congvan } from '../cli/run.js';

const pair = (name: string) => [`fixtures/diff/${name}/old.txt`, `fixtures/diff/${name}/new.txt`];

describe('congvan diff', () => {
  it('prints nothing and exits 0 for the same document, even in another format', () => {
    expect(congvan(['diff', 'fixtures/golden/seed-6764.md', 'fixtures/formats/seed-6764.docx'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(congvan(['diff', '--format', 'json', 'fixtures/golden/seed-6764.md', 'fixtures/golden/seed-6764.md'])).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
  });

  it('--format json prints the expected change list and exits 1', () => {
    for (const name of ['task-inserted', 'tasks-renumbered', 'deadline-changed', 'recipient-removed', 'signer-changed']) {
      const result = congvan(['diff', '--format', 'json', ...pair(name)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(`fixtures/diff/${name}/expected.json`, 'utf8')));
    }
  });

  it('prints a readable report: -/+ lines, the task label and the field path, no colour in a pipe', () => {
    const result = congvan(['diff', ...pair('deadline-changed')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        '--- fixtures/diff/deadline-changed/old.txt',
        '+++ fixtures/diff/deadline-changed/new.txt',
        '~ task 2 /tasks/1/text changed (line 19)',
        '  Giao Sở Nội vụ chủ trì phối hợp với các cơ quan, đơn vị theo dõi, tổng hợp tình hình, báo cáo UBND tỉnh trước ngày [-15-] {+31+} tháng 12 năm 2022.',
        '~ task 2 /tasks/1/deadline changed (line 19)',
        '  - trước ngày 15 tháng 12 năm 2022',
        '  + trước ngày 31 tháng 12 năm 2022',
        '',
        '2 changes',
        '',
      ].join('\n'),
    );
    const moved = congvan(['diff', ...pair('tasks-renumbered')]).stdout;
    expect(moved).toContain('> task 8 /tasks/7 moved from task 7 /tasks/6 (line 30)\n# task 8 /tasks/7/label renumbered 7 → 8 (line 30)\n');
  });

  it('never colours a pipe, even with FORCE_COLOR', () => {
    const result = congvan(['diff', ...pair('recipient-removed')], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('--ignore leaves fields out; nothing left means exit 0', () => {
    expect(congvan(['diff', '--ignore', 'recipients', ...pair('recipient-removed')])).toEqual({ status: 0, stdout: '', stderr: '' });
    const result = congvan(['diff', '--format', 'json', '--ignore', '/signer/name', '--ignore', 'authorityChain', ...pair('signer-changed')]);
    expect(JSON.parse(result.stdout).map((c: { path: string }) => c.path)).toEqual(['/signer/authority', '/signer/onBehalfOf', '/signer/title']);
  });

  it('reads JSON records written by parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-diff-'));
    const [oldFile, newFile] = pair('signer-changed');
    const oldJson = join(dir, 'old.json');
    writeFileSync(oldJson, congvan(['parse', oldFile!]).stdout);
    const result = congvan(['diff', '--format', 'json', oldJson, newFile!]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).map((c: { op: string; path: string }) => `${c.op} ${c.path}`)).toEqual([
      'removed /signer/authority',
      'removed /signer/onBehalfOf',
      'changed /signer/title',
      'changed /signer/name',
      'removed /signer/authorityChain',
    ]);
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": "1", "subject": 3}');
    const bad = congvan(['diff', join(dir, 'bad.json'), newFile!]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^congvan: .*bad\.json: not a congvan record: /);
  });

  it('reads one version from stdin (-), once', () => {
    const [oldFile, newFile] = pair('recipient-removed');
    const result = congvan(['diff', '--format', 'json', oldFile!, '-'], { input: readFileSync(newFile!) });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).map((c: { op: string; path: string }) => `${c.op} ${c.path}`)).toEqual(['removed /recipients/1']);
    expect(congvan(['diff', '-', '-'])).toEqual({ status: 2, stdout: '', stderr: 'congvan: stdin (-) can be given once\n' });
  });

  it('gives a word diff of a changed subject', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-diff-'));
    const [oldFile] = pair('signer-changed');
    const edited = join(dir, 'new.txt');
    writeFileSync(edited, readFileSync(oldFile!, 'utf8').replace('thôi việc', 'thôi việc năm 2022'));
    const result = congvan(['diff', oldFile!, edited]);
    expect(result.stdout).toContain('~ /subject changed (line 4)\n  khắc phục tình trạng cán bộ, công chức, viên chức nghỉ việc, thôi việc {+năm 2022+}\n');
  });

  it('exits 2 with one line naming an input that cannot be read', () => {
    expect(congvan(['diff', 'fixtures/diff/task-inserted/old.txt', 'missing.md'])).toEqual({ status: 2, stdout: '', stderr: 'congvan: missing.md: no such file\n' });
    expect(congvan(['diff', 'fixtures/cli/empty.txt', 'fixtures/diff/task-inserted/old.txt'])).toEqual({ status: 2, stdout: '', stderr: 'congvan: fixtures/cli/empty.txt: the input is empty\n' });
    expect(congvan(['diff', 'fixtures/diff/task-inserted/old.txt']).status).toBe(2);
  });
});

describe('congvan diff colours', () => {
  const terminal = { isTTY: true, write: () => true };
  const pipe = { isTTY: false, write: () => true };
  it('on a terminal only, never with NO_COLOR or --no-color', () => {
    expect(colourLevel({ stdout: terminal, env: {} }, undefined, 3)).toBe(3);
    expect(colourLevel({ stdout: terminal, env: { NO_COLOR: '' } }, undefined, 2)).toBe(2);
    expect(colourLevel({ stdout: terminal, env: { NO_COLOR: '1' } }, undefined, 3)).toBe(0);
    expect(colourLevel({ stdout: terminal, env: {} }, false, 3)).toBe(0);
    expect(colourLevel({ stdout: pipe, env: {} }, undefined, 3)).toBe(0);
  });
  it('--no-color is accepted, and the report is the same', () => {
    const plain = congvan(['diff', ...pair('recipient-removed')]);
    expect(plain.status).toBe(1);
    expect(congvan(['diff', '--no-color', ...pair('recipient-removed')])).toEqual(plain);
  });
});
