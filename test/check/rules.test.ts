/** Every rule of `congvan check` on a passing and a failing snippet: a clean công văn, and one edit that breaks the rule. */
import { describe, expect, it } from 'vitest';
import { checkRecord, parseRuleSettings, rules } from '../../src/check/index.js';
import { parseDispatch } from '../../src/pipeline.js';

/** A công văn that follows every rule. */
const CLEAN = `UBND TỈNH ĐỒNG NAI
SỞ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 05/SYT-VP
V/v khắc phục tình trạng viên chức nghỉ việc

Đồng Nai, ngày 02 tháng 01 năm 2022

Kính gửi:
- Các bệnh viện tuyến tỉnh;
- Trung tâm Y tế các huyện.

Sở Y tế đề nghị các đơn vị thực hiện một số giải pháp sau:

1. Quan tâm, kịp thời nắm bắt tâm tư, nguyện vọng của viên chức.

2. Giao Thanh tra Sở chủ trì theo dõi, báo cáo trước ngày 15 tháng 12 năm 2022.

Nơi nhận:
- Như trên;
- BGĐ Sở Y tế;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Quang Trung
`;

/** A quyết định that follows every rule. */
const DECISION = CLEAN.replace('Số: 05/SYT-VP\nV/v khắc phục tình trạng viên chức nghỉ việc\n', 'Số: 15/QĐ-SYT\n')
  .replace('Kính gửi:\n- Các bệnh viện tuyến tỉnh;\n- Trung tâm Y tế các huyện.\n', 'QUYẾT ĐỊNH\nVề việc khen thưởng viên chức\n');

const TODAY = '2026-11-23';

function findings(text: string, ruleId: string) {
  const record = parseDispatch(text, { file: 'snippet.txt' });
  return checkRecord(record, text, { today: TODAY }).filter((f) => f.ruleId === ruleId);
}

function edit(base: string, from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`the snippet has no ${JSON.stringify(from)}`);
  return base.replace(from, to);
}

/** A quyết định with its legal bases (box 6), one of them hard-wrapped. */
const BASES = edit(
  DECISION,
  'QUYẾT ĐỊNH\nVề việc khen thưởng viên chức\n',
  'QUYẾT ĐỊNH\nVề việc khen thưởng viên chức\n\nGIÁM ĐỐC SỞ Y TẾ\n\n' +
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n' +
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ\nquy định chi tiết thi hành Luật Thi đua, khen thưởng;\n' +
    'Xét đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n',
);

interface Case {
  rule: string;
  passing: string;
  failing: string;
  /** The message of the failing snippet's (first) finding contains this, at this line. */
  message: string;
  line: number;
}

const cases: Case[] = [
  { rule: 'national-motto', passing: CLEAN, failing: edit(CLEAN, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n', ''), message: 'no national motto', line: 1 },
  { rule: 'national-motto', passing: edit(CLEAN, 'HÒA', 'HOÀ'), failing: edit(CLEAN, 'Độc lập - Tự do - Hạnh phúc\n', ''), message: 'Độc lập - Tự do - Hạnh phúc', line: 1 },
  { rule: 'number-format', passing: CLEAN, failing: edit(CLEAN, '05/SYT-VP', '05 /SYT- VP'), message: 'write "05/SYT-VP"', line: 6 },
  { rule: 'number-format', passing: edit(CLEAN, '05/SYT-VP', '05/2022/SYT-VP'), failing: edit(CLEAN, '05/SYT-VP', '05/SYT/VP'), message: 'not digits', line: 6 },
  { rule: 'number-zero-pad', passing: CLEAN, failing: edit(CLEAN, '05/SYT-VP', '5/SYT-VP'), message: 'write "05"', line: 6 },
  { rule: 'type-code-known', passing: DECISION, failing: edit(DECISION, '15/QĐ-SYT', '15/Qđ-SYT'), message: 'written "QĐ"', line: 6 },
  { rule: 'type-code-known', passing: edit(DECISION, '15/QĐ-SYT', '15/QyĐ-SYT').replace('QUYẾT ĐỊNH', 'QUY ĐỊNH'), failing: edit(DECISION, '15/QĐ-SYT', '15/QYĐ-SYT').replace('QUYẾT ĐỊNH', 'QUY ĐỊNH'), message: 'written "QyĐ"', line: 6 },
  { rule: 'type-code-matches-title', passing: DECISION, failing: edit(DECISION, '15/QĐ-SYT', '15/KH-SYT'), message: 'the code says "KH"', line: 10 },
  { rule: 'type-code-matches-title', passing: CLEAN, failing: edit(CLEAN, '05/SYT-VP', '05/QĐ-SYT'), message: 'no type abbreviation', line: 7 },
  { rule: 'date-place-comma', passing: CLEAN, failing: edit(CLEAN, 'Đồng Nai, ngày', 'Đồng Nai ngày'), message: 'no comma after the place "Đồng Nai"', line: 9 },
  { rule: 'date-zero-pad', passing: CLEAN, failing: edit(CLEAN, 'ngày 02 tháng 01', 'ngày 2 tháng 01'), message: 'write "ngày 02"', line: 9 },
  { rule: 'date-zero-pad', passing: edit(CLEAN, 'ngày 02 tháng 01', 'ngày 12 tháng 3'), failing: edit(CLEAN, 'ngày 02 tháng 01', 'ngày 12 tháng 1'), message: 'tháng 01', line: 9 },
  { rule: 'date-valid', passing: edit(CLEAN, 'ngày 02 tháng 01 năm 2022', 'ngày 29 tháng 02 năm 2024'), failing: edit(CLEAN, 'ngày 02 tháng 01 năm 2022', 'ngày 31 tháng 02 năm 2022'), message: 'is not a date', line: 9 },
  { rule: 'date-not-future', passing: edit(CLEAN, 'năm 2022', 'năm 2026'), failing: edit(CLEAN, 'năm 2022', 'năm 2027'), message: 'after today (2026-11-23)', line: 9 },
  { rule: 'subject-prefix', passing: CLEAN, failing: edit(CLEAN, 'V/v khắc', 'v/v khắc'), message: '"V/v"', line: 7 },
  { rule: 'subject-prefix', passing: CLEAN, failing: edit(CLEAN, 'V/v khắc', 'Về việc khắc'), message: 'not "Về việc"', line: 7 },
  { rule: 'legal-basis-punctuation', passing: BASES, failing: edit(BASES, 'năm 2022;\n', 'năm 2022\n'), message: 'the legal basis "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng…" ends with ";"', line: 15 },
  { rule: 'legal-basis-punctuation', passing: BASES, failing: edit(BASES, 'Văn phòng Sở.', 'Văn phòng Sở,'), message: 'the last legal basis "Xét đề nghị của Chánh Văn phòng Sở" ends with ".", not ","', line: 18 },
  { rule: 'legal-basis-punctuation', passing: edit(BASES, 'khen thưởng;\nXét', 'khen thưởng; Xét'), failing: edit(BASES, 'năm 2022;\nCăn cứ', 'năm 2022, Căn cứ'), message: 'ends with ";", not ","', line: 15 },
  {
    rule: 'legal-basis-punctuation',
    // A công văn's "Căn cứ" sentence is body text; a normative text's bases end with its enacting sentence.
    passing: edit(CLEAN, 'Sở Y tế đề nghị', 'Căn cứ Kế hoạch số 12/KH-UBND ngày 02 tháng 01 năm 2022 của UBND tỉnh;\n\nSở Y tế đề nghị'),
    failing: edit(BASES, 'Văn phòng Sở.', 'Văn phòng Sở;'),
    message: 'ends with ".", not ";"',
    line: 18,
  },
  {
    rule: 'legal-basis-punctuation',
    passing: edit(BASES, 'Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n', 'Văn phòng Sở;\n\nGiám đốc Sở Y tế ban hành Quyết định khen thưởng viên chức.\n\nĐiều 1. Khen thưởng viên chức.\n'),
    failing: edit(BASES, 'Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n', 'Văn phòng Sở;\n\n**QUYẾT ĐỊNH:**\n'),
    message: 'ends with ".", not ";"',
    line: 18,
  },
  { rule: 'recipients-list-punctuation', passing: CLEAN, failing: edit(CLEAN, '- Các bệnh viện tuyến tỉnh;', '- Các bệnh viện tuyến tỉnh'), message: 'ends with ";"', line: 12 },
  { rule: 'recipients-list-punctuation', passing: CLEAN, failing: edit(CLEAN, '- Trung tâm Y tế các huyện.', '- Trung tâm Y tế các huyện;'), message: 'ends with "."', line: 13 },
  { rule: 'signer-authority-known', passing: CLEAN, failing: edit(CLEAN, 'KT. GIÁM ĐỐC', 'K/T GIÁM ĐỐC'), message: 'TM., KT., TL., TUQ. or Q.', line: 26 },
  { rule: 'signer-authority-known', passing: edit(CLEAN, 'KT. GIÁM ĐỐC', 'KT.GIÁM ĐỐC'), failing: edit(CLEAN, 'KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC'), message: 'written with a dot: "KT. GIÁM ĐỐC"', line: 26 },
  { rule: 'signer-authority-known', passing: CLEAN, failing: edit(CLEAN, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH'), message: '"T/M ỦY BAN NHÂN DÂN"', line: 26 },
  { rule: 'signer-authority-known', passing: CLEAN, failing: edit(CLEAN, 'KT. GIÁM ĐỐC', 'kt. GIÁM ĐỐC'), message: '"kt. GIÁM ĐỐC"', line: 26 },
  // a party document writes "T/M", "K/T" (Hướng dẫn 36-HD/VPTW); a state document may not
  { rule: 'signer-authority-known', passing: edit(edit(CLEAN, 'Độc lập - Tự do - Hạnh phúc\n', 'ĐẢNG CỘNG SẢN VIỆT NAM\n'), 'KT. GIÁM ĐỐC', 'K/T GIÁM ĐỐC'), failing: edit(CLEAN, 'KT. GIÁM ĐỐC', 'K/T GIÁM ĐỐC'), message: '"K/T GIÁM ĐỐC"', line: 26 },
  { rule: 'signer-title-matches-authority', passing: CLEAN, failing: edit(CLEAN, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'), message: 'a deputy ("PHÓ GIÁM ĐỐC") signs for the head', line: 26 },
  // a deputy secretary signs "T/M BAN THƯỜNG VỤ" in a party document; "TM." signed by a deputy in a state one is an error
  {
    rule: 'signer-title-matches-authority',
    passing: edit(edit(CLEAN, 'Độc lập - Tự do - Hạnh phúc\n', 'ĐẢNG CỘNG SẢN VIỆT NAM\n'), 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ'),
    failing: edit(CLEAN, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ'),
    message: 'a deputy ("PHÓ BÍ THƯ") signs for the head',
    line: 27,
  },
  { rule: 'signer-title-matches-authority', passing: edit(CLEAN, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'GIÁM ĐỐC'), failing: edit(CLEAN, 'PHÓ GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'), message: '"KT." is signed by a deputy', line: 27 },
  { rule: 'distribution-present', passing: CLEAN, failing: edit(CLEAN, 'Nơi nhận:\n- Như trên;\n- BGĐ Sở Y tế;\n- Lưu: VT, VP.\n\n', ''), message: 'no "Nơi nhận:"', line: 24 },
  { rule: 'distribution-list-punctuation', passing: CLEAN, failing: edit(CLEAN, '- BGĐ Sở Y tế;', '- BGĐ Sở Y tế'), message: 'the "Nơi nhận" item "BGĐ Sở Y tế" ends with ";"', line: 23 },
  { rule: 'distribution-list-punctuation', passing: edit(CLEAN, '- BGĐ Sở Y tế;', '- BGĐ Sở Y tế; (để b/c)'), failing: edit(CLEAN, '- BGĐ Sở Y tế;', '- BGĐ Sở Y tế (để b/c):'), message: 'ends with ";", not ":"', line: 23 },
  { rule: 'distribution-list-punctuation', passing: edit(CLEAN, '- BGĐ Sở Y tế;', '- BGĐ Sở Y tế, Văn phòng Sở,\ncác phòng chức năng;'), failing: edit(CLEAN, '- Như trên;', '- Như trên,'), message: 'the "Nơi nhận" item "Như trên" ends with ";", not ","', line: 22 },
  {
    rule: 'distribution-list-punctuation',
    // An item over two lines whose words hold the characters of regular expressions.
    passing: edit(CLEAN, '- BGĐ Sở Y tế;', '- Phòng KH+TC [*]?,\ncác   đơn vị+;'),
    failing: edit(CLEAN, '- BGĐ Sở Y tế;', '- Phòng KH+TC [*]?,\ncác   đơn vị+'),
    message: 'the "Nơi nhận" item "Phòng KH+TC [*]?, các đơn vị+" ends with ";"',
    line: 23,
  },
  { rule: 'archive-line', passing: CLEAN, failing: edit(CLEAN, '- Lưu: VT, VP.', '- Lưu: VT, VP'), message: 'ends with "."', line: 24 },
  { rule: 'archive-line', passing: edit(CLEAN, '- Lưu: VT, VP.', '- Lưu: VT, VP (2b).'), failing: edit(CLEAN, '- Lưu: VT, VP.', '- Lưu: VT, VP (2b)'), message: 'ends with "."', line: 24 },
  { rule: 'archive-line', passing: CLEAN, failing: edit(CLEAN, '- Lưu: VT, VP.', '- Lưu: VP, VT.'), message: 'does not name the records office (VT) first', line: 24 },
  { rule: 'archive-line', passing: edit(edit(CLEAN, 'Độc lập - Tự do - Hạnh phúc\n', 'ĐẢNG CỘNG SẢN VIỆT NAM\n'), '- Lưu: VT, VP.', '- Lưu Văn phòng Tỉnh ủy.'), failing: edit(CLEAN, '- Lưu: VT, VP.', '- Lưu Văn phòng Tỉnh ủy.'), message: 'does not name the records office (VT) first', line: 24 },
  { rule: 'archive-line', passing: CLEAN, failing: edit(CLEAN, '- Lưu: VT, VP.\n', ''), message: 'no "Lưu: VT, …" line', line: 23 },
  { rule: 'document-marks', passing: edit(CLEAN, 'Số: 05/SYT-VP\n', 'Số: 05/SYT-VP\nHỎA TỐC\n'), failing: edit(CLEAN, 'Số: 05/SYT-VP\n', 'Số: 05/SYT-VP\nHỏa tốc\n'), message: 'the mark "Hỏa tốc" is written in capitals: "HỎA TỐC"', line: 7 },
  { rule: 'document-marks', passing: edit(CLEAN, 'Số: 05/SYT-VP\n', 'Số: 05/SYT-VP\nHOẢ TỐC\n'), failing: edit(CLEAN, 'Số: 05/SYT-VP\n', 'Số: 05/SYT-VP\nHỎA TỐC HẸN GIỜ\n'), message: 'not an urgency of Nghị định 30', line: 7 },
  { rule: 'document-marks', passing: edit(CLEAN, 'Số: 05/SYT-VP\n', 'Số: 05/SYT-VP\n**TUYỆT MẬT**\n'), failing: edit(CLEAN, 'Số: 05/SYT-VP\n', 'Số: 05/SYT-VP\n**Tuyệt mật**\n'), message: '"TUYỆT MẬT"', line: 7 },
  { rule: 'document-marks', passing: edit(CLEAN, 'CỘNG HÒA', 'LƯU HÀNH NỘI BỘ\nCỘNG HÒA'), failing: edit(CLEAN, 'CỘNG HÒA', 'Lưu hành nội bộ\nCỘNG HÒA'), message: '"LƯU HÀNH NỘI BỘ"', line: 3 },
];

describe('check rules', () => {
  it('a clean công văn and a clean quyết định give no finding at all', () => {
    for (const text of [CLEAN, DECISION, BASES]) {
      expect(checkRecord(parseDispatch(text, { file: 'snippet.txt' }), text, { today: TODAY })).toEqual([]);
    }
  });

  it('every rule has at least one case', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(rules.map((r) => r.id)));
  });

  it.each(cases.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s', (_name, c) => {
    expect(findings(c.passing, c.rule)).toEqual([]);
    const found = findings(c.failing, c.rule);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toContain(c.message);
    expect(found[0]!.line).toBe(c.line);
    expect(found[0]!.severity).toBe(rules.find((r) => r.id === c.rule)!.severity);
  });
});

describe('rule modules', () => {
  it('have unique kebab-case ids, one-line descriptions and a default severity', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description).not.toMatch(/\n/);
      expect(['error', 'warning']).toContain(rule.severity);
    }
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });
});

describe('--rule settings', () => {
  const text = edit(CLEAN, '05/SYT-VP', '5 /SYT-VP');
  const record = parseDispatch(text, { file: 'snippet.txt' });
  it('turn a rule off, or change its level', () => {
    const settings = parseRuleSettings(['number-format=off', 'number-zero-pad=error']);
    const found = checkRecord(record, text, { today: TODAY, settings });
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['number-zero-pad', 'error']]);
    expect(checkRecord(record, text, { today: TODAY, settings: parseRuleSettings(['number-format=warn']) }).find((f) => f.ruleId === 'number-format')?.severity).toBe('warning');
  });
  it('refuse unknown ids and levels', () => {
    expect(() => parseRuleSettings(['no-such-rule=off'])).toThrow(/no rule "no-such-rule"/);
    expect(() => parseRuleSettings(['number-format=loud'])).toThrow(/id=off\|warn\|error/);
  });
});
