import { describe, expect, it } from 'vitest';
import { extractAssignees, extractDeadline, nextLabel, readNames } from '../../src/extract/tasks.js';
import { parseDispatch, type Assignee, type Deadline } from '../../src/index.js';

const lead = (name: string): Assignee => ({ name, role: 'lead' });
const coordinate = (name: string): Assignee => ({ name, role: 'coordinate' });
const assigned = (name: string): Assignee => ({ name, role: 'assigned' });

describe('extractAssignees', () => {
  it.each<[string, Assignee[]]>([
    [
      'Giao Thanh tra Sở Y tế chủ trì phối hợp với các phòng chuyên môn Sở Y tế tiếp tục theo dõi đôn đốc, thanh tra, kiểm tra các đơn vị thực hiện nghiêm các quy định.',
      [lead('Thanh tra Sở Y tế'), coordinate('các phòng chuyên môn Sở Y tế')],
    ],
    ['Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch tuyển dụng.', [lead('Sở Nội vụ'), coordinate('Sở Tài chính')]],
    [
      'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh.',
      [lead('Sở Kế hoạch và Đầu tư'), coordinate('Sở Tài chính')],
    ],
    [
      'Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện.',
      [lead('Bộ Lao động - Thương binh và Xã hội'), coordinate('Bộ Tài chính')],
    ],
    [
      'Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính và Bảo hiểm xã hội tỉnh tham mưu UBND tỉnh.',
      [lead('Sở Y tế'), coordinate('Sở Tài chính và Bảo hiểm xã hội tỉnh')],
    ],
    [
      'Giao Sở Nội vụ chủ trì phối hợp với các cơ quan, đơn vị theo dõi, tổng hợp tình hình.',
      [lead('Sở Nội vụ'), coordinate('các cơ quan, đơn vị')],
    ],
    ['Giao Giám đốc đơn vị chủ động nắm bắt tình hình, phân tích, đánh giá.', [assigned('Giám đốc đơn vị')]],
    ['Yêu cầu Ủy ban nhân dân các huyện báo cáo kết quả thực hiện.', [assigned('Ủy ban nhân dân các huyện')]],
    ['Yêu cầu Chủ tịch UBND các huyện, thành phố tập trung chỉ đạo đẩy nhanh tiến độ giải ngân.', [assigned('Chủ tịch UBND các huyện, thành phố')]],
    ['Giao Sở Xây dựng khắc phục ngay các tồn tại.', [assigned('Sở Xây dựng')]],
    // the name that opens the task, before "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ"
    ['Sở Xây dựng có trách nhiệm hướng dẫn, đôn đốc các địa phương.', [assigned('Sở Xây dựng')]],
    ['Ủy ban nhân dân các quận, huyện chịu trách nhiệm kiểm tra, xử lý nghiêm các vi phạm.', [assigned('Ủy ban nhân dân các quận, huyện')]],
    ['Bộ Nông nghiệp có nhiệm vụ cử cán bộ chuyên môn tham gia.', [assigned('Bộ Nông nghiệp')]],
    ['Tổng cục Thống kê có trách nhiệm phối hợp với Bộ Tài chính xây dựng biểu mẫu.', [assigned('Tổng cục Thống kê'), coordinate('Bộ Tài chính')]],
    // the lead is named in the clause just before "chủ trì", after the assigning word nearest it
    ['Trường hợp văn bản hỏi không đảm bảo nội dung này thì Văn phòng, đơn vị được phân công chủ trì trả lời.', [lead('Văn phòng, đơn vị')]],
    ['Đề nghị UBND các huyện tổ chức, vận động và giao Phòng Văn hóa chủ trì thực hiện.', [lead('Phòng Văn hóa')]],
    ['Tổ chức rà soát các nội dung liên quan đến đầu tư công; Sở Kế hoạch và Đầu tư chủ trì tổng hợp.', [lead('Sở Kế hoạch và Đầu tư')]],
    // the name that opens the task, before a verb of what it must do, or a colon over what follows
    ['Công an tỉnh chỉ đạo lực lượng chức năng tăng cường tuần tra.', [assigned('Công an tỉnh')]],
    ['Văn phòng Chính phủ theo dõi, đôn đốc các bộ, cơ quan thực hiện.', [assigned('Văn phòng Chính phủ')]],
    ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:', [assigned('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên')]],
    ['Đối với Sở Y tế:', [assigned('Sở Y tế')]],
    ['Các sở, ban, ngành tổ chức quán triệt nội dung Chỉ thị.', [assigned('Các sở, ban, ngành')]],
    ['UBND các huyện khẩn trương rà soát, báo cáo.', [assigned('UBND các huyện')]],
    // names run together before the verb are parted where another body opens, not inside one name
    ['Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo các đơn vị sẵn sàng lực lượng.', [assigned('Bộ trưởng Bộ Quốc phòng'), assigned('Bộ trưởng Bộ Công an')]],
    ['Sở Tài chính và Sở Nội vụ hướng dẫn các đơn vị thực hiện.', [assigned('Sở Tài chính'), assigned('Sở Nội vụ')]],
    ['Ủy ban nhân dân các tỉnh, thành phố tổ chức thực hiện.', [assigned('Ủy ban nhân dân các tỉnh, thành phố')]],
    ['Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương.', [assigned('Bộ Nông nghiệp và Môi trường')]],
    // not a name that opens the task
    ['Các nội dung trên có trách nhiệm pháp lý.', []],
    ['cơ quan có trách nhiệm giải quyết.', []],
    ['Các hoạt động tổ chức trong dịp Tết phải bảo đảm tiết kiệm.', []],
    ['Trường hợp phát sinh vướng mắc báo cáo Sở Y tế.', []],
    ['Ban hành kế hoạch triển khai trước ngày 30/6.', []],
    ['Hội nghị tổ chức vào sáng thứ Hai.', []],
    ['Phòng, chống dịch bệnh theo hướng dẫn của Bộ Y tế.', []],
    ['TUYÊN TRUYỀN: tổ chức các hoạt động.', []],
    ['TỔ CHỨC THỰC HIỆN Giao Sở Nội vụ theo dõi, tổng hợp kết quả.', []],
    ['Sở Y tế tại Công văn số 12/SYT-VP đã hướng dẫn.', []],
    ['Sở Y tế, phối hợp với các đơn vị.', [coordinate('các đơn vị')]],
    // the partner's name ends at the verb of what they do together
    ['Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng cân đối, bố trí nguồn vốn.', [lead('Bộ Tài chính'), coordinate('Bộ Xây dựng')]],
    ['Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu) có trách nhiệm:', []],
    ['Đề nghị Sở Tài chính thẩm định dự toán kinh phí.', [assigned('Sở Tài chính')]],
    // "phối hợp cụ thể với": the partner is after "với"
    [
      'Xây dựng kế hoạch phối hợp cụ thể với các Bộ, ngành trung ương để làm tốt công tác đào tạo nghề.',
      [coordinate('các Bộ, ngành trung ương')],
    ],
    // nobody named
    ['Quan tâm, kịp thời nắm bắt tâm tư, nguyện vọng của đội ngũ công chức, viên chức.', []],
  ])('%s', (text, expected) => {
    expect(extractAssignees(text)).toEqual(expected);
  });
});

describe('extractDeadline', () => {
  it.each<[string, Deadline | null]>([
    ['Báo cáo kết quả về Sở Y tế trước ngày 30/11/2022.', { date: '2022-11-30', text: 'trước ngày 30/11/2022', recurring: false }],
    ['trước ngày 30/11/2022', { date: '2022-11-30', text: 'trước ngày 30/11/2022', recurring: false }],
    ['có ý kiến trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ.', { date: '2026-05-10', text: 'trước ngày 10 tháng 5 năm 2026', recurring: false }],
    ['báo cáo UBND tỉnh trước ngày 15 tháng 12 năm 2022.', { date: '2022-12-15', text: 'trước ngày 15 tháng 12 năm 2022', recurring: false }],
    ['Gửi báo cáo chậm nhất ngày 15/01/2023.', { date: '2023-01-15', text: 'chậm nhất ngày 15/01/2023', recurring: false }],
    ['trong thời hạn đến ngày 20/12/2022', { date: '2022-12-20', text: 'trong thời hạn đến ngày 20/12/2022', recurring: false }],
    // recurring
    ['Báo cáo tình hình về Sở Y tế trước ngày 25 hằng tháng.', { date: null, text: 'trước ngày 25 hằng tháng', recurring: true }],
    ['Tổng hợp, báo cáo định kỳ hằng quý.', { date: null, text: 'định kỳ hằng quý', recurring: true }],
    ['Định kỳ hàng năm gửi báo cáo về Bộ Lao động - Thương binh và Xã hội.', { date: null, text: 'Định kỳ hàng năm', recurring: true }],
    // how often a sum is paid is no deadline
    ['Người có công được hưởng trợ cấp hằng tháng theo quy định.', null],
    ['Chi trả tiền lương hàng tháng cho người lao động; báo cáo trước ngày 30/11/2022.', { date: '2022-11-30', text: 'trước ngày 30/11/2022', recurring: false }],
    // no deadline
    ['Quan tâm, kịp thời nắm bắt tâm tư, nguyện vọng.', null],
    ['Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành Quyết định số 22/2013/QĐ-TTg.', null],
    ['hoàn thành trước ngày 31/02/2023', null],
  ])('%s', (text, expected) => {
    expect(extractDeadline(text)).toEqual(expected);
  });
});

describe('readNames (names after "giao", "đề nghị", "yêu cầu" in running text)', () => {
  it.each<[string, string[], boolean, string]>([
    ['Sở Nội vụ: Tham mưu UBND tỉnh quản lý biên chế.', ['Sở Nội vụ'], true, 'Tham mưu UBND tỉnh quản lý biên chế.'],
    [
      'các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến trước ngày 10 tháng 5 năm 2026.',
      ['các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường'],
      false,
      'có ý kiến trước ngày 10 tháng 5 năm 2026.',
    ],
    [
      'các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc tỉnh; UBND các huyện, thành phố, thị xã phải quan tâm xây dựng đội ngũ.',
      ['các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc tỉnh', 'UBND các huyện, thành phố, thị xã'],
      false,
      'phải quan tâm xây dựng đội ngũ.',
    ],
    ['các Bộ, ngành, địa phương và các tổ chức, cá nhân cung cấp thông tin.', ['các Bộ, ngành, địa phương và các tổ chức, cá nhân'], false, 'cung cấp thông tin.'],
    ['Sở Y tế chủ trì, phối hợp với Sở Tài chính.', ['Sở Y tế'], false, 'chủ trì, phối hợp với Sở Tài chính.'],
  ])('%s', (text, names, colon, rest) => {
    const run = readNames(text);
    expect(run && { names: run.names, colon: run.colon, rest: text.slice(run.end) }).toEqual({ names, colon, rest });
  });

  it.each(['thông báo Hiệp định đa phương.', 'đất cho hộ gia đình.', 'Tham mưu UBND tỉnh.', ': Tham mưu UBND tỉnh.'])('no name opens "%s"', (text) => {
    expect(readNames(text)).toBeNull();
  });
});

describe('nextLabel', () => {
  it.each([
    ['arabic', '3', '4'],
    ['roman', 'IV', 'V'],
    ['letter', 'd', 'đ'],
    ['letter', 'đ', 'e'],
    ['paren', 'iii', 'iv'],
  ] as const)('%s %s → %s', (style, label, next) => {
    expect(nextLabel(style, label)).toBe(next);
  });
});

describe('a quotation whose closing mark OCR lost', () => {
  it('does not hide the items that follow in sequence', () => {
    const text = [
      'Số: 12/UBND-VP',
      'V/v triển khai',
      '',
      'Hà Nội, ngày 05 tháng 01 năm 2023',
      '',
      'Kính gửi: Các sở, ngành.',
      '',
      '1. Về nội dung thứ nhất, các sở thực hiện như sau.',
      '',
      '2. Về nội dung thứ hai theo Nghị quyết số 206/2025/QH15',
      '“cắt giảm ngành, nghề đầu tư kinh doanh có điều kiện',
      '',
      '3. Các sở chủ động triển khai.',
      '',
      '4. Văn phòng theo dõi, đôn đốc./.',
    ].join('\n');
    expect(parseDispatch(text).tasks.map((t) => t.label)).toEqual(['1', '2', '3', '4']);
  });

  it('still skips numbered lines inside a quotation', () => {
    const text = [
      'Số: 12/UBND-VP',
      'V/v triển khai',
      '',
      'Hà Nội, ngày 05 tháng 01 năm 2023',
      '',
      '1. Khoản 1 Điều 12 quy định:',
      '',
      '“1. Thu nhập của doanh nghiệp được miễn thuế.',
      '',
      '5. Trường hợp khác.”',
      '',
      '2. Đề nghị các đơn vị thực hiện./.',
    ].join('\n');
    expect(parseDispatch(text).tasks.map((t) => t.label)).toEqual(['1', '2']);
  });
});

describe('items labelled (i), (ii), …', () => {
  const doc = (items: string[]) =>
    [
      'Số: 08/TB-LPQT',
      '',
      'Hà Nội, ngày 26 tháng 01 năm 2024',
      '',
      'Việt Nam đưa ra tuyên bố và bảo lưu sau:',
      '',
      ...items.flatMap((item) => [item, '', 'Theo quy định tại Điều 30 của Hiệp định, Việt Nam thực hiện như sau.', '']),
    ].join('\n');

  it('reads them as the top-level items', () => {
    const tasks = parseDispatch(doc(['(i) Bảo lưu', '(ii) Tuyên bố', '(iii) Thông báo Phụ lục A'])).tasks;
    expect(tasks.map((t) => [t.label, t.text])).toEqual([
      ['i', 'Bảo lưu'],
      ['ii', 'Tuyên bố'],
      ['iii', 'Thông báo Phụ lục A'],
    ]);
  });

  it('keeps a heading whose label OCR damaged ("0)", "()", "(ivy)") as one of them, labelled as printed', () => {
    const tasks = parseDispatch(doc(['0) Bảo lưu', '() — Tuyên bố', '(ii) Thông báo Phụ lục A', '(ivy) Thông báo Phụ lục B'])).tasks;
    expect(tasks.map((t) => [t.label, t.text])).toEqual([
      ['0', 'Bảo lưu'],
      ['', 'Tuyên bố'],
      ['ii', 'Thông báo Phụ lục A'],
      ['ivy', 'Thông báo Phụ lục B'],
    ]);
  });

  it('does not read damaged labels where no clean "(ii)" label makes a list of them', () => {
    const tasks = parseDispatch(doc(['() Bảo lưu', '(ivy) Tuyên bố'])).tasks;
    expect(tasks).toEqual([]);
  });
});

describe('text typed without diacritics', () => {
  it.each([
    ['So Tai chinh chu tri, phoi hop voi cac don vi lien quan bao cao truoc ngay 30/3/2024.', [{ name: 'So Tai chinh', role: 'lead' }, { name: 'cac don vi lien quan', role: 'coordinate' }], '2024-03-30'],
    ['Giao Phong Noi vu tong hop, bao cao truoc ngay 10 thang 5 nam 2024.', [{ name: 'Phong Noi vu', role: 'assigned' }], '2024-05-10'],
  ])('%s', (text, assignees, date) => {
    expect(extractAssignees(text)).toEqual(assignees);
    expect(extractDeadline(text)?.date).toBe(date);
  });

  it('reads a recurring deadline', () => {
    expect(extractDeadline('Cac don vi bao cao truoc ngay 25 hang thang.')).toEqual({ date: null, text: 'truoc ngay 25 hang thang', recurring: true });
  });
});

describe('the closing of a body in a text without blank lines', () => {
  /** A dispatch whose body is single lines with no blank line between them, as a PDF's text layer gives it. */
  const dispatch = (...body: string[]) =>
    ['Số: 12/UBND-VP', 'V/v triển khai nhiệm vụ', 'Hà Nội, ngày 05 tháng 01 năm 2023', 'Kính gửi: Các sở, ngành.', ...body, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n');
  const first = 'Rà soát danh mục thủ tục hành chính.';
  const second = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính báo cáo kết quả.';

  it.each<[string, string, string]>([
    ['a closing formula', 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các sở báo cáo UBND tỉnh để chỉ đạo./.', second],
    ['"Quá trình triển khai thực hiện"', 'Quá trình triển khai thực hiện nếu có khó khăn, các đơn vị phản ánh về Văn phòng./.', second],
    ['"Nhận được Công văn này"', 'Nhận được Công văn này, đề nghị các đơn vị khẩn trương triển khai./.', second],
    ['"Trên đây là"', 'Trên đây là ý kiến của Sở Tư pháp để các đơn vị tham khảo thực hiện./.', second],
    ['"Chỉ thị này …"', 'Chỉ thị này được phổ biến đến chi bộ./.', second],
    ['a request that ends the document', 'Đề nghị các đơn vị khẩn trương triển khai thực hiện./.', second],
    ['a request that ends the document on its second line', 'Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai\nthực hiện./.', second],
    // What is not a closing stays in the last task.
    ['a request that does not end the document', 'Đề nghị Sở Tài chính bố trí kinh phí.', `${second} Đề nghị Sở Tài chính bố trí kinh phí.`],
  ])('%s', (_, closing, lastTask) => {
    const record = parseDispatch(dispatch(`1. ${first}`, `2. ${second}`, closing), { file: 'x.txt' });
    expect(record.tasks.map((t) => t.text)).toEqual([first, lastTask]);
  });

  it('keeps a line the task runs on to (no full stop before it), whatever it opens with', () => {
    const record = parseDispatch(dispatch(`1. ${first}`, '2. Các đơn vị tổ chức tốt công tác tuyên truyền', 'trong quá trình thực hiện./.'), { file: 'x.txt' });
    expect(record.tasks.map((t) => t.text)).toEqual([first, 'Các đơn vị tổ chức tốt công tác tuyên truyền trong quá trình thực hiện./.']);
  });

  it('leaves the assignees of the closing out of the last task, and reads it as a directive of its own', () => {
    const record = parseDispatch(dispatch(`1. ${first}`, `2. ${second}`, 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các sở báo cáo UBND tỉnh để chỉ đạo./.'), { file: 'x.txt' });
    expect(record.tasks[1]!.assignees).toEqual([lead('Sở Nội vụ'), coordinate('Sở Tài chính')]);
    expect(record.directives.map((d) => d.assignees)).toEqual([[assigned('các sở')]]);
  });
});

describe('a text of articles that a crawler flattened', () => {
  const decision = (...body: string[]) =>
    ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Số: 1500/QĐ-BHXH', 'Hà Nội, ngày 14 tháng 12 năm 2015', 'QUYẾT ĐỊNH', 'VỀ VIỆC BAN HÀNH THẺ BẢO HIỂM Y TẾ', ...body, 'TỔNG GIÁM ĐỐC', 'Nguyễn Thị Minh'].join('\n');
  const title = 'Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế do Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành.';

  it('has no tasks when the articles run on after the page title and after a quotation', () => {
    const record = parseDispatch(decision(`${title} Điều 1. Ban hành mẫu thẻ bảo hiểm y tế.`, `${title} Điều 2. Phôi thẻ BHYT có các đặc điểm sau:`, '1. Kích thước: chiều dài 98 mm.', '2. Chất liệu: giấy trắng."Điều 3. Thông tin in trên thẻ.'), { file: 'x.txt' });
    expect(record.tasks).toEqual([]);
  });

  it('still reads the items of a body that cites one article after a full stop', () => {
    const record = parseDispatch(decision('Thực hiện theo quy định. Điều 5. Quy định chung được giữ nguyên.', '1. Kích thước: chiều dài 98 mm.', '2. Chất liệu: giấy trắng.'), { file: 'x.txt' });
    expect(record.tasks.map((t) => t.label)).toEqual(['1', '2']);
  });
});

describe('letter items written "a/"', () => {
  it('are the sub-items of a numbered item', () => {
    const record = parseDispatch(
      ['Số: 12/UBND-VP', 'V/v xây dựng dự toán', 'Hà Nội, ngày 05 tháng 01 năm 2023', 'Kính gửi: Các sở, ngành.', '1. Xây dựng dự toán năm 2020:', 'a/ Đối với kinh phí chi trả trang cấp dụng cụ chỉnh hình.', 'b/ Đối với kinh phí điều trị - điều dưỡng.', '2. Báo cáo kết quả trước ngày 15/7/2020.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n'),
      { file: 'x.txt' },
    );
    expect(record.tasks.map((t) => [t.label, t.subtasks.map((s) => s.label)])).toEqual([['1', ['a', 'b']], ['2', []]]);
  });
});

describe('sections lettered in capitals', () => {
  it('are the top-level items of a plan, with its roman and arabic items under them', () => {
    const record = parseDispatch(
      ['BAN CHỈ ĐẠO QUỐC GIA 1237', 'Số: 252/KH-BCĐQG1237', 'Hà Nội, ngày 11 tháng 11 năm 2013', 'KẾ HOẠCH', 'Triển khai thực hiện Quyết định số 1237/QĐ-TTg', 'A. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'B. NỘI DUNG, NHIỆM VỤ', 'I. CÔNG TÁC QUÁN TRIỆT', '1. Nội dung, biện pháp', 'II. BAN HÀNH VĂN BẢN', '1. Nội dung, biện pháp', 'C. TỔ CHỨC THỰC HIỆN', '1. Các Bộ, ngành triển khai thực hiện.', 'TRƯỞNG BAN', 'Nguyễn Thiện Nhân'].join('\n'),
      { file: 'x.txt' },
    );
    expect(record.tasks.map((t) => [t.label, t.subtasks.map((s) => s.label)])).toEqual([['A', ['1', '2']], ['B', ['I', 'II']], ['C', ['1']]]);
  });
});

describe('labels as party documents and OCR write them', () => {
  const plan = (items: string[]) =>
    parseDispatch(['BỘ CHÍNH TRỊ', 'Số: 77-KL/TW', 'Hà Nội, ngày 05 tháng 6 năm 2020', 'KẾT LUẬN', 'của Bộ Chính trị về Đề án', 'Bộ Chính trị kết luận như sau:', ...items, 'T/M BỘ CHÍNH TRỊ', 'Trần Quốc Vượng'].join('\n'), { file: 'x.txt' });
  it('reads roman sections written "I-"', () => {
    const record = plan(['I- ĐÁNH GIÁ TÌNH HÌNH', '1. Kết quả đạt được.', 'II- ĐỊNH HƯỚNG', '1. Quan điểm.', 'III- TỔ CHỨC THỰC HIỆN', '1. Các cấp ủy quán triệt.']);
    expect(record.tasks.map((t) => [t.label, t.subtasks.map((s) => s.label)])).toEqual([['I', ['1']], ['II', ['1']], ['III', ['1']]]);
  });
  it('reads "1.Về …", the space after the label lost', () => {
    const record = plan(['1.Về chính sách thuế đối với hàng hóa.', '2. Về các biện pháp kiểm tra.', '3. Chế độ báo cáo.']);
    expect(record.tasks.map((t) => [t.label, t.text])).toEqual([['1', 'Về chính sách thuế đối với hàng hóa.'], ['2', 'Về các biện pháp kiểm tra.'], ['3', 'Chế độ báo cáo.']]);
  });
  it('does not take a decimal or a lower-case run-on for a label', () => {
    const record = plan(['1.5 triệu đồng được chi.', '2.các đơn vị thực hiện.']);
    expect(record.tasks).toEqual([]);
  });
});
