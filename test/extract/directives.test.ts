import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directiveOf } from '../../src/extract/directives.js';
import { parseDispatch, type Assignee, type Deadline, type DispatchRecord } from '../../src/index.js';
import { parseSnippet } from './snippet.js';

const lead = (name: string): Assignee => ({ name, role: 'lead' });
const coordinate = (name: string): Assignee => ({ name, role: 'coordinate' });
const assigned = (name: string): Assignee => ({ name, role: 'assigned' });
const on = (date: string, text: string): Deadline => ({ date, text, recurring: false });

describe('directiveOf: sentences that instruct someone named', () => {
  it.each<[string, Assignee[], Deadline | null]>([
    // press reports (shared/seeds 001, 003)
    [
      'Chủ tịch UBND tỉnh Hà Tĩnh vừa ký văn bản, giao các đơn vị, địa phương triển khai, thực hiện nhiều giải pháp nhằm khắc phục tình trạng cán bộ, công chức, viên chức nghỉ việc, thôi việc.',
      [assigned('các đơn vị, địa phương')],
      null,
    ],
    [
      'Theo đó, Chủ tịch UBND tỉnh Hà Tĩnh giao các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc tỉnh; UBND các huyện, thành phố, thị xã phải quan tâm xây dựng đội ngũ cán bộ, công chức, viên chức.',
      [assigned('các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc tỉnh'), assigned('UBND các huyện, thành phố, thị xã')],
      null,
    ],
    [
      'Chủ tịch UBND tỉnh Hà Tĩnh giao nhiệm vụ cho Sở Y tế và Sở Giáo dục và Đào tạo: Tập trung thực hiện các cơ chế, chính sách đối với lĩnh vực y tế công lập.',
      [assigned('Sở Y tế và Sở Giáo dục và Đào tạo')],
      null,
    ],
    [
      'Giao Sở Nội vụ: Tham mưu UBND tỉnh quản lý, sử dụng hiệu quả số biên chế công chức, viên chức được giao; tuyển dụng công chức, viên chức theo đúng quy định.',
      [assigned('Sở Nội vụ')],
      null,
    ],
    [
      'Theo đó, Bộ Y tế yêu cầu các cơ quan, đơn vị và cán bộ, công chức, viên chức, người lao động trong toàn ngành y tế tiếp tục đề cao vai trò trách nhiệm của các cấp ủy Đảng.',
      [assigned('các cơ quan, đơn vị và cán bộ, công chức, viên chức, người lao động')],
      null,
    ],
    // dispatches
    [
      'Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến đối với đề xuất của Ủy ban nhân dân tỉnh Đồng Nai trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ.',
      [assigned('các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường')],
      on('2026-05-10', 'trước ngày 10 tháng 5 năm 2026'),
    ],
    ['Đề nghị các đơn vị báo cáo kết quả về Sở Y tế trước ngày 30/11/2022.', [assigned('các đơn vị')], on('2022-11-30', 'trước ngày 30/11/2022')],
    [
      'Yêu cầu UBND các huyện tổng hợp, báo cáo tình hình trước ngày 25 hằng tháng.',
      [assigned('UBND các huyện')],
      { date: null, text: 'trước ngày 25 hằng tháng', recurring: true },
    ],
    [
      'Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính và Bảo hiểm xã hội tỉnh tham mưu UBND tỉnh.',
      [lead('Sở Y tế'), coordinate('Sở Tài chính và Bảo hiểm xã hội tỉnh')],
      null,
    ],
    [
      'Giao Sở Tài chính phối hợp với Sở Lao động - Thương binh và Xã hội và Ủy ban nhân dân các quận, huyện lập thủ tục giải quyết kinh phí.',
      [assigned('Sở Tài chính'), coordinate('Sở Lao động - Thương binh và Xã hội và Ủy ban nhân dân các quận, huyện')],
      null,
    ],
    [
      'Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ xây dựng quy trình điện tử giải quyết thủ tục hành chính.',
      [lead('Sở Thông tin và Truyền thông'), coordinate('Sở Nội vụ')],
      null,
    ],
    [
      'Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra việc treo cờ Tổ quốc ở địa bàn dân cư.',
      [assigned('Ủy ban nhân dân các phường, xã')],
      null,
    ],
    [
      'Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu, có giải pháp phù hợp.',
      [assigned('Bộ Kế hoạch và Đầu tư')],
      null,
    ],
    [
      'Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc.',
      [assigned('các cơ quan, đơn vị của Trung ương'), assigned('các sở, ban, ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố')],
      null,
    ],
    ['Trong quá trình thực hiện, nếu có vướng mắc đề nghị Công ty liên hệ với Cục Thuế để được hướng dẫn.', [assigned('Công ty')], null],
    [
      'Đối với chi phí vượt dự toán năm 2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện, xong trước ngày 01 tháng 5 năm 2026.',
      [assigned('Bộ Tài chính, Bảo hiểm xã hội Việt Nam')],
      on('2026-05-01', 'xong trước ngày 01 tháng 5 năm 2026'),
    ],
  ])('%s', (sentence, assignees, deadline) => {
    const read = directiveOf(sentence);
    expect(read && { assignees: read.assignees, deadline: read.deadline }).toEqual({ assignees, deadline });
  });
});

describe('directiveOf: sentences that are not directives', () => {
  it.each<[string, string]>([
    ['narrative', 'Sở Y tế đã ban hành Kế hoạch số 123/KH-SYT về phòng, chống dịch bệnh trên địa bàn tỉnh.'],
    ['narrative (seed 004)', 'UBND tỉnh đã chỉ đạo các cơ quan, đơn vị, địa phương thực hiện nghiêm túc quy định của pháp luật về tuyển dụng.'],
    ['an assignment in the past', 'Phó Thủ tướng Nguyễn Thiện Nhân đã giao Bộ Lao động - Thương binh và Xã hội xây dựng, ban hành Thông tư hướng dẫn.'],
    [
      'a request reported from an earlier letter',
      'Ngày 16/8/2018 Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi Tổng công ty Bưu điện Việt Nam và đề nghị Tổng công ty Bưu điện Việt Nam có các giải pháp khắc phục tồn tại.',
    ],
    ['passive "được giao"', 'Sở Y tế được giao chủ trì tổ chức thực hiện nhiệm vụ này.'],
    ['legal basis "Xét đề nghị của"', 'Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai tại văn bản số 92/TTr-UBND ngày 21 tháng 4 năm 2026.'],
    ['legal basis "Theo đề nghị của"', 'Theo đề nghị của Giám đốc Sở Tài chính.'],
    ['"yêu cầu" as a noun', 'Đội ngũ cán bộ không ngừng được chuẩn hóa, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới.'],
    ['closing formula', 'Sở Y tế đề nghị các đơn vị triển khai thực hiện./.'],
    ['closing formula naming the body', 'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện nghiêm túc, hiệu quả Chỉ thị này./.'],
    ['closing formula of a decision', 'Chánh Văn phòng, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.'],
    ['"thông báo để … biết"', 'Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.'],
    ['nobody named', 'Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh kịp thời về Bộ Lao động - Thương binh và Xã hội để được hướng dẫn./.'],
    ['a lead-in without a name', 'Để triển khai hiệu quả các Nghị quyết này, yêu cầu:'],
    ['"chủ trì" naming a role', 'Đơn vị chủ trì thực hiện lấy ý kiến của các đơn vị liên quan.'],
    ['"chủ trì" after a clause that is no name', 'Việc xử lý văn bản tại đơn vị chủ trì cần lưu ý bảo đảm thời hạn.'],
    ['"giao" in a name', 'Bộ Ngoại giao Việt Nam thông báo Hiệp định có hiệu lực từ ngày 01/12/2023.'],
    ['"giao đất"', 'Nhà nước giao đất cho hộ gia đình theo quy định của pháp luật về đất đai.'],
    ['"họp giao ban"', 'Tại cuộc họp giao ban tháng 5, lãnh đạo Sở thống nhất một số nội dung.'],
    ['"giao các nhiệm vụ cho"', 'Kế hoạch này giao các nhiệm vụ cụ thể cho từng năm.'],
    ['a request made by others', 'Các chi phí khám bệnh, chữa bệnh bảo hiểm y tế đề nghị cơ quan bảo hiểm xã hội thanh toán được trả tự động.'],
    ['the names and nothing to do', 'Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo'],
  ])('%s', (_name, sentence) => {
    expect(directiveOf(sentence)).toBeNull();
  });
});

/** The source text a directive's position points at. */
function spanOf(record: DispatchRecord, text: string, n: number): string {
  const { start, end } = record.positions[`/directives/${n}`]!;
  return text.slice(start.offset, end.offset);
}

describe('directives in a document', () => {
  it('keeps a lead-in over the tasks, repeats no task and skips the closing formula', () => {
    const body = [
      'Sở Y tế đề nghị các đơn vị trực thuộc thực hiện một số giải pháp sau:',
      '',
      '1. Quan tâm, kịp thời nắm bắt tâm tư, nguyện vọng của đội ngũ công chức, viên chức.',
      '',
      '2. Giao Thanh tra Sở Y tế chủ trì phối hợp với các phòng chuyên môn theo dõi, đôn đốc các đơn vị thực hiện.',
      '',
      'Sở Y tế đề nghị các đơn vị triển khai thực hiện./.',
    ].join('\n');
    const r = parseSnippet({ body });
    expect(r.tasks.map((t) => t.label)).toEqual(['1', '2']);
    expect(r.tasks[1]!.assignees).toEqual([lead('Thanh tra Sở Y tế'), coordinate('các phòng chuyên môn')]);
    expect(r.directives).toEqual([
      { text: 'Sở Y tế đề nghị các đơn vị trực thuộc thực hiện một số giải pháp sau:', assignees: [assigned('các đơn vị trực thuộc')], deadline: null },
    ]);
  });

  it('reads directives in prose, and a "Giao X:" directive runs to the end of its paragraph', () => {
    const body = [
      'Sở Y tế đã ban hành Kế hoạch số 12/KH-SYT ngày 05/01/2023 về phòng, chống dịch.',
      '',
      'Giao Sở Nội vụ: Tham mưu UBND tỉnh quản lý biên chế. Theo dõi, đôn đốc các đơn vị thực hiện.',
      '',
      'Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh báo cáo kết quả về Sở Y tế trước ngày 30/11/2022.',
    ].join('\n');
    const r = parseSnippet({ body });
    expect(r.tasks).toEqual([]);
    expect(r.directives).toEqual([
      { text: 'Giao Sở Nội vụ: Tham mưu UBND tỉnh quản lý biên chế. Theo dõi, đôn đốc các đơn vị thực hiện.', assignees: [assigned('Sở Nội vụ')], deadline: null },
      {
        text: 'Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh báo cáo kết quả về Sở Y tế trước ngày 30/11/2022.',
        assignees: [assigned('Trung tâm Kiểm soát bệnh tật tỉnh')],
        deadline: on('2022-11-30', 'trước ngày 30/11/2022'),
      },
    ]);
  });

  it('gives each directive a position over its text', () => {
    const body = 'Mở đầu văn bản.\n\nĐề nghị các đơn vị báo cáo kết quả\nvề Sở Y tế trước ngày 30/11/2022.';
    const text = [
      'UBND TỈNH ĐỒNG NAI',
      'SỞ Y TẾ',
      '',
      'Số: 12/SYT-VP',
      'V/v báo cáo',
      '',
      'Đồng Nai, ngày 12 tháng 10 năm 2022',
      '',
      'Kính gửi: Các đơn vị trực thuộc.',
      '',
      body,
      '',
    ].join('\n');
    for (const input of [text, text.replace(/\n/g, '\r\n')]) {
      const r = parseDispatch(input, { file: 'x.txt' });
      expect(r.directives).toHaveLength(1);
      expect(r.directives[0]!.text).toBe('Đề nghị các đơn vị báo cáo kết quả về Sở Y tế trước ngày 30/11/2022.');
      expect(spanOf(r, input, 0).replace(/\s+/g, ' ')).toBe(r.directives[0]!.text);
    }
  });

  it('reads the "-" items under a lead-in as directives for whoever it names', () => {
    const body = [
      'Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:',
      '- Phối hợp với Bưu điện tỉnh hoàn thiện Đề án chi trả trợ cấp qua hệ thống Bưu điện.',
      '- Chủ trì rà soát danh sách đối tượng, báo cáo UBND tỉnh trước ngày 15/12/2022.',
      '- Kịp thời giải đáp những vướng mắc (nếu có).',
      '',
      'Sở Y tế thông báo để các đơn vị biết, thực hiện./.',
    ].join('\n');
    const r = parseSnippet({ body });
    const gd = 'Giám đốc Sở Lao động - Thương binh và Xã hội';
    expect(r.tasks).toEqual([]);
    expect(r.directives).toEqual([
      { text: 'Phối hợp với Bưu điện tỉnh hoàn thiện Đề án chi trả trợ cấp qua hệ thống Bưu điện.', assignees: [assigned(gd), coordinate('Bưu điện tỉnh')], deadline: null },
      {
        text: 'Chủ trì rà soát danh sách đối tượng, báo cáo UBND tỉnh trước ngày 15/12/2022.',
        assignees: [lead(gd)],
        deadline: on('2022-12-15', 'trước ngày 15/12/2022'),
      },
      { text: 'Kịp thời giải đáp những vướng mắc (nếu có).', assignees: [assigned(gd)], deadline: null },
    ]);
    expect(Object.keys(r.positions).filter((p) => p.startsWith('/directives/'))).toEqual(['/directives/0', '/directives/1', '/directives/2']);
  });

  it('does not read "-" items under a lead-in that asks nothing', () => {
    const body = [
      'Tại khoản 5 Điều 2 Nghị định số 120/2010/NĐ-CP ngày 30/12/2010 của Chính phủ quy định như sau:',
      '- Việc miễn, giảm tiền sử dụng đất được thực hiện theo quy định.',
      '- Hộ nghèo được giảm tiền sử dụng đất.',
    ].join('\n');
    expect(parseSnippet({ body }).directives).toEqual([]);
  });

  it('skips quoted passages', () => {
    const body = [
      'Văn phòng Chính phủ đã có văn bản số 87/TB-VPCP thông báo kết luận của Phó Thủ tướng, trong đó có giao:',
      '',
      '“Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với Bộ Y tế xây dựng quy trình xác định nạn nhân.”',
      '',
      'Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các Sở, ngành có liên quan tăng cường kiểm tra.',
    ].join('\n');
    const r = parseSnippet({ body });
    expect(r.directives.map((d) => d.assignees)).toEqual([[assigned('Ủy ban nhân dân các tỉnh')]]);
  });

  it('reads the articles of a decision, but not its closing article', () => {
    const body = [
      'Điều 1. Phê duyệt mức trợ cấp đối với người có công giúp đỡ cách mạng.',
      'Điều 2. Giao Sở Tài chính phối hợp với Sở Lao động - Thương binh và Xã hội lập thủ tục giải quyết kinh phí.',
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const r = parseSnippet({ body });
    expect(r.directives).toEqual([
      {
        text: 'Giao Sở Tài chính phối hợp với Sở Lao động - Thương binh và Xã hội lập thủ tục giải quyết kinh phí.',
        assignees: [assigned('Sở Tài chính'), coordinate('Sở Lao động - Thương binh và Xã hội')],
        deadline: null,
      },
    ]);
  });

  it('finds none in the default snippet (a closing formula only)', () => {
    expect(parseSnippet().directives).toEqual([]);
  });
});

const press: Array<[id: string, path: string, references: string[]]> = [
  ['001', '../../fixtures/golden/seed-press-report.txt', ['28-KL/TW', '40-KL/TW']],
  ['002', '../../fixtures/press/seed-002_045c502b514f8b23.txt', ['18-NQ/TW', '19-NQ/TW', '05-CT/TW', '26-NQ/TW', '25-CT/TU']],
  ['003', '../../fixtures/press/seed-003_2dd4dafa34a2a7e5.txt', ['05-CT/TW']],
  ['004', '../../fixtures/press/seed-004_6287b7974d84bdd0.txt', ['245/QĐ-UBND']],
];

describe('press reports about dispatches', () => {
  const parse = (path: string) => parseDispatch(readFileSync(new URL(path, import.meta.url)), { file: 'report.txt' });

  it.each(press)('seed %s is not a dispatch and invents no header', (_id, path, references) => {
    const r = parse(path);
    const note = r.messages.find((m) => m.ruleId === 'not-a-dispatch');
    expect(note).toMatchObject({ severity: 'info', line: null, column: null });
    expect(note!.message).toMatch(/^this text reads as a report about a document, not a dispatch: /);
    expect(r.messages.map((m) => m.ruleId)).toContain('no-dispatch-header');
    expect([r.docType, r.number, r.date, r.issuer, r.subject, r.signer]).toEqual([null, null, null, null, null, null]);
    expect(r.tasks).toEqual([]);
    expect(r.references.map((x) => x.number)).toEqual(references);
  });

  it('seed 001: the assignments in prose are directives', () => {
    const r = parse(press[0]![1]);
    expect(r.directives.length).toBeGreaterThanOrEqual(1);
    expect(r.directives.every((d) => d.assignees.length > 0)).toBe(true);
    expect(r.directives.map((d) => d.assignees)).toEqual([
      [assigned('các đơn vị, địa phương')],
      [assigned('các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc tỉnh'), assigned('UBND các huyện, thành phố, thị xã')],
      [assigned('Sở Y tế và Sở Giáo dục và Đào tạo')],
      [assigned('Sở Nội vụ')],
    ]);
    const noiVu = r.directives[3]!;
    expect(noiVu.text).toMatch(/^Giao Sở Nội vụ: Tham mưu UBND tỉnh .* tạo môi trường thuận lợi cho cán bộ, công chức, viên chức làm việc\.$/u);
  });

  it('seeds 002 and 004 (articles that ask nothing of anyone) have no directives; 003 has the one request', () => {
    expect(parse(press[1]![1]).directives).toEqual([]);
    expect(parse(press[3]![1]).directives).toEqual([]);
    expect(parse(press[2]![1]).directives.map((d) => d.assignees)).toEqual([
      [assigned('các cơ quan, đơn vị và cán bộ, công chức, viên chức, người lao động')],
    ]);
  });

  it('a dispatch, or a dispatch body that lost its header, is not reported as a press report', () => {
    expect(parseSnippet().messages.map((m) => m.ruleId)).not.toContain('not-a-dispatch');
    const headless = parseDispatch('Kính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị báo cáo kết quả trước ngày 30/11/2022.\n');
    expect(headless.messages.map((m) => m.ruleId)).not.toContain('not-a-dispatch');
  });
});
