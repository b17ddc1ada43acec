/**
 * Personal names (box 7c, the signer): OCR drops or confuses the marks of a name
 * ("Mai Son" for "Mai Sơn", "Trân Thị Thanh Bình" for "Trần …"). A Vietnamese
 * name is family name + middle and given syllables, each from a well-known
 * stock. In a text written with marks, a syllable outside the stock whose letters
 * without marks match exactly one stock syllable with more marks is restored to
 * it; a syllable that is itself in the stock ("Mai", "Anh", "Dung") or that
 * matches several ("Hung": Hùng or Hưng) is left as printed. Only marks are ever
 * added, never changed or taken away, so a rare but right name is not bent.
 */
import { marks, WORD_CHAR } from './ocr.js';
import { fold } from './patterns.js';

/** Family names (họ), the first syllable. */
const FAMILY = `
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm Mai Trịnh Trương Đoàn Lưu Tạ
Hà Cao Lương Chu Tô Thái Quách Triệu Kiều Châu Từ Tăng Lại Đồng Vương Hứa La Giang Khổng Tống Nông Âu Mạc Phùng
Lã Diệp Doãn Đàm Khúc Nghiêm Tôn Bạch Hầu Kim Lục Quan Thân Ông Vi Ninh Mạch Cù Văn Đậu Lò Hoa Thạch Yên Viên
Lạc Lữ Ân Ứng Sầm Tiêu Quản Quang Mạnh Nhữ Khương Giáp Thiều Trình Đường Mẫn Lỗ Bế Hàn
`.split(/\s+/u).filter(Boolean);

/** Middle and given syllables (tên đệm, tên), with and without marks as names are spelled. */
const GIVEN = `
Văn Thị Hữu Đức Công Quang Minh Hùng Hưng Dũng Dung Tuấn Hải Hà Lan Hương Thảo Trang Phương Thủy Thuỷ Hằng Nga
Hồng Hạnh Huyền Ngọc Anh Tú Thắng Thành Thanh Long Nam Cường Khánh Tâm Tiến Toàn Trung Tùng Việt Vinh Hiếu Hiền
Hòa Hoà Huy Khoa Kiên Lâm Lộc Mạnh Nghĩa Phong Phúc Quân Quý Sang Tài Thái Thọ Thuận Trí Tường Tưởng Vũ Xuân Yến
Đạt Định Đông Giang Hậu Hiệp Hoàng Huệ Kỳ Liên Loan Mai Mỹ Ngân Nhung Oanh Phượng Quyên Quỳnh Thu Thúy Thuý Thư
Trâm Tuyết Uyên Vân Vy Chi Diệp Hạ Kim Lệ Linh Ly Nhi Như Thơ Châu Bảo Gia Đình Tấn Duy Khắc Trọng Thế Bá Đăng
Chí Viết Hoài Thùy Thuỳ Kiều Diễm Phước Lợi Luân Lực Nhân Phát Quốc Sĩ Sỹ Tân Thạch Thiện Thịnh Thông Tín Tình
Triều Tuân Vĩnh Hân Đào Cúc Chiến Chính Điệp Hào Học Khải Khang Khôi Lương Nguyên Phú Sáng Thăng Thân Tuệ Tuyến
Vượng Sơn Bình Trà Trường Độ Lĩnh Mậu Sinh Tố Cảnh Hoa Đại Phụng Ánh Ân Bích Cầm Chung Chương Cương Danh Diệu
Doanh Dương Đan Đoan Được Giao Hiển Hiệu Hoan Hoạt Hội Hợp Huân Hướng Khiêm Khuê Lạc Lai Lãm Lành Lập Liêm Liễu
Luyến Lý Mẫn Nhàn Nhật Ninh Phi Phụ Quảng Quế Quyết Sâm Sương Tạo Thạnh Thiêm Thiết Thìn Thoa Thoại Thục Thuần
Thức Thương Tịnh Toản Trinh Trúc Tuyên Tư Tước Tỵ Ưng Vấn Vui Xô Trân Tiên Tam Nhạn Hiên Uyển Nhiên Xuyến Khuyên
Huấn
An Chinh Khanh Tri Hai Ba
`.split(/\s+/u).filter(Boolean);

function skeletons(words: string[]): { stock: Set<string>; bySkeleton: Map<string, string[]> } {
  const stock = new Set(words.map((w) => w.toLowerCase()));
  const bySkeleton = new Map<string, string[]>();
  for (const w of stock) bySkeleton.set(fold(w), [...(bySkeleton.get(fold(w)) ?? []), w]);
  return { stock, bySkeleton };
}

const FAMILY_STOCK = skeletons(FAMILY);

/**
 * The text reads as a person's full name: two to five capitalised syllables, the first a family name of the stock
 * ("Nguyễn Mạnh Kiểm").
 */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !FAMILY_STOCK.stock.has(words[0]!.toLowerCase())) return false;
  return words.every((w) => w.length > 1 && w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase());
}
const GIVEN_STOCK = skeletons([...GIVEN, ...FAMILY]); // a family name is also a middle syllable ("Nguyễn Trần Nam")

/** marks(word): an ASCII word has none, found without its decomposition. */
function markCount(word: string): number {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return marks(word);
  return 0;
}

function restore(word: string, { stock, bySkeleton }: ReturnType<typeof skeletons>, bareOnly: boolean): string | null {
  const lower = word.toLowerCase();
  if (stock.has(lower)) return null;
  const own = markCount(lower);
  if (bareOnly && own > 0) return null;
  const candidates = (bySkeleton.get(fold(lower)) ?? []).filter((c) => marks(c) > own);
  if (candidates.length !== 1) return null;
  const found = candidates[0]!;
  if (word === word.toUpperCase()) return found.toUpperCase();
  return found[0]!.toUpperCase() + found.slice(1);
}

export interface NameRepair {
  name: string;
  /** "Son → Sơn" for each syllable restored. */
  changes: string[];
}

/** Restores the marks OCR dropped from the syllables of a personal name (see the module comment). */
export function repairPersonName(name: string): NameRepair {
  const changes: string[] = [];
  let index = 0;
  const fix = (word: string) => {
    // The family names are few and known: a syllable with marks there can still gain one ("Trân" → "Trần"). Given
    // names are many, so a given syllable is restored only when it has no marks at all ("Son" → "Sơn"): "Tiên"
    // stays "Tiên", not "Tiến".
    const restored = index === 0 ? restore(word, FAMILY_STOCK, false) : restore(word, GIVEN_STOCK, true);
    index++;
    if (!restored) return word;
    changes.push(`${word} → ${restored}`);
    return restored;
  };
  const n = name.length;
  for (let i = 0; i < n; i++) if (WORD_CHAR[name.charCodeAt(i)] === 0) return { name: name.replace(/[\p{L}\p{M}]+/gu, fix), changes };
  // name.replace(/[\p{L}\p{M}]+/gu, fix), each character classed by the table.
  let out = '';
  let copied = 0;
  for (let i = 0; i < n; ) {
    if (WORD_CHAR[name.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && WORD_CHAR[name.charCodeAt(j)] === 1) j++;
    const word = name.slice(i, j);
    const fixed = fix(word);
    if (fixed !== word) {
      out += name.slice(copied, i) + fixed;
      copied = j;
    }
    i = j;
  }
  return { name: copied === 0 ? name : out + name.slice(copied), changes };
}

