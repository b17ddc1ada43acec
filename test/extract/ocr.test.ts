import { describe, expect, it } from 'vitest';
import { dropTrailingSpecks, hasMarks, repairUpperWords } from '../../src/extract/ocr.js';

describe('repairUpperWords', () => {
  it.each([
    ['TỎNG CỤC THUÊ', 'TỔNG CỤC THUẾ'],
    ['TONG CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG'],
    ['PHO TONG CUC TRUONG', 'PHÓ TỔNG CỤC TRƯỞNG'],
    ['TRƯỞNG BAN BAN CHÍNH SÁCH, THUÊ QUỐC TẺ', 'TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ'],
    ['VU TRUONG', 'VỤ TRƯỞNG'],
    ['THANH PHO', 'THANH PHỐ'],
    // right words and words outside the vocabulary stay as printed
    ['UBND TỈNH ĐỒNG NAI', 'UBND TỈNH ĐỒNG NAI'],
    ['TRƯỜNG ĐẠI HỌC', 'TRƯỜNG ĐẠI HỌC'],
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
