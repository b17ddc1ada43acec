/** Issuer codes as they appear in numbers ("6764/SYT-VP"), with the body's name in sentence case. */
export const ISSUER_CODES: ReadonlyMap<string, string> = new Map([
  ['VPCP', 'Văn phòng Chính phủ'],
  ['TTg', 'Thủ tướng Chính phủ'],
  ['CP', 'Chính phủ'],
  ['VPQH', 'Văn phòng Quốc hội'],
  ['VPCTN', 'Văn phòng Chủ tịch nước'],
  ['BNV', 'Bộ Nội vụ'],
  ['BTC', 'Bộ Tài chính'],
  ['BYT', 'Bộ Y tế'],
  ['BXD', 'Bộ Xây dựng'],
  ['BCA', 'Bộ Công an'],
  ['BQP', 'Bộ Quốc phòng'],
  ['BNG', 'Bộ Ngoại giao'],
  ['BTP', 'Bộ Tư pháp'],
  ['BCT', 'Bộ Công Thương'],
  ['BKHĐT', 'Bộ Kế hoạch và Đầu tư'],
  ['BGDĐT', 'Bộ Giáo dục và Đào tạo'],
  ['BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ['BNN', 'Bộ Nông nghiệp và Môi trường'],
  ['BNNMT', 'Bộ Nông nghiệp và Môi trường'],
  ['BTNMT', 'Bộ Tài nguyên và Môi trường'],
  ['BGTVT', 'Bộ Giao thông vận tải'],
  ['BTTTT', 'Bộ Thông tin và Truyền thông'],
  ['BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['BKHCN', 'Bộ Khoa học và Công nghệ'],
  ['BDTTG', 'Bộ Dân tộc và Tôn giáo'],
  ['UBDT', 'Ủy ban Dân tộc'],
  ['TTCP', 'Thanh tra Chính phủ'],
  ['NHNN', 'Ngân hàng Nhà nước Việt Nam'],
  ['BHXH', 'Bảo hiểm xã hội Việt Nam'],
  ['KBNN', 'Kho bạc Nhà nước'],
  ['TCT', 'Tổng cục Thuế'],
  ['TCHQ', 'Tổng cục Hải quan'],
  ['SYT', 'Sở Y tế'],
  ['SGDĐT', 'Sở Giáo dục và Đào tạo'],
  ['STC', 'Sở Tài chính'],
  ['SNV', 'Sở Nội vụ'],
  ['SXD', 'Sở Xây dựng'],
  ['STP', 'Sở Tư pháp'],
  ['SCT', 'Sở Công Thương'],
  ['SKHĐT', 'Sở Kế hoạch và Đầu tư'],
  ['SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội'],
  ['SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường'],
  ['STNMT', 'Sở Tài nguyên và Môi trường'],
  ['SGTVT', 'Sở Giao thông vận tải'],
  ['STTTT', 'Sở Thông tin và Truyền thông'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['SKHCN', 'Sở Khoa học và Công nghệ'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
]);

/** Provinces that are centrally-run cities ("thành phố"), not "tỉnh". */
export const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/** The code of a body named in full ("Tổng cục Thuế" → "TCT"), when the name is unambiguous. */
export const CODE_BY_NAME: ReadonlyMap<string, string> = (() => {
  const byName = new Map<string, string | null>();
  for (const [code, name] of ISSUER_CODES) byName.set(name, byName.has(name) ? null : code);
  return new Map([...byName].filter((e): e is [string, string] => e[1] !== null));
})();
