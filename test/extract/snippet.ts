/** Builds a short, well-formed plain-text dispatch with one part replaced, for field-level tables. */
import { parseDispatch, type DispatchRecord } from '../../src/index.js';

export interface Parts {
  head?: string;
  number?: string;
  marks?: string;
  subject?: string;
  date?: string;
  recipients?: string;
  body?: string;
  distribution?: string;
  signature?: string;
}

const DEFAULTS: Required<Parts> = {
  head: 'UBND TỈNH ĐỒNG NAI\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 6764/SYT-VP',
  marks: '',
  subject: 'V/v khắc phục tình trạng cán bộ, công chức, viên chức nghỉ việc, thôi việc',
  date: 'Đồng Nai, ngày 12 tháng 10 năm 2022',
  recipients: 'Kính gửi: Các đơn vị trực thuộc Sở Y tế.',
  body: 'Sở Y tế đề nghị các đơn vị trực thuộc triển khai thực hiện./.',
  distribution: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
  signature: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Quang Trung',
};

export function snippet(parts: Parts = {}): string {
  const p = { ...DEFAULTS, ...parts };
  return [
    p.head,
    '',
    p.marks ? `${p.number}\n${p.marks}` : p.number,
    p.subject,
    '',
    p.date,
    '',
    p.recipients,
    '',
    p.body,
    '',
    p.distribution,
    '',
    p.signature,
    '',
  ].join('\n');
}

/** Parses a snippet as a plain-text file. */
export function parseSnippet(parts: Parts = {}): DispatchRecord {
  return parseDispatch(snippet(parts), { file: 'snippet.txt' });
}
