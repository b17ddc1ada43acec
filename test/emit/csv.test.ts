import { describe, expect, it } from 'vitest';
import { csv, csvCells, csvField, csvRow, CSV_COLUMNS } from '../../src/emit/csv.js';
import { parseDispatch, toErrorRecord } from '../../src/pipeline.js';
import { CongvanError } from '../../src/errors.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['Sở Y tế', 'Sở Y tế'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['"', '""""'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends a row with CRLF', () => {
    expect(csvRow(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});

describe('csv format', () => {
  it('starts with a UTF-8 BOM and the header, also when there is no record', () => {
    const header = `\ufeff${CSV_COLUMNS.join(',')}\r\n`;
    expect(csv.head).toBe(header);
    expect(csv.empty).toBe(header);
    expect(csv.separator + csv.tail).toBe('');
  });

  it('puts the register columns of a record first, then place, signer, recipients, task count, file, status', () => {
    const record = parseDispatch(
      [
        'UBND TỈNH ĐỒNG NAI',
        'SỞ Y TẾ',
        'Số: 12/SYT-VP',
        'Đồng Nai, ngày 3 tháng 4 năm 2024',
        'V/v kiểm tra, báo cáo',
        'Kính gửi:',
        '- Bệnh viện A;',
        '- Bệnh viện B.',
        '1. Báo cáo trước ngày 30/4/2024.',
        'GIÁM ĐỐC',
        'Nguyễn Văn An',
      ].join('\n'),
      { file: 'in/12.txt' },
    );
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, csvCells(record)[i]]));
    expect(cells).toMatchObject({
      number: '12/SYT-VP',
      date: '2024-04-03',
      issuer: 'Sở Y tế',
      type: 'Công văn',
      subject: 'kiểm tra, báo cáo',
      place: 'Đồng Nai',
      recipients: record.recipients.join('; '),
      tasks: String(record.tasks.length),
      file: 'in/12.txt',
      status: 'clean',
      detail: '',
    });
    expect(csv.serialize(record)).toBe(csvRow(csvCells(record)));
  });

  it('gives an error record a failed row with its code and message', () => {
    const record = toErrorRecord('x.txt', new CongvanError('empty-input', 'the input is empty'));
    expect(csvCells(record)).toEqual(['', '', '', '', '', '', '', '', '', 'x.txt', 'failed', 'empty-input: the input is empty']);
  });

  it('lists the rule ids of error messages in detail, and - for stdin', () => {
    const record = parseDispatch('Chỉ một dòng chữ không có số, không có ngày.', { file: null });
    const cells = csvCells(record);
    expect(cells[CSV_COLUMNS.indexOf('file')]).toBe('-');
    expect(cells[CSV_COLUMNS.indexOf('status')]).toBe(record.messages.some((m) => m.severity === 'error') ? 'errors' : 'clean');
    const ids = [...new Set(record.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId))].join(' ');
    expect(cells[CSV_COLUMNS.indexOf('detail')]).toBe(ids);
  });
});
