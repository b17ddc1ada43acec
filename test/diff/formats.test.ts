/**
 * A document diffed with itself in another format gives no changes (issue 7): the golden .md / .txt against
 * its .pdf, .docx and .html in fixtures/formats (scripts/make-format-fixtures.js, make-pdf-fixtures.js), with
 * the default ignores. The spawned binary for .md and .txt against .pdf and .docx; every pair in process.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../src/diff/index.js';
import { loadRecord } from '../../src/diff/load.js';
import { congvan, root } from '../cli/run.js';

const formats = readdirSync(new URL('../../fixtures/formats/', import.meta.url));
const golden = new Set(readdirSync(new URL('../../fixtures/golden/', import.meta.url)));

/** Every converted fixture with the golden document it was made from ("seed-6764.vntime.docx" is the seed too). */
const pairs = formats
  .filter((name) => /\.(docx|pdf|html)$/u.test(name))
  .flatMap((name) => {
    const base = name.replace(/\.(docx|pdf|html)$/u, '').replace(/\.vntime$/u, '');
    return ['md', 'txt'].filter((ext) => golden.has(`${base}.${ext}`)).map((ext) => [`fixtures/golden/${base}.${ext}`, `fixtures/formats/${name}`] as const);
  });

async function changes(a: string, b: string) {
  const load = (file: string) => loadRecord(readFileSync(join(root, file)), { file });
  return diffRecords(await load(a), await load(b));
}

describe('congvan diff across formats', () => {
  it('has .md and .txt originals with their .pdf, .docx and .html', () => {
    const kinds = new Set(pairs.map(([original, other]) => `${original.split('.').at(-1)}→${other.split('.').at(-1)}`));
    expect([...kinds].sort()).toEqual(['md→docx', 'md→html', 'md→pdf', 'txt→docx', 'txt→html', 'txt→pdf']);
    expect(pairs.length).toBeGreaterThanOrEqual(17);
  });

  it.each([
    ['fixtures/golden/corpus-020-congvan.md', 'fixtures/formats/corpus-020-congvan.pdf'],
    ['fixtures/golden/seed-6764.md', 'fixtures/formats/seed-6764.docx'],
    ['fixtures/golden/corpus-002-thongbao.txt', 'fixtures/formats/corpus-002-thongbao.pdf'],
    ['fixtures/golden/corpus-001-congvan.txt', 'fixtures/formats/corpus-001-congvan.docx'],
  ])('congvan diff %s %s: exit 0, no changes', (original, other) => {
    expect(congvan(['diff', original, other])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('the change list is empty as JSON too, the other way round', () => {
    expect(congvan(['diff', '--format', 'json', 'fixtures/formats/seed-6764.pdf', 'fixtures/golden/seed-6764.md'])).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
  });

  it.each(pairs)('%s = %s (in process)', async (original, other) => {
    expect(await changes(original, other)).toEqual([]);
    expect(await changes(other, original)).toEqual([]);
  });

  it('an edit of the original against the .pdf is a change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-formats-'));
    const edited = join(dir, 'corpus-020-congvan.md');
    const text = readFileSync(join(root, 'fixtures/golden/corpus-020-congvan.md'), 'utf8');
    expect(text).toContain('2214/BXD-QLN');
    writeFileSync(edited, text.replace('2214/BXD-QLN', '2215/BXD-QLN'));
    const result = congvan(['diff', '--format', 'json', edited, 'fixtures/formats/corpus-020-congvan.pdf']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).map((c: { op: string; path: string; old: unknown; new: unknown }) => [c.op, c.path, c.old, c.new])).toEqual([
      ['changed', '/number/value', '2215/BXD-QLN', '2214/BXD-QLN'],
    ]);
  });
});
