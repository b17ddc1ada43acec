/**
 * Issue 6, formats: .docx, .pdf and .html versions of golden documents, through parseDocument and the CLI, give
 * the record of the text on every field but source, positions and messages; the reader is chosen by content.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDispatch, parseDocument, type DispatchRecord } from '../../src/index.js';
import { congvan, root } from '../cli/run.js';

const fixture = (name: string) => readFileSync(path.join(root, 'fixtures', name));
const fields = ({ source: _s, positions: _p, messages: _m, ...rest }: DispatchRecord) => rest;

const CASES: Array<[string, string]> = [
  ['formats/seed-6764.docx', 'golden/seed-6764.txt'],
  ['formats/seed-6764.vntime.docx', 'golden/seed-6764.txt'],
  ['formats/seed-6764.pdf', 'golden/seed-6764.txt'],
  ['formats/seed-6764.html', 'golden/seed-6764.txt'],
  ['formats/corpus-001-congvan.docx', 'golden/corpus-001-congvan.txt'],
  ['formats/corpus-001-congvan.pdf', 'golden/corpus-001-congvan.txt'],
  ['formats/corpus-001-congvan.html', 'golden/corpus-001-congvan.txt'],
  ['formats/corpus-002-thongbao.docx', 'golden/corpus-002-thongbao.txt'],
  ['formats/corpus-002-thongbao.pdf', 'golden/corpus-002-thongbao.txt'],
  ['formats/corpus-002-thongbao.html', 'golden/corpus-002-thongbao.txt'],
  ['formats/corpus-020-congvan.docx', 'golden/corpus-020-congvan.md'],
  ['formats/corpus-020-congvan.html', 'golden/corpus-020-congvan.md'],
  ['formats/corpus-020-congvan.pdf', 'golden/corpus-020-congvan.md'],
];

describe.each(CASES)('%s', (converted, original) => {
  it('gives the record of the text version', async () => {
    const reference = parseDispatch(fixture(original), { file: original });
    const record = await parseDocument(fixture(converted), { file: converted });
    expect(record.source.format).toBe(path.extname(converted).slice(1));
    expect(record.messages[0]?.ruleId).toBe('converted');
    expect(fields(record)).toEqual(fields(reference));
  });
});

const scratch = mkdtempSync(path.join(tmpdir(), 'congvan-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('congvan parse on .docx, .pdf and .html', () => {
  it('reads each, and names the reader in source.format', () => {
    for (const [converted] of CASES) {
      const { status, stdout } = congvan(['parse', '--compact', path.join('fixtures', converted)]);
      expect(status).toBe(0);
      expect((JSON.parse(stdout) as DispatchRecord).source.format).toBe(path.extname(converted).slice(1));
    }
  });

  it('chooses the reader by content: a PDF named .txt is read as a PDF', () => {
    const renamed = path.join(scratch, 'seed.txt');
    copyFileSync(path.join(root, 'fixtures/formats/seed-6764.pdf'), renamed);
    const record = JSON.parse(congvan(['parse', '--compact', renamed]).stdout) as DispatchRecord;
    expect(record.source.format).toBe('pdf');
    expect(record.number?.value).toBe('6764/SYT-VP');
  });

  it('refuses a scan without a text layer in one line, exit 2', () => {
    const { status, stdout, stderr } = congvan(['parse', 'fixtures/formats/scan-no-text.pdf']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('congvan: fixtures/formats/scan-no-text.pdf: the PDF has no text layer (a scanned image?): run OCR first, e.g. tesseract with -l vie\n');
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['cut.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /^congvan: .*cut\.docx: the \.docx file is damaged/u],
    ['cut.pdf', fixture('formats/seed-6764.pdf').subarray(0, 20000), /^congvan: .*cut\.pdf: the PDF is damaged or encrypted/u],
    ['noise.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /^congvan: .*noise\.bin: the input is binary data/u],
  ])('refuses %s in one line, exit 2', (name, bytes, message) => {
    const file = path.join(scratch, name);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = congvan(['parse', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives the scan its error record in a batch', () => {
    const { status, stdout } = congvan(['parse', '-q', '--format', 'ndjson', 'fixtures/formats/scan-no-text.pdf', 'fixtures/formats/seed-6764.docx']);
    expect(status).toBe(2);
    const [scan, docx] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { code: string }; source: { format: string | null } });
    expect(scan?.error?.code).toBe('no-text-layer');
    expect(docx?.source.format).toBe('docx');
  });
});
