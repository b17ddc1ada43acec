/** diffRecords on small edits: sets, references, formatting, --ignore; the word diff. */
import { describe, expect, it } from 'vitest';
import { diffRecords, foldFormatting } from '../../src/diff/index.js';
import { similarity, wordDiff } from '../../src/diff/words.js';
import { parseDispatch } from '../../src/pipeline.js';
import { readFileSync } from 'node:fs';

const base = readFileSync(new URL('../../fixtures/golden/variant-signer-tm.txt', import.meta.url), 'utf8');
const parse = (text: string) => parseDispatch(text, { file: 'x.txt' });
const ops = (a: string, b: string, options = {}) => diffRecords(parse(a), parse(b), options).map((c) => [c.op, c.path, c.old, c.new]);

describe('diffRecords', () => {
  it('a document against itself: no changes', () => {
    expect(ops(base, base)).toEqual([]);
  });

  it('compares recipients and distribution as sets: order does not count', () => {
    const swapped = base.replace('- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố Long Khánh, thành phố Biên Hòa.', '- UBND các huyện, thành phố Long Khánh, thành phố Biên Hòa;\n- Các sở, ban, ngành tỉnh.');
    expect(swapped).not.toBe(base);
    expect(ops(base, swapped)).toEqual([]);
    expect(ops(base, base.replace('- Chủ tịch, các PCT UBND tỉnh;\n', '- Chủ tịch, các PCT UBND tỉnh;\n- Sở Nội vụ;\n'))).toEqual([['added', '/distribution/3', null, 'Sở Nội vụ']]);
  });

  it('compares references by number', () => {
    const changed = base.replace('Kết luận số 28-KL/TW ngày 21/02/2022', 'Kết luận số 28-KL/TW ngày 22/02/2022');
    expect(ops(base, changed)).toEqual([['changed', '/references/0/date', '2022-02-21', '2022-02-22']]);
    const other = base.replace('Kết luận số 28-KL/TW', 'Kết luận số 29-KL/TW');
    expect(ops(base, other).map(([op, path]) => [op, path])).toEqual([
      ['removed', '/references/0'],
      ['added', '/references/0'],
    ]);
  });

  it('reports fields: another number once (not its parts), the date', () => {
    const changed = base.replace('Số: 10594/UBND-KGVX', 'Số: 10595/UBND-KGVX').replace('ngày 06 tháng 10', 'ngày 07 tháng 10');
    expect(ops(base, changed).filter(([, path]) => !String(path).startsWith('/tasks'))).toEqual([
      ['changed', '/number/value', '10594/UBND-KGVX', '10595/UBND-KGVX'],
      ['changed', '/date/value', '2022-10-06', '2022-10-07'],
    ]);
  });

  it('the same number printed differently is a change of its printed form only', () => {
    expect(ops(base, base.replace('Số: 10594/UBND-KGVX', 'Số: 10594 /UBND-KGVX'))).toEqual([['changed', '/number/raw', '10594/UBND-KGVX', '10594 /UBND-KGVX']]);
  });

  it('ignores formatting-only differences unless --exact', () => {
    const formatted = base.replace('V/v khắc phục tình trạng cán bộ, công chức', 'V/v khắc phục   tình trạng cán bộ, công chức').normalize('NFD');
    expect(ops(base, formatted)).toEqual([]);
    // The parser folds much of this already; records (from JSON, say) may still differ in form only.
    const a = parse(base);
    const b = { ...a, subject: `*${a.subject!.normalize('NFD')}*`, signer: { ...a.signer!, name: ' Cao  Tiến Dũng ' } };
    expect(diffRecords(a, b)).toEqual([]);
    expect(diffRecords(a, b, { exact: true }).map((c) => c.path)).toEqual(['/subject', '/signer/name']);
    expect(foldFormatting('**Lê  Quang**   *Trung*')).toBe('Lê Quang Trung');
    expect(foldFormatting('Ho\u0300a')).toBe('Hòa');
  });

  it('--ignore leaves out fields by pointer or by name', () => {
    const changed = base.replace('Cao Tiến Dũng', 'Võ Tấn Đức').replace('trước ngày 15 tháng 12 năm 2022', 'trước ngày 20 tháng 12 năm 2022');
    expect(ops(base, changed).map(([, path]) => path)).toEqual(['/signer/name', '/tasks/1/text', '/tasks/1/deadline']);
    expect(ops(base, changed, { ignore: ['/signer/name', 'tasks/text'] }).map(([, path]) => path)).toEqual(['/tasks/1/deadline']);
    expect(ops(base, changed, { ignore: ['signer', 'deadline', 'text'] })).toEqual([]);
    expect(ops(base, changed, { ignore: ['signer.name'] }).map(([, path]) => path)).toEqual(['/tasks/1/text', '/tasks/1/deadline']);
  });

  it('never compares source, positions or messages', () => {
    const a = parse(base);
    const b = { ...parse(`\n\n${base}`), source: { ...a.source, file: 'other.txt', sha256: '0'.repeat(64) }, messages: [] };
    expect(diffRecords(a, b)).toEqual([]);
  });

  it('reports assignees per task', () => {
    const changed = base.replace('Giao Sở Nội vụ chủ trì phối hợp với các cơ quan', 'Giao Sở Tài chính chủ trì phối hợp với các cơ quan');
    const changes = diffRecords(parse(base), parse(changed));
    expect(changes.map((c) => [c.op, c.path])).toEqual([
      ['changed', '/tasks/1/text'],
      ['removed', '/tasks/1/assignees/0'],
      ['added', '/tasks/1/assignees/0'],
    ]);
    expect(changes[1]!.old).toEqual({ name: 'Sở Nội vụ', role: 'lead' });
    expect(changes[2]!.new).toEqual({ name: 'Sở Tài chính', role: 'lead' });
  });
});

describe('wordDiff', () => {
  it('keeps common words and marks the rest', () => {
    expect(wordDiff('báo cáo trước ngày 15 tháng 12', 'báo cáo UBND trước ngày 31 tháng 12')).toEqual([
      { op: '=', text: 'báo cáo' },
      { op: '+', text: 'UBND' },
      { op: '=', text: 'trước ngày' },
      { op: '-', text: '15' },
      { op: '+', text: '31' },
      { op: '=', text: 'tháng 12' },
    ]);
    expect(wordDiff('', 'a b')).toEqual([{ op: '+', text: 'a b' }]);
  });
  it('similarity is 1 for the same words, 0 for none in common', () => {
    expect(similarity('a b c', 'c b a')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });
});
