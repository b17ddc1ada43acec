import { describe, expect, it } from 'vitest';
import { parseArchive } from '../../src/extract/distribution.js';
import { parseDispatch } from '../../src/index.js';

describe('parseArchive', () => {
  it.each<[string, string[], number | null]>([
    ['VT, VP', ['VT', 'VP'], null],
    ['VT, VP.', ['VT', 'VP'], null],
    ['VT; VP.', ['VT', 'VP'], null],
    ['VT', ['VT'], null],
    ['VT, CN, Cm.', ['VT', 'CN', 'Cm'], null],
    ['Văn thư, KGVX (3b)', ['Văn thư', 'KGVX'], 3],
    ['VT, QLN (2b)', ['VT', 'QLN'], 2],
    ['VT, CS (2b).', ['VT', 'CS'], 2],
    ['VT, VP(2)', ['VT', 'VP'], 2],
    ['VT, VP (02 bản)', ['VT', 'VP'], 2],
    // what follows the copy count is the drafter's initials (box 12), not a holder
    ['VT, KGVX (3b) NTH', ['VT', 'KGVX'], 3],
    // the drafter's initials inside the parentheses, before or after the count
    ['VT, NVY (Ng.03b)', ['VT', 'NVY'], 3],
    ['VT, KHTC (H.02)', ['VT', 'KHTC'], 2],
    ['VT, TH (03b-Ng)', ['VT', 'TH'], 3],
    ['VT, P.3', ['VT', 'P.3'], null],
    // a parenthesis that is not a count is dropped from the holder
    ['VT, THVX (VB)', ['VT', 'THVX'], null],
  ])('%j', (text, holders, copies) => {
    expect(parseArchive(text)).toEqual({ holders, copies });
  });
});

describe('Nơi nhận items with signature text interleaved by OCR', () => {
  const dispatch = (items: string[]) =>
    ['Số: 12/UBND-VP', 'V/v triển khai', '', 'Hà Nội, ngày 05 tháng 01 năm 2023', '', 'Đề nghị các đơn vị thực hiện./.', '', 'Nơi nhận:', ...items, '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An'].join('\n');

  it.each([
    ['- PCTr. Đặng Ngọc Minh (để b/c); XE? £®RBƯỞNG BAN', 'PCTr. Đặng Ngọc Minh (để b/c)'],
    ['- Thường trực Thành ủy; (để b/c)', 'Thường trực Thành ủy; (để b/c)'],
    ['- Như trên; a', 'Như trên'],
    ['- Sở Tài chính; Sở Nội vụ và các sở liên quan', 'Sở Tài chính; Sở Nội vụ và các sở liên quan'],
  ])('%j → %j', (item, expected) => {
    expect(parseDispatch(dispatch([item, '- Lưu: VT, VP.'])).distribution).toEqual([expected]);
  });

  it.each<[string[], string[]]>([
    // an item wrapped after its comma keeps the comma between its parts
    [['- VPCP: BTCN, các PCN,', '', 'Trợ lý, Thư ký của TTg, các Phó TTg, các Vụ, Cục đơn vị trực thuộc;'], ['VPCP: BTCN, các PCN, Trợ lý, Thư ký của TTg, các Phó TTg, các Vụ, Cục đơn vị trực thuộc']],
    // codes in capitals that end with ";" after an item that ends with ",": the item's rest, not a title
    [['- Các phòng NVDTPC, TTKT1,', 'TTKT2, KK&KTT, HKDCN;', '- Website Cục Thuế;'], ['Các phòng NVDTPC, TTKT1, TTKT2, KK&KTT, HKDCN', 'Website Cục Thuế']],
  ])('wrapped items %j → %j', (items, expected) => {
    const record = parseDispatch(dispatch([...items, '- Lưu: VT, VP.']));
    expect([record.distribution, record.signer?.title]).toEqual([expected, 'PHÓ CHỦ TỊCH']);
  });

  it.each([
    ['- Lưu: VT, CS ( Cb).Ả⁄', ['VT', 'CS']],
    ['- Lưu: VT. HTOQT. can -', ['VT. HTOQT']],
    ['- Lưu: VT, TTHC(htd).', ['VT', 'TTHC']],
    // brackets that the code goes on after are part of it
    ['- Lưu: VT, Vụ PC&QLKH (TANDTC)-P2.', ['VT', 'Vụ PC&QLKH (TANDTC)-P2']],
  ])('archive %j → %j', (line, holders) => {
    expect(parseDispatch(dispatch(['- Như trên;', line])).archive?.holders).toEqual(holders);
  });
});

describe('the archive line', () => {
  const archiveOf = (items: string[]) =>
    parseDispatch(['Số: 15-CT/TU', 'Nghệ An, ngày 3 tháng 4 năm 2024', 'Đề nghị các đơn vị thực hiện./.', '', 'Nơi nhận:', ...items, '', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', 'Nguyễn Văn An'].join('\n'), { file: 'x.txt' });
  it.each<[string, string[], string[], string[] | null]>([
    ['with a colon', ['- Như trên;', '- Lưu: VT, VP.'], ['Như trên'], ['VT', 'VP']],
    ['codes without a colon', ['- Như trên;', '- Lưu VT, VP.'], ['Như trên'], ['VT', 'VP']],
    // one code after a ";" on the Lưu line is a second holder; a title after it is the signature column's
    ['holders apart by a semicolon', ['- Như trên;', '- Lưu VT; TCHQ'], ['Như trên'], ['VT', 'TCHQ']],
    ['a title after the semicolon', ['- Như trên;', '- Lưu: VT; PHÓ BÍ THƯ'], ['Như trên'], ['VT']],
    ['the holder in words without a colon, last (party documents)', ['- Ban Bí thư (để b/c),', '- Lưu Văn phòng Tỉnh ủy.'], ['Ban Bí thư (để b/c)'], ['Văn phòng Tỉnh ủy']],
    // A name in words is the archive only on the last line: elsewhere "Lưu …" is an item like the others.
    ['words without a colon, not last', ['- Lưu Văn phòng Tỉnh ủy,', '- Ban Bí thư.'], ['Lưu Văn phòng Tỉnh ủy', 'Ban Bí thư'], null],
  ])('%s', (_, items, distribution, holders) => {
    const record = archiveOf(items);
    expect(record.distribution).toEqual(distribution);
    expect(record.archive?.holders ?? null).toEqual(holders);
  });
});

describe('Nơi nhận items as OCR leaves them', () => {
  const letter = (items: string[]) =>
    ['BỘ TÀI CHÍNH', 'Số: 5355/BTC-CST', 'Hà Nội, ngày 25 tháng 4 năm 2017', 'V/v chính sách thuế', 'Kính gửi: Cục Thuế tỉnh Hòa Bình.', 'Bộ Tài chính trả lời để Cục Thuế biết./.', 'Nơi nhận:', ...items, 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Vũ Thị Mai'].join('\n');
  it('keeps a second holder that ends as an item does', () => {
    expect(parseDispatch(letter(['- Như trên;', '- TCT; Vụ PC;', '- Lưu: VT, CST.'])).distribution).toEqual(['Như trên', 'TCT; Vụ PC']);
  });
  it('takes no line after the Lưu line into the item above it; a wrapped archive goes on', () => {
    const footer = parseDispatch(letter(['- Như trên;', '- Website TCT;', '- Lưu: VT, DNNCN.', '* www.ThuVienPhapLuat.vn']));
    expect([footer.distribution, footer.archive?.holders]).toEqual([['Như trên', 'Website TCT'], ['VT', 'DNNCN']]);
    const wrapped = parseDispatch(letter(['- Như trên;', '- Lưu: VT, Vụ CST,', 'TCT.']));
    expect([wrapped.distribution, wrapped.archive?.holders]).toEqual([['Như trên'], ['VT', 'Vụ CST', 'TCT']]);
  });
  it('reads a doubled dash before the archive line as one marker', () => {
    const record = parseDispatch(letter(['- Như trên;', '~- Lưu: VT, CST.']));
    expect([record.distribution, record.archive?.holders]).toEqual([['Như trên'], ['VT', 'CST']]);
  });
});
