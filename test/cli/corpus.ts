/** Batches written into temporary folders for the CLI tests: small dispatches, and inputs that must fail. */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './run.js';

export function temporaryFolder(prefix = 'congvan-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A small but complete công văn; `n` varies the number, the date and the subject. */
/**
 * Temporary folders for one test file, all removed after its tests: call at module level, then call the
 * returned function for each folder.
 */
export function scratchFolders(): () => string {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = temporaryFolder();
    folders.push(folder);
    return folder;
  };
}

/** The lines of NDJSON output, without the empty string after the final newline. */
export const ndjsonLines = (stdout: string) => stdout.split('\n').slice(0, -1);

export function tinyDispatch(n: number): string {
  return [
    'UBND TỈNH ĐỒNG NAI',
    'SỞ Y TẾ',
    `Số: ${n}/SYT-VP`,
    `Đồng Nai, ngày ${(n % 28) + 1} tháng ${(n % 12) + 1} năm 2023`,
    `V/v báo cáo số liệu đợt ${n}`,
    'Kính gửi: Các đơn vị trực thuộc Sở Y tế.',
    `1. Báo cáo trước ngày ${(n % 28) + 1}/12/2023.`,
    '',
  ].join('\n');
}

/** The inputs of fixtures/golden (not the expected records), for batches of real-sized documents. */
export function goldenInputs(): Array<{ name: string; bytes: Buffer }> {
  const folder = path.join(root, 'fixtures/golden');
  return readdirSync(folder)
    .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md')
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(folder, name)) }));
}

export function write(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** The bad inputs of the issue: empty, binary, unreadable, and a .docx cut after its zip header. */
export const bad = {
  empty: () => new Uint8Array(),
  binary: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  /** A zip local-file header and nothing after it: what is left of a .docx cut short. */
  truncatedDocx: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
  /** Writes a readable dispatch, then takes every permission away (root can still read it). */
  unreadable: (file: string, n: number) => {
    write(file, tinyDispatch(n));
    chmodSync(file, 0o000);
  },
};
