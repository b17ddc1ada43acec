import { describe, expect, it } from 'vitest';
import { sentenceCaseBody } from '../../src/extract/names.js';

describe('sentenceCaseBody', () => {
  it.each([
    ['SỞ Y TẾ', 'Sở Y tế'],
    // a word that folds to a unit's ("QUẢN" and "QUẬN" both fold to "quan") is that unit only with its marks
    ['CỤC QUẢN LÝ DƯỢC', 'Cục Quản lý dược'],
    ['UBND QUẬN BA ĐÌNH', 'UBND quận Ba Đình'],
    ['UBND QUAN BA DINH', 'UBND quan Ba Dinh'],
    ['UBND TỈNH ĐỒNG NAI', 'UBND tỉnh Đồng Nai'],
    ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ', 'Bộ Kế hoạch và Đầu tư'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Ủy ban nhân dân thành phố Hà Nội'],
    ['TỔNG CỤC THUẾ', 'Tổng cục Thuế'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['BỘ TÀI CHÍNH', 'Bộ Tài chính'],
    ['BỘ XÂY DỰNG', 'Bộ Xây dựng'],
    ['BỘ Y TẾ', 'Bộ Y tế'],
    ['BỘ CÔNG AN', 'Bộ Công an'],
    ['BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'Bộ Giáo dục và Đào tạo'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
    ['UBND HUYỆN LONG THÀNH', 'UBND huyện Long Thành'],
    ['ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'],
    ['ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ', 'Ủy ban nhân dân tỉnh Thừa Thiên Huế'],
    ['BẢO HIỂM XÃ HỘI VIỆT NAM', 'Bảo hiểm xã hội Việt Nam'],
    ['NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', 'Ngân hàng Nhà nước Việt Nam'],
    ['TỈNH ỦY ĐỒNG NAI', 'Tỉnh ủy Đồng Nai'],
    // a province named without its unit is a proper noun (folded: HÓA and HOÁ alike)
    ['SỞ Y TẾ HÀ NỘI', 'Sở Y tế Hà Nội'],
    ['KHO BẠC NHÀ NƯỚC ĐÀ NẴNG', 'Kho bạc Nhà nước Đà Nẵng'],
    ['SỞ NÔNG NGHIỆP VÀ PTNT THANH HOÁ', 'Sở Nông nghiệp và PTNT Thanh Hoá'],
    ['ĐOÀN TNCS HỒ CHÍ MINH', 'Đoàn TNCS Hồ Chí Minh'],
    // a school's level, then its proper name
    ['TRƯỜNG THPT NGUYỄN DU', 'Trường THPT Nguyễn Du'],
    // a province's name that lost its marks takes them back; one marked otherwise (HOÁ/HÒA) stays as printed
    ['CỤC THUẾ TỈNH BẠC NINH', 'Cục Thuế tỉnh Bắc Ninh'],
    ['CỤC THUẾ TỈNH KHANH HÒA', 'Cục Thuế tỉnh Khánh Hòa'],
    ['CỤC THUẾ TỈNH BÌNH DUONG', 'Cục Thuế tỉnh Bình Dương'],
    ['SỞ Y TẾ TỈNH THANH HOÁ', 'Sở Y tế tỉnh Thanh Hoá'],
    ['KHO BẠC NHÀ NƯỚC BẠC LIÊU', 'Kho bạc Nhà nước Bạc Liêu'],
    ['TRƯỜNG TIỂU HỌC KIM ĐỒNG', 'Trường Tiểu học Kim Đồng'],
    ['TRƯỜNG TRUNG HỌC CƠ SỞ LÊ LỢI', 'Trường Trung học cơ sở Lê Lợi'],
    ['TRƯỜNG TH&THCS TÂN AN', 'Trường TH&THCS Tân An'],
    ['TRƯỜNG CHÍNH TRỊ TỈNH', 'Trường Chính trị tỉnh'],
    // heads whose function words are capitalised; "các" in lower case
    ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI', 'Ban Quản lý các khu công nghiệp Đồng Nai'],
    ['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Ủy ban Thường vụ Quốc hội'],
    ['UỶ BAN THƯỜNG VỤ QUỐC HỘI', 'Uỷ ban Thường vụ Quốc hội'],
    ['HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO', 'Hội đồng Thẩm phán Tòa án nhân dân tối cao'],
    ['BỘ CÔNG THƯƠNG', 'Bộ Công Thương'],
    ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'Tổng Liên đoàn Lao động Việt Nam'],
    ['TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam'],
    ['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN', 'Sở Công Thương tỉnh Nghệ An'],
    ['VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO', 'Viện kiểm sát nhân dân tối cao'],
    ['BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN', 'Bộ Chỉ huy Quân sự tỉnh Nghệ An'],
    ['BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI', 'Ban Chỉ đạo phòng, chống thiên tai'],
    // two verbs of one field after a comma, not two names
    ['CỤC QUẢN LÝ KHÁM, CHỮA BỆNH', 'Cục Quản lý khám, chữa bệnh'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    // whitespace folded
    ['SỞ  Y\tTẾ', 'Sở Y tế'],
    // text that already has lower case is kept as written
    ['Sở Y tế', 'Sở Y tế'],
    ['Cục Thuế TP Hà Nội', 'Cục Thuế TP Hà Nội'],
  ])('%s → %s', (input, expected) => {
    expect(sentenceCaseBody(input)).toBe(expected);
  });
});
