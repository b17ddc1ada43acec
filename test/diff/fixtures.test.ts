/** The fixture pairs of fixtures/diff: each gives exactly its expected change list. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../src/diff/index.js';
import { parseDispatch, parseDocument } from '../../src/pipeline.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const parse = (path: string) => parseDispatch(read(path), { file: path });

/** What each pair must give, in short (op, path, old, new); expected.json has the full list with positions. */
const pairs: Record<string, Array<[string, string, unknown, unknown]>> = {
  'task-inserted': [
    ['added', '/tasks/2', null, expect.objectContaining({ label: '3', deadline: { date: '2022-11-30', text: 'trước ngày 30 tháng 11 năm 2022', recurring: false } })],
    ['renumbered', '/tasks/3/label', '3', '4'],
    ['renumbered', '/tasks/4/label', '4', '5'],
    ['renumbered', '/tasks/5/label', '5', '6'],
    ['renumbered', '/tasks/6/label', '6', '7'],
    ['renumbered', '/tasks/7/label', '7', '8'],
    ['renumbered', '/tasks/8/label', '8', '9'],
  ],
  'tasks-renumbered': [
    ['moved', '/tasks/7', '/tasks/6', '/tasks/7'],
    ['renumbered', '/tasks/7/label', '7', '8'],
    ['renumbered', '/tasks/6/label', '8', '7'],
  ],
  'deadline-changed': [
    ['changed', '/tasks/1/text', expect.stringContaining('trước ngày 15 tháng 12'), expect.stringContaining('trước ngày 31 tháng 12')],
    ['changed', '/tasks/1/deadline', expect.objectContaining({ date: '2022-12-15' }), expect.objectContaining({ date: '2022-12-31' })],
  ],
  'recipient-removed': [['removed', '/recipients/1', 'Trung tâm Y tế các huyện, thành phố', null]],
  'signer-changed': [
    ['removed', '/signer/authority', 'KT', null],
    ['removed', '/signer/onBehalfOf', 'GIÁM ĐỐC', null],
    ['changed', '/signer/title', 'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC'],
    ['changed', '/signer/name', 'Lê Quang Trung', 'Phan Huy Anh Vũ'],
    ['removed', '/signer/authorityChain', ['KT. GIÁM ĐỐC'], []],
  ],
};

describe('fixtures/diff pairs', () => {
  for (const [name, short] of Object.entries(pairs)) {
    it(`${name} gives exactly its expected changes`, () => {
      const changes = diffRecords(parse(`fixtures/diff/${name}/old.txt`), parse(`fixtures/diff/${name}/new.txt`));
      expect(JSON.parse(JSON.stringify(changes))).toEqual(JSON.parse(read(`fixtures/diff/${name}/expected.json`).toString('utf8')));
      expect(changes.map((c) => [c.op, c.path, c.old, c.new])).toEqual(short);
    });
  }

  it('the old version is the golden document itself', () => {
    expect(read('fixtures/diff/task-inserted/old.txt')).toEqual(read('fixtures/golden/seed-6764.txt'));
    expect(read('fixtures/diff/deadline-changed/old.txt')).toEqual(read('fixtures/golden/variant-signer-tm.txt'));
    expect(read('fixtures/diff/recipient-removed/old.txt')).toEqual(read('fixtures/golden/variant-list-recipients.txt'));
  });

  it('gives the word-level diff of a changed task', () => {
    const [text] = diffRecords(parse('fixtures/diff/deadline-changed/old.txt'), parse('fixtures/diff/deadline-changed/new.txt'));
    expect(text!.words!.filter((w) => w.op !== '=')).toEqual([
      { op: '-', text: '15' },
      { op: '+', text: '31' },
    ]);
  });

  it('a pair diffed the other way round gives the opposite changes', () => {
    const changes = diffRecords(parse('fixtures/diff/task-inserted/new.txt'), parse('fixtures/diff/task-inserted/old.txt'));
    expect(changes.map((c) => c.op)).toEqual(['removed', ...Array(6).fill('renumbered')]);
    expect(changes[0]!.path).toBe('/tasks/2');
  });
});

describe('the same document in another format', () => {
  const cases = [
    ['fixtures/golden/seed-6764.md', 'fixtures/formats/seed-6764.docx'],
    ['fixtures/golden/seed-6764.md', 'fixtures/formats/seed-6764.html'],
    ['fixtures/golden/corpus-001-congvan.txt', 'fixtures/formats/corpus-001-congvan.docx'],
    ['fixtures/golden/corpus-020-congvan.md', 'fixtures/formats/corpus-020-congvan.docx'],
    ['fixtures/golden/seed-6764.md', 'fixtures/golden/seed-6764.txt'],
  ] as const;
  it.each(cases)('%s and %s give no changes', async (a, b) => {
    const [x, y] = await Promise.all([parseDocument(read(a), { file: a }), parseDocument(read(b), { file: b })]);
    expect(diffRecords(x, y)).toEqual([]);
  });
});
