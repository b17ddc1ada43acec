import { describe, expect, it } from 'vitest';
import { readText, readTextList } from '../../src/read/text.js';
import { LineList } from '../../src/segment/line-list.js';
import { MOTTO, MOTTO_SUB } from '../../src/extract/patterns.js';
import { explodeLines, hasUpperWordPair, mayHaveMotto, mayHaveMottoSub, mayRunIntoProse } from '../../src/segment/explode.js';
import { offsetAt, treeToLines } from '../../src/segment/lines.js';
import { latin } from '../../src/latin.js';

/**
 * Text, first offset and end offset of each line after explodeLines; over the plain-text reader's list (lines made
 * when asked for) and over the same lines made first, which must give the same lines.
 */
function explode(source: string, headEnd: number, tailStart: number) {
  const view = (list: LineList) => list.slice().map((l) => [l.text, offsetAt(l, 0), offsetAt(l, l.text.length)]);
  const lazy = view(explodeLines(readTextList(source).lines, headEnd, tailStart));
  expect(lazy).toEqual(view(explodeLines(LineList.of(treeToLines(readText(source), source)), headEnd, tailStart)));
  return lazy;
}

describe('explodeLines', () => {
  it('cuts a flattened head at each component', () => {
    const head = [
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Số: 2214/BTC-QLN V/v: hướng dẫn quyết toán Hà Nội, ngày 12 tháng 10 năm 2022',
      'Kính gửi: Tổng công ty X Phúc đáp Công văn số 12 của Tổng công ty',
    ].join('\n');
    expect(explode(head, 3, 3)).toEqual([
      ['BỘ TÀI CHÍNH', 0, 12],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, 47],
      ['Độc lập - Tự do - Hạnh phúc', 48, 75],
      ['Số: 2214/BTC-QLN', 76, 92],
      ['V/v: hướng dẫn quyết toán', 93, 118],
      ['Hà Nội, ngày 12 tháng 10 năm 2022', 119, 152],
      ['Kính gửi: Tổng công ty X', 153, 177],
      ['Phúc đáp Công văn số 12 của Tổng công ty', 178, 218],
    ]);
  });

  it("cuts at an OCR'd column rule (' | ') between capitals in the head, and nowhere else", () => {
    const head = ['BỘ TÀI CHÍNH | CONG HOA XÃ HỌI CH.. SŸï,ÏA VIET NAM', 'Số: 12/CT-TTHT | Hai Phong, ngày 05 tháng năm 2020', 'theo khoản | Điều 9'].join('\n');
    expect(explode(head, 3, 3).map(([text]) => text)).toEqual([
      'BỘ TÀI CHÍNH',
      'CONG HOA XÃ HỌI CH.. SŸï,ÏA VIET NAM',
      'Số: 12/CT-TTHT',
      'Hai Phong, ngày 05 tháng năm 2020',
      'theo khoản | Điều 9',
    ]);
  });

  it('joins a motto and a place and date line that a narrow cell wrapped, and drops lines of table debris', () => {
    const head = ['|', 'CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM', '|', 'Đồng Nai, ngày 21', 'tháng 11 năm 2025', '* *', 'Đắk Lắk, ngày', '26 tháng 11 năm 2025'].join('\n');
    expect(explode(head, 9, 9).map(([text]) => text)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Đồng Nai, ngày 21 tháng 11 năm 2025',
      'Đắk Lắk, ngày 26 tháng 11 năm 2025',
    ]);
  });

  it("joins a collective body's head and a place that a cell wrapped, and drops unpaired stars of emphasis", () => {
    const head = ['**ỦY BAN NHÂN', 'DÂN **', 'THÀNH PHỐ HỒ CHÍ MINH', 'Thành phố Hồ', 'Chí Minh, ngày 19 tháng 11 năm 2025', 'Đồng Tháp,', 'ngày 01 tháng 12 năm 2025', '**BỘ Y TẾ**', '* Như trên;'].join('\n');
    expect(explode(head, 9, 9).map(([text]) => text)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025',
      'Đồng Tháp, ngày 01 tháng 12 năm 2025',
      'BỘ Y TẾ',
      '* Như trên;',
    ]);
    expect(explode(['**TM. ỦY BAN NHÂN', 'DÂN **', 'KT. CHỦ TỊCH'].join('\n'), 0, 0).map(([text]) => text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
    // a signing prefix's line that ends with a comma goes on in capitals on the next line
    expect(explode(['KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'].join('\n'), 0, 0).map(([text]) => text)).toEqual(['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM']);
  });

  it('cuts no "SỐ" that opens an item of a list of cited documents after ":" or ";"', () => {
    const head = ['QUYẾT ĐỊNH VỀ VIỆC THỰC HIỆN CÁC NGHỊ QUYẾT CỦA CHÍNH PHỦ: SỐ 01/NQ-CP NGÀY 05/01/2024 VỀ NHIỆM VỤ; SỐ 02/NQ-CP NGÀY 05/01/2024', 'THÔNG TƯ CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001'].join('\n');
    expect(explode(head, 2, 2).map(([text]) => text)).toEqual([
      'QUYẾT ĐỊNH VỀ VIỆC THỰC HIỆN CÁC NGHỊ QUYẾT CỦA CHÍNH PHỦ: SỐ 01/NQ-CP NGÀY 05/01/2024 VỀ NHIỆM VỤ; SỐ 02/NQ-CP NGÀY 05/01/2024',
      'THÔNG TƯ CỦA BỘ XÂY DỰNG',
      'SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001',
    ]);
  });

  it("drops a table's debris and a layout OCR's boxes in the body too", () => {
    const text = ['Kính gửi:', 'text[[490, 388, 741, 425]]', '- Sở Giáo dục và Đào tạo;', '|', '- Sở Nội vụ.', '* *', 'Nội dung.', 'title[[138, 555, 930, 666]]', 'Điều 1.'].join('\n');
    expect(explode(text, 1, 9).map(([t]) => t)).toEqual(['Kính gửi:', '- Sở Giáo dục và Đào tạo;', '- Sở Nội vụ.', 'Nội dung.', 'Điều 1.']);
  });

  it("cuts the signer's name off at a text layer's wide gap between columns, on any tail line", () => {
    const tail = ['Nơi nhận:', '- Trung tâm Dịch vụ tổng hợp phường (đăng tải', 'thông của địa phương);                                  Nguyễn Xuân Nhẫn', '- Lưu: VT, KTHT.'].join('\n');
    expect(explode(tail, 0, 0).map(([t]) => t)).toEqual(['Nơi nhận:', '- Trung tâm Dịch vụ tổng hợp phường (đăng tải', 'thông của địa phương);', 'Nguyễn Xuân Nhẫn', '- Lưu: VT, KTHT.']);
  });

  it('joins no line that only opens a component when the next does not complete it', () => {
    const head = ['CỘNG HÒA XÃ', 'HỘI ĐỒNG NHÂN DÂN', 'Hà Nội, ngày', 'V/v: hướng dẫn', 'Cộng hòa', 'Pháp', 'HỘI ĐỒNG', 'THẨM PHÁN', 'Sở Y', 'Tế tỉnh Đồng Nai'].join('\n');
    const lines = ['CỘNG HÒA XÃ', 'HỘI ĐỒNG NHÂN DÂN', 'Hà Nội, ngày', 'V/v: hướng dẫn', 'Cộng hòa', 'Pháp', 'HỘI ĐỒNG', 'THẨM PHÁN', 'Sở Y', 'Tế tỉnh Đồng Nai'];
    expect(explode(head, 10, 10).map(([text]) => text)).toEqual(lines);
  });

  it('cuts a flattened tail: Nơi nhận items, signing prefix, title, name; joins a dangling prefix', () => {
    const tail = [
      'Nơi nhận: - Như trên; - Lưu: VT, VP. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam',
      '- Thủ tướng Chính phủ (để b/c); - Lưu: VT, ĐMDN (2b). BỘ TRƯỞNG, CHỦ NHIỆM',
      '- Như trên; — PHÓ TỔNG CỤC TRƯỞNG',
      'TL.',
      'BỘ TRƯỞNG',
    ].join('\n');
    expect(explode(tail, 0, 0)).toEqual([
      ['Nơi nhận:', 0, 9],
      ['- Như trên;', 10, 21],
      ['- Lưu: VT, VP.', 22, 36],
      ['KT. BỘ TRƯỞNG THỨ TRƯỞNG', 37, 61],
      ['Nguyễn Trần Nam', 62, 77],
      ['- Thủ tướng Chính phủ (để b/c);', 78, 109],
      ['- Lưu: VT, ĐMDN (2b).', 110, 131],
      ['BỘ TRƯỞNG, CHỦ NHIỆM', 132, 152],
      ['- Như trên;', 153, 164],
      ['PHÓ TỔNG CỤC TRƯỞNG', 167, 186],
      ['TL. BỘ TRƯỞNG', 187, 200],
    ]);
  });

  it('cuts a flattened list at each dash after an item end or a note in parentheses', () => {
    const text = '- Như trên; (để b/c) - Bộ Tài chính (để p/h) - Lưu: VT.\n- A; (x) (y) - B. (z)) - C\n- D (x - y) - E';
    expect(explode(text, 0, 0).map(([t]) => t)).toEqual([
      '- Như trên; (để b/c)',
      '- Bộ Tài chính (để p/h)',
      '- Lưu: VT.',
      '- A; (x) (y)',
      '- B. (z))',
      '- C',
      '- D (x - y)',
      '- E',
    ]);
  });

  it('leaves body lines whole, and annex lines without an anchor', () => {
    const text = 'Số: 1/UBND V/v: họp\nđề nghị các đơn vị Số: 2/UBND thực hiện\n1.2 Bảng KT. số liệu\nTên thủ tục hành chính';
    expect(explode(text, 0, 2).map(([t]) => t)).toEqual(['Số: 1/UBND V/v: họp', 'đề nghị các đơn vị Số: 2/UBND thực hiện', '1.2 Bảng KT. số liệu', 'Tên thủ tục hành chính']);
  });

  it('ends the tail sixty lines after its last anchor or cut: an annex is not cut, a late signature or Nơi nhận opens it again', () => {
    const list = '- Bộ Tài chính; - Bộ Tư pháp;';
    const anchored = '- Như trên; - Lưu: VT. KT. BỘ TRƯỞNG';
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Nội dung của phụ lục`);
    // Within the window (the anchor line opens it), a flattened list is cut.
    const near = ['KT. BỘ TRƯỞNG', ...filler(59), list].join('\n');
    expect(explode(near, 0, 0).slice(-2).map(([t]) => t)).toEqual(['- Bộ Tài chính;', '- Bộ Tư pháp;']);
    // Past it, the same line is annex text and stays whole.
    const far = ['KT. BỘ TRƯỞNG', ...filler(61), list].join('\n');
    expect(explode(far, 0, 0).at(-1)![0]).toBe(list);
    // A line that opens a signature block or a Nơi nhận list opens the window again, wherever it stands.
    const late = ['KT. BỘ TRƯỞNG', ...filler(100), 'Nơi nhận: - Như trên;', anchored, list].join('\n');
    expect(explode(late, 0, 0).slice(-7).map(([t]) => t)).toEqual(['Nơi nhận:', '- Như trên;', '- Như trên;', '- Lưu: VT.', 'KT. BỘ TRƯỞNG', '- Bộ Tài chính;', '- Bộ Tư pháp;']);
  });
});

describe('explodeLines over ranges (body, and the tail past its window)', () => {
  /** A line after a dangling label ("Số:", "TL.") is joined to it, in every region. */
  it('joins a dangling label in the body and past the tail window to the line after it, across range ends', () => {
    const body = ['Nội dung', 'Số:', '12/UBND', 'TL.', 'CHÁNH VĂN PHÒNG', 'Hết.'];
    expect(explode(body.join('\n'), 0, 6).map(([t]) => t)).toEqual(['Nội dung', 'Số: 12/UBND', 'TL. CHÁNH VĂN PHÒNG', 'Hết.']);
    // The head's last part dangles and the body's first line is joined to it.
    expect(explode(['Số:', '12/UBND', 'Nội dung'].join('\n'), 1, 3).map(([t]) => t)).toEqual(['Số: 12/UBND', 'Nội dung']);
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Nội dung của phụ lục`);
    const annex = ['KT. BỘ TRƯỞNG', ...filler(70), 'Số:', '5/PL', ...filler(3)].join('\n');
    const out = explode(annex, 0, 0).map(([t]) => t);
    expect(out).toContain('Số: 5/PL');
    expect(out).toHaveLength(1 + 70 + 1 + 3);
  });

  it.each(['Số:', 'SỐ :', 'số:', 'TM.', 'KT:', 'K/T.', 'TL.', 'TUQ .', 'Q.'])('joins the label %s alone on its line to the next line, in the body too', (label) => {
    expect(explode(`Nội dung\n${label}\nCHÁNH VĂN PHÒNG\nHết.`, 0, 4).map(([t]) => t)).toEqual(['Nội dung', `${label} CHÁNH VĂN PHÒNG`, 'Hết.']);
  });

  it('keeps every line, in order, with many dangling labels (many ranges)', () => {
    const lines = Array.from({ length: 1200 }, (_, i) => (i % 3 === 0 ? 'Số:' : `Dòng ${i}`));
    const out = explode(lines.join('\n'), 0, 1200).map(([t]) => t);
    const expected: string[] = [];
    for (let i = 0; i < lines.length; i++) expected.push(lines[i] === 'Số:' && i + 1 < lines.length ? `Số: ${lines[++i]}` : lines[i]!);
    expect(out).toEqual(expected);
  });
});

describe('quick tests before the head anchors', () => {
  const UPPER_WORD = '\\p{Lu}[\\p{Lu}\\p{M}]*[,.]?';
  const UPPER_RUN_THEN_PROSE = latin(`((?:${UPPER_WORD}\\s+){2,}${UPPER_WORD})\\s+(?=\\p{Lu}[\\p{Ll}\\p{M}]+\\s+[\\p{Ll}\\d])`, 'u');
  const samples = [
    'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập – Tự do – Hạnh phúc',
    'doc lap tu do hanh phuc',
    'Số: 2214/BTC-QLN V/v: hướng dẫn',
    'văn bản số: 12',
    'CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng',
    'A B C Dxy z',
    'A B,\u3000C. Dé 1',
    'UBND TỈNH\tĐỒNG NAI',
    'UBND T ĐỒNG',
    'ỦY BAN  NHÂN DÂN',
    '𝐀𝐁 𝐂𝐃',
    'AB 𝐂',
    'Ab CD',
    'AB: CD',
    'văn bản thường',
  ];

  it('hasUpperWordPair is /\\p{Lu}{2,}\\s+\\p{Lu}{2,}/u', () => {
    for (const t of samples) expect([t, hasUpperWordPair(t)]).toEqual([t, latin(String.raw`\p{Lu}{2,}\s+\p{Lu}{2,}`, 'u').test(t)]);
  });

  it('each quick test is true wherever its pattern matches', () => {
    for (const t of samples) {
      if (UPPER_RUN_THEN_PROSE.test(t)) expect([t, mayRunIntoProse(t)]).toEqual([t, true]);
      if (MOTTO.test(t)) expect([t, mayHaveMotto(t)]).toEqual([t, true]);
      if (MOTTO_SUB.test(t)) expect([t, mayHaveMottoSub(t)]).toEqual([t, true]);
    }
    expect(samples.filter((t) => UPPER_RUN_THEN_PROSE.test(t)).length).toBeGreaterThan(1);
  });
});
