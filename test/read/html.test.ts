import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/read/html.js';
import { parseDispatch } from '../../src/pipeline.js';
import type { DispatchRecord } from '../../src/schema/record.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** The record without what depends on the input's form: source, positions, messages. */
function fields(record: DispatchRecord): Omit<DispatchRecord, 'source' | 'positions' | 'messages'> {
  const { source: _source, positions: _positions, messages: _messages, ...rest } = record;
  return rest;
}

describe('htmlToMarkdown', () => {
  it('drops page chrome: head, scripts, styles, nav, header, footer, aside, forms, menus', () => {
    const md = htmlToMarkdown(`<!doctype html><html><head><title>Tiêu đề trang</title><style>p{color:red}</style>
      <script>var secret = 1</script></head><body>
      <header><div class="logo">CỔNG THÔNG TIN</div></header><nav><a href="/">Trang chủ</a></nav>
      <div class="breadcrumb">Trang chủ › Công văn</div><div id="main-menu">Menu</div><div role="navigation">Điều hướng</div>
      <form><input name="q"><button>Tìm</button></form>
      <div class="content"><p>Kính gửi: Sở Y tế.</p><p>Nội dung công văn.</p></div>
      <div style="display:none">ẩn</div><aside>Văn bản liên quan</aside><footer>© 2024</footer>
      <script>track()</script></body></html>`);
    expect(md).toBe('Kính gửi: Sở Y tế.\n\nNội dung công văn.\n');
  });

  it('prefers <main>, else the <article> with the most text', () => {
    const page = (inner: string) => `<body><div>Quảng cáo rất dài ${'x'.repeat(10)}</div>${inner}</body>`;
    expect(htmlToMarkdown(page(`<main><p>Thân văn bản ${'chữ '.repeat(20)}</p></main>`))).toMatch(/^Thân văn bản/);
    const md = htmlToMarkdown(page(`<article><p>Ngắn</p></article><article><p>Văn bản chính ${'chữ '.repeat(30)}</p></article>`));
    expect(md).toContain('Văn bản chính');
  });

  it('writes tables as GFM pipe tables, the first row as header, <br> kept in cells, bold kept', () => {
    const md = htmlToMarkdown(`<table class="header-table">
      <tr><td><b>BỘ XÂY DỰNG</b><br>-------</td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
      <tr><td><p>Số: 2214/BXD-QLN</p><p>V/v: Hỗ trợ</p></td><td><i>Hà Nội, ngày 23 tháng 10 năm 2013</i></td></tr></table>`);
    expect(md).toBe(
      '| **BỘ XÂY DỰNG**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n' +
        '| - | - |\n' +
        '| Số: 2214/BXD-QLN<br>V/v: Hỗ trợ | *Hà Nội, ngày 23 tháng 10 năm 2013* |\n',
    );
  });

  it('keeps the numbers of ordered lists: start, and letters or roman numerals as printed', () => {
    const md = htmlToMarkdown('<ol start="3"><li>Ba</li><li>Bốn</li></ol><ol type="a"><li>Một</li><li><p>Hai</p></li></ol><ol type="I" start="4"><li>Bốn</li></ol>');
    expect(md).toBe('3. Ba\n4. Bốn\n\na) Một\n\nb) Hai\n\nIV. Bốn\n');
  });

  it('keeps line breaks in paragraphs and escapes markdown syntax in text', () => {
    expect(htmlToMarkdown('<p>Dòng một<br>Dòng *hai*</p>')).toBe('Dòng một\\\nDòng \\*hai\\*\n');
  });
});

/** The documents of fixtures/formats and the golden file each was made from (scripts/make-format-fixtures.js). */
const DOCUMENTS = [
  ['seed-6764.html', 'seed-6764.txt'],
  ['corpus-001-congvan.html', 'corpus-001-congvan.txt'],
  ['corpus-002-thongbao.html', 'corpus-002-thongbao.txt'],
  ['corpus-020-congvan.html', 'corpus-020-congvan.md'],
] as const;

describe('an .html page gives the record of the original text', () => {
  for (const [page, original] of DOCUMENTS) {
    it(`${page} ≡ ${original}`, () => {
      const html = fixture(`formats/${page}`);
      const markdown = htmlToMarkdown(html);
      // The page's chrome is gone.
      for (const chrome of ['Trang chủ', 'Tìm kiếm', 'Văn bản liên quan', 'dataLayer', '©']) expect(markdown).not.toContain(chrome);
      const want = parseDispatch(fixture(`golden/${original}`), { file: original });
      const got = parseDispatch(markdown, { format: 'markdown' });
      expect(fields(got)).toEqual(fields(want));
    });
  }
});
