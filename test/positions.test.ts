import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDispatch, type DispatchRecord } from '../src/index.js';

/** Resolves a JSON Pointer in a record. */
function at(record: DispatchRecord, pointer: string): unknown {
  let value: unknown = record;
  for (const key of pointer.split('/').slice(1)) value = (value as Record<string, unknown>)[key];
  return value;
}

const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();

const seed = readFileSync(new URL('../fixtures/cli/good.md', import.meta.url), 'utf8');

const variants: Array<[name: string, text: string]> = [
  ['as written', seed],
  ['CRLF line endings', seed.replace(/\n/g, '\r\n')],
  ['NFD (decomposed) text', seed.normalize('NFD')],
  ['BOM and CRLF', `\ufeff${seed.replace(/\n/g, '\r\n')}`],
];

describe('positions point into the decoded source', () => {
  it.each(variants)('%s', (_name, text) => {
    const record = parseDispatch(Buffer.from(text, 'utf8'), { file: 'seed.md' });
    const decoded = text.replace(/^\ufeff/, '');
    const lines = decoded.split('\n');
    const pointers = Object.keys(record.positions);
    expect(pointers).toEqual(expect.arrayContaining(['/number', '/date/place', '/date/value', '/subject', '/signer/name', '/references/0', '/tasks/0']));
    for (const pointer of pointers) {
      const { start, end } = record.positions[pointer]!;
      const slice = decoded.slice(start.offset, end.offset);
      // line/column agree with the offset
      const lineText = lines[start.line - 1]!;
      expect(decoded.slice(start.offset - (start.column - 1), start.offset)).toBe(lineText.slice(0, start.column - 1));
      const value = at(record, pointer);
      if (pointer === '/number') expect(fold(slice).replace(/\s/g, '')).toBe(fold(record.number!.value!));
      else if (typeof value === 'string' && ['/date/place', '/signer/name', '/signer/title'].includes(pointer)) {
        expect(fold(slice)).toContain(fold(value));
      }
    }
    expect(fold(decoded.slice(record.positions['/subject']!.start.offset, record.positions['/subject']!.end.offset))).toContain('khắc phục tình trạng');
  });

  it('gives the same record for every variant apart from the source hash and positions', () => {
    const strip = (r: DispatchRecord) => ({ ...r, source: { ...r.source, sha256: '', encoding: '' }, positions: {}, messages: r.messages.map((m) => m.ruleId) });
    const base = strip(parseDispatch(Buffer.from(seed, 'utf8'), { file: 'seed.md' }));
    for (const [, text] of variants) expect(strip(parseDispatch(Buffer.from(text, 'utf8'), { file: 'seed.md' }))).toEqual(base);
  });

  it('omits positions when asked', () => {
    expect(parseDispatch(seed, { positions: false }).positions).toEqual({});
  });
});

describe('a value span covers exactly its text', () => {
  it('date value starts at "ngày"', () => {
    const text = 'Số: 12/UBND-VP\n\nĐồng Nai, ngày 12 tháng 10 năm 2022\n';
    const record = parseDispatch(text);
    const { start, end } = record.positions['/date/value']!;
    expect(text.slice(start.offset, end.offset)).toBe('ngày 12 tháng 10 năm 2022');
    const place = record.positions['/date/place']!;
    expect(text.slice(place.start.offset, place.end.offset)).toBe('Đồng Nai');
  });
});

describe('line numbers', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('count %s line endings', (_name, eol) => {
    const text = ['Số: 12/UBND-VP', '', 'Đồng Nai, ngày 12 tháng 10 năm 2022', ''].join(eol);
    const place = parseDispatch(Buffer.from(text, 'utf8')).positions['/date/place']!;
    expect(place.start.line).toBe(3);
    expect(place.start.column).toBe(1);
    expect(text.slice(place.start.offset, place.end.offset)).toBe('Đồng Nai');
  });
});
