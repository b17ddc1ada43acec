import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../../src/index.js';

const head = (number: string, second: string) =>
  ['BỘ TÀI CHÍNH', 'CỤC THUẾ', '', number, second, '', 'Hà Nội, ngày 09 tháng 4 năm 2026', '', 'Kính gửi: Thuế tỉnh Ninh Bình.', '', 'Cục Thuế có ý kiến như sau./.'].join('\n');

describe('document type and the code of the number', () => {
  it.each([
    // a công văn has no type code: the first code group is the issuer
    ['Số: 2191/CT-CS', 'V/v chính sách thuế TNDN', 'Công văn', { typeCode: null, issuerCode: 'CT', unitCode: 'CS' }],
    ['Số: 15/CT-TTg', 'CHỈ THỊ', 'Chỉ thị', { typeCode: 'CT', issuerCode: 'TTg', unitCode: null }],
    ['Số: 15/QĐ-BNV', 'QUYẾT ĐỊNH', 'Quyết định', { typeCode: 'QĐ', issuerCode: 'BNV', unitCode: null }],
    ['Số: 12/UBND-VP', 'V/v phòng chống dịch', 'Công văn', { typeCode: null, issuerCode: 'UBND', unitCode: 'VP' }],
    ['Số: 30/2020/NĐ-CP', 'NGHỊ ĐỊNH', 'Nghị định', { year: '2020', typeCode: 'NĐ', issuerCode: 'CP', unitCode: null }],
    // a thư công has a type of its own, and no code (Nghị định 30, Phụ lục III)
    ['Số: 21/BTC-VP', 'THƯ CÔNG', 'Thư công', { typeCode: null, issuerCode: 'BTC', unitCode: 'VP' }],
    ['Số: 112/CĐ-TTg', 'CÔNG ĐIỆN', 'Công điện', { typeCode: 'CĐ', issuerCode: 'TTg', unitCode: null }],
  ])('%s / %s → %s', (number, second, docType, parts) => {
    const record = parseDispatch(head(number, second));
    expect(record.docType?.name).toBe(docType);
    expect(record.number).toMatchObject(parts);
  });
});
