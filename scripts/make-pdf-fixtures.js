#!/usr/bin/env node
/**
 * Writes fixtures/formats/*.pdf: three golden dispatches laid out as printed dispatches (Nghị định 30,
 * Phụ lục I) for the PDF reader (src/read/pdf.ts), and one image-only page for its no-text-layer error.
 *
 *   node scripts/make-pdf-fixtures.js
 *
 * Layout of each dispatch: the two-column header (issuing body, number and V/v on the left; motto and
 * place/date on the right, on the same baselines), a centred title where the document has one, body
 * paragraphs justified and wrapped to the page width (one drawing per word, so the reader has to put the
 * spaces back from the gaps), page numbers at the top of the pages after the first, and "Nơi nhận"
 * beside the signature block at the end. The text comes from fixtures/golden/ (markdown `*` removed), so
 * the PDFs say what the text fixtures say. The seed (seed-6764.txt) has no issuer block and no motto, so
 * its PDF has none either: its header is the number and V/v on the left beside the place/date.
 *
 * Needs pdf-lib and @pdf-lib/fontkit (devDependencies) and a TrueType font with Vietnamese glyphs
 * (DejaVu Serif Condensed: Debian's fonts-dejavu-core; set CONGVAN_FONT_DIR to a folder that has DejaVuSerifCondensed*.ttf).
 * The fonts are embedded as subsets and the outputs are committed: tests never need the fonts.
 * The output is deterministic (fixed dates, no random IDs).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN = join(ROOT, 'fixtures', 'golden');
const OUT = join(ROOT, 'fixtures', 'formats');
const FONT_DIR = process.env.CONGVAN_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';

// A4 in points; margins of a dispatch (top 20 mm, bottom 20 mm, left 30 mm, right 20 mm).
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 57, bottom: 57, left: 85, right: 57 };
const RIGHT_EDGE = PAGE.width - MARGIN.right;
const BODY = { size: 13, pitch: 17, paragraphGap: 8, indent: 28 };
const HEADER = { size: 12, pitch: 15, left: [57, 262], right: [292, 572] };
const FOOTER = { labelSize: 12, itemSize: 10.5, pitch: 13, left: [MARGIN.left, 262], signCentre: 440 };
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

function fontBytes(name) {
  try {
    return readFileSync(join(FONT_DIR, name));
  } catch (err) {
    console.error(`make-pdf-fixtures: cannot read ${name} in ${FONT_DIR} (${err.code}): install fonts-dejavu-core or set CONGVAN_FONT_DIR`);
    process.exit(2);
  }
}

/** The text of a golden fixture without markdown emphasis and hard-break spaces, as paragraphs of lines. */
function paragraphs(name) {
  const text = readFileSync(join(GOLDEN, name), 'utf8').replace(/\r\n?/g, '\n').replace(/\*/g, '');
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
    .filter((p) => p.length > 0);
}

/** Paragraphs from the one that starts with `from` up to (not including) the one that starts with `to`. */
function slice(paras, from, to) {
  const start = paras.findIndex((p) => p[0].startsWith(from));
  const end = paras.findIndex((p, i) => i > start && p[0].startsWith(to));
  if (start < 0 || end < 0) throw new Error(`make-pdf-fixtures: no paragraphs from "${from}" to "${to}"`);
  return paras.slice(start, end);
}

class Writer {
  constructor(doc, fonts) {
    this.doc = doc;
    this.fonts = fonts;
    this.pages = [];
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
    const n = this.pages.length;
    if (n > 1) {
      // The page number, centred at the top of every page after the first.
      this.text(String(n), this.centred(String(n), 'regular', 12, MARGIN.left, RIGHT_EDGE), this.y, 'regular', 12);
      this.y -= 2 * BODY.pitch;
    }
  }

  width(text, font, size) {
    return this.fonts[font].widthOfTextAtSize(text, size);
  }

  centred(text, font, size, from, to) {
    return (from + to) / 2 - this.width(text, font, size) / 2;
  }

  text(text, x, y, font, size) {
    this.page.drawText(text, { x, y, size, font: this.fonts[font], color: rgb(0, 0, 0) });
  }

  /** Greedy wrap of words to a width. */
  wrap(text, font, size, width, firstIndent = 0) {
    const words = text.split(/ +/);
    const lines = [];
    let line = [];
    for (const word of words) {
      const limit = width - (lines.length === 0 ? firstIndent : 0);
      const candidate = [...line, word].join(' ');
      if (line.length > 0 && this.width(candidate, font, size) > limit) {
        lines.push(line);
        line = [word];
      } else line.push(word);
    }
    if (line.length > 0) lines.push(line);
    return lines;
  }

  ensure(height) {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  /** A body paragraph: first-line indent, justified lines drawn a word at a time, the last line ragged. */
  paragraph(text, { font = 'regular', indent = BODY.indent, left = MARGIN.left, right = RIGHT_EDGE } = {}) {
    const size = BODY.size;
    const lines = this.wrap(text, font, size, right - left, indent);
    lines.forEach((words, i) => {
      this.ensure(BODY.pitch);
      const x0 = left + (i === 0 ? indent : 0);
      const last = i === lines.length - 1;
      if (last || words.length === 1) {
        this.text(words.join(' '), x0, this.y, font, size);
      } else {
        const wordsWidth = words.reduce((sum, w) => sum + this.width(w, font, size), 0);
        const gap = (right - x0 - wordsWidth) / (words.length - 1);
        let x = x0;
        for (const word of words) {
          this.text(word, x, this.y, font, size);
          x += this.width(word, font, size) + gap;
        }
      }
      this.y -= BODY.pitch;
    });
    this.y -= BODY.paragraphGap;
  }

  /** A centred line (titles). */
  centredLine(text, font, size) {
    this.ensure(BODY.pitch);
    this.text(text, this.centred(text, font, size, MARGIN.left, RIGHT_EDGE), this.y, font, size);
    this.y -= BODY.pitch;
  }

  /**
   * Two columns on shared baselines. Each side is a list of rows: null for an empty row, or
   * { text, font, size, wrap } (wrap: wrap to the column and take as many rows as needed), or
   * { parts: [[text, x offset]…] } for a line with blanks left to fill by hand.
   */
  columns(left, right, { pitch, leftBox, rightBox, rightCentre }) {
    const place = (rows, box, centre) => {
      const out = [];
      for (const row of rows) {
        if (row === null) {
          out.push(null);
          continue;
        }
        const { font = 'regular', size } = row;
        if (row.parts) {
          const total = row.parts.reduce((w, [t, gap]) => w + this.width(t, font, size) + gap, 0);
          let x = centre !== undefined ? centre - total / 2 : (box[0] + box[1]) / 2 - total / 2;
          const parts = row.parts.map(([t, gap]) => {
            const at = x + gap;
            x = at + this.width(t, font, size);
            return [t, at];
          });
          out.push({ parts, font, size });
          continue;
        }
        const lines = row.wrap ? this.wrap(row.text, font, size, box[1] - box[0]).map((w) => w.join(' ')) : [row.text];
        for (const line of lines) {
          const w = this.width(line, font, size);
          if (w > box[1] - box[0] + 0.5) throw new Error(`make-pdf-fixtures: "${line}" is wider than its column`);
          const x = row.align === 'left' ? box[0] : (centre ?? (box[0] + box[1]) / 2) - w / 2;
          out.push({ parts: [[line, x]], font, size, gapAfter: row.gapAfter });
        }
      }
      return out;
    };
    const l = place(left, leftBox);
    const r = place(right, rightBox, rightCentre);
    const rowsY = (rows) => {
      let y = 0;
      return rows.map((row) => {
        const at = y;
        y += pitch + (row?.gapAfter ?? 0);
        return at;
      });
    };
    const ly = rowsY(l);
    const ry = rowsY(r);
    const height = Math.max(ly.length ? ly[ly.length - 1] : 0, ry.length ? ry[ry.length - 1] : 0) + pitch;
    this.ensure(height);
    const top = this.y;
    const draw = (rows, ys) =>
      rows.forEach((row, i) => {
        if (row) for (const [t, x] of row.parts) this.text(t, x, top - ys[i], row.font, row.size);
      });
    draw(l, ly);
    draw(r, ry);
    this.y = top - height - BODY.paragraphGap;
  }

  /** The underline under the issuing body and the motto (a drawn line, not text). */
  rule(x1, x2, y) {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.6, color: rgb(0, 0, 0) });
  }
}

async function newDoc(title) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setProducer('congvan scripts/make-pdf-fixtures.js');
  doc.setCreator('congvan');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const fonts = {
    regular: await doc.embedFont(fontBytes('DejaVuSerifCondensed.ttf'), { subset: true }),
    bold: await doc.embedFont(fontBytes('DejaVuSerifCondensed-Bold.ttf'), { subset: true }),
    italic: await doc.embedFont(fontBytes('DejaVuSerifCondensed-Italic.ttf'), { subset: true }),
    boldItalic: await doc.embedFont(fontBytes('DejaVuSerifCondensed-BoldItalic.ttf'), { subset: true }),
  };
  return { doc, writer: new Writer(doc, fonts) };
}

const header = (w, left, right) =>
  w.columns(left, right, { pitch: HEADER.pitch, leftBox: HEADER.left, rightBox: HEADER.right });

/** Nơi nhận (left) beside the signature block (right), the signer's name below the space for the signature. */
function footer(w, distribution, authority, name) {
  const left = [
    { text: distribution[0], font: 'boldItalic', size: FOOTER.labelSize, align: 'left' },
    ...distribution.slice(1).map((text) => ({ text, size: FOOTER.itemSize, wrap: true, align: 'left' })),
  ];
  const right = authority.map((text, i) => ({ text, font: 'bold', size: 13, gapAfter: i === authority.length - 1 ? 4 * FOOTER.pitch : 0 }));
  right.push({ text: name, font: 'bold', size: 13 });
  w.columns(left, right, { pitch: FOOTER.pitch + 2, leftBox: FOOTER.left, rightBox: [300, RIGHT_EDGE + 20], rightCentre: FOOTER.signCentre });
}

/** Body paragraphs: a dash item or a numbered task keeps its label at the indent. */
function body(w, paras) {
  for (const p of paras) w.paragraph(p.join(' '));
}

async function seed6764() {
  const paras = paragraphs('seed-6764.txt');
  const { doc, writer: w } = await newDoc('Công văn 6764/SYT-VP');
  header(
    w,
    [
      { text: 'Số: 6764 /SYT-VP', size: HEADER.size },
      { text: 'V/v khắc phục tình trạng cán bộ,', size: HEADER.size },
      { text: 'công chức, viên chức nghỉ việc,', size: HEADER.size },
      { text: 'thôi việc', size: HEADER.size },
    ],
    [{ text: 'Đồng Nai, ngày 12 tháng 10 năm 2022', font: 'italic', size: HEADER.size }],
  );
  w.y -= BODY.pitch;
  w.paragraph('Kính gửi: Các đơn vị trực thuộc Sở Y tế.', { indent: 110 });
  body(w, slice(paras, 'Căn cứ', 'Nơi nhận'));
  const distribution = paras.find((p) => p[0].startsWith('Nơi nhận'));
  const items = paras[paras.indexOf(distribution) + 1];
  footer(w, [distribution[0], ...items], ['KT.GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lê Quang Trung');
  return doc;
}

async function corpus001() {
  const paras = paragraphs('corpus-001-congvan.txt');
  const { doc, writer: w } = await newDoc('Công văn 3722/VPCP-CN');
  const top = w.y;
  header(
    w,
    [
      { text: 'VĂN PHÒNG CHÍNH PHỦ', font: 'bold', size: HEADER.size },
      null,
      { text: 'Số: 3722/VPCP-CN', size: HEADER.size },
      {
        text: 'V/v cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án kéo dài tuyến Metro Bến Thành - Suối Tiên đến Trung tâm hành chính tỉnh và Cảng hàng không quốc tế Long Thành',
        size: 11,
        wrap: true,
      },
    ],
    [
      { text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: 'bold', size: 11.5 },
      { text: 'Độc lập - Tự do - Hạnh phúc', font: 'bold', size: HEADER.size },
      { text: 'Hà Nội, ngày 28 tháng 4 năm 2026', font: 'italic', size: HEADER.size },
    ],
  );
  w.rule(125, 195, top - HEADER.pitch + 9);
  w.rule(360, 505, top - 2 * HEADER.pitch + 9);
  w.y -= BODY.pitch;
  // Kính gửi with its list, indented under the label.
  const recipients = slice(paras, 'Kính gửi', 'Xét đề nghị')[0];
  w.paragraph(recipients[0], { indent: 60 });
  w.y += BODY.paragraphGap;
  for (const item of recipients.slice(1)) {
    w.paragraph(item, { indent: 0, left: 150 });
    w.y += BODY.paragraphGap;
  }
  w.y -= BODY.paragraphGap;
  body(w, slice(paras, 'Xét đề nghị', 'Nơi nhận'));
  const distribution = paras.find((p) => p[0].startsWith('Nơi nhận'));
  footer(w, distribution, ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'], 'Phạm Mạnh Cường');
  return doc;
}

async function corpus002() {
  const paras = paragraphs('corpus-002-thongbao.txt');
  const { doc, writer: w } = await newDoc('Thông báo treo cờ Tổ quốc');
  header(
    w,
    [
      { text: 'ỦY BAN NHÂN DÂN', font: 'bold', size: HEADER.size },
      { text: 'THÀNH PHỐ HÀ NỘI', font: 'bold', size: HEADER.size },
      null,
      // The number is left blank, to be written in by hand when the notice is issued.
      { parts: [['Số:', 0], ['/TB-UBND', 36]], size: HEADER.size },
    ],
    [
      { text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: 'bold', size: 11.5 },
      { text: 'Độc lập - Tự do - Hạnh phúc', font: 'bold', size: HEADER.size },
      null,
      { parts: [['Hà Nội, ngày', 0], ['tháng', 24], ['năm', 24]], font: 'italic', size: HEADER.size },
    ],
  );
  w.y -= BODY.pitch;
  w.centredLine('THÔNG BÁO', 'bold', 14);
  w.centredLine('Về việc treo cờ Tổ quốc', 'bold', 13);
  w.y -= BODY.paragraphGap;
  body(w, slice(paras, 'Nhân dịp', 'Nơi nhận'));
  const distribution = paras.find((p) => p[0].startsWith('Nơi nhận'));
  footer(w, distribution, ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Võ Tuấn Anh');
  return doc;
}

async function corpus020() {
  const paras = paragraphs('corpus-020-congvan.md');
  const { doc, writer: w } = await newDoc('Công văn 2214/BXD-QLN');
  const top = w.y;
  header(
    w,
    [
      { text: 'BỘ XÂY DỰNG', font: 'bold', size: HEADER.size },
      null,
      { text: 'Số: 2214/BXD-QLN', size: HEADER.size },
      { text: 'V/v: Hỗ trợ người có công với cách mạng về nhà ở.', size: 11, wrap: true },
    ],
    [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: 'bold', size: 11.5 },
      { text: 'Độc lập - Tự do - Hạnh phúc', font: 'bold', size: HEADER.size },
      { text: 'Hà Nội, ngày 23 tháng 10 năm 2013', font: 'italic', size: HEADER.size },
    ],
  );
  w.rule(130, 190, top - HEADER.pitch + 9);
  w.rule(360, 505, top - 2 * HEADER.pitch + 9);
  w.y -= BODY.pitch;
  // The markdown puts Kính gửi and its list in a table row; the page writes them as a label and an indented list.
  w.paragraph('Kính gửi:', { indent: 110 });
  w.y += BODY.paragraphGap;
  for (const item of ['- Bộ Tài chính;', '- Bộ Kế hoạch và Đầu tư']) {
    w.paragraph(item, { indent: 0, left: 180 });
    w.y += BODY.paragraphGap;
  }
  w.y -= BODY.paragraphGap;
  body(w, slice(paras, 'Ngày 26/4/2013', '| Nơi nhận'));
  footer(
    w,
    ['Nơi nhận:', '- Như trên;', '- Thủ tướng Chính phủ (để b/c);', '- Ủy ban các vấn đề Xã hội của Quốc hội;', '- Bộ Lao động Thương binh và Xã hội;', '- Lưu: VT, QLN (2b)'],
    ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    'Nguyễn Trần Nam',
  );
  return doc;
}

/** A scanned page: an image-like drawing (rectangles) and no text at all. */
async function scan() {
  const doc = await PDFDocument.create();
  doc.setProducer('congvan scripts/make-pdf-fixtures.js');
  doc.setCreator('congvan');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 40, y: 40, width: PAGE.width - 80, height: PAGE.height - 80, color: rgb(0.96, 0.95, 0.9) });
  for (let i = 0; i < 30; i++) {
    page.drawRectangle({ x: MARGIN.left, y: 700 - i * 20, width: 300 + ((i * 37) % 120), height: 7, color: rgb(0.3, 0.3, 0.3) });
  }
  return doc;
}

const fixtures = [
  ['seed-6764.pdf', seed6764],
  ['corpus-001-congvan.pdf', corpus001],
  ['corpus-002-thongbao.pdf', corpus002],
  ['corpus-020-congvan.pdf', corpus020],
  ['scan-no-text.pdf', scan],
];

mkdirSync(OUT, { recursive: true });
for (const [name, make] of fixtures) {
  const doc = await make();
  const bytes = await doc.save({ useObjectStreams: false });
  const path = join(OUT, name);
  writeFileSync(path, bytes);
  console.log(`${relative(ROOT, path)}: ${doc.getPageCount()} page(s), ${bytes.length} bytes`);
}
