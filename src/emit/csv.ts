/**
 * CSV: one row per document, for a spreadsheet. The first columns are those of the incoming-documents
 * register (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Phụ lục IV): số và ký hiệu, ngày tháng,
 * tác giả (the issuing body), tên loại and trích yếu. RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled. A UTF-8 BOM first, so that Excel reads Vietnamese.
 */
import { isErrorRecord, type AnyRecord, type RecordFormat } from './format.js';

export const CSV_COLUMNS = ['number', 'date', 'issuer', 'type', 'subject', 'place', 'signer', 'recipients', 'tasks', 'file', 'status', 'detail'] as const;

const BOM = '\ufeff';
const header = csvRow(CSV_COLUMNS);

export const csv: RecordFormat = {
  head: BOM + header,
  separator: '',
  tail: '',
  empty: BOM + header,
  serialize: (record) => csvRow(csvCells(record)),
};

/** The cells of one record, in the order of CSV_COLUMNS. */
export function csvCells(record: AnyRecord): string[] {
  if (isErrorRecord(record)) {
    const cells = CSV_COLUMNS.map(() => '');
    cells[CSV_COLUMNS.indexOf('file')] = record.source.file ?? '-';
    cells[CSV_COLUMNS.indexOf('status')] = 'failed';
    cells[CSV_COLUMNS.indexOf('detail')] = `${record.error.code}: ${record.error.message}`;
    return cells;
  }
  const errors = record.messages.filter((message) => message.severity === 'error');
  return [
    record.number?.value ?? record.number?.raw ?? '',
    record.date?.value ?? '',
    record.issuer?.name ?? '',
    record.docType?.name ?? '',
    record.subject ?? '',
    record.date?.place ?? '',
    record.signer?.name ?? '',
    record.recipients.join('; '),
    String(record.tasks.length),
    record.source.file ?? '-',
    errors.length > 0 ? 'errors' : 'clean',
    [...new Set(errors.map((message) => message.ruleId))].join(' '),
  ];
}

/** One RFC 4180 record, ending in CRLF. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
