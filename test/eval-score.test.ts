import { describe, it, expect } from 'vitest';
import {
  aggregate,
  collapse,
  compareAuthority,
  compareHolders,
  compareList,
  compareNumberParts,
  compareReferences,
  compareScalar,
  compareTasks,
  diffBaseline,
  isArchiveItem,
  looseFold,
  normalizeAuthority,
  ocrAlternatives,
  parseArchiveHolders,
  parseUnrecoverable,
  scoreDoc,
  splitDistribution,
  toBaseline,
} from '../scripts/eval-lib.js';

describe('looseFold', () => {
  it.each([
    ['  Sở   Y tế ', 'sở y tế'],
    ['UBND tỉnh Đồng Nai.', 'ubnd tỉnh đồng nai'],
    ['Thường trực Thành ủy; (để b/c)', 'thường trực thành ủy để b c'],
    ['6764/SYT-VP', '6764 syt vp'],
    ['CÐS', 'cđs'], // Latin eth from OCR reads as đ
    ['Tỉnh uỷ', 'tỉnh ủy'], // old-style tone placement
    ['hoà bình', 'hòa bình'],
    ['hoàng', 'hoàng'], // not word-final: unchanged
  ])('%j → %j', (input, expected) => {
    expect(looseFold(input)).toBe(expected);
  });

  it('normalises to NFC so decomposed input matches', () => {
    const decomposed = 'Hà Nội'.normalize('NFD');
    expect(looseFold(decomposed)).toBe(looseFold('Hà Nội'));
  });

  it('keeps Vietnamese diacritics', () => {
    expect(looseFold('Hà Nội')).not.toBe(looseFold('Ha Noi'));
  });

  it('folds null and undefined to the empty string', () => {
    expect(looseFold(null)).toBe('');
    expect(looseFold(undefined)).toBe('');
  });
});

describe('collapse', () => {
  it('collapses whitespace, NBSP included, and trims', () => {
    expect(collapse(' a\u00a0 b\n c ')).toBe('a b c');
    expect(collapse(null)).toBeNull();
  });
});

describe('compareScalar', () => {
  it('exact needs the same string up to whitespace; loose folds case and punctuation', () => {
    expect(compareScalar('Hà Nội', 'Hà  Nội')).toEqual({ exact: true, loose: true });
    expect(compareScalar('Hà Nội', 'HÀ NỘI')).toEqual({ exact: false, loose: true });
    expect(compareScalar('Hà Nội', 'Ha Noi')).toEqual({ exact: false, loose: false });
  });

  it('treats null, undefined and empty string as the same absent value', () => {
    expect(compareScalar(null, undefined)).toEqual({ exact: true, loose: true });
    expect(compareScalar(null, '')).toEqual({ exact: true, loose: true });
    expect(compareScalar(null, 'x')).toEqual({ exact: false, loose: false });
    expect(compareScalar('x', null)).toEqual({ exact: false, loose: false });
  });

  it('accepts alternatives (printed OCR form) for loose only', () => {
    expect(compareScalar('Tổng cục Thuế', 'TONG CỤC THUÊ', ['TONG CỤC THUÊ'])).toEqual({ exact: false, loose: true });
  });
});

describe('compareList', () => {
  it('is ordered; null equals []', () => {
    expect(compareList(null, [])).toEqual({ exact: true, loose: true });
    expect(compareList(['a', 'b'], ['b', 'a'])).toEqual({ exact: false, loose: false });
  });

  it('loose ignores punctuation and case per item', () => {
    expect(compareList(['Thường trực Thành ủy; (để b/c)'], ['thường trực Thành ủy (để b/c)'])).toEqual({ exact: false, loose: true });
  });

  it('a different length is wrong', () => {
    expect(compareList(['a'], ['a', 'b']).loose).toBe(false);
  });
});

describe('signer authority', () => {
  it.each([
    ['KT.', 'KT'],
    ['K/T', 'KT'],
    ['tl.', 'TL'],
    [null, null],
  ])('normalizeAuthority(%j) = %j', (input, expected) => {
    expect(normalizeAuthority(input)).toBe(expected);
  });

  it('truth "KT." equals record "KT" exactly', () => {
    expect(compareAuthority('KT.', 'KT')).toEqual({ exact: true, loose: true });
    expect(compareAuthority('KT.', 'TL')).toEqual({ exact: false, loose: false });
    expect(compareAuthority(null, null)).toEqual({ exact: true, loose: true });
    expect(compareAuthority('KT.', 'KT.')).toEqual({ exact: false, loose: true });
  });
});

describe('distribution / archive split', () => {
  it('removes the final Lưu item from the truth list', () => {
    expect(splitDistribution(['Như trên', 'BGĐ Sở Y tế', 'Lưu: VT, VP'])).toEqual({
      items: ['Như trên', 'BGĐ Sở Y tế'],
      archive: 'Lưu: VT, VP',
    });
  });

  it('recognises OCR forms and a Lưu line without a colon at the end', () => {
    expect(splitDistribution(['Như trên', 'Luu: VT, PC(Ib)']).archive).toBe('Luu: VT, PC(Ib)');
    expect(splitDistribution(['Như trên', 'Liu:LPQT']).archive).toBe('Liu:LPQT');
    expect(splitDistribution(['Như trên', 'Lưu VT, NCC']).archive).toBe('Lưu VT, NCC');
  });

  it('keeps a person called Lưu in the middle of the list', () => {
    expect(isArchiveItem('Lưu Văn An', false)).toBe(false);
    expect(splitDistribution(['Ông Lưu Văn An', 'Lưu Văn Bình', 'Lưu: VT']).items).toEqual(['Ông Lưu Văn An', 'Lưu Văn Bình']);
  });

  it('null or empty distribution has no archive', () => {
    expect(splitDistribution(null)).toEqual({ items: [], archive: null });
    expect(splitDistribution([])).toEqual({ items: [], archive: null });
  });

  it.each([
    ['Lưu: VT, CN, Cm', ['VT', 'CN', 'Cm']],
    ['Lưu: VT, CN, Cm.', ['VT', 'CN', 'Cm']],
    ['Lưu: VT, QLN (2b)', ['VT', 'QLN']],
    ['Lưu: VT, TTHT(02)', ['VT', 'TTHT']],
    ['Lưu: VT, KTTH (3 )', ['VT', 'KTTH']],
    ['Lưu: VT, ĐMDN (2b). Trung Anh', ['VT', 'ĐMDN']],
    ['Lưu: VT, QHĐP (3) Cương', ['VT', 'QHĐP']],
    ['Lưu VT, NCC', ['VT', 'NCC']],
    ['Lưu: VT', ['VT']],
    ['Lưu: Văn thư, KGVX (3b)', ['Văn thư', 'KGVX']],
    ['Lưu: VT, TTHC(htd)', ['VT', 'TTHC(htd)']],
  ])('parseArchiveHolders(%j)', (line, holders) => {
    expect(parseArchiveHolders(line)).toEqual(holders);
  });

  it('parseArchiveHolders(null) is []', () => {
    expect(parseArchiveHolders(null)).toEqual([]);
  });

  it('compares holders loosely without parentheticals and across "VT. X"', () => {
    expect(compareHolders(['VT', 'TTHC(htd)'], ['VT', 'TTHC'])).toEqual({ exact: false, loose: true });
    expect(compareHolders(['VT. HTOQT'], ['VT', 'HTOQT'])).toEqual({ exact: false, loose: true });
    expect(compareHolders([], [])).toEqual({ exact: true, loose: true });
    expect(compareHolders(['VT', 'VP'], ['VT'])).toEqual({ exact: false, loose: false });
  });
});

describe('compareNumberParts', () => {
  const truth = { seq: '6764', typeCode: null, issuerCode: 'SYT', unitCode: 'VP' };

  it('checks only the parts the truth gives', () => {
    const record = { value: '6764/SYT-VP', raw: '6764/SYT-VP', seq: '6764', year: '2022', typeCode: null, issuerCode: 'SYT', unitCode: 'VP' };
    expect(compareNumberParts(truth, record)).toEqual({ exact: true, loose: true });
  });

  it('fails when one part differs, unless that part is skipped', () => {
    const record = { seq: '2/9.', typeCode: null, issuerCode: 'SYT', unitCode: 'VP' };
    expect(compareNumberParts(truth, record).exact).toBe(false);
    expect(compareNumberParts(truth, record, new Set(['seq'])).exact).toBe(true);
  });

  it('null truth parts expect a null number or all-null parts', () => {
    expect(compareNumberParts(null, null)).toEqual({ exact: true, loose: true });
    expect(compareNumberParts(null, { seq: '1' }).exact).toBe(false);
  });
});

describe('compareTasks', () => {
  const prefixes = ['Quan tâm, kịp thời nắm bắt', 'Xem xét, hỗ trợ kịp thời'];

  it('matches each record task by prefix, in order', () => {
    const tasks = [
      { label: '1', text: 'Quan tâm, kịp thời nắm bắt tâm tư, nguyện vọng.' },
      { label: '2', text: 'Xem xét, hỗ trợ kịp thời đối với công chức.' },
    ];
    expect(compareTasks(prefixes, tasks)).toMatchObject({ n: 2, exactMatched: 2, looseMatched: 2, exact: true, loose: true });
  });

  it('loose tolerates case/punctuation and a label kept in the truth prefix', () => {
    expect(compareTasks(['quan tâm kịp thời'], [{ label: '1', text: 'Quan tâm, kịp thời nắm bắt' }])).toMatchObject({ exact: false, loose: true });
    expect(compareTasks(['(ii) Thông bio PHU LUC A'], [{ label: 'ii', text: 'Thông bio PHU LUC A - Các loại thuế' }]).loose).toBe(true);
  });

  it('is wrong when the counts differ even if every prefix matches', () => {
    const tasks = [{ label: '1', text: prefixes[0]! }, { label: '2', text: prefixes[1]! }, { label: '3', text: 'extra' }];
    expect(compareTasks(prefixes, tasks)).toMatchObject({ looseMatched: 2, loose: false, exact: false });
  });

  it('counts partial matches', () => {
    expect(compareTasks(prefixes, [{ label: '1', text: 'Something else' }, { label: '2', text: prefixes[1]! }])).toMatchObject({ looseMatched: 1, loose: false });
  });
});

describe('compareReferences', () => {
  it('is a set comparison', () => {
    const r = compareReferences(['10594/UBND-KGVX', '30/2020/NĐ-CP'], ['30/2020/NĐ-CP', '10594/UBND-KGVX', '30/2020/NĐ-CP']);
    expect(r.exact).toBe(true);
    expect(r.exactStats).toEqual({ equal: true, tp: 2, truth: 2, record: 2 });
  });

  it('gives true positives for precision and recall', () => {
    const r = compareReferences(['a/1', 'b/2'], ['a/1', 'c/3', 'd/4']);
    expect(r.exact).toBe(false);
    expect(r.looseStats).toMatchObject({ tp: 1, truth: 2, record: 3 });
  });

  it('loose ignores spacing and separators', () => {
    expect(compareReferences(['4222/TCT-PC'], ['4222 /TCT- PC'])).toMatchObject({ exact: true, loose: true });
    expect(compareReferences(['28-KL/TW'], ['28/KL-TW'])).toMatchObject({ exact: false, loose: true });
  });
});

describe('truth conventions', () => {
  it('maps _unrecoverable prose to field names', () => {
    const { fields, unknown } = parseUnrecoverable([
      "number sequence (handwritten '2191' OCR'd as '2/9.')",
      "date (day printed as 'OF')",
      'signer authority/title (not present in OCR text)',
      'signer.name (covered by the seal)',
      'something else entirely',
    ]);
    expect([...fields].sort()).toEqual(['date', 'number', 'numberParts.seq', 'signer.authority', 'signer.name', 'signer.title']);
    expect(unknown).toEqual(['something else entirely']);
  });

  it('"signer (whole block …)" covers every signer field', () => {
    expect([...parseUnrecoverable(['signer (whole block lost under the seal)']).fields]).toEqual([
      'signer.authority',
      'signer.onBehalfOf',
      'signer.title',
      'signer.name',
      'signer.authorityChain',
    ]);
  });

  it('reads the printed form out of _ocrCorrected, dropping its note and non-field keys', () => {
    expect(ocrAlternatives({ number: '2862 /ICT-HTQT (T read as I)', issuer: 'TONG CỤC THUÊ', 'subject marker': "'V/v' printed as 'Viv'", place: 'Ha Nội' })).toEqual({
      number: '2862 /ICT-HTQT',
      issuer: 'TONG CỤC THUÊ',
      place: 'Ha Nội',
    });
  });
});

const truth = {
  number: '6764/SYT-VP',
  numberParts: { seq: '6764', typeCode: null, issuerCode: 'SYT', unitCode: 'VP' },
  date: '2022-10-12',
  place: 'Đồng Nai',
  issuer: 'Sở Y tế',
  parentIssuer: null,
  docType: 'Công văn',
  subject: 'khắc phục tình trạng nghỉ việc',
  recipients: ['Các đơn vị trực thuộc Sở Y tế'],
  distribution: ['Như trên', 'BGĐ Sở Y tế', 'Lưu: VT, VP'],
  taskCount: 1,
  tasks: ['Quan tâm, kịp thời nắm bắt'],
  references: ['10594/UBND-KGVX'],
  signer: { authority: 'KT.', title: 'PHÓ GIÁM ĐỐC', onBehalfOf: 'GIÁM ĐỐC', name: 'Lê Quang Trung' },
  urgency: null,
  confidentiality: null,
};

const record = {
  schemaVersion: '1',
  docType: { name: 'Công văn', code: null },
  number: { value: '6764/SYT-VP', raw: '6764/SYT-VP', seq: '6764', year: null, typeCode: null, issuerCode: 'SYT', unitCode: 'VP' },
  date: { value: '2022-10-12', place: 'Đồng Nai' },
  issuer: { name: 'Sở Y tế', parent: null, inferred: true },
  subject: 'khắc phục tình trạng nghỉ việc',
  recipients: ['Các đơn vị trực thuộc Sở Y tế'],
  references: [{ number: '10594/UBND-KGVX', date: null, issuer: null, type: null }],
  tasks: [{ label: '1', text: 'Quan tâm, kịp thời nắm bắt tâm tư', assignees: [], deadline: null, subtasks: [] }],
  signer: { authority: 'KT', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Quang Trung', authorityChain: ['KT. GIÁM ĐỐC'] },
  distribution: ['Như trên', 'BGĐ Sở Y tế'],
  archive: { holders: ['VT', 'VP'], copies: null },
  urgency: null,
  confidentiality: null,
};

describe('scoreDoc', () => {
  it('scores a correct record right on every field the truth gives', () => {
    const { fields, error } = scoreDoc(truth, record);
    expect(error).toBeNull();
    expect(Object.keys(fields)).not.toContain('numberRaw'); // absent from the truth: not scored
    expect(Object.keys(fields)).not.toContain('signer.authorityChain');
    for (const [name, r] of Object.entries(fields)) expect({ name, exact: r.exact, loose: r.loose }).toEqual({ name, exact: true, loose: true });
  });

  it('an empty record is right only where the truth is null / empty', () => {
    const { fields } = scoreDoc(truth, { recipients: [], references: [], tasks: [], distribution: [] });
    expect(fields.number!.loose).toBe(false);
    expect(fields.parentIssuer!.loose).toBe(true);
    expect(fields.urgency!.loose).toBe(true);
    expect(fields.archive!.loose).toBe(false);
  });

  it('a parser error makes every scored field wrong, even those whose truth is null', () => {
    const { fields, error } = scoreDoc(truth, null, 'TypeError: boom');
    expect(error).toBe('TypeError: boom');
    expect(Object.values(fields).every((r) => !r.exact && !r.loose)).toBe(true);
    expect(fields.urgency).toBeDefined();
  });

  it('leaves _unrecoverable fields out and checks that the record abstains there', () => {
    const t = { ...truth, _unrecoverable: ["date (printed 'OF')", 'number sequence (unreadable)'] };
    const guessed = scoreDoc(t, record);
    expect(guessed.fields.date).toBeUndefined();
    expect(guessed.fields.number).toBeUndefined();
    expect(guessed.fields.numberParts!.exact).toBe(true); // the other parts are still scored
    expect(guessed.unrecoverable.date!.abstained).toBe(false);
    const abstained = scoreDoc(t, { ...record, date: null, number: { ...record.number, value: null, seq: null } });
    expect(abstained.unrecoverable.date!.abstained).toBe(true);
    expect(abstained.unrecoverable['numberParts.seq']!.abstained).toBe(true);
  });

  it('accepts the printed OCR form as loose only', () => {
    const t = { ...truth, _ocrCorrected: { issuer: 'SO Y TE' } };
    const r = scoreDoc(t, { ...record, issuer: { name: 'So y te', parent: null, inferred: false } });
    expect(r.fields.issuer).toMatchObject({ exact: false, loose: true });
  });

  it('null signer / numberParts / lists in the truth expect nothing in the record', () => {
    const press = { number: null, numberParts: null, signer: null, recipients: [], distribution: [], taskCount: 0, tasks: [], references: [] };
    const { fields } = scoreDoc(press, { number: null, signer: null, recipients: [], distribution: [], archive: null, tasks: [], references: [] });
    expect(Object.keys(fields)).not.toContain('tasks'); // zero tasks is taskCount's job
    for (const [name, r] of Object.entries(fields)) expect({ name, loose: r.loose }).toEqual({ name, loose: true });
    expect(scoreDoc(press, { signer: { name: 'X' } }).fields['signer.name']!.loose).toBe(false);
  });

  it('survives a record with wrong types', () => {
    const { fields } = scoreDoc(truth, { tasks: 'oops', signer: 5, references: [null, 'x'], recipients: 'a' });
    expect(fields.taskCount!.loose).toBe(false);
    expect(fields.recipients!.loose).toBe(false);
  });
});

describe('aggregate and baseline', () => {
  const docs = [
    { id: '001', result: scoreDoc(truth, record) },
    { id: '002', result: scoreDoc(truth, null, 'Error: x') },
  ];

  it('gives per-field fractions and a mean over non-extra fields', () => {
    const s = aggregate(docs);
    expect(s.fields.number).toMatchObject({ n: 2, exact: 0.5, loose: 0.5 });
    expect(s.fields.numberRaw).toMatchObject({ n: 0, exact: null, extra: true });
    expect(s.mean.loose).toBe(0.5);
    expect(s.references.loose).toMatchObject({ tp: 1, truth: 2, record: 1, precision: 1, recall: 0.5 });
    expect(s.tasks).toMatchObject({ n: 2, looseMatched: 1 });
  });

  it('reports fields gained and lost per document', () => {
    const before = toBaseline(docs, aggregate(docs), { savedAt: 'then' });
    expect(before.docs['002']).toMatchObject({ error: true });
    const after = [
      { id: '001', result: scoreDoc(truth, { ...record, subject: 'khác' }) },
      { id: '002', result: scoreDoc(truth, record) },
      { id: '003', result: scoreDoc(truth, record) },
    ];
    const d = diffBaseline(before, after, aggregate(after));
    expect(d.changes.find((c) => c.id === '001')).toMatchObject({ gained: [], lost: ['subject'] });
    const two = d.changes.find((c) => c.id === '002');
    expect(two?.error).toBe('no longer fails');
    expect(two?.gained).toContain('number');
    expect(d.newDocs).toEqual(['003']);
  });
});
