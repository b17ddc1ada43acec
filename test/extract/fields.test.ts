/** Field-level tables through parseDispatch on short plain-text snippets (see snippet.ts). */
import { describe, expect, it } from 'vitest';
import { parseDispatch, type DispatchRecord, type Reference, type Signer } from '../../src/index.js';
import { parseSnippet } from './snippet.js';

describe('urgency and confidentiality marks', () => {
  it.each<[string, string, DispatchRecord['urgency'], DispatchRecord['confidentiality']]>([
    ['no mark', '', null, null],
    ['KHẨN line under the number', 'KHẨN', 'khẩn', null],
    ['THƯỢNG KHẨN', 'THƯỢNG KHẨN', 'thượng khẩn', null],
    ['HỎA TỐC', 'HỎA TỐC', 'hỏa tốc', null],
    ['HOẢ TỐC (old tone placement)', 'HOẢ TỐC', 'hỏa tốc', null],
    ['MẬT', 'MẬT', null, 'mật'],
    ['TỐI MẬT', 'TỐI MẬT', null, 'tối mật'],
    ['TUYỆT MẬT', 'TUYỆT MẬT', null, 'tuyệt mật'],
    ['MẬT and KHẨN', 'MẬT\nKHẨN', 'khẩn', 'mật'],
    ['MẬT and HỎA TỐC', 'MẬT\nHỎA TỐC', 'hỏa tốc', 'mật'],
  ])('%s', (_name, marks, urgency, confidentiality) => {
    const r = parseSnippet({ marks });
    expect([r.urgency, r.confidentiality]).toEqual([urgency, confidentiality]);
  });

  it.each([
    ['"khẩn trương" in running text', { body: 'Sở Y tế đề nghị các đơn vị khẩn trương triển khai thực hiện./.' }],
    ['"KHẨN TRƯƠNG" upper case in running text', { body: 'Đề nghị các đơn vị KHẨN TRƯƠNG triển khai thực hiện./.' }],
    ['"khẩn cấp" in the subject', { subject: 'V/v cơ chế đặc thù xây dựng công trình khẩn cấp' }],
    ['"bí mật nhà nước" in running text', { body: 'Các đơn vị thực hiện nghiêm quy định về bảo vệ bí mật nhà nước./.' }],
  ])('%s is not a mark', (_name, parts) => {
    const r = parseSnippet(parts);
    expect([r.urgency, r.confidentiality]).toEqual([null, null]);
  });
});

describe('subject', () => {
  it.each([
    ['V/v khắc phục tình trạng nghỉ việc', 'khắc phục tình trạng nghỉ việc'],
    ['V/v: khắc phục tình trạng nghỉ việc.', 'khắc phục tình trạng nghỉ việc'],
    ['V/V: Hỗ trợ người có công với cách mạng về nhà ở.', 'Hỗ trợ người có công với cách mạng về nhà ở'],
    ['v/v khắc phục tình trạng nghỉ việc', 'khắc phục tình trạng nghỉ việc'],
    ['Về việc khắc phục tình trạng nghỉ việc.', 'khắc phục tình trạng nghỉ việc'],
    ['V/v khắc phục tình trạng cán bộ,\ncông chức, viên chức nghỉ việc,\nthôi việc', 'khắc phục tình trạng cán bộ, công chức, viên chức nghỉ việc, thôi việc'],
    ['V/v triển khai Thông tư số 10/2022/TT-BKHĐT', 'triển khai Thông tư số 10/2022/TT-BKHĐT'],
    // a gazette wraps a long subject at the body's width: a line in lower case goes on with the sentence at any length
    [
      'Về việc đính chính Thông tư số 139/2025/TT-BTC sửa đổi, bổ sung một số điều của\nThông tư số 57/2021/TT-BTC ngày 12 tháng 7 năm 2021 của Bộ trưởng Bộ Tài\nchính quy định lộ trình sắp xếp lại thị trường giao dịch cổ phiếu, thị trường giao\ndịch trái phiếu',
      'đính chính Thông tư số 139/2025/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số 57/2021/TT-BTC ngày 12 tháng 7 năm 2021 của Bộ trưởng Bộ Tài chính quy định lộ trình sắp xếp lại thị trường giao dịch cổ phiếu, thị trường giao dịch trái phiếu',
    ],
  ])('%j → %j', (subject, expected) => {
    expect(parseSnippet({ subject }).subject).toBe(expected);
  });
});

describe('subject under a type title, in a text with no blank lines', () => {
  const head = ['UBND TỈNH BÌNH DƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 08/2024/NQ-HĐND', 'Bình Dương, ngày 19 tháng 7 năm 2024'];
  const tail = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'CHỦ TỊCH', 'Nguyễn Văn Lộc'];
  it.each<[string, string[], string]>([
    [
      'the authority repeated in upper case under a sentence-case subject',
      ['NGHỊ QUYẾT', 'Quy định mức chi hỗ trợ đối với người làm công tác chi trả', 'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG', 'KHÓA X, KỲ HỌP THỨ 16', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'],
      'Quy định mức chi hỗ trợ đối với người làm công tác chi trả',
    ],
    [
      'a subject in upper case over two lines',
      ['QUYẾT ĐỊNH', 'VỀ VIỆC BAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC', '2024-2025 ĐỐI VỚI GIÁO DỤC MẦM NON', 'Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;'],
      'BAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC 2024-2025 ĐỐI VỚI GIÁO DỤC MẦM NON',
    ],
    [
      'who issues it under the title (a party directive), then the body',
      [
        'CHỈ THỊ',
        'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
        'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy',
        'Thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn tỉnh đạt được nhiều kết quả quan trọng, góp phần giữ vững an ninh.',
        '1. Tăng cường công tác tuyên truyền.',
      ],
      'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy',
    ],
    [
      'an invitation whose body opens with a lead-in ending with a colon, then a list',
      ['GIẤY MỜI', 'Họp triển khai nhiệm vụ năm học 2024 - 2025', 'Phòng Giáo dục và Đào tạo trân trọng kính mời:', '- Hiệu trưởng các trường trên địa bàn huyện.', 'Thời gian: 08 giờ 00, ngày 15 tháng 9 năm 2024.'],
      'Họp triển khai nhiệm vụ năm học 2024 - 2025',
    ],
    [
      'a subject in capitals that opens with another type\'s name (a thông báo kết luận)',
      ['THÔNG BÁO', 'KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CÔNG TÁC GIẢI PHÓNG MẶT BẰNG', 'Ngày 25 tháng 10 năm 2026, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh chủ trì cuộc họp.', '1. Sở Xây dựng khẩn trương hoàn thiện hồ sơ.'],
      'KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CÔNG TÁC GIẢI PHÓNG MẶT BẰNG',
    ],
    [
      'a short first line of the body, a sentence of its own',
      ['BÁO CÁO', 'kết quả công tác xây dựng Đảng năm 2026', 'Năm 2026, Ban Thường vụ Huyện ủy đã lãnh đạo thực hiện đạt kết quả.', '1. Công tác chính trị tư tưởng được quan tâm.'],
      'kết quả công tác xây dựng Đảng năm 2026',
    ],
    [
      'a subject wrapped after a word that needs what follows, onto a line that opens with a name',
      ['QUYẾT ĐỊNH', 'Về việc củng cố niềm tin của Nhân dân đối với', 'Đảng, Nhà nước và chế độ xã hội chủ nghĩa ở cơ sở.', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'],
      'củng cố niềm tin của Nhân dân đối với Đảng, Nhà nước và chế độ xã hội chủ nghĩa ở cơ sở',
    ],
    [
      'a long subject line wrapped on in lower case',
      [
        'QUYẾT ĐỊNH',
        'Quy định mức chi hỗ trợ đối với người làm công tác chi trả trợ cấp xã hội',
        'hằng tháng cho các đối tượng bảo trợ xã hội trên địa bàn tỉnh Bình Dương theo quy định hiện hành',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      ],
      'Quy định mức chi hỗ trợ đối với người làm công tác chi trả trợ cấp xã hội hằng tháng cho các đối tượng bảo trợ xã hội trên địa bàn tỉnh Bình Dương theo quy định hiện hành',
    ],
  ])('%s', (_, lines, expected) => {
    expect(parseDispatch([...head, ...lines, ...tail].join('\n'), { file: 'x.txt' }).subject).toBe(expected);
  });
});

describe('issuer and parent from the header', () => {
  const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
  it.each<[string, string, string | null]>([
    ['UBND TỈNH ĐỒNG NAI\nSỞ Y TẾ', 'Sở Y tế', 'UBND tỉnh Đồng Nai'],
    ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM', 'Ủy ban nhân dân tỉnh Quảng Nam', null],
    ['BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ', 'Tổng cục Thuế', 'Bộ Tài chính'],
    ['HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH DƯƠNG', 'Hội đồng nhân dân tỉnh Bình Dương', null],
    // A party committee named after its place is a body of its own, not the place of the line above.
    ['ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY', 'Tỉnh ủy', 'Đảng bộ tỉnh Nghệ An'],
    ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY', 'Thành ủy', 'Đảng bộ thành phố Hà Nội'],
    ['HUYỆN ỦY BẢO THẮNG', 'Huyện ủy Bảo Thắng', null],
    // A name wrapped onto a second line: after "VÀ", before "VÀ", the country's name alone.
    ['BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội', null],
    ['BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN', 'Bộ Nông nghiệp và Phát triển nông thôn', null],
    ['NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM', 'Ngân hàng Nhà nước Việt Nam', null],
    ['TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM', 'Tổng Liên đoàn Lao động Việt Nam', null],
    ['BỘ TÀI CHÍNH\nCỤC THUẾ', 'Cục Thuế', 'Bộ Tài chính'],
    // A gazette page repeats the issuer on one line above the header that wraps it.
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nBỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội', null],
  ])('%j', (header, name, parent) => {
    const issuer = parseSnippet({ head: `${header}\n${motto}` }).issuer;
    expect([issuer?.name, issuer?.parent]).toEqual([name, parent]);
  });

  // A party document carries "ĐẢNG CỘNG SẢN VIỆT NAM" where the motto stands: not a line of the header.
  it.each<[string, string, string | null]>([
    ['ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY\n*', 'Tỉnh ủy', 'Đảng bộ tỉnh Nghệ An'],
    ['HUYỆN ỦY THANH CHƯƠNG       ĐẢNG CỘNG SẢN VIỆT NAM\n*', 'Huyện ủy Thanh Chương', null],
  ])('%j (party document)', (header, name, parent) => {
    const record = parseDispatch(`${header}\nSố 120-BC/HU\nNghệ An, ngày 05 tháng 12 năm 2026\nBÁO CÁO\nkết quả công tác năm 2026\n1. Công tác chính trị tư tưởng được quan tâm.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng`, { file: 'x.txt' });
    expect([record.issuer?.name, record.issuer?.parent]).toEqual([name, parent]);
    expect(record.messages.map((m) => m.ruleId)).not.toContain('no-motto');
  });
});

describe('a crawled page heading above the header', () => {
  // thuvienphapluat pages saved as Markdown put the title as "# …" before the header table. A long title that
  // reads as prose (no "Về việc", no V/v) is still a heading: the header, number and title block come after it.
  it.each([
    ['# Về chế độ bảo hiểm y tế và trợ cấp mai táng đối với thanh niên xung phong thời kỳ kháng chiến chống Pháp'],
    ['# Ban hành quy chế quản lý kinh phí chi thực hiện chính sách ưu đãi người có công với cách mạng trên địa bàn tỉnh'],
  ])('%s', (heading) => {
    const md = [
      '*Source: https://thuvienphapluat.vn/van-ban/x.aspx*',
      '',
      heading,
      '',
      '| THỦ TƯỚNG CHÍNH PHỦ ------ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------------- |',
      '|---|---|',
      '| Số: 170/2008/QĐ-TTg | Hà Nội, ngày 18 tháng 12 năm 2008 |',
      '',
      'QUYẾT ĐỊNH',
      '',
      'VỀ CHẾ ĐỘ BẢO HIỂM Y TẾ ĐỐI VỚI THANH NIÊN XUNG PHONG',
      '',
      'THỦ TƯỚNG CHÍNH PHỦ',
      '',
      'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;',
      '',
      'Điều 1. Đối tượng được hưởng chính sách theo Quyết định này là thanh niên xung phong.',
    ].join('\n');
    const record = parseDispatch(md, { file: 'x.md' });
    expect([record.issuer?.name, record.issuer?.inferred, record.subject]).toEqual(['Thủ tướng Chính phủ', false, 'VỀ CHẾ ĐỘ BẢO HIỂM Y TẾ ĐỐI VỚI THANH NIÊN XUNG PHONG']);
  });
});

describe('a crawled plain text: the page title on the first line, the header run on after it', () => {
  const text = (first: string, title: string) =>
    [
      first,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
      'Số: 1500/QĐ-BHXH',
      `Hà Nội, ngày 14 tháng 12 năm 2015 ${title}`,
      'Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này mẫu thẻ bảo hiểm y tế.',
    ].join('\n');
  it.each<[string, string, string, string, string]>([
    [
      'the body on a line of its own',
      'Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế cấp cho quân nhân do Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành\nBẢO HIỂM XÃ HỘI VIỆT NAM -----------',
      'QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM',
      'Bảo hiểm xã hội Việt Nam',
      'BAN HÀNH THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU',
    ],
    [
      'the body run on after the title sentence, over its rule',
      'Quyết định 1227/QĐ-BYT năm 2025. BỘ Y TẾ -------',
      'QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH DANH MỤC MÃ DÙNG CHUNG (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ',
      'Bộ Y tế',
      'BAN HÀNH DANH MỤC MÃ DÙNG CHUNG (ĐỢT 1)',
    ],
    [
      'a body named after "CỦA" stays in the subject',
      'Quyết định 1227/QĐ-BYT năm 2025. BỘ Y TẾ -------',
      'QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ Y TẾ',
      'Bộ Y tế',
      'BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ Y TẾ',
    ],
  ])('%s', (_name, first, title, issuer, subject) => {
    const record = parseDispatch(text(first, title), { file: 'x.txt' });
    expect([record.issuer?.name, record.issuer?.inferred, record.subject]).toEqual([issuer, false, subject]);
  });

  it('a Kính gửi line run on into the first sentence of the body ends before it', () => {
    const record = parseDispatch(
      [
        'Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề do Bộ Y tế ban hành. BỘ Y TẾ -------',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
        'Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh',
        'Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh đã khẩn trương chỉ đạo Sở Y tế cấp chứng chỉ hành nghề.',
      ].join('\n'),
      { file: 'x.txt' },
    );
    expect(record.recipients).toEqual(['Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('a press report that opens with a sentence keeps it as body', () => {
    const record = parseDispatch('Chủ tịch UBND tỉnh Hà Tĩnh vừa ký văn bản, giao các đơn vị, địa phương triển khai nhiều giải pháp nhằm khắc phục tình trạng nghỉ việc.\nTheo đó, các đơn vị phải quan tâm xây dựng đội ngũ.', { file: 'x.txt' });
    expect(record.directives[0]?.text).toMatch(/^Chủ tịch UBND tỉnh Hà Tĩnh vừa ký văn bản/u);
  });
});

describe('a PDF text layer that split the syllables of the header and signature', () => {
  const md = [
    '| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |',
    '|---|---|',
    '| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |',
    '',
    'QUYẾT ĐỊNH',
    '',
    'VỀ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG',
    '',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    '',
    'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
    '',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.',
    '',
    '|  | KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín |',
    '|---|---|',
  ].join('\n');
  const record = parseDispatch(md, { file: 'x.md' });
  it('reads the number, place, issuer and signer as the words they are', () => {
    expect(record.number?.value).toBe('3210/QĐ-UBND');
    expect(record.date).toEqual({ value: '2014-06-28', place: 'Thành phố Hồ Chí Minh' });
    expect(record.issuer?.name).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect([record.signer?.authority, record.signer?.onBehalfOf, record.signer?.title, record.signer?.authorityChain]).toEqual(['KT', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', ['KT. CHỦ TỊCH']]);
  });
  it('keeps an upper-case subject whole across a cited "SỐ …"', () => {
    expect(record.subject).toBe('VỀ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG');
  });
  it.each([
    ['Số: 12/UBND-VP V/v kiểm tra', '12/UBND-VP'],
    ['Số: 12/TB-UBND HỎA TỐC', '12/TB-UBND'],
    ['Số: 3210/QĐ - U B ND', '3210/QĐ-UBND'],
    // A type's name before the label: still the label when a colon follows it.
    ['Nghị quyết số: 24/2022/UBTVQH15', '24/2022/UBTVQH15'],
    ['Luật số: 45/2019/QH14', '45/2019/QH14'],
  ])('number line %j → %j', (line, value) => {
    expect(parseDispatch(`SỞ Y TẾ\n${line}\nHà Nội, ngày 08 tháng 10 năm 2024\nNội dung.`, { file: 'x.txt' }).number?.value).toBe(value);
  });
});

describe('recipients (Kính gửi)', () => {
  it.each<[string, string, string[]]>([
    ['inline', 'Kính gửi: Các đơn vị trực thuộc Sở Y tế.', ['Các đơn vị trực thuộc Sở Y tế']],
    ['inline, comma inside the name', 'Kính gửi: Ủy ban nhân dân các huyện, thành phố.', ['Ủy ban nhân dân các huyện, thành phố']],
    ['inline without colon', 'Kính gửi Sở Tài chính.', ['Sở Tài chính']],
    [
      'list',
      'Kính gửi:\n- Sở Tài chính;\n- Sở Kế hoạch và Đầu tư;\n- Kho bạc Nhà nước tỉnh.',
      ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Kho bạc Nhà nước tỉnh'],
    ],
    ['list with "+" bullets', 'Kính gửi:\n+ Sở Tài chính;\n+ Sở Nội vụ.', ['Sở Tài chính', 'Sở Nội vụ']],
    // an item wrapped before a capitalised name that ends as an item does
    [
      'list with an item wrapped before a name',
      'Kính gửi:\n- Các Sở: Nông nghiệp và Môi trường, Xây dựng,\nCông Thương;\n- Ủy ban nhân dân xã Văn Chấn.',
      ['Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương', 'Ủy ban nhân dân xã Văn Chấn'],
    ],
    // an item that a hard line break wrapped, and the items after it
    [
      'list with a wrapped item',
      'Kính gửi:\n- Công an tỉnh;\n- Chủ các công trình phải tổ chức quan trắc khí tượng\nthuỷ văn chuyên dùng trên địa bàn tỉnh;\n- Chủ dự án phải kiểm kê khí nhà kính.',
      ['Công an tỉnh', 'Chủ các công trình phải tổ chức quan trắc khí tượng thuỷ văn chuyên dùng trên địa bàn tỉnh', 'Chủ dự án phải kiểm kê khí nhà kính'],
    ],
    ['list starting on the label line', 'Kính gửi: - Sở Tài chính;\n- Sở Nội vụ.', ['Sở Tài chính', 'Sở Nội vụ']],
    ['list flattened on one line', 'Kính gửi: - Bộ Tài chính; - Bộ Kế hoạch và Đầu tư.', ['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư']],
    [
      'list item with a colon inside',
      'Kính gửi:\n- Các Bộ: Công an, Tư pháp, Tài chính;\n- Ủy ban nhân dân tỉnh Đồng Nai.',
      ['Các Bộ: Công an, Tư pháp, Tài chính', 'Ủy ban nhân dân tỉnh Đồng Nai'],
    ],
    // OCR of a stamp over the list puts its text before the items
    [
      'list under a stamp (OCR)',
      'Kính gửi:\n| ereerrsernoie " - Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;\nlBẾN way.O415.].202,.... - Chủ tịch Ủy ban nhân dân các tỉnh.',
      ['Bộ trưởng, Thủ trưởng cơ quan ngang Bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh'],
    ],
    ['a line with a dash that is not under a stamp', 'Kính gửi:\nSở Y tế tỉnh - Sở Tài chính.', ['Sở Y tế tỉnh - Sở Tài chính']],
    // an inline list run on with ";": each name opens with a capital
    ['inline list parted by ";"', 'Kính gửi: Sở Y tế; Sở Tài chính; Kho bạc Nhà nước tỉnh.', ['Sở Y tế', 'Sở Tài chính', 'Kho bạc Nhà nước tỉnh']],
    ['inline, ";" inside one name', 'Kính gửi: Ủy ban nhân dân tỉnh; các sở, ngành liên quan.', ['Ủy ban nhân dân tỉnh; các sở, ngành liên quan']],
    // a name that OCR or a hard wrap broke: the line in lower case goes on with it, even across a blank line
    ['inline, wrapped', 'Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố\n\ntrực thuộc trung ương,', ['Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương']],
    ['list, last item wrapped', 'Kính gửi:\n- Sở Tài chính;\n- Ủy ban nhân dân các quận, huyện\nthuộc Thành phố.', ['Sở Tài chính', 'Ủy ban nhân dân các quận, huyện thuộc Thành phố']],
    // a công điện addresses its list with "… điện:" where a công văn has "Kính gửi:"
    ['công điện, sender in capitals', 'THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố;\n- Các Bộ trưởng: Quốc phòng, Công an.', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', 'Các Bộ trưởng: Quốc phòng, Công an']],
    ['công điện, sender as a title', 'Chủ tịch Ủy ban nhân dân tỉnh điện:\n- Giám đốc các sở, ngành;\n- Chủ tịch UBND các huyện.', ['Giám đốc các sở, ngành', 'Chủ tịch UBND các huyện']],
    ['công điện, inline', 'BỘ TRƯỞNG BỘ Y TẾ điện: Giám đốc Sở Y tế các tỉnh, thành phố.', ['Giám đốc Sở Y tế các tỉnh, thành phố']],
    // a giấy mời addresses its invitees with "… trân trọng kính mời:"
    ['giấy mời, with who invites', 'Sở Nội vụ trân trọng kính mời:\n- Đại diện lãnh đạo Văn phòng các sở, ban, ngành;\n- Công chức làm công tác văn thư.', ['Đại diện lãnh đạo Văn phòng các sở, ban, ngành', 'Công chức làm công tác văn thư']],
    ['giấy mời, the formula alone', 'Trân trọng kính mời: Ông Nguyễn Văn An, Giám đốc Công ty Cổ phần Hòa Bình.', ['Ông Nguyễn Văn An, Giám đốc Công ty Cổ phần Hòa Bình']],
  ])('%s', (_name, recipients, expected) => {
    expect(parseSnippet({ recipients }).recipients).toEqual(expected);
  });

  it.each([
    // a line that ends in "điện:" but does not open with who sends a cable
    'Tập trung kiểm tra các công trình thủy điện:',
    'Theo đó, các đơn vị rà soát hệ thống lưới điện:',
    'Sở Công Thương đề nghị các nhà máy thủy điện:',
    'Công ty Điện lực tỉnh bảo đảm cấp điện:',
    'Các đơn vị tổ chức họp và kính mời:',
  ])('no recipients from "%s"', (line) => {
    expect(parseSnippet({ recipients: `${line}\n- Công trình A;\n- Công trình B.` }).recipients).toEqual([]);
  });
});

const signer = (authority: Signer['authority'], onBehalfOf: string | null, title: string | null, name: string | null, authorityChain: string[]): Signer => ({
  authority,
  onBehalfOf,
  title,
  name,
  authorityChain,
});

describe('a signature of the name alone', () => {
  const head =
    'BỘ XÂY DỰNG\nSố: 04/2001/TT-BXD\nHà Nội, ngày 20 tháng 8 năm 2001\nTHÔNG TƯ\nHướng dẫn bổ sung việc hỗ trợ cải thiện nhà ở\n1. Người tham gia hoạt động cách mạng được quy định tại Điều 1 và Điều 2 Quyết định số 20/2000/QĐ-TTg được hỗ trợ cải thiện nhà ở.\nThông tư này có hiệu lực thi hành kể từ ngày ký.';
  it.each<[string, string, string | null]>([
    ['after the last sentence', `${head}\nNguyễn Mạnh Kiểm`, 'Nguyễn Mạnh Kiểm'],
    ['with the note of a signed copy, in a crawled table', `${head.replaceAll('\n', '\n\n')}\n\n|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|`, 'Nguyễn Mạnh Kiểm'],
    // a press report's byline is not a signature
    ['a byline under a text with no head', 'Chủ tịch UBND tỉnh vừa ký văn bản giao các sở triển khai thực hiện.\nMẫn Phong', null],
  ])('%s', (_name, text, name) => {
    expect(parseDispatch(text, { file: text.includes('|') ? 'x.md' : 'x.txt' }).signer?.name ?? null).toBe(name);
  });
});

describe('signer', () => {
  it.each<[string, Signer]>([
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Quang Trung', signer('KT', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Quang Trung', ['KT. GIÁM ĐỐC'])],
    ['KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Quang Trung', signer('KT', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Quang Trung', ['KT. GIÁM ĐỐC'])],
    ['K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Quang Trung', signer('KT', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Quang Trung', ['K/T GIÁM ĐỐC'])], // authority is mapped to KT; the chain keeps the line as printed
    ['KT. BỘ TRƯỞNG THỨ TRƯỞNG\n\nNguyễn Trần Nam', signer('KT', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Trần Nam', ['KT. BỘ TRƯỞNG'])],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nCao Tiến Dũng', signer('TM', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Cao Tiến Dũng', ['TM. ỦY BAN NHÂN DÂN'])],
    [
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Tấn Đức',
      signer('KT', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Tấn Đức', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']),
    ],
    ['TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Bình', signer('TM', 'BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn Bình', ['TM. BAN THƯỜNG VỤ'])],
    ['TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Hùng', signer('TL', 'GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn Hùng', ['TL. GIÁM ĐỐC'])],
    [
      'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nVõ Tuấn Anh',
      signer('KT', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Võ Tuấn Anh', ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG']),
    ],
    ['TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nTrần Văn Nam', signer('TUQ', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Văn Nam', ['TUQ. CHỦ TỊCH'])],
    ['Q. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Văn Hòa', signer('Q', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Phạm Văn Hòa', ['Q. GIÁM ĐỐC'])],
    ['GIÁM ĐỐC\n\nPhan Huy Anh Vũ', signer(null, null, 'GIÁM ĐỐC', 'Phan Huy Anh Vũ', [])],
    // Party documents write the prefixes with a slash; the chain keeps the line as printed.
    ['T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHoàng Nghĩa Hiếu', signer('TM', 'BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Hoàng Nghĩa Hiếu', ['T/M BAN THƯỜNG VỤ'])],
    ['T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Bình', signer('TL', 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn Bình', ['T/L BAN THƯỜNG VỤ'])],
    ['T/M BAN CHẤP HÀNH\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n\nLê Thị Hoa', signer('KT', 'BÍ THƯ', 'PHÓ BÍ THƯ', 'Lê Thị Hoa', ['T/M BAN CHẤP HÀNH', 'K/T BÍ THƯ'])],
    // the signed-for head's body wrapped onto a line of its own, before the person's title
    [
      'KT. CHỦ TỊCH\nỦY BAN CHỨNG KHOÁN NHÀ NƯỚC\nPHÓ CHỦ TỊCH\n\nLê Thị Việt Nga',
      signer('KT', 'CHỦ TỊCH ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC', 'PHÓ CHỦ TỊCH', 'Lê Thị Việt Nga', ['KT. CHỦ TỊCH ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC']),
    ],
    ['TM. ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCHỦ TỊCH\n\nLê Trí Thanh', signer('TM', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM', 'CHỦ TỊCH', 'Lê Trí Thanh', ['TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM'])],
    // an annex's title or a form run on after the name on the same line
    ['KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH NĂM 2015', signer('KT', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Đinh Trung Tụng', ['KT. BỘ TRƯỞNG'])],
    ['KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….', signer('KT', 'TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'Vũ Ngọc Anh', ['KT. TỔNG CỤC TRƯỞNG'])],
    ['TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà Phụ lục (Kèm theo Nghị định số 87/2025/NĐ-CP ngày 11 tháng 4 năm 2025 của Chính phủ)', signer('KT', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Trần Hồng Hà', ['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG'])],
    // a military rank before the name is not part of it; academic titles in capitals are cut off
    ['KT. TƯ LỆNH\nPHÓ TƯ LỆNH\n(Đã ký)\nThiếu tướng Nguyễn Văn Bình', signer('KT', 'TƯ LỆNH', 'PHÓ TƯ LỆNH', 'Nguyễn Văn Bình', ['KT. TƯ LỆNH'])],
    ['CHỈ HUY TRƯỞNG\n\nĐại tá Lê Văn Tám', signer(null, null, 'CHỈ HUY TRƯỞNG', 'Lê Văn Tám', [])],
    ['GIÁM ĐỐC\n\nTS. BS. Lê Văn Hùng', signer(null, null, 'GIÁM ĐỐC', 'Lê Văn Hùng', [])],
    // the note of a signed copy between the title and the name, on one line or its own
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC (Đã ký) Trần Văn Bảy', signer('KT', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Bảy', ['KT. GIÁM ĐỐC'])],
    ['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC [đã ký] Trần Văn Bảy', signer('KT', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Bảy', ['KT. GIÁM ĐỐC'])],
    ['CHỦ TỊCH\n(Ký tên, đóng dấu)\nNguyễn Văn An', signer(null, null, 'CHỦ TỊCH', 'Nguyễn Văn An', [])],
  ])('%j', (signature, expected) => {
    expect(parseSnippet({ signature }).signer).toEqual(expected);
  });
});

const ref = (number: string, date: string | null, issuer: string | null, type: string | null): Reference => ({ number, date, issuer, type });

describe('references', () => {
  it.each<[string, Reference[]]>([
    ['Thực hiện Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị về việc tiếp tục đổi mới.', [ref('28-KL/TW', '2022-02-21', 'Bộ Chính trị', 'Kết luận')]],
    // "Thành phố" capitalised names the city the document is from
    ['Căn cứ Chỉ thị số 08/CT-UBND ngày 15/5/2023 của Ủy ban nhân dân Thành phố;', [ref('08/CT-UBND', '2023-05-15', 'Ủy ban nhân dân Thành phố', 'Chỉ thị')]],
    ['Thực hiện Kế hoạch số 325/KH-UBND ngày 03/12/2025 của UBND Thành phố về việc triển khai.', [ref('325/KH-UBND', '2025-12-03', 'UBND Thành phố', 'Kế hoạch')]],
    // a collective body's head in lower case after its first word, with no capital after it
    ['Căn cứ Quyết định số 567/QĐ-UBND ngày 10 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh;', [ref('567/QĐ-UBND', '2024-03-10', 'Ủy ban nhân dân tỉnh', 'Quyết định')]],
    ['Thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/7/2024 của Hội đồng nhân dân về việc thông qua.', [ref('12/NQ-HĐND', '2024-07-05', 'Hội đồng nhân dân', 'Nghị quyết')]],
    [
      'Căn cứ Văn bản số 10594/UBND-KGVX ngày 06/10/2022 của UBND tỉnh về việc khắc phục tình trạng nghỉ việc.',
      [ref('10594/UBND-KGVX', '2022-10-06', 'UBND tỉnh', 'Văn bản')],
    ],
    ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;', [ref('30/2020/NĐ-CP', '2020-03-05', 'Chính phủ', 'Nghị định')]],
    // a type code typed without its Đ is the code (not HD, which is Hướng dẫn's)
    ['Căn cứ Quyết định số 1283/QD-TCT ngày 22/9/2020 và Hướng dẫn số 15/HD-BYT;', [ref('1283/QĐ-TCT', '2020-09-22', null, 'Quyết định'), ref('15/HD-BYT', null, null, 'Hướng dẫn')]],
    // a document cited again: what the first citation left out comes from the later one
    [
      'Trên cơ sở Nghị định 62/2017/NĐ-CP, Vụ báo cáo như sau. Chính phủ đã ban hành Nghị định số 62/2017/NĐ-CP ngày 16/5/2017 của Chính phủ quy định chi tiết.',
      [ref('62/2017/NĐ-CP', '2017-05-16', 'Chính phủ', 'Nghị định')],
    ],
    [
      'Thực hiện Quyết định số 15/QĐ-BNV ngày 05 tháng 01 năm 2020 của Bộ Nội vụ về việc nâng bậc lương.',
      [ref('15/QĐ-BNV', '2020-01-05', 'Bộ Nội vụ', 'Quyết định')],
    ],
    ['Thực hiện Chỉ thị số 299/TTg ngày 10/11/1980 của Thủ tướng Chính phủ.', [ref('299/TTg', '1980-11-10', 'Thủ tướng Chính phủ', 'Chỉ thị')]],
    ['Căn cứ Nghị quyết 169-CP ngày 24/6/1980 của Hội đồng Chính phủ.', [ref('169-CP', '1980-06-24', 'Hội đồng Chính phủ', 'Nghị quyết')]],
    // issuer names containing "và"
    [
      'Căn cứ Thông tư số 10/2022/TT-BKHĐT ngày 15/6/2022 của Bộ Kế hoạch và Đầu tư quy định chi tiết.',
      [ref('10/2022/TT-BKHĐT', '2022-06-15', 'Bộ Kế hoạch và Đầu tư', 'Thông tư')],
    ],
    [
      'Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2024 của Bộ Giáo dục và Đào tạo về việc ban hành khung kế hoạch.',
      [ref('2045/QĐ-BGDĐT', '2024-08-01', 'Bộ Giáo dục và Đào tạo', 'Quyết định')],
    ],
    // the issuer ends where the clause goes on
    [
      'Điều 1 Nghị định số 44/2008/NĐ-CP ngày 09 tháng 4 năm 2008 của Chính phủ chỉ được thực hiện trực tiếp với đối tượng được miễn, giảm.',
      [ref('44/2008/NĐ-CP', '2008-04-09', 'Chính phủ', 'Nghị định')],
    ],
    // hard line wraps inside a citation (Công báo / OCR text)
    [
      'Thực hiện Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính\ntrị về sắp xếp thôn, tổ dân phố.',
      [ref('34-KL/TW', '2026-05-18', 'Bộ Chính trị', 'Kết luận')],
    ],
    [
      'Triển khai theo tinh thần Chỉ thị số 18/CT-TTg\nngày 08 tháng 5 năm 2026 của Thủ tướng Chính phủ về nâng cao chất lượng.',
      [ref('18/CT-TTg', '2026-05-08', 'Thủ tướng Chính phủ', 'Chỉ thị')],
    ],
    // text without diacritics
    [
      'Thuc hien Cong van so 456/SYT-NVY ngay 01/3/2023 cua So Y te ve viec phong chong dich.',
      [ref('456/SYT-NVY', '2023-03-01', 'So Y te', 'Cong van')],
    ],
    // never a ratio, a head count, a phone number or the document's own number
    ['Đến nay đã có 649/1.240 đơn vị báo cáo, với tổng số 4.596 cán bộ nghỉ việc.', []],
    ['Toàn tỉnh có 4.596 cán bộ, công chức; tỷ lệ hoàn thành 649/1.240 hồ sơ.', []],
    ['Năm 2022 có 12/15 huyện hoàn thành, đạt 80%. Điện thoại 0251.3822.123.', []],
    ['Sở Y tế đã ban hành Công văn số 6764/SYT-VP ngày 12/10/2022 về nội dung này.', []],
    // an en or em dash inside the code, spaced or not; a dash before a word is no part of it
    ['Căn cứ Thông tư số 103/2014/TT — BTC ngày 06/08/2014 của Bộ Tài chính;', [ref('103/2014/TT-BTC', '2014-08-06', 'Bộ Tài chính', 'Thông tư')]],
    ['Theo Thông tư số 39/2014/TT–BTC và Công văn số 12/UBND — Về việc này.', [ref('39/2014/TT-BTC', null, null, 'Thông tư'), ref('12/UBND', null, null, 'Công văn')]],
    // the issuer's name may end with two words that make one ("Quốc hội", "Bộ trưởng")
    ['Căn cứ Nghị định số 50/CP ngày 5/6/1990 của Hội đồng Bộ trưởng về việc ban hành.', [ref('50/CP', '1990-06-05', 'Hội đồng Bộ trưởng', 'Nghị định')]],
    // a space before the slash, after a type's name or "số"; never in a bare number
    ['Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 920 /TTr-SCT ngày 5/5/2026.', [ref('920/TTr-SCT', '2026-05-05', null, 'Tờ trình')]],
    ['CONG THONG TIN CHÍNH PHÙ 41 /CT-TTs Ha Nội, ngày 3 năm 2020', []],
    // a footnote's mark that a text layer ran on to the number: the number, cited where the mark stands
    [
      'Theo Luật số 42/2024/QH151 ngày 29/6/2024 và Nghị định số 105/2025/NĐ-CP2.\n1 Luật Quản lý vật liệu nổ số 42/2024/QH15 ngày 29/6/2024 của Quốc hội\n2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ',
      [ref('42/2024/QH15', '2024-06-29', 'Quốc hội', 'Luật'), ref('105/2025/NĐ-CP', '2025-05-15', 'Chính phủ', 'Nghị định')],
    ],
    // a technical regulation's code ("QCVN 34:2022/BTTTT") is no document's number
    ['Thiết bị phải đáp ứng QCVN 34:2022/BTTTT và QCVN 36:2022/BTTTT theo Thông tư số 12/2022/TT-BTTTT.', [ref('12/2022/TT-BTTTT', null, null, 'Thông tư')]],
    // a type's name after "và" opens the next citation; a ministry's name with a comma inside is whole
    [
      'Căn cứ Tờ trình số 12/TTr-CP ngày 5/5/2025 của Chính phủ và Báo cáo thẩm tra số 34/BC-UBKT ngày 6/5/2025 của Ủy ban Kinh tế;',
      [ref('12/TTr-CP', '2025-05-05', 'Chính phủ', 'Tờ trình'), ref('34/BC-UBKT', '2025-05-06', 'Ủy ban Kinh tế', 'Báo cáo')],
    ],
    ['Thực hiện Quyết định số 9/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức.', [ref('9/QĐ-BVHTTDL', null, 'Bộ Văn hóa, Thể thao và Du lịch', 'Quyết định')]],
    // a type word that opens the document's name before "số"
    ['Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 ngày 20 tháng 11 năm 2014 của Quốc hội;', [ref('57/2014/QH13', '2014-11-20', 'Quốc hội', 'Luật')]],
    ['Căn cứ Pháp lệnh Chi phí tố tụng số 02/2020/UBTVQH14;', [ref('02/2020/UBTVQH14', null, null, 'Pháp lệnh')]],
    // a form's code is no document: "mẫu số 01/QĐ", "Mẫu 02/BB", "biểu số 03/TH"
    ['Sử dụng mẫu số 01/QĐ ban hành kèm theo Nghị định số 125/2020/NĐ-CP.', [ref('125/2020/NĐ-CP', null, null, 'Nghị định')]],
    ['Lập theo Mẫu 02/BB và biểu số 03/TH; gửi kèm Công văn số 12/CT-TTHT.', [ref('12/CT-TTHT', null, null, 'Công văn')]],
    ['Tờ khai theo Phụ lục số 01/ĐKHN ban hành kèm theo Thông tư số 43/2023/TT-BTC.', [ref('43/2023/TT-BTC', null, null, 'Thông tư')]],
    // OCR set the first digit apart after the type word or "số": one number
    ['Triển khai Nghị định số 1 18/2021/NĐ-CP ngày 23/12/2021 của Chính phủ.', [ref('118/2021/NĐ-CP', '2021-12-23', 'Chính phủ', 'Nghị định')]],
    ['Theo Thông tư 1 05/2013/TT-BTC của Bộ Tài chính.', [ref('105/2013/TT-BTC', null, 'Bộ Tài chính', 'Thông tư')]],
    // not after another word: "Điều 1 18/2021/…" stays as printed
    ['Theo khoản 2 Điều 1 18/2021/NĐ-CP.', [ref('18/2021/NĐ-CP', null, null, null)]],
  ])('%j', (body, expected) => {
    expect(parseSnippet({ body }).references).toEqual(expected);
  });

  it('a Kết luận of the Bộ Chính trị gives number, date, issuer and type', () => {
    const [first] = parseSnippet({ body: 'Thực hiện Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị, Sở Y tế đề nghị:' }).references;
    expect(first).toEqual({ number: '28-KL/TW', date: '2022-02-21', issuer: 'Bộ Chính trị', type: 'Kết luận' });
  });
});

describe('a header cut short by a crawler', () => {
  it.each<[string, string, string]>([
    ['ỦY BAN THƯỜNG VỤ', 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Ủy ban Thường vụ Quốc hội'],
    // the body signed for does not go on from the header: the header stands
    ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM', 'TM. ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân tỉnh Quảng Nam'],
    ['BỘ Y TẾ', 'TM. ỦY BAN NHÂN DÂN', 'Bộ Y tế'],
  ])('%j signed %j', (header, chain, issuer) => {
    const text = `${header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 494/NQ-UBTVQH13\nHà Nội, ngày 18 tháng 05 năm 2012\nNGHỊ QUYẾT\nVỀ KẾT QUẢ GIÁM SÁT\nĐiều 1. Tán thành nội dung báo cáo kết quả giám sát của Đoàn giám sát.\n${chain}\nCHỦ TỊCH\nNguyễn Sinh Hùng`;
    expect(parseDispatch(text, { file: 'x.txt' }).issuer?.name).toBe(issuer);
  });
});

describe("a legal database's note on a passage", () => {
  it('is not the document citing', () => {
    const text = [
      'BỘ Y TẾ',
      'Số: 627/BYT-BH',
      'V/v hướng dẫn thực hiện Điều 22 Luật BHYT',
      'Hà Nội, ngày 27 tháng 01 năm 2021',
      'Kính gửi: Sở Y tế các tỉnh, thành phố.',
      'Thực hiện Thông tư số 30/2020/TT-BYT, Bộ Y tế hướng dẫn như sau:',
      '- Được quỹ BHYT chi trả chi phí KCB nội trú theo mức hưởng KCB đúng tuyến; [Nội dung này được đính chính bởi Công văn 666/BYT-BH năm 2021 có hiệu lực kể từ ngày 28/01/2021]',
      '- Căn cứ Công văn số 123/BYT-BH ngày 02/01/2021 [của Bộ Y tế].',
      '- Người mua nhà được cấp giấy chứng nhận. [Điều này bị bãi bỏ bởi Điểm b Khoản 3 Điều 186 Nghị định 181/2004/NĐ-CP có hiệu lực từ ngày 16/11/2004 (VB hết hiệu lực: 01/07/2014)]',
      '- Hồ sơ gồm tờ khai. [Điều này hết hiệu lực bởi Điểm d Khoản 4 Điều 21 Nghị định 151/2025/NĐ-CP có hiệu lực từ ngày 01/07/2025 (VB hết hiệu lực: 01/03/2027)]',
    ].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).references.map((r) => r.number)).toEqual(['30/2020/TT-BYT', '123/BYT-BH']);
  });
});

describe("a converter's page marks", () => {
  it('are no part of the signature or the Nơi nhận list', () => {
    const text = ['TỔNG CỤC THUẾ', 'Số: 1582/QĐ-TCT', 'Hà Nội, ngày 04 tháng 10 năm 2021', 'QUYẾT ĐỊNH', 'Ban hành Bộ chỉ số tiêu chí', 'Điều 1. Ban hành kèm theo Quyết định này Bộ chỉ số tiêu chí lựa chọn hồ sơ khai thuế.', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, KK.', '--- PAGE BREAK ---', 'KT. TỔNG CỤC TRƯỞNG', '--- PAGE BREAK ---', 'PHÓ TỔNG CỤC TRƯỞNG', 'Đặng Ngọc Minh'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.distribution, record.signer?.title, record.signer?.name]).toEqual([['Như Điều 3'], 'PHÓ TỔNG CỤC TRƯỞNG', 'Đặng Ngọc Minh']);
  });
});

describe('a consolidated text (văn bản hợp nhất)', () => {
  const text = [
    'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    'Số: 5161/VBHN-BLĐTBXH',
    'Hà Nội, ngày 05 tháng 12 năm 2023',
    'THÔNG TƯ',
    'Hướng dẫn thủ tục lập hồ sơ người có công với cách mạng',
    'Thông tư số 05/2013/TT-BLĐTBXH ngày 15 tháng 5 năm 2013 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thủ tục lập hồ sơ, quản lý hồ sơ, thực hiện chế độ ưu đãi người có công với cách mạng và thân nhân, có hiệu lực kể từ ngày 01 tháng 7 năm 2013.',
    'Điều 1. Phạm vi điều chỉnh',
    'XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan',
    ...Array.from({ length: 70 }, (_, k) => `${k + 1}. Mẫu số ${k + 1} được ban hành kèm theo Thông tư này và áp dụng cho các đối tượng người có công.`),
  ].join('\n');
  const record = parseDispatch(text, { file: 'x.txt' });
  it('is typed by its code, not by the title of the text it consolidates', () => {
    expect([record.docType, record.number?.typeCode, record.number?.issuerCode]).toEqual([{ name: 'Văn bản hợp nhất', code: 'VBHN' }, 'VBHN', 'BLĐTBXH']);
  });
  it('is signed under "XÁC THỰC VĂN BẢN HỢP NHẤT", with a long annex after it', () => {
    expect([record.signer?.authority, record.signer?.title, record.signer?.name]).toEqual(['KT', 'THỨ TRƯỞNG', 'Nguyễn Bá Hoan']);
  });
  it("cites what its footnotes after the annexes cite, not the annexes' own citations", () => {
    const notes = ['', '[1] Thông tư liên tịch số 41/2013/TTLT-BYT-BLĐTBXH ngày 18 tháng 11 năm 2013 có căn cứ ban hành như sau:', 'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005;', '', '[2] Điều này được bãi bỏ theo quy định tại Thông tư số 18/2022/TT-BLĐTBXH ngày 30 tháng 9 năm 2022.'];
    const annexed = parseDispatch([text.replace('Mẫu số 1 được', 'Mẫu số 1 (Thông tư số 99/2099/TT-BXX) được'), ...notes].join('\n'), { file: 'x.txt' });
    expect(annexed.references.map((r) => r.number)).toEqual(['05/2013/TT-BLĐTBXH', '41/2013/TTLT-BYT-BLĐTBXH', '26/2005/PL-UBTVQH11', '18/2022/TT-BLĐTBXH']);
    // Footnotes count in a consolidated text only.
    const dispatch = parseDispatch([text.replace('5161/VBHN-BLĐTBXH', '5161/BLĐTBXH-NCC'), ...notes].join('\n'), { file: 'x.txt' });
    expect(dispatch.references.map((r) => r.number)).toEqual(['05/2013/TT-BLĐTBXH']);
  });
});

describe('a consolidated text whose head is its authentication block (the form of 2025 on)', () => {
  const body = [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'THÔNG TƯ',
    'Quy định và hướng dẫn tổ chức lễ tang đối với quân nhân do Bộ Quốc phòng quản lý',
    'Thông tư số 86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng, có hiệu lực kể từ ngày 05 tháng 8 năm 2016, được sửa đổi, bổ sung bởi Thông tư số 18/2026/TT-BQP.',
    'Điều 1. Phạm vi điều chỉnh',
    'Thông tư này quy định và hướng dẫn tổ chức lễ tang đối với quân nhân.',
  ];
  const tail = ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nơi nhận:', '- Bộ Nội vụ;', '- Lưu: VT, NCTH.', 'Nguyễn Văn Gấu'];
  const cases: Array<[string, string[]]> = [
    ['two columns flattened (OCR)', ['BỘ QUỐC PHÒNG               XÁC THỰC VĂN BẢN HỢP NHẤT', 'Số: 46/VBHN-BQP     Hà Nội, ngày 04 tháng 5 năm 2026']],
    ['one component a line (a text layer)', ['BỘ QUỐC PHÒNG', 'XÁC THỰC VĂN BẢN HỢP NHẤT', 'Số: 46/VBHN-BQP', 'Hà Nội, ngày 04 tháng 5 năm 2026']],
  ];
  it.each(cases)('gives the issuer, number, place and date: %s', (_, block) => {
    const record = parseDispatch([...body, ...block, ...tail].join('\n'), { file: 'x.txt' });
    expect([record.issuer?.name, record.number?.value, record.date?.value, record.date?.place, record.docType?.code]).toEqual(['Bộ Quốc phòng', '46/VBHN-BQP', '2026-05-04', 'Hà Nội', 'VBHN']);
    expect(record.signer?.title).toBe('THỨ TRƯỞNG');
  });
  it('is not read where the head has the number', () => {
    const record = parseDispatch(['BỘ TÀI CHÍNH', 'Số: 12/VBHN-BTC', 'Hà Nội, ngày 01 tháng 3 năm 2025', ...body.slice(2), ...cases[0]![1], ...tail].join('\n'), { file: 'x.txt' });
    expect([record.issuer?.name, record.number?.value, record.date?.value]).toEqual(['Bộ Tài chính', '12/VBHN-BTC', '2025-03-01']);
  });
});

describe('a minister who signs for himself, with no prefix', () => {
  const head = ['BỘ CÔNG AN', 'Số: 65/2026/TT-BCA', 'Hà Nội, ngày 15 tháng 5 năm 2026', 'THÔNG TƯ', 'Quy định về đồ vật cấm đưa vào cơ sở giam giữ', 'Điều 1. Phạm vi điều chỉnh', 'Thông tư này quy định về đồ vật cấm đưa vào cơ sở giam giữ phạm nhân và việc thu giữ, xử lý đồ vật cấm.', 'Điều 2. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Thông tư này./.'];
  const annex = ['', '49', 'CÔNG BÁO/Số 361 + 362/Ngày 28-02-2025', 'DANH MỤC', 'VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC', '1. Thông tư số 10/2020/TT-BCA ngày 06 tháng 02 năm 2020 của Bộ trưởng Bộ Công an hết hiệu lực toàn bộ.'];
  it.each<[string, string[], string]>([
    ['a rank before the name', ['BỘ TRƯỞNG', 'Đại tướng Lương Tam Quang'], 'Lương Tam Quang'],
    ['a gazette page and an annex after the signature', ['BỘ TRƯỞNG', '', 'Đào Ngọc Dung', ...annex], 'Đào Ngọc Dung'],
  ])('%s', (_, tail, name) => {
    const record = parseDispatch([...head, ...tail].join('\n'), { file: 'x.txt' });
    expect([record.signer?.authority, record.signer?.title, record.signer?.name]).toEqual([null, 'BỘ TRƯỞNG', name]);
    expect(record.references.map((r) => r.number)).not.toContain('10/2020/TT-BCA');
  });
});

describe('a signature of the name alone, an annex after it', () => {
  it('ends the body at the name, the note of a signed copy cut off', () => {
    const text = ['CHÍNH PHỦ', 'Số: 61-CP', 'Hà Nội, ngày 05 tháng 7 năm 1994', 'NGHỊ ĐỊNH', 'Về mua bán và kinh doanh nhà ở', 'Điều 1. Nghị định này quy định việc mua bán nhà ở thuộc sở hữu Nhà nước.', 'Điều 2. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chịu trách nhiệm thi hành Nghị định này.', 'Võ Văn Kiệt (Đã ký)', 'PHỤ LỤC SỐ 1', 'BẢNG GIÁ CHUẨN (Ban hành kèm theo Nghị định số 60-CP ngày 5-7-1994 của Chính phủ)', '1. Biệt thự hạng 1: 2.000'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.signer?.title, record.signer?.name, record.references]).toEqual([null, 'Võ Văn Kiệt', []]);
  });
});

describe("a form's Nơi nhận in an annex, the document's own left out by the gazette", () => {
  it('is not the document\'s distribution', () => {
    const text = ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số: 13/2024/TT-BLĐTBXH', 'Hà Nội, ngày 25 tháng 11 năm 2024', 'THÔNG TƯ', 'Sửa đổi Thông tư số 26/2018/TT-BLĐTBXH', 'Điều 1. Sửa đổi khoản 2 Điều 5 Thông tư số 26/2018/TT-BLĐTBXH.', 'Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2025./.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Lê Văn Thanh', 'PHỤ LỤC', 'Mẫu 02', 'TÊN CƠ QUAN BÁO CÁO', 'BÁO CÁO', 'Về công tác quản lý chất lượng sản phẩm, hàng hóa', 'Nơi nhận:', '- Cơ quan chủ quản (để báo cáo);', '- Lưu: VT.', 'THỦ TRƯỞNG CƠ QUAN', '(Ký, ghi rõ họ tên và đóng dấu)'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.distribution, record.archive, record.signer?.name]).toEqual([[], null, 'Lê Văn Thanh']);
  });
});

describe('a letter with the letter it answers attached after its signature', () => {
  it("keeps the attached letter's Nơi nhận and signature out of its own", () => {
    const text = ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ', 'Số: 3790/TCT-CS', 'V/v chính sách thuế', 'Hà Nội, ngày 12 tháng 10 năm 2020', 'Kính gửi: Công ty cổ phần tập đoàn Masan.', 'Bộ Tài chính đã có công văn số 10174/BTC-CST ngày 01/08/2017 (bản photocopy kèm theo).', 'Tổng cục Thuế trả lời để Công ty được biết.', 'Nơi nhận:', 'TL. TỔNG CỤC TRƯỞNG', '- Như trên;', '- Vụ PC - TCT;', '- Lưu: VT, CS (3b).', 'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 10174/BTC-CST', 'V/v chính sách thuế', 'Kính gửi: Công ty TNHH Panasonic Việt Nam', 'Bộ Tài chính trả lời để Công ty biết, thực hiện./.', 'Nơi nhận:', 'TL. BỘ TRƯỞNG', '- Như trên;', 'KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ', '- Lưu: VT, Vụ CST.'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.distribution, record.archive?.holders, record.signer?.authorityChain]).toEqual([['Như trên', 'Vụ PC - TCT'], ['VT', 'CS'], ['TL. TỔNG CỤC TRƯỞNG']]);
  });
});

describe('a decision that issues a regulation after its signature', () => {
  it('takes its subject from its own title, not from the regulation\'s "VỀ VIỆC …"', () => {
    const md = ['| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |', '|---|---|', '| Số: 49/2012/QĐ-UBND | Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2012 |', '', 'QUYẾT ĐỊNH', '', 'BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ', '', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', '', 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;', '', 'QUYẾT ĐỊNH:', '', 'Điều 1. Nay ban hành kèm theo Quyết định này Quy chế quản lý kinh phí.', '', '|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa Ngọc Thuận |', '|---|---|', '', 'QUY CHẾ', '', 'VỀ VIỆC QUẢN LÝ KINH PHÍ CHI THỰC HIỆN CHÍNH SÁCH ƯU ĐÃI', '', 'Điều 1. Phạm vi điều chỉnh'].join('\n');
    const record = parseDispatch(md, { file: 'x.md' });
    expect([record.subject, record.signer?.name]).toEqual(['BAN HÀNH QUY CHẾ QUẢN LÝ KINH PHÍ', 'Hứa Ngọc Thuận']);
  });
});

describe('the Nơi nhận list', () => {
  const dispatch = (tail: string[]) =>
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số: 834/VBHN-BLĐTBXH', 'Hà Nội, ngày 05 tháng 3 năm 2024', 'NGHỊ ĐỊNH', 'Quy định chế độ ưu đãi người có công', 'Điều 1. Phạm vi điều chỉnh của Nghị định này được quy định chi tiết tại các điều sau đây của văn bản.', ...tail].join('\n');
  it('flattened into one line, with a dash that touches its item', () => {
    const record = parseDispatch(dispatch(['Nơi nhận: - Ban Bí thư Trung ương Đảng; -Sở LĐTBXH, KBNN tỉnh, TP trực thuộc TW; - Lưu: VT, KHTC.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Bá Hoan']), { file: 'x.txt' });
    expect(record.distribution).toEqual(['Ban Bí thư Trung ương Đảng', 'Sở LĐTBXH, KBNN tỉnh, TP trực thuộc TW']);
  });
  it('is the first one: a form in the annex has its own', () => {
    const record = parseDispatch(dispatch(['Nơi nhận:', '- VPCP (để đăng công báo);', '- Lưu: VT, Cục NCC.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Bá Hoan', 'Mẫu số 01', 'QUYẾT ĐỊNH', 'Về việc trợ cấp một lần', 'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT, SNV.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']), { file: 'x.txt' });
    expect([record.distribution, record.archive?.holders]).toEqual([['VPCP (để đăng công báo)'], ['VT', 'Cục NCC']]);
  });
});

describe('the authority line run on after a title subject, without the body\'s place', () => {
  it('is cut off after the head\'s title', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG', 'Số: 1056/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2010 QUYẾT ĐỊNH BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH', 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;', 'Điều 1. Ban hành mức trợ giúp.'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).subject).toBe('BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG');
  });
});

describe('a crawled title run on into a two-level header', () => {
  it('gives the issuer and its parent', () => {
    const text = ['Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------', 'Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014', 'Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.', 'Để đảm bảo việc trao đổi thông tin điện tử giữa cơ quan Hải quan và doanh nghiệp, Tổng cục Hải quan hướng dẫn như sau.'].join('\n');
    const issuer = parseDispatch(text, { file: 'x.txt' }).issuer;
    expect([issuer?.name, issuer?.parent, issuer?.inferred]).toEqual(['Tổng cục Hải quan', 'Bộ Tài chính', false]);
  });
});

describe('a Nơi nhận list as OCR reads it', () => {
  it('takes "~" for the dash that opens an item', () => {
    const text = ['TỔNG CỤC THUẾ', 'Số: 586/TCT-TTKT', 'V/v tăng cường công tác thanh tra, kiểm tra thuế năm 2023', 'Hà Nội, ngày 03 tháng 3 năm 2023', 'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.', 'Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố tăng cường công tác thanh tra, kiểm tra thuế năm 2023 theo kế hoạch đã được phê duyệt.', 'Nơi nhận:', '- Như trên;', '~ Cục Thuế DNL (để thực hiện);', '- Lưu: VT, TTKT.', 'KT. TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'Mai Sơn'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).distribution).toEqual(['Như trên', 'Cục Thuế DNL (để thực hiện)']);
  });
});

describe('a two-column tail that OCR interleaved', () => {
  it('keeps the Nơi nhận list across the signature column and specks between its items', () => {
    const md = ['CỤC THUẾ TỈNH THANH HÓA', '', 'Số: 1234/CT-TTHT', '', 'Thanh Hóa, ngày 10 tháng 5 năm 2019', '', 'Kính gửi: Công ty cổ phần Bia Hà Nội - Thanh Hóa.', '', 'Cục Thuế trả lời để Công ty biết, thực hiện theo các quy định tại các văn bản quy phạm pháp luật đã được trích dẫn./.', 'Nơi nhận: KT. CỤC TRƯỞNG', 'jgyy', '- Như trên;', 'PHÓ cụ c TRƯỞNG', '- Phòng TTKT1;', '- website: thanhhoa.gdt.gov.vn;', '^/cụcTKyt&v', '- Lưu: VT, TTHT.', '/at/'].join('\n');
    const record = parseDispatch(md, { file: 'x.md' });
    expect([record.distribution, record.archive?.holders]).toEqual([['Như trên', 'Phòng TTKT1', 'website: thanhhoa.gdt.gov.vn'], ['VT', 'TTHT']]);
  });
  it("gives the signer's title with a dash in it that OCR ran on after an item's \";\"", () => {
    const md = ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ', 'Số: 2953/TCT-TTKT', 'V/v chính sách thuế', 'Hà Nội, ngày 06 tháng 8 năm 2021', 'Kính gửi: Cục Thuế tỉnh Đồng Nai.', 'Tổng cục Thuế trả lời để Cục Thuế tỉnh Đồng Nai được biết và thực hiện./.', 'Nơi nhận:', 'TL. TỔNG CỤC TRƯỞNG', '- Như trên; VỤ TRƯỞNG VỤ THANH TRA - KIỂM TRA THUẾ', '- Phó TCTr Vũ Chi Hùng (để b/c);', '- Lưu: VT, TTKT.', 'XE? £®RB', 'Nguyễn Văn An'].join('\n');
    const record = parseDispatch(md, { file: 'x.md' });
    expect([record.distribution, record.signer?.title, record.signer?.name]).toEqual([['Như trên', 'Phó TCTr Vũ Chi Hùng (để b/c)'], 'VỤ TRƯỞNG VỤ THANH TRA - KIỂM TRA THUẾ', 'Nguyễn Văn An']);
  });
  it("gives the signer's name that OCR ran on after an item, and drops a converter's page mark", () => {
    const md = ['BỘ TÀI CHÍNH', 'TỔNG CỤC HẢI QUAN', 'Số: 8168/TCHQ-TXNK', 'Hà Nội, ngày 14 tháng 12 năm 2017', 'Kính gửi: Các doanh nghiệp có tên tại danh sách kèm theo.', 'Tổng cục Hải quan trả lời để các doanh nghiệp biết, thực hiện./.', 'Nơi nhận: KT. TỔNG CỤC TRƯỞNG', '- Như trên;', 'PHÓ TỔNG CỤC TRƯỞNG', '- Tổng cục Thuế;', '~ Cục Hải quan tỉnh Đồng Nai, Bình Dương; Nguyễn Dương Thái', '- Các doanh nghiệp (danh sách kèm theo);', '- Lưu: VT, TXNK (3).', '', '--- PAGE 3 ---', 'DANH SÁCH'].join('\n');
    const record = parseDispatch(md, { file: 'x.md' });
    expect([record.distribution, record.signer?.title, record.signer?.name]).toEqual([['Như trên', 'Tổng cục Thuế', 'Cục Hải quan tỉnh Đồng Nai, Bình Dương', 'Các doanh nghiệp (danh sách kèm theo)'], 'PHÓ TỔNG CỤC TRƯỞNG', 'Nguyễn Dương Thái']);
  });
});

describe('a resolution of the National Assembly Standing Committee', () => {
  const text = [
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Nghị quyết số: 17/2022/UBTVQH15',
    'NGHỊ QUYẾT',
    'VỀ SỐ LƯỢNG PHÓ CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN',
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10;',
    'Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;',
    'QUYẾT NGHỊ:',
    'Điều 1. Số lượng Phó Chủ tịch Hội đồng nhân dân cấp tỉnh.',
    'Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, phiên họp thứ 9 thông qua ngày 23 tháng 3 năm 2022./.',
    'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    'CHỦ TỊCH',
    'Vương Đình Huệ',
  ].join('\n');
  const record = parseDispatch(text, { file: 'x.txt' });
  it('is dated by its adoption in the closing sentence', () => {
    expect(record.date).toEqual({ value: '2022-03-23', place: null });
  });
  it('reads the motto named in a legal basis as the basis, with its citation', () => {
    expect(record.references.map((r) => r.number)).toEqual(['51/2001/QH10', '77/2015/QH13']);
  });
});

describe('numbers and citations of other forms', () => {
  it('a sequence with a dot ("66.17/2026/NQ-CP") is the document\'s number', () => {
    expect(parseDispatch('CHÍNH PHỦ\nSố: 66.17/2026/NQ-CP\nHà Nội, ngày 05 tháng 3 năm 2026\nNGHỊ QUYẾT\nVề một số nội dung', { file: 'x.txt' }).number).toMatchObject({ value: '66.17/2026/NQ-CP', seq: '66.17', year: '2026', typeCode: 'NQ', issuerCode: 'CP' });
  });
  it.each<[string, Record<string, string | null>]>([
    // without a year, a dot between digits is OCR's speck
    ['Số: 66.2/QD-BTC', { value: '662/QĐ-BTC', raw: '66.2/QD-BTC', seq: '662', typeCode: 'QĐ', issuerCode: 'BTC' }],
    // a type code typed without the stroke of its Đ is the code
    ['Số: 119/CD-TTg', { value: '119/CĐ-TTg', raw: '119/CD-TTg', typeCode: 'CĐ', issuerCode: 'TTg' }],
    ['Số: 52/2021/ND-CP', { value: '52/2021/NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP' }],
    // HD is a code of its own (Hướng dẫn)
    ['Số: 15/HD-BYT', { value: '15/HD-BYT', typeCode: 'HD', issuerCode: 'BYT' }],
  ])('number line %j', (line, expected) => {
    expect(parseDispatch(`BỘ TÀI CHÍNH\n${line}\nHà Nội, ngày 05 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề một số nội dung`, { file: 'x.txt' }).number).toMatchObject(expected);
  });
  it('a roman numeral after a slash ("diện 2/IV") is not a citation; a note that a passage "được hướng dẫn bởi" is not one either', () => {
    const text = ['BỘ XÂY DỰNG', 'Số: 12/BXD-QLN', 'V/v nhà đất', 'Hà Nội, ngày 05 tháng 3 năm 2013', 'Kính gửi: Các Sở Xây dựng.', 'Nhà thuộc diện 2/IV được xử lý theo Nghị quyết số 23/2003/QH11. [Về cho vay đối với người có đất thu hồi được hướng dẫn bởi Công văn 4530/NHCS-TDNN năm 2024]'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).references.map((r) => r.number)).toEqual(['23/2003/QH11']);
  });
});

describe('the closing sentence of a resolution, wrapped', () => {
  it('still dates it', () => {
    const text = ['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Nghị quyết số: 25/2022/UBTVQH15', 'NGHỊ QUYẾT', 'VỀ VIỆC THÀNH LẬP THỊ XÃ', 'Điều 1. Thành lập thị xã.', '', 'Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, phiên họp chuyên đề pháp luật tháng 8 thông qua', 'ngày 17 tháng 8 năm 2022.', '', 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH', 'Vương Đình Huệ'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).date).toEqual({ value: '2022-08-17', place: null });
  });
});

describe('the old authority line of the National Assembly after a title subject', () => {
  it('is cut off with its "NƯỚC"', () => {
    const text = ['QUỐC HỘI', 'Số: 23/2003/QH11', 'Hà Nội, ngày 26 tháng 11 năm 2003', 'NGHỊ QUYẾT', 'VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Căn cứ vào Điều 84 của Hiến pháp;', 'Điều 1. Nhà nước không xem xét lại chủ trương.'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).subject).toBe('VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991');
  });
});

describe('a header that a converter broke out of its table', () => {
  it('reads the issuer over a setext rule, the wrapped motto and the wrapped place and date', () => {
    const text = [
      '|',
      '**ỦY BAN NHÂN DÂN**',
      '**TỈNH ĐỒNG NAI**',
      '-------',
      '|',
      '**CỘNG HÒA XÃ HỘI',
      'CHỦ NGHĨA VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      'Số: 2830/QĐ-UBND',
      '|',
      '*Đồng Nai, ngày 21',
      'tháng 11 năm 2025*',
      '|',
      '',
      '**QUYẾT ĐỊNH**',
      '',
      'Về việc áp dụng một số văn bản',
      '',
      'Điều 1. Áp dụng các văn bản.',
    ].join('\n');
    const record = parseDispatch(text, { file: 'x.md' });
    expect([record.issuer?.name, record.issuer?.inferred, record.date?.value, record.date?.place, record.number?.value]).toEqual([
      'Ủy ban nhân dân tỉnh Đồng Nai',
      false,
      '2025-11-21',
      'Đồng Nai',
      '2830/QĐ-UBND',
    ]);
  });

  it('keeps a crawler\'s ATX heading out of the header', () => {
    const text = ['# Quyết định 2830/QĐ-UBND năm 2025', '', 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', '', 'Số: 2830/QĐ-UBND', '', 'Đồng Nai, ngày 21 tháng 11 năm 2025', '', 'QUYẾT ĐỊNH', '', 'Điều 1. Áp dụng.'].join('\n');
    expect(parseDispatch(text, { file: 'x.md' }).issuer?.name).toBe('Ủy ban nhân dân tỉnh Đồng Nai');
  });
});

describe('a signature without a prefix before an annex that holds a form', () => {
  it("is the document's, not the form's prefix and Nơi nhận; its title and name are apart", () => {
    const text = [
      'QUỐC HỘI',
      'Nghị quyết số: 96/2023/QH15',
      'NGHỊ QUYẾT',
      'VỀ VIỆC LẤY PHIẾU TÍN NHIỆM',
      'Điều 1. Phạm vi điều chỉnh.',
      'Nghị quyết này được Quốc hội khóa XV, kỳ họp thứ 5 thông qua ngày 23 tháng 6 năm 2023.',
      'CHỦ TỊCH QUỐC HỘI Vương Đình Huệ',
      'PHỤ LỤC (Ban hành kèm theo Nghị quyết số 96/2023/QH15)',
      'Mẫu biên bản kiểm phiếu',
      'Nơi nhận:',
      '-…………',
      'TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
      'CHỦ TỊCH',
      '(Ký, ghi rõ họ tên, đóng dấu)',
    ].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.signer?.authorityChain, record.signer?.title, record.signer?.name, record.distribution]).toEqual([[], 'CHỦ TỊCH QUỐC HỘI', 'Vương Đình Huệ', []]);
  });
});

describe("a type's title in capitals run on into the legal bases", () => {
  it('gives the subject, the legal bases being body', () => {
    const text = [
      'CHÍNH PHỦ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Số: 21/2021/NĐ-CP',
      'Hà Nội, ngày 19 tháng 3 năm 2021',
      'NGHỊ ĐỊNH QUY ĐỊNH THI HÀNH BỘ LUẬT DÂN SỰ VỀ BẢO ĐẢM THỰC HIỆN NGHĨA VỤ Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019;',
      'Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;',
      'Điều 1. Phạm vi điều chỉnh',
    ].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.docType?.name, record.subject]).toEqual(['Nghị định', 'QUY ĐỊNH THI HÀNH BỘ LUẬT DÂN SỰ VỀ BẢO ĐẢM THỰC HIỆN NGHĨA VỤ']);
  });
});

describe('a pipe table that markdown reads as text', () => {
  // The text is short and has no line of plain prose: its tail is looked for from its second line.
  it('(under a list item, no blank line before it) still gives the Nơi nhận list and the signature, cell by cell', () => {
    const text = [
      '| BỘ CÔNG THƯƠNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |',
      '| --- | --- |',
      '| Số: 334/QĐ-BCT | *Hà Nội, ngày 06 tháng 02 năm 2025* |',
      '',
      'QUYẾT ĐỊNH',
      'Về việc đính chính Thông tư số 38/2023/TT-BCT',
      '',
      'Điều 1. Đính chính lỗi kỹ thuật như sau:',
      '1. Tại Điểm 4, Mục 2, Phụ lục II:',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      '| *Nơi nhận:* - Văn phòng Chính phủ; - Lưu: VT, TKNL. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hoàng Long |',
      '| --- | --- |',
    ].join('\n');
    const record = parseDispatch(text, { file: 'x.md' });
    expect([record.distribution, record.archive?.holders, record.signer?.authorityChain, record.signer?.title, record.signer?.name]).toEqual([
      ['Văn phòng Chính phủ'],
      ['VT', 'TKNL'],
      ['KT. BỘ TRƯỞNG'],
      'THỨ TRƯỞNG',
      'Nguyễn Hoàng Long',
    ]);
  });
});

describe("a legal database's page", () => {
  const page = (labels: string[]) =>
    [
      'Bản dịch này thuộc quyền sở hữu của **',
      'THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của **',
      'THƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.',
      'Đang tải văn bản...',
      '#',
      ...labels.flatMap((l) => [`**${l}:**`, '|', l === 'Số hiệu' ? '4240/UBND-VX' : 'Đã biết', '|']),
      '**ỦY BAN NHÂN DÂN**',
      'THÀNH PHỐ HỒ CHÍ MINH',
      '-------',
      '|',
      '**CỘNG HÒA XÃ HỘI',
      'CHỦ NGHĨA VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      'Số: 4240/UBND-VX',
      '*V/v hoàn thành cập nhật cơ sở dữ liệu*',
      '*Thành phố Hồ Chí',
      'Minh, ngày 28 tháng 11 năm 2025*',
      '**Kính gửi:**',
      '|',
      '- Sở Nội vụ;',
      '- Ủy ban nhân dân các xã, phường.',
      '',
      'Ủy ban nhân dân Thành phố đề nghị các cơ quan, đơn vị khẩn trương hoàn thành việc cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức trước ngày 30 tháng 11 năm 2025.',
    ].join('\n');

  it('has its banner and metadata table skipped: the document is read from its header', () => {
    const record = parseDispatch(page(['Số hiệu', 'Loại văn bản', 'Nơi ban hành', 'Người ký', 'Ngày ban hành', 'Tình trạng']), { file: 'x.md' });
    expect([record.issuer?.name, record.number?.value, record.date, record.subject, record.recipients]).toEqual([
      'Ủy ban nhân dân thành phố Hồ Chí Minh',
      '4240/UBND-VX',
      { value: '2025-11-28', place: 'Thành phố Hồ Chí Minh' },
      'hoàn thành cập nhật cơ sở dữ liệu',
      ['Sở Nội vụ', 'Ủy ban nhân dân các xã, phường'],
    ]);
    expect(record.references.map((r) => r.number)).not.toContain('4240/UBND-VX');
    expect(record.messages.map((m) => m.ruleId)).toContain('layout-site-preamble');
  });

  it('is not taken for one on fewer than three labels', () => {
    const record = parseDispatch(page(['Người ký', 'Tình trạng']), { file: 'x.md' });
    expect(record.messages.map((m) => m.ruleId)).not.toContain('layout-site-preamble');
  });
});

describe('a header line that a narrow cell wrapped before its last word', () => {
  it.each([
    [['**VĂN PHÒNG CHÍNH', 'PHỦ**'], 'Văn phòng Chính phủ', null],
    [['**UBND THÀNH PHỐ HÀ', 'NỘI**', '**SỞ GIÁO DỤC VÀ ĐÀO TẠO**'], 'Sở Giáo dục và Đào tạo', 'UBND thành phố Hà Nội'],
  ])('%j', (header, name, parent) => {
    const text = [...header, '-------', '', 'Số: 637/TB-VPCP', '', 'Hà Nội, ngày 24 tháng 11 năm 2025', '', 'THÔNG BÁO', '', 'Kết luận của Phó Thủ tướng', '', 'Ngày 20 tháng 11 năm 2025, Phó Thủ tướng đã kiểm tra tiến độ các dự án đầu tư xây dựng bệnh viện tại tỉnh Hà Nam và có ý kiến chỉ đạo.'].join('\n');
    const record = parseDispatch(text, { file: 'x.md' });
    expect([record.issuer?.name, record.issuer?.parent]).toEqual([name, parent]);
  });
});

describe('a signing prefix between stars that markdown left unpaired', () => {
  it('opens the signature ("**KT. CHỦ TỊCH **")', () => {
    const body = 'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các xã, phường nghiêm túc thực hiện Chỉ thị này; báo cáo kết quả trước ngày 15 tháng 12 năm 2025.';
    const text = ['**ỦY BAN NHÂN DÂN**', '**TỈNH QUẢNG TRỊ**', '', 'Số: 06/CT-UBND', '', 'Quảng Trị, ngày 28 tháng 11 năm 2025', '', '**CHỈ THỊ**', '', 'Về tăng cường phòng chống thiên tai', '', body, '', '|', '**KT. CHỦ TỊCH **', 'PHÓ CHỦ TỊCH', 'Hoàng Nam', '|', '', '**Nơi nhận:**', '- Như trên;', '- Lưu: VT, KGVX.'].join('\n');
    const record = parseDispatch(text, { file: 'x.md' });
    expect([record.signer?.authorityChain, record.signer?.title, record.signer?.name]).toEqual([['KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH', 'Hoàng Nam']);
  });
});

describe("a head among a broken table's debris", () => {
  it('is read as far as without it: dropped lines take nothing from the head', () => {
    const debris = (n: number) => Array.from({ length: n }, () => '|');
    const text = [
      '**THỦ TƯỚNG CHÍNH PHỦ**', ...debris(10), 'Số: 228/CĐ-TTg', ...debris(10), '*Hà Nội, ngày 25 tháng 11 năm 2025*', ...debris(10),
      '**CÔNG ĐIỆN**', 'VỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH BẢO HIỂM', ...debris(10), '**THỦ TƯỚNG CHÍNH PHỦ điện:**', '',
      '- Bộ trưởng các Bộ: Tài chính, Nội vụ, Y tế;', '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.', '',
      'Trong mấy ngày qua, khu vực Trung Bộ đã xảy ra mưa lũ đặc biệt lớn, gây thiệt hại nặng nề về người, tài sản và hạ tầng kinh tế - xã hội.',
    ].join('\n');
    const record = parseDispatch(text, { file: 'x.md' });
    expect([record.subject, record.recipients]).toEqual(['GIẢI QUYẾT CHÍNH SÁCH BẢO HIỂM', ['Bộ trưởng các Bộ: Tài chính, Nội vụ, Y tế', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố']]);
  });
});

describe('a subject in capitals right above the body', () => {
  it('does not take the body’s first line in sentence case', () => {
    const text = ['CỤC THUẾ', 'Số: 983/TB-CT', 'Hà Nội, ngày 20 tháng 11 năm 2025', '', 'THÔNG BÁO', 'KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS', 'PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG (TMS)', 'Cục Thuế có kế hoạch nâng cấp hệ thống', 'tập trung (TMS) từ 18h00 tối Thứ Bảy ngày 22/11/2025.'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).subject).toBe('KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG (TMS)');
  });
});

describe("a party committee's letter", () => {
  it('reads its CV type code, a subject wrapped before "số …" and a slashed prefix beside the Nơi nhận label', () => {
    const text = [
      '     ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM',
      ' ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      '                                                      Lào Cai, ngày 07 tháng 9 năm 2026',
      '         Số 2449 -CV/ĐU',
      'về việc triển khai thực hiện Chương trình hành động',
      'số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai',
      '',
      '                  Kính gửi: - Ủy ban nhân dân tỉnh,',
      '                            - Các chi bộ, đảng bộ cơ sở.',
      '',
      '         Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai, Đảng ủy Ủy ban nhân dân tỉnh đề nghị các tổ chức đảng trực thuộc triển khai thực hiện./.',
      '',
      'Nơi nhận:                                    T/M BAN THƯỜNG VỤ',
      '- Như trên (t/h);                                 PHÓ BÍ THƯ',
      '- Lưu Văn phòng Đảng ủy.',
      '                                             Nguyễn Hữu Long',
    ].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.docType, record.subject, record.signer?.authority, record.signer?.authorityChain, record.signer?.title, record.signer?.name]).toEqual([
      { name: 'Công văn', code: 'CV' },
      'triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của Tỉnh ủy Lào Cai',
      'TM',
      ['T/M BAN THƯỜNG VỤ'],
      'PHÓ BÍ THƯ',
      'Nguyễn Hữu Long',
    ]);
  });
});

describe('an issuer inferred from the number without a header', () => {
  it.each([
    ['Lai Châu', 'Ủy ban nhân dân tỉnh Lai Châu'],
    ['Cần Thơ', 'Ủy ban nhân dân thành phố Cần Thơ'],
  ])('%s: spelled out as a header names it', (place, name) => {
    const text = ['Số: 12/QĐ-UBND', `${place}, ngày 5 tháng 3 năm 2025`, 'QUYẾT ĐỊNH', 'Về việc ban hành Kế hoạch', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.'].join('\n');
    expect(parseDispatch(text, { file: 'x.txt' }).issuer).toEqual({ name, parent: null, inferred: true });
  });
});

describe('a motto that OCR damaged past reading, beside or under the header', () => {
  it.each([
    [['TONG CỤC THUE CONG HOA XA HOL CHU NGHIA VIET NAM', 'CỤC THUẾ TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc'], 'Cục Thuế tỉnh Bình Dương', 'Tổng cục Thuế'],
    [['TONG CỤC THUÊ | CỘNG HOÀ XÃ HỘI CHỦ `', 'CỤC THUẾ TỈNH BẮC NINH'], 'Cục Thuế tỉnh Bắc Ninh', 'Tổng cục Thuế'],
  ])('%j', (header, name, parent) => {
    const text = [...header, 'Số: 2450/CT-TTHT Bắc Ninh, ngày 15 tháng 8 năm 2018', 'V/v chính sách thuế', 'Kính gửi: Công ty TNHH A.', 'Cục Thuế trả lời như sau: doanh nghiệp được khấu trừ thuế giá trị gia tăng đầu vào theo quy định tại Thông tư số 219/2013/TT-BTC.'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.issuer?.name, record.issuer?.parent]).toEqual([name, parent]);
  });
});

describe('signature metadata over the header, in one block', () => {
  it('wraps onto one line at most: the header under it is the header', () => {
    const text = ['Ký bởi: Tổng cục Thuế', 'Địa chỉ: 123 Lò Đúc', '@® Thời gian ký: 02.12.2022 17:01', 'BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ', 'Số: 4429/TCT-KK', 'Hà Nội, ngày 02 tháng 12 năm 2022', 'V/v khai lệ phí môn bài', 'Kính gửi: Công ty TNHH A.', 'Tổng cục Thuế trả lời như sau: doanh nghiệp khai lệ phí môn bài theo quy định tại Nghị định số 139/2016/NĐ-CP.'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.issuer?.name, record.issuer?.parent]).toEqual(['Tổng cục Thuế', 'Bộ Tài chính']);
  });
});

describe('bracketed footnotes after the signature', () => {
  it('are read for references when the body marks them, and the page after them is not', () => {
    const text = [
      'VĂN PHÒNG CHÍNH PHỦ', '', 'Số: 637/TB-VPCP', '', 'Hà Nội, ngày 24 tháng 11 năm 2025', '', 'THÔNG BÁO', '', 'Kết luận của Phó Thủ tướng', '',
      'Các bộ, cơ quan khẩn trương hoàn thành dự án theo chỉ đạo của Chính phủ[1] và tổ chức khánh thành đúng hạn[2].', '',
      'KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Đỗ Ngọc Huỳnh', '',
      '[1] Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025.', '[2] Theo chỉ đạo của Thủ tướng Chính phủ tại Công điện số 158/CĐ-TTg', 'ngày 04 tháng 9 năm 2025.', '',
      'Thông báo 637/TB-VPCP năm 2025 - văn bản liên quan: Nghị định 13/2023/NĐ-CP',
    ].join('\n');
    expect(parseDispatch(text, { file: 'x.md' }).references.map((r) => r.number)).toEqual(['46/NQ-CP', '158/CĐ-TTg']);
  });
});

describe('a header name wrapped after a comma', () => {
  it.each([
    [['BỘ CÔNG THƯƠNG', 'CỤC ĐỔI MỚI SÁNG TẠO,', 'CHUYỂN ĐỔI XANH VÀ', 'KHUYẾN CÔNG'], 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', 'Bộ Công Thương'],
    [['TỔNG CỤC THUẾ,', 'CỤC THUẾ TỈNH BÌNH DƯƠNG'], 'Cục Thuế tỉnh Bình Dương', 'Tổng cục Thuế'],
  ])('%j', (header, name, parent) => {
    const text = [...header, 'Số: 1178/ĐCK-CTT', 'Hà Nội, ngày 09 tháng 7 năm 2025', 'V/v hướng dẫn về công tác quản lý cụm công nghiệp', 'Kính gửi: Sở Công Thương tỉnh Lào Cai.', 'Thực hiện chỉ đạo của Lãnh đạo Bộ, Cục hướng dẫn các địa phương triển khai công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới.'].join('\n');
    const record = parseDispatch(text, { file: 'x.txt' });
    expect([record.issuer?.name, record.issuer?.parent]).toEqual([name, parent]);
  });
});

describe('numbered lines of a quotation set in italics', () => {
  it('are no tasks of the document, nor end the quotation', () => {
    const text = [
      'BỘ TÀI CHÍNH', '', 'Số: 683/BTC-CST', '', 'Hà Nội, ngày 19 tháng 01 năm 2026', '', 'V/v thuế GTGT đối với tín chỉ các-bon', '', 'Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Lào Cai.', '',
      'Về vấn đề này, Bộ Tài chính có ý kiến như sau:', '',
      '1. Chính sách thuế GTGT giai đoạn trước ngày 01/7/2025:',
      '*“Điều 9. Thuế suất 0%*',
      '*1. Thuế suất 0% áp dụng đối với hàng hóa, dịch vụ xuất khẩu.*',
      '*2. Điều kiện áp dụng thuế suất 0%:*',
      '*- Có hợp đồng bán, gia công hàng hóa xuất khẩu.”*', '',
      '2. Chính sách thuế GTGT giai đoạn từ ngày 01/7/2025:',
      '*‘‘Điều 18. Điều kiện áp dụng thuế suất 0%*',
      '*1. Đối với hàng hóa xuất khẩu, phải có hợp đồng.’’*', '',
      'Bộ Tài chính trả lời để Sở biết./.',
    ].join('\n');
    expect(parseDispatch(text, { file: 'x.md' }).tasks.map((t) => t.label)).toEqual(['1', '2']);
  });
});
