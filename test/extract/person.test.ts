import { describe, expect, it } from 'vitest';
import { repairPersonName } from '../../src/extract/person.js';

describe('repairPersonName', () => {
  it.each([
    // marks OCR dropped or confused
    ['Mai Son', 'Mai Sơn'],
    ['Trân Thị Thanh Bình', 'Trần Thị Thanh Bình'],
    ['Nguyen Thi Binh', 'Nguyễn Thị Bình'],
    ['NGUYEN THI BINH', 'NGUYỄN THỊ BÌNH'],
    // "Van" could be Văn, Vân or Vấn: left as printed
    ['Nguyen Van Binh', 'Nguyễn Van Bình'],
    ['Pham Thi Thanh Tra', 'Phạm Thị Thanh Trà'],
    // right names stay as printed
    ['Tố Hữu', 'Tố Hữu'],
    ['Mạnh Thị Tuyết Mai', 'Mạnh Thị Tuyết Mai'],
    ['Nguyễn Thị Bảo Trân', 'Nguyễn Thị Bảo Trân'],
    ['Lê Thị Tiên', 'Lê Thị Tiên'],
    ['Võ Tuấn Anh', 'Võ Tuấn Anh'],
    ['Nguyễn Trần Nam', 'Nguyễn Trần Nam'],
    // common given names spelled without marks are names as they are, not Ân, Chính, Khánh
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Trường Chinh', 'Trường Chinh'],
    ['Trần Vân Khanh', 'Trần Vân Khanh'],
    ['Nguyễn Tri Thức', 'Nguyễn Tri Thức'],
    ['Nguyễn Ngọc Hai', 'Nguyễn Ngọc Hai'],
    // syllables in the stock without marks ("Dung", "Mai") and ambiguous ones ("Hung": Hùng or Hưng) are left alone
    ['Lê Thị Dung', 'Lê Thị Dung'],
    ['Lê Minh Hung', 'Lê Minh Hung'],
    // a given syllable that has marks is never changed: only a bare one gains them
    ['Nguyễn Văn Hiên', 'Nguyễn Văn Hiên'],
  ])('%s → %s', (input, expected) => {
    expect(repairPersonName(input).name).toBe(expected);
  });

  it('lists what it changed', () => {
    expect(repairPersonName('Trân Văn Son').changes).toEqual(['Trân → Trần', 'Son → Sơn']);
    expect(repairPersonName('Trần Văn Sơn').changes).toEqual([]);
  });
});
