/**
 * The PDF reader (src/read/pdf.ts): lines rebuilt from the text items' positions, the two columns of a
 * dispatch's header and end written one after the other, the errors for a scan and a damaged PDF; and
 * the acceptance test of issue 6: the text read from the PDF of a golden document gives the record of
 * the golden text itself (every field but source, positions and messages).
 *
 * fixtures/formats/*.pdf are made by scripts/make-pdf-fixtures.js; the small PDFs of the unit tests are
 * written here by hand (Helvetica, WinAnsi), so each item is exactly where the test puts it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CongvanError, parseDispatch } from '../../src/index.js';
import { pdfToText } from '../../src/read/pdf.js';

const FORMATS = new URL('../../fixtures/formats/', import.meta.url);
const GOLDEN = new URL('../../fixtures/golden/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FORMATS)));

type Draw = [x: number, y: number, text: string, size?: number];

/** A PDF with one content stream per page, each string drawn at (x, y) in Helvetica. */
function makePdf(pages: Draw[][], trailer = ''): Uint8Array {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((draws, i) => {
    const content = draws.map(([x, y, t, size = 12]) => `BT /F1 ${size} Tf ${x} ${y} Td (${t.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
    objects[4 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = Buffer.byteLength(out, 'latin1');
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

async function failure(promise: Promise<unknown>): Promise<CongvanError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(CongvanError);
    return err as CongvanError;
  }
  throw new Error('expected pdfToText to fail');
}

describe('pdfToText: lines from positions', () => {
  it('groups items by baseline, sorts them by x and puts spaces back from the gaps', async () => {
    // Drawn out of order, words one at a time, a baseline off by a fraction of a point.
    const pdf = makePdf([
      [
        [140, 600, 'second'],
        [85, 600.6, 'The'],
        [110, 600, 'very'],
        [85, 583, 'then'],
        [112, 583, 'a'],
        [120, 583, 'line'],
        [85, 550, 'New paragraph.'],
      ],
    ]);
    const { text, pages, notes } = await pdfToText(pdf);
    expect(pages).toBe(1);
    expect(notes).toEqual([]);
    expect(text).toBe('The very second\nthen a line\n\nNew paragraph.\n');
  });

  it('writes two columns of the header one after the other, never on one line', async () => {
    const pdf = makePdf([
      [
        // the right column first in the content stream
        [330, 780, 'CONG HOA XA HOI'],
        [340, 765, 'Doc lap - Tu do'],
        [345, 735, 'Ha Noi, ngay 1'],
        [80, 780, 'UBND TINH A'],
        [95, 765, 'SO Y TE'],
        [90, 735, 'So: 1/SYT-VP'],
        [70, 720, 'V/v mot viec nho'],
        [85, 680, 'Kinh gui: Cac don vi truc thuoc So Y te va cac co quan lien quan.'],
        [85, 650, 'Body text that runs the whole width of the page, from margin to margin.'],
      ],
    ]);
    const { text, notes } = await pdfToText(pdf);
    expect(text).toBe(
      [
        'UBND TINH A',
        'SO Y TE',
        '',
        'So: 1/SYT-VP',
        'V/v mot viec nho',
        '',
        'CONG HOA XA HOI',
        'Doc lap - Tu do',
        '',
        'Ha Noi, ngay 1',
        '',
        'Kinh gui: Cac don vi truc thuoc So Y te va cac co quan lien quan.',
        '',
        'Body text that runs the whole width of the page, from margin to margin.',
        '',
      ].join('\n'),
    );
    expect(notes).toEqual(['two columns read one after the other (top of page 1, 4 lines)']);
  });

  it('keeps a short line below the header out of its columns unless it lines up with one', async () => {
    const pdf = makePdf([
      [
        [80, 780, 'UBND TINH A'],
        [330, 780, 'CONG HOA XA HOI'],
        [90, 765, 'So: 1/SYT-VP'],
        [345, 765, 'Ha Noi, ngay 1'],
        [150, 735, 'Kinh gui:'],
        [200, 720, '- So Tai chinh;'],
      ],
    ]);
    const { text } = await pdfToText(pdf);
    expect(text).toBe('UBND TINH A\nSo: 1/SYT-VP\n\nCONG HOA XA HOI\nHa Noi, ngay 1\n\nKinh gui:\n- So Tai chinh;\n');
  });

  it('does not look for columns in the middle of the pages', async () => {
    const pdf = makePdf([[[85, 700, 'Line one of the body'], [85, 400, 'Left cell'], [400, 400, 'Right cell'], [85, 383, 'Next row']], [[85, 700, 'Page two']]]);
    const { text } = await pdfToText(pdf);
    expect(text).toContain('Left cell Right cell\nNext row');
  });

  it('drops page numbers, and joins pages with a blank line unless a paragraph runs on', async () => {
    const full = 'x'.repeat(70);
    const pdf = makePdf([
      [
        [85, 700, full],
        [85, 683, full],
        [85, 100, 'The end of a paragraph.'],
      ],
      [
        [290, 800, '2'],
        [85, 760, 'A new paragraph'],
      ],
      [
        [290, 800, '3'],
        [113, 760, full],
        [85, 743, full],
      ],
      [
        [85, 760, 'that runs on here.'],
        [290, 40, '4'],
      ],
    ]);
    const { text, pages, notes } = await pdfToText(pdf);
    expect(pages).toBe(4);
    expect(text).toBe(`${full}\n${full}\n\nThe end of a paragraph.\n\nA new paragraph\n\n${full}\n${full}\nthat runs on here.\n`);
    expect(notes).toContain('3 page number line(s) dropped');
  });

  it('joins a list item wrapped in its column (Nơi nhận) and leaves whole items alone', async () => {
    const pdf = makePdf([
      [
        [85, 700, 'Body text that runs the whole width of the page, from margin to margin.'],
        [85, 683, 'Body text that runs the whole width of the page, from margin to margin.'],
        [85, 666, 'Body text that runs the whole width of the page, from margin to margin.'],
        [85, 649, 'Body text that runs the whole width of the page, from margin to margin.'],
        [85, 600, 'Noi nhan:', 11],
        [380, 600, 'KT. GIAM DOC'],
        [85, 587, '- Nhu tren;', 10],
        [380, 585, 'PHO GIAM DOC'],
        [85, 574, '- Thu tuong, Pho Thu tuong Thuong', 10],
        [85, 561, 'truc (de b/c);', 10],
        [85, 548, '- Luu: VT.', 10],
        [385, 520, 'Le Van A'],
      ],
    ]);
    const { text, notes } = await pdfToText(pdf);
    expect(notes).toEqual(['two columns read one after the other (page 1, 6 lines)']);
    expect(text.split('\n').slice(5)).toEqual([
      'Noi nhan:',
      '- Nhu tren;',
      '- Thu tuong, Pho Thu tuong Thuong truc (de b/c);',
      '- Luu: VT.',
      '',
      'KT. GIAM DOC',
      'PHO GIAM DOC',
      '',
      'Le Van A',
      '',
    ]);
  });
});

describe('pdfToText: errors', () => {
  it('a PDF without a text layer (a scan) is no-text-layer', async () => {
    for (const pdf of [fixture('scan-no-text.pdf'), makePdf([[]])]) {
      const err = await failure(pdfToText(pdf));
      expect(err.code).toBe('no-text-layer');
      expect(err.message).toBe('the PDF has no text layer (a scanned image?): run OCR first, e.g. tesseract with -l vie');
    }
  });

  it('a damaged or encrypted PDF is unreadable-input, in one line', async () => {
    const seed = fixture('seed-6764.pdf');
    const encrypted = makePdf([[[85, 700, 'secret']]], `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] `);
    const cases: Array<[Uint8Array, string]> = [
      [seed.subarray(0, 20000), 'the PDF is damaged or encrypted: invalid PDF structure'],
      [new TextEncoder().encode('%PDF-1.7\nnothing here\n'), 'the PDF is damaged or encrypted: invalid PDF structure'],
      [encrypted, 'the PDF is damaged or encrypted: it is encrypted with a password'],
    ];
    for (const [bytes, message] of cases) {
      const err = await failure(pdfToText(bytes));
      expect(err.code).toBe('unreadable-input');
      expect(err.message).toBe(message);
      expect(err.message).not.toContain('\n');
    }
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = fixture('corpus-002-thongbao.pdf');
    const copy = bytes.slice();
    await pdfToText(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('pdfToText: the golden dispatches as PDFs (issue 6)', () => {
  const documents = [
    ['seed-6764.pdf', 'seed-6764.txt', 2],
    ['corpus-001-congvan.pdf', 'corpus-001-congvan.txt', 1],
    ['corpus-002-thongbao.pdf', 'corpus-002-thongbao.txt', 1],
  ] as const;

  /** A record without the fields that depend on the input's bytes and layout. */
  const fields = (record: object) => {
    const { source: _source, positions: _positions, messages: _messages, ...rest } = record as Record<string, unknown>;
    return rest;
  };

  it.each(documents)('%s gives the record of %s', async (pdfName, textName, pageCount) => {
    const { text, pages } = await pdfToText(fixture(pdfName));
    expect(pages).toBe(pageCount);
    const fromPdf = parseDispatch(text, { format: 'text' });
    const original = parseDispatch(readFileSync(new URL(textName, GOLDEN)), { file: textName });
    expect(fields(fromPdf)).toEqual(fields(original));
    // and the golden record really is that of the text (the comparison is not between two empty records)
    const golden = JSON.parse(readFileSync(new URL(`${textName}.json`, GOLDEN), 'utf8')) as object;
    expect(fields(original)).toEqual(fields(golden));
  });

  it('the header columns and the end of the seed are not interleaved', async () => {
    const { text, notes } = await pdfToText(fixture('seed-6764.pdf'));
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Số: 6764 /SYT-VP',
      'V/v khắc phục tình trạng cán bộ,',
      'công chức, viên chức nghỉ việc,',
      'thôi việc',
      '',
      'Đồng Nai, ngày 12 tháng 10 năm 2022',
      '',
    ]);
    const end = lines.indexOf('Nơi nhận:');
    expect(lines.slice(end)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- BGĐ Sở Y tế;',
      '- Các phòng chuyên môn Sở;',
      '- Lưu: VT, VP',
      '',
      'KT.GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      'Lê Quang Trung',
      '',
    ]);
    expect(lines).not.toContain('2'); // the page number of page 2
    // Task 8 runs over the page break without a blank line in it.
    expect(text).toContain('chính sách đối với đội\nngũ công chức, viên chức, đáp ứng yêu cầu đổi mới');
    expect(notes).toEqual([
      '1 page number line(s) dropped',
      'two columns read one after the other (top of page 1, 4 lines)',
      'two columns read one after the other (page 2, 6 lines)',
    ]);
  });

  it('the issuer column comes before the motto column, blanks in the number and date closed up', async () => {
    const { text } = await pdfToText(fixture('corpus-002-thongbao.pdf'));
    const lines = text.split('\n');
    expect(lines.slice(0, 11)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      '',
      'Số: /TB-UBND',
      '',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Hà Nội, ngày tháng năm',
      '',
      'THÔNG BÁO',
    ]);
    expect(lines).toContain('- VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT, Trung tâm TTĐL&CNS Thành phố;');
    for (const line of lines) expect(line).not.toMatch(/(?:NAM|NỘI|DÂN).*(?:CỘNG|Độc lập|Hà Nội, ngày)/u);
  });
});
