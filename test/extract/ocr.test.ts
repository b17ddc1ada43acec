import { describe, expect, it } from 'vitest';
import { dropTrailingSpecks, hasMarks, joinSplitSyllables, repairUpperWords } from '../../src/extract/ocr.js';

describe('repairUpperWords', () => {
  it.each([
    ['TỎNG CỤC THUÊ', 'TỔNG CỤC THUẾ'],
    ['TONG CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG'],
    ['PHO TONG CUC TRUONG', 'PHÓ TỔNG CỤC TRƯỞNG'],
    ['TRƯỞNG BAN BAN CHÍNH SÁCH, THUÊ QUỐC TẺ', 'TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ'],
    ['VU TRUONG', 'VỤ TRƯỞNG'],
    ['THANH PHO', 'THANH PHỐ'],
    ['VAN PHONG CHÍNH PHU', 'VĂN PHÒNG CHÍNH PHỦ'],
    ['BỘ GIAO THONG VAN TẢI', 'BỘ GIAO THÔNG VẬN TẢI'],
    ['TONG LIEN DOAN LAO ĐỘNG VIET NAM', 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM'],
    ['BO LAO DONG - THUONG BINH VA XA HOI', 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['VU PHÁP CHE', 'VỤ PHÁP CHẾ'],
    ['UY BAN THUONG VU', 'ỦY BAN THƯỜNG VỤ'],
    // a vocabulary word with one mark misread, told by the word before it
    ['PHÓ TỔNG CỤC TRƯỜNG', 'PHÓ TỔNG CỤC TRƯỞNG'],
    ['VỤ TRƯỜNG', 'VỤ TRƯỞNG'],
    ['KT. VỤ TRƯỚNG VỤ CHÍNH SÁCH', 'KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH'],
    ['HỘI ĐỘNG NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'],
    ['BỘ LAO ĐỒNG', 'BỘ LAO ĐỘNG'],
    ['THÀNH PHÓ HÀ NỘI', 'THÀNH PHỐ HÀ NỘI'],
    ['ỦY BAN THƯƠNG VỤ', 'ỦY BAN THƯỜNG VỤ'],
    ['BỘ TÀI NGUYÊN VÀ MÔI TRƯỞNG', 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
    ['BO TAI CHINH', 'BỘ TÀI CHÍNH'],
    ['BỘ GIAO THÔNG VẬN TAI', 'BỘ GIAO THÔNG VẬN TẢI'],
    ['CỤC HAI QUAN TÍNH BÌNH DƯƠNG', 'CỤC HẢI QUAN TỈNH BÌNH DƯƠNG'],
    ['TÍNH', 'TÍNH'],
    ['THỦ TƯỞNG', 'THỦ TƯỚNG'],
    ['HOI DONG THÂM PHÁN', 'HỘI ĐỒNG THẨM PHÁN'],
    ['TOA ÁN NHÂN DAN TOI CAO', 'TÒA ÁN NHÂN DÂN TỐI CAO'],
    ['BỘ TỔNG THAM MƯU', 'BỘ TỔNG THAM MƯU'],
    // right words and words outside the vocabulary stay as printed
    ['UBND TỈNH ĐỒNG NAI', 'UBND TỈNH ĐỒNG NAI'],
    ['TRƯỜNG ĐẠI HỌC', 'TRƯỜNG ĐẠI HỌC'],
    ['HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC', 'HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC'],
    ['PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
    ['UỶ BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN'],
    ['NGUYỄN THỊ CÚC', 'NGUYỄN THỊ CÚC'],
    ['SỞ Y TẾ', 'SỞ Y TẾ'],
    // ambiguous skeletons without context are left alone
    ['CONG HOA', 'CONG HOA'],
    ['TRUONG', 'TRUONG'],
    // lower-case text is never touched
    ['Tong cuc', 'Tong cuc'],
  ])('%s → %s', (input, expected) => {
    expect(repairUpperWords(input).text).toBe(expected);
  });

  it('lists what it changed', () => {
    expect(repairUpperWords('TỎNG CỤC THUÊ').changes).toEqual(['TỎNG → TỔNG', 'THUÊ → THUẾ']);
  });
});

describe('dropTrailingSpecks', () => {
  it.each([
    ['TỔNG CỤC THUẾ Ồ AM', 'TỔNG CỤC THUẾ'],
    ['SỞ Y TẾ', 'SỞ Y TẾ'],
    ['CỤC THUẾ TP', 'CỤC THUẾ TP'],
    ['TONG CỤC THUÊ Ồ AM', 'TONG CỤC THUÊ'],
    // the end of a proper name: after a word outside the vocabulary, or after a place's unit
    ['ỦY BAN NHÂN DÂN TỈNH SƠN LA', 'ỦY BAN NHÂN DÂN TỈNH SƠN LA'],
    ['ỦY BAN NHÂN DÂN THỊ XÃ LA GI', 'ỦY BAN NHÂN DÂN THỊ XÃ LA GI'],
    ['CÔNG AN TỈNH SƠN LA', 'CÔNG AN TỈNH SƠN LA'],
  ])('%s → %s', (input, expected) => {
    expect(dropTrailingSpecks(input)).toBe(expected);
  });
});

describe('hasMarks', () => {
  it.each([
    ['Sở Y tế đề nghị các đơn vị trực thuộc', true],
    ['So Y te de nghi cac don vi truc thuoc', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(hasMarks(input)).toBe(expected);
  });
});

describe('repairUpperWords never removes marks', () => {
  it.each([['BAN THƯỜNG VỤ'], ['THƯỜNG TRỰC'], ['PHÒNG'], ['THÀNH PHỐ']])('%s stays', (input) => {
    expect(repairUpperWords(input).text).toBe(input);
  });
});

describe('joinSplitSyllables', () => {
  it.each([
    // A PDF's text layer split the syllables at the letters' spacing.
    ['ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'],
    ['B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI', 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['CHỦ TỊ CH P HÓ CHỦ T Ị CH', 'CHỦ TỊCH PHÓ CHỦ TỊCH'],
    ['T hành phố Hồ Chí M inh', 'Thành phố Hồ Chí Minh'],
    ['T hành phố Hồ Chí M inh,', 'Thành phố Hồ Chí Minh,'],
    // Nothing split: abbreviations, a lone label, one consonant alone.
    ['ỦY BAN NHÂN DÂN TP HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN TP HỒ CHÍ MINH'],
    ['BỘ NN VÀ PTNT', 'BỘ NN VÀ PTNT'],
    ['Phụ lục B và C', 'Phụ lục B và C'],
    ['SỞ Y TẾ', 'SỞ Y TẾ'],
    ['KT. GIÁM ĐỐC', 'KT. GIÁM ĐỐC'],
  ])('%s → %s', (input, expected) => {
    expect(joinSplitSyllables(input)).toBe(expected);
  });
});
