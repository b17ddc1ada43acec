import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../../src/index.js';

/** A short dispatch whose labels OCR has damaged the way scans damage them. */
const dispatch = (subjectLine: string, recipientsLine: string, number = 'Số: 12/UBND-VP') =>
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN LONG THÀNH',
    '',
    number,
    subjectLine,
    'trong năm 2023',
    '',
    'Long Thành, ngày 05 tháng 01 năm 2023',
    '',
    recipientsLine,
    '',
    'Ủy ban nhân dân huyện đề nghị các đơn vị thực hiện nghiêm túc nội dung trên./.',
  ].join('\n');

describe('labels damaged by OCR', () => {
  it.each([
    ['V/v phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['Viv phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['VW phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['V/V: phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['V/y phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['‘V/y phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['‘Vv phòng chống dịch', 'phòng chống dịch trong năm 2023'],
    ['Vv phòng chống dịch', 'phòng chống dịch trong năm 2023'],
  ])('subject label %j', (line, subject) => {
    const record = parseDispatch(dispatch(line, 'Kính gửi: Các xã, thị trấn.'));
    expect(record.subject).toBe(subject);
    expect(record.docType?.name).toBe('Công văn');
  });

  it.each([['Tính giá: theo giá thị trường.'], ['Kinh tế: tăng trưởng.'], ['Tổng: 12 đơn vị.'], ['Kiểm tra: các xã.']])('%j is no recipients label', (line) => {
    expect(parseDispatch(dispatch('V/v phòng chống dịch', line)).recipients).toEqual([]);
  });

  it.each([
    ['Kính gửi: Các xã, thị trấn.'],
    ['Kink gửi: Các xã, thị trấn.'],
    [', tính gửi: Các xã, thị trấn.'],
    ['inh gửi: Các xã, thị trấn.'],
    ['Kinh giri: Các xã, thị trấn.'],
    ['Kỉnhgửì: Các xã, thị trấn.'],
    ['Kmnhgài: Các xã, thị trấn.'],
  ])('recipients label %j', (line) => {
    expect(parseDispatch(dispatch('V/v phòng chống dịch', line)).recipients).toEqual(['Các xã, thị trấn']);
  });

  it('keeps the code parts of a number whose digits OCR destroyed', () => {
    const record = parseDispatch(dispatch('V/v phòng chống dịch', 'Kính gửi: Các xã.', 'Số: Äf03Y!UBND-VP'));
    expect(record.number).toMatchObject({ value: null, seq: null, issuerCode: 'UBND', unitCode: 'VP' });
    expect(record.messages.map((m) => m.ruleId)).toContain('number-unreadable');
  });

  it.each<[string, string | null]>([
    // a label OCR destroyed, then nothing but a number and its code
    ['8é:.2953 /TCT - TTKT', '2953/TCT-TTKT'],
    ['S6: 2953/UBND-VP', '2953/UBND-VP'],
    ['ty sé: 2953/UBND-VP', '2953/UBND-VP'],
    ['$6:990/UBND-VP Hà Noi, ngayl4thing 4 ăm 2024', '990/UBND-VP'],
    // prose, or a code in words, is no number
    ['Ghi chú: 2953 hộ gia đình', null],
  ])('number line with a damaged label %j', (line, value) => {
    const record = parseDispatch(dispatch('V/v phòng chống dịch', 'Kính gửi: Các xã.', line));
    expect(record.number?.value ?? null).toBe(value);
  });

  it('a number line whose label OCR destroyed is not taken into the issuer', () => {
    const record = parseDispatch(['TONG LIEN DOAN LAO DONG', 'VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '$6:245/TLĐ', 'Hà Nội, ngày 15 tháng 3 năm 2020', 'V/v lùi thời điểm đóng kinh phí', 'Kính gửi: Các Liên đoàn Lao động tỉnh.'].join('\n'));
    expect([record.number?.value, record.issuer?.name]).toEqual(['245/TLĐ', 'Tổng Liên đoàn Lao động Việt Nam']);
  });

  it('does not take "số 01 tại Phụ lục …" in lower case, in the body, for the number', () => {
    const text = dispatch('V/v phòng chống dịch', 'Kính gửi: Các xã.', 'Ghi chú').replace('nghiêm túc nội dung trên./.', 'nghiêm túc nội dung tại Mẫu\nsố 01 tại Phụ lục ban hành kèm theo Nghị định này./.');
    expect(text).toContain('\nsố 01 tại Phụ lục');
    expect(parseDispatch(text).number).toBeNull();
  });

  it('does not take a prose sentence ending in "gửi:" far from the head for Kính gửi', () => {
    const record = parseDispatch(dispatch('V/v phòng chống dịch', 'Kính gửi: Các xã.'));
    expect(record.recipients).toEqual(['Các xã']);
  });
});

describe('issuer code cross-checked with the header', () => {
  const doc = (number: string) =>
    ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ', '', number, 'V/v thông báo hiệu lực', '', 'Hà Nội, ngày 04 tháng 7 năm 2024', '', 'Kính gửi: Cục Thuế các tỉnh.', '', 'Tổng cục Thuế thông báo./.'].join('\n');

  it('repairs a code one OCR-confusable letter away from the header body', () => {
    const record = parseDispatch(doc('Số: 2862 /ICT-HTQT'));
    expect(record.number).toMatchObject({ value: '2862/TCT-HTQT', issuerCode: 'TCT', unitCode: 'HTQT', raw: '2862 /ICT-HTQT' });
    expect(record.messages.map((m) => m.ruleId)).toContain('ocr-repaired');
  });

  it.each([['Số: 2862/TCT-HTQT'], ['Số: 2862/BTC-HTQT'], ['Số: 2862/XYZ-HTQT']])('leaves %s as printed', (number) => {
    const record = parseDispatch(doc(number));
    expect(record.number?.value).toBe(number.replace('Số: ', ''));
  });
});

describe('gazette pages', () => {
  const page = [
    'CÔNG BÁO/Số 503 + 504/Ngày 20-02-2023',
    '',
    'VĂN BẢN QUY PHẠM PHÁP LUẬT',
    '',
    'CHÍNH PHỦ',
    '',
    'Số: 117/2022/NĐ-CP',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Hà Nội, ngày 30 tháng 12 năm 2022',
    '',
    'NGHỊ ĐỊNH',
    'Biểu thuế xuất khẩu ưu đãi',
    '',
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    '',
    'Điều 1. Phạm vi điều chỉnh',
    '',
    'TM. CHÍNH PHỦ',
    'KT. THỦ TƯỚNG',
    'PHÓ THỦ TƯỚNGky]',
    '',
    'Lê Minh Khái',
  ].join('\n');

  it('skips the gazette section heading and the speck after the title', () => {
    const record = parseDispatch(page);
    expect(record.issuer).toEqual({ name: 'Chính phủ', parent: null, inferred: false });
    expect(record.signer).toMatchObject({ authority: 'KT', onBehalfOf: 'THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG', name: 'Lê Minh Khái' });
    expect(record.docType?.name).toBe('Nghị định');
  });
});

describe('the Nơi nhận label damaged by OCR', () => {
  it.each(['Nơi nhận:', 'Noi nhận:', 'Noi nhậm:', 'Noi nhật', 'Noi nhén:', 'Noi nhin:', 'NƠI NHẬN:'])('%j opens the list', (label) => {
    const text = ['CỤC THUẾ TỈNH HÒA BÌNH', 'Số: 12/CT-TTHT', 'V/v chính sách thuế', 'Hòa Bình, ngày 05 tháng 01 năm 2023', 'Kính gửi: Công ty TNHH An Phát.', 'Cục Thuế trả lời để Công ty biết và thực hiện./.', label, '- Như trên;', '- Website Cục Thuế;', '- Lưu: VT, TTHT.', 'KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'Nguyễn Thị Hương Nga'].join('\n');
    const record = parseDispatch(text);
    expect([record.distribution, record.archive?.holders, record.signer?.name]).toEqual([['Như trên', 'Website Cục Thuế'], ['VT', 'TTHT'], 'Nguyễn Thị Hương Nga']);
  });
});

describe('a signer title that OCR ran on after the Nơi nhận label', () => {
  const letter = (tail: string[]) =>
    ['VỤ PHÁP CHẾ', 'Số: 308/PC', 'Hà Nội, ngày 05 tháng 01 năm 2023', 'Kính gửi: Các đơn vị thuộc Bộ.', 'Vụ Pháp chế thông báo để các đơn vị thực hiện./.', ...tail].join('\n');

  it.each([
    [['Nơi nhận: VỤ TRƯỞNG', '- Như trên;', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'VỤ TRƯỞNG', ['Như trên']],
    [['Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM', '~ TTgCP, các PTTgCP (để b/c);', '- Lưu: VT, PC.', 'Trần Văn Sơn'], 'BỘ TRƯỞNG, CHỦ NHIỆM', ['TTgCP, các PTTgCP (để b/c)']],
    [['Nơi nhận: Me VỤ TRƯỞNG.VỤ CHÍNH SÁCH THUẾ', '- Như trên;', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'VỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ', ['Như trên']],
    [['Noi nhận: THỦ TƯỞNG', '- Như trên;', '- Lưu: VT, PC.', 'Nguyễn Xuân Phúc'], 'THỦ TƯỚNG', ['Như trên']],
    [['Nơi nhận: ,CỤC TRƯỞNG', '- Như trên;', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'CỤC TRƯỞNG', ['Như trên']],
    [['Nơi nhận: GIAM DOC', '- Như trên;', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'GIÁM ĐỐC', ['Như trên']],
    [['Nơi nhận:', '~ Như trên; PHÓ VỤ TRƯỞNG', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'PHÓ VỤ TRƯỞNG', ['Như trên']],
    [['Nơi nhận:', '- Như trên; : PHÓ VỤ TRƯỞNG', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'PHÓ VỤ TRƯỞNG', ['Như trên']],
    [['Nơi nhận:', '~ PTCT. Lưu Mạnh Tưởng (để b/c) PHÓ VỤ TRƯỞNG', '- Lưu: VT, PC.', 'Nguyễn Văn Bình'], 'PHÓ VỤ TRƯỞNG', ['PTCT. Lưu Mạnh Tưởng (để b/c)']],
  ])('%j', (tail, title, distribution) => {
    const record = parseDispatch(letter(tail));
    expect([record.signer?.title, record.signer?.name, record.distribution]).toEqual([title, tail[tail.length - 1], distribution]);
  });

  it('leaves a first item in capitals in the list', () => {
    const record = parseDispatch(letter(['Nơi nhận: - BỘ TÀI CHÍNH;', '- Lưu: VT, PC.', 'VỤ TRƯỞNG', 'Nguyễn Văn Bình']));
    expect([record.distribution, record.signer?.title]).toEqual([['BỘ TÀI CHÍNH'], 'VỤ TRƯỞNG']);
  });

  it('keeps the rest of an item wrapped without punctuation, however short', () => {
    const record = parseDispatch(
      letter(['Nơi nhận:', '- Như trên;', '- Các Bộ: Tài chính, Kế hoạch và', 'Đầu tư, Công Thương,', 'Tư pháp, Nội vụ;', '- Lưu: VT, PC.', 'VỤ TRƯỞNG', 'Nguyễn Văn Bình']),
    );
    expect(record.distribution).toEqual(['Như trên', 'Các Bộ: Tài chính, Kế hoạch và Đầu tư, Công Thương, Tư pháp, Nội vụ']);
  });
});

describe('a speck before a header line in capitals', () => {
  it.each([['- TONG CỤC THUÊ'], ['_ TỔNG CỤC THUẾ'], ['— TỔNG CỤC THUẾ']])('%j is the parent body', (first) => {
    const text = [first, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC THUẾ TP HẢI PHÒNG', 'Độc lập - Tự do - Hạnh phúc', 'Số: 524/CT-TTHT', 'Hải Phòng, ngày 05 tháng 3 năm 2019', 'V/v giải đáp chính sách thuế', 'Kính gửi: Công ty TNHH An Phát.', 'Cục Thuế trả lời để Công ty biết./.'].join('\n');
    expect(parseDispatch(text).issuer).toEqual({ name: 'Cục Thuế TP Hải Phòng', parent: 'Tổng cục Thuế', inferred: false });
  });
});

describe('a subject that OCR or a two-column layout broke up', () => {
  const letter = (head: string[]) => ['BỘ TÀI CHÍNH', ...head, 'Kính gửi: Cục Thuế các tỉnh, thành phố.', 'Bộ Tài chính hướng dẫn để các đơn vị biết./.'].join('\n');
  it.each([
    [['Số: 11779/BTC-CST', 'V/v chính sách thuế đối Hà Nội, ngày 22 tháng 8 năm 2014', 'với hoạt động cung cấp', '', 'hàng hóa kèm theo điều', '', 'kiện bảo hành'], 'chính sách thuế đối với hoạt động cung cấp hàng hóa kèm theo điều kiện bảo hành'],
    [['Số: 443/BTC-TCT', 'Hà Nội, ngày 05 tháng 02 năm 2021', 'V/v thực hiện Thông tư số', '', '156/2013/TT-BTC và các', '', 'Thông tư khác'], 'thực hiện Thông tư số 156/2013/TT-BTC và các Thông tư khác'],
    [['Số: 2746/CT-TTHT', 'Hà Nội, ngày 22 tháng 11 năm 2019', 'V/v thời điểm áp dụng Thông tư', '41/2017/TT-BTC'], 'thời điểm áp dụng Thông tư 41/2017/TT-BTC'],
  ])('%j', (head, subject) => {
    const record = parseDispatch(letter(head));
    expect([record.subject, record.date?.value !== null]).toEqual([subject, true]);
  });
});

describe('a damaged motto run on after a header name', () => {
  it.each([
    ['“BO TÀI CHÍNH _ CONG HOA XÃ HOI CH.Ủ NGHIA VIỆT NAM', 'Bộ Tài chính'],
    ['BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM', 'Bộ Tài chính'],
    ['TONG CỤC THUẾ LONG HOA XA HOI CHU NGHIA VIET NAM', 'Tổng cục Thuế'],
    ['TỔNG CỤC THUẾ:', 'Tổng cục Thuế'],
    ['BỘ TÀI CHÍNH |', 'Bộ Tài chính'],
  ])('%j', (first, parent) => {
    const text = [first, 'TỔNG CỤC HẢI QUAN', 'Độc lập - Tự do - Hạnh phúc', 'Số: 524/TCHQ-TXNK', 'Hà Nội, ngày 05 tháng 3 năm 2019', 'V/v thuế nhập khẩu', 'Kính gửi: Cục Hải quan các tỉnh.', 'Tổng cục Hải quan hướng dẫn để các đơn vị biết./.'].join('\n');
    expect(parseDispatch(text).issuer).toEqual({ name: 'Tổng cục Hải quan', parent, inferred: false });
  });
});

describe('the council of judges over its court', () => {
  it('is one body, its name wrapped over the motto', () => {
    const text = ['HỘI ĐỒNG THẨM PHÁN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TÒA ÁN NHÂN DÂN TỐI CAO', 'Độc lập - Tự do - Hạnh phúc', 'Số: 05/2019/NQ-HĐTP', 'Hà Nội, ngày 15 tháng 8 năm 2019', 'NGHỊ QUYẾT', 'Hướng dẫn áp dụng Điều 214 của Bộ luật Hình sự'].join('\n');
    expect(parseDispatch(text).issuer).toEqual({ name: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao', parent: null, inferred: false });
  });
});

describe('an empty Kính gửi label', () => {
  it('with the body right under it names no recipient', () => {
    const text = ['BỘ TƯ PHÁP', 'Số: 12/BTP-VP', 'Hà Nội, ngày 05 tháng 01 năm 2023', 'V/v mời họp', 'Kính gửi:', '', 'Thực hiện quy định của Luật Ban hành văn bản quy phạm pháp luật, Bộ Tư pháp tổ chức họp./.'].join('\n');
    expect(parseDispatch(text).recipients).toEqual([]);
  });
  it('with a recipient under it names that one', () => {
    const text = ['BỘ TƯ PHÁP', 'Số: 12/BTP-VP', 'Hà Nội, ngày 05 tháng 01 năm 2023', 'V/v mời họp', 'Kính gửi:', '', 'Ủy ban nhân dân các tỉnh, thành phố', '', 'Bộ Tư pháp tổ chức họp./.'].join('\n');
    expect(parseDispatch(text).recipients).toEqual(['Ủy ban nhân dân các tỉnh, thành phố']);
  });
});
