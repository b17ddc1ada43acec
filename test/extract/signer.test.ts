import { describe, expect, it } from 'vitest';
import { splitRunTogetherTitle } from '../../src/extract/signer.js';
import { parseDispatch } from '../../src/index.js';

type Authority = Parameters<typeof splitRunTogetherTitle>[0];

describe('splitRunTogetherTitle', () => {
  it.each<[Authority, string, string, string | null]>([
    // KT.: the deputy's title starts at PHÓ / THỨ TRƯỞNG
    ['KT', 'BỘ TRƯỞNG THỨ TRƯỞNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    ['KT', 'GIÁM ĐỐC PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    ['KT', 'CHỦ TỊCH PHÓ CHỦ TỊCH', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['KT', 'THỦ TƯỚNG PHÓ THỦ TƯỚNG', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'],
    ['KT', 'CỤC TRƯỞNG PHÓ CỤC TRƯỞNG', 'CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG'],
    ['KT', 'TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG'],
    ['KT', 'CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
    ['KT', 'BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM', 'BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'],
    ['KT', 'VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG', 'VỤ TRƯỞNG VỤ CHÍNH SÁCH', 'PHÓ VỤ TRƯỞNG'],
    // TM.: a collective body, then the head's title
    ['TM', 'ỦY BAN NHÂN DÂN CHỦ TỊCH', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ['TM', 'HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH', 'HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH'],
    ['TM', 'CHÍNH PHỦ THỦ TƯỚNG', 'CHÍNH PHỦ', 'THỦ TƯỚNG'],
    ['TM', 'BAN CHẤP HÀNH BÍ THƯ', 'BAN CHẤP HÀNH', 'BÍ THƯ'],
    ['TM', 'BAN THƯỜNG VỤ BÍ THƯ', 'BAN THƯỜNG VỤ', 'BÍ THƯ'],
    // the presidium of a mass organisation is the body ("Đoàn Chủ tịch"), not "ĐOÀN" and a title
    ['TM', 'ĐOÀN CHỦ TỊCH', 'ĐOÀN CHỦ TỊCH', null],
    ['TM', 'ĐOÀN CHỦ TỊCH PHÓ CHỦ TỊCH', 'ĐOÀN CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    // TL. / TUQ.: the head, then the unit head's title
    ['TL', 'GIÁM ĐỐC CHÁNH VĂN PHÒNG', 'GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'],
    ['TL', 'CHỦ TỊCH CHÁNH VĂN PHÒNG', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
    ['TL', 'BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ', 'BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ PHÁP CHẾ'],
    ['TL', 'TỔNG CỤC TRƯỞNG VỤ TRƯỞNG VỤ CHÍNH SÁCH', 'TỔNG CỤC TRƯỞNG', 'VỤ TRƯỞNG VỤ CHÍNH SÁCH'],
    ['TUQ', 'CHỦ TỊCH GIÁM ĐỐC SỞ NỘI VỤ', 'CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ'],
    ['TUQ', 'BỘ TRƯỞNG VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ', 'BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ'],
    // nothing to split
    ['KT', 'GIÁM ĐỐC', 'GIÁM ĐỐC', null],
    [null, 'GIÁM ĐỐC', 'GIÁM ĐỐC', null],
  ])('%s. %s', (authority, text, body, title) => {
    expect(splitRunTogetherTitle(authority, text)).toEqual([body, title]);
  });
});

describe('what follows a signature without a name', () => {
  const letter = (tail: string[]) =>
    ['BỘ NGOẠI GIAO', 'Số: 3185/BNG-LS', 'Hà Nội, ngày 18 tháng 8 năm 2021', 'V/v hướng dẫn kiểm tra', 'Kính gửi: UBND tỉnh Quảng Ninh.', 'Bộ Ngoại giao trân trọng thông báo./.', ...tail].join('\n');
  it('an annexed form after the Nơi nhận list gives no title', () => {
    const record = parseDispatch(letter(['Nơi nhận: TL. BỘ TRƯỞNG', '- Như trên;', '- Lưu: HC, LS.', 'Mẫu Giấy xác nhận', '(Kèm theo Công văn số 3185/BNG-LS ngày 18/8/2021)', 'GIẤY XÁC NHẬN', 'Kính gửi: Các cơ quan chức năng liên quan']));
    expect(record.signer).toEqual({ authority: 'TL', onBehalfOf: 'BỘ TRƯỞNG', title: null, name: null, authorityChain: ['TL. BỘ TRƯỞNG'] });
  });
  it('a code in brackets, a document system\'s stamp, is no title', () => {
    const record = parseDispatch(letter(['Nơi nhận:', '- Như trên;', '- Lưu: VP, TTHT.', '(230410/ZV09/0001/7401/010942828)']));
    expect(record.signer).toBeNull();
  });
});
