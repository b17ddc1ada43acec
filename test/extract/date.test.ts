import { describe, expect, it } from 'vitest';
import { parseDispatch } from '../../src/index.js';
import { findDate, isoDate } from '../../src/extract/date.js';

describe('isoDate', () => {
  it.each<[string | undefined, string | undefined, string | undefined, string | null]>([
    ['12', '10', '2022', '2022-10-12'],
    ['06', '10', '2022', '2022-10-06'],
    ['05', '01', '2020', '2020-01-05'],
    ['1', '2', '2023', '2023-02-01'],
    ['29', '2', '2024', '2024-02-29'], // leap year
    ['31', '12', '2100', '2100-12-31'],
    ['29', '2', '2023', null], // not a leap year
    ['31', '4', '2022', null], // April has 30 days
    ['0', '1', '2022', null],
    ['1', '0', '2022', null],
    ['1', '13', '2022', null],
    ['1', '1', '22', null], // two-digit year
    ['1', '1', '1899', null],
    ['1', '1', '2101', null],
    ['', '1', '2022', null], // blank day ("ngày   tháng 1 năm 2022")
    [undefined, '1', '2022', null],
    ['..', '1', '2022', null],
    ['12', '10', undefined, null],
  ])('isoDate(%j, %j, %j) = %j', (d, m, y, expected) => {
    expect(isoDate(d, m, y)).toBe(expected);
  });
});

describe('findDate', () => {
  it.each<[string, string | null, string | null]>([
    // [text, iso, matched text]
    ['Đồng Nai, ngày 12 tháng 10 năm 2022', '2022-10-12', 'ngày 12 tháng 10 năm 2022'],
    ['ngày 21 tháng 4 năm 2026', '2026-04-21', 'ngày 21 tháng 4 năm 2026'],
    ['ngày 1 tháng 1 năm 2022', '2022-01-01', 'ngày 1 tháng 1 năm 2022'],
    ['ngày 06/10/2022 của UBND tỉnh', '2022-10-06', '06/10/2022'],
    ['trước ngày 30/11/2022', '2022-11-30', '30/11/2022'],
    ['ngày 10-5-2026', '2026-05-10', '10-5-2026'],
    ['Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành', '2013-04-26', '26/4/2013'],
    ['ngay 05 thang 3 nam 2023', '2023-03-05', 'ngay 05 thang 3 nam 2023'], // no diacritics
    // the first date wins
    ['từ ngày 10/5/2026 đến hết ngày 14/5/2026', '2026-05-10', '10/5/2026'],
    ['ngày 12 tháng 10 năm 2022 và ngày 01/01/2020', '2022-10-12', 'ngày 12 tháng 10 năm 2022'],
    ['01/01/2020 hoặc ngày 12 tháng 10 năm 2022', '2020-01-01', '01/01/2020'],
    // no (valid) date
    ['ngày 31/02/2022', null, null],
    ['Hà Nội, ngày tháng năm', null, null],
    ['năm 2022', null, null],
    ['tổng số 4.596 cán bộ', null, null],
    ['tỷ lệ 649/1.240 hồ sơ', null, null],
    ['', null, null],
  ])('%j', (text, iso, matched) => {
    const found = findDate(text);
    if (iso === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    expect(found!.iso).toBe(iso);
    expect(text.slice(found!.index, found!.index + found!.length)).toBe(matched);
  });
});

describe('place and date', () => {
  it.each([
    ['Đồng Nai, 05/01/2020', '2020-01-05', 'Đồng Nai'],
    ['TP. Hồ Chí Minh, ngày 5/1/2020', '2020-01-05', 'TP. Hồ Chí Minh'],
    // in words, after a unit written in lower case: the place keeps its words apart
    ['Thành phố Hồ Chí Minh, ngày 08 tháng 10 năm 2024', '2024-10-08', 'Thành phố Hồ Chí Minh'],
    ['Thị xã Sơn Tây, ngày 08 tháng 10 năm 2024', '2024-10-08', 'Thị xã Sơn Tây'],
    ['Thị trấn Phong Điền, ngày 8 tháng 10 năm 2024', '2024-10-08', 'Thị trấn Phong Điền'],
    ['Hà Nội, ngày 08 tháng 10 năm 2024', '2024-10-08', 'Hà Nội'],
    // syllables a PDF's text layer split, joined again
    ['T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014', '2014-06-28', 'Thành phố Hồ Chí Minh', 'T hành phố Hồ Chí M inh'],
    // a month whose digits were spaced apart
    ['Hà Nội, ngày 26 tháng 0 6 năm 2018', '2018-06-26', 'Hà Nội'],
    // a day OCR broke into two pieces: no date, but the place is read
    ['Hà Nội, ngày [| 7 tháng 4 năm 2022', null, 'Hà Nội'],
    ['Hà Nội, ngày 2 C tháng Š năm 2022', null, 'Hà Nội'],
    // "năm" damaged between its n and m, before a year in digits
    ['Hà Nội, ngày 09 tháng 12 nǎm 2022', '2022-12-09', 'Hà Nội'],
    ['Hà Nội, ngày Od thang 42. néim 2022', null, 'Hà Nội'],
    // the date words damaged past reading, a digit of the day or month left: the place is read
    ['Bắc Ninh, ngàu tháng 08 năm 2018', null, 'Bắc Ninh'],
    ['Long An, ngayd4 théingAO năm 2019', null, 'Long An'],
  ])('%s', (line: string, value: string | null, place: string, printed = place) => {
    const text = `SỞ Y TẾ\n\nSố: 12/SYT-VP\nV/v kiểm tra\n\n${line}\n`;
    const record = parseDispatch(text);
    expect(record.date).toEqual({ value, place });
    const span = record.positions['/date/place']!;
    expect(text.slice(span.start.offset, span.end.offset)).toBe(printed);
  });
});

describe('a legal basis with a date is no place-and-date line', () => {
  it('without a place-and-date line, the date stays unread rather than taken from "Căn cứ …"', () => {
    const text = 'THỦ TƯỚNG CHÍNH PHỦ\nSố: 773/QĐ-TTg\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nĐiều 1. Ban hành Kế hoạch.';
    expect(parseDispatch(text).date).toBeNull();
  });
});

describe('a place-and-date line run on after an OCR-damaged number', () => {
  it.each([
    ['Số: 120 1/TCHQ-TXNK Hà Nội, ngày [| 7 tháng 4 năm 2022', '1201/TCHQ-TXNK', '120 1/TCHQ-TXNK'],
    ['Số:4JZ2/CT-TTHT _ Hà Nội, ngày 26 tháng 6 năm 2018', null, '4JZ2/CT-TTHT'],
  ])('%s', (line, value, raw) => {
    const record = parseDispatch(`TỔNG CỤC HẢI QUAN\n${line}\nV/v thuế nhập khẩu\nKính gửi: Cục Hải quan các tỉnh.\n`);
    expect([record.number?.value, record.number?.raw, record.date?.place]).toEqual([value, raw, 'Hà Nội']);
  });

  it.each([
    ['sé2#fÍtCr - KT1 Bắc Ninh, ngàu tháng 08 năm 2018', 'Bắc Ninh'],
    ['sá2 * 0Ôosp.GsQL. Bình Dương, ngàÊ 4 tháng 10 năm 2022', 'Bình Dương'],
  ])('%s: the place of a date that OCR damaged past its words is cut off the number line', (line, place) => {
    const record = parseDispatch(`CỤC THUẾ TỈNH X\n${line}\nV/v thuế\nKính gửi: Công ty A.\n`);
    expect(record.date).toEqual({ value: null, place });
  });

  it('no place and date without a digit between the place and the year, nor inside a sentence', () => {
    expect(parseDispatch('SỞ Y TẾ\nSố: 12/SYT-VP\nV/v kiểm tra\nHà Nội, nguồn vốn năm 2020\n').date).toBeNull();
    expect(parseDispatch('SỞ Y TẾ\nSố: 12/SYT-VP\nV/v kiểm tra\nVốn tại Hà Nội, ngân sách 12 tỷ năm 2020\n').date).toBeNull();
  });

  it('a lower-case word is no piece of a day', () => {
    const record = parseDispatch('SỞ Y TẾ\nSố: 12/SYT-VP\nV/v kiểm tra\nHà Nội, ngày 15 và tháng 6 năm 2022\n');
    // The line is still a place and date, its date unread.
    expect(record.date).toEqual({ value: null, place: 'Hà Nội' });
  });
});
