#!/usr/bin/env node
/**
 * Writes fixtures/formats/: four golden documents as a Word file (.docx) and as a portal-like web page
 * (.html), for the tests of the .docx and .html converters (test/read/docx.test.ts, html.test.ts).
 *
 *   npm run build && node scripts/make-format-fixtures.js
 *
 * Each document is read into a small layout model — a header table (issuer | national motto,
 * number | place and date), headings, paragraphs of lines, numbered items, bullet lines, tables —
 * which is then written as WordprocessingML (XML templates in a zip written here with node:zlib:
 * the header as a two-column table, bold runs, numbered items as real Word numbering in
 * numbering.xml) and as HTML (a page with navigation, scripts, a search form, a footer and a
 * sidebar around the document). One more .docx has the seed in the legacy font .VnTime, its
 * text in TCVN3 bytes (encodeLegacy from dist/encoding), its title line in .VnTimeH.
 *
 * The outputs are committed; the tests check that they convert to the record of the original.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN = join(ROOT, 'fixtures', 'golden');
const OUT = join(ROOT, 'fixtures', 'formats');

const { encodeLegacy } = await import(join(ROOT, 'dist', 'encoding', 'index.js')).catch((err) => {
  console.error(`make-format-fixtures: cannot load dist/encoding (run npm run build first): ${err.message}`);
  process.exit(2);
});

// ---------------------------------------------------------------------------------------------
// Source → layout model
//
//   { type: 'table', rows: [[cell, cell]] }        cell = lines; line = runs; run = { text, b, i }
//   { type: 'heading', lines }
//   { type: 'para', lines }
//   { type: 'item', n, lines }                      a numbered paragraph "n. …"
//   { type: 'bullet', lines }                       a "- …" line
// ---------------------------------------------------------------------------------------------

/** Inline markdown (***x***, **x**, *x*) → runs. */
function runs(text, markdown) {
  if (!markdown) return [{ text, b: false, i: false }];
  const out = [];
  const re = /(\*\*\*|\*\*|\*)([^*]+?)\1/g;
  let at = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), b: false, i: false });
    out.push({ text: m[2], b: m[1].length >= 2, i: m[1].length !== 2 });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), b: false, i: false });
  return out;
}

/** A block → lines of runs; emphasis may span lines ("**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**"). */
function linesOf(block, markdown) {
  const text = markdown ? block.replace(/ {2,}$/gm, '') : block;
  const lines = [[]];
  for (const run of runs(text, markdown)) {
    run.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1].push({ ...run, text: piece });
    });
  }
  return lines;
}

const MOTTO = /^CỘNG H[OÒ]À/;

function model(text, markdown) {
  const blocks = text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b.trim() !== '');
  const out = [];
  let i = 0;
  // The header of a plain-text dispatch: issuer and motto, number (+ V/v), place and date → a 2×2 table.
  if (!blocks[0].startsWith('|') && !blocks[0].startsWith('#') && !blocks[0].startsWith('*')) {
    const first = blocks[0].split('\n');
    const motto = first.findIndex((l) => MOTTO.test(l));
    const rows = [];
    if (motto > 0) {
      rows.push([linesOf(first.slice(0, motto).join('\n'), markdown), linesOf(first.slice(motto).join('\n'), markdown)]);
      i = 1;
    }
    if (blocks[i]?.startsWith('Số') && /ngày/.test(blocks[i + 1] ?? '') && blocks[i + 1].split('\n').length === 1) {
      rows.push([linesOf(blocks[i], markdown), linesOf(blocks[i + 1], markdown)]);
      i += 2;
    }
    if (rows.length) out.push({ type: 'table', rows });
  }
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.startsWith('|')) {
      const rows = block
        .split('\n')
        .filter((l) => !/^\|[-| :]+\|$/.test(l))
        .map((l) => l.replace(/^\|\s*|\s*\|$/g, '').split(/\s+\|\s+/).map((cell) => linesOf(cell, markdown)));
      out.push({ type: 'table', rows });
    } else if (markdown && /^#{1,6} /.test(block)) {
      out.push({ type: 'heading', lines: linesOf(block.replace(/^#+ /, ''), markdown) });
    } else if (markdown && /^\d+\. /.test(block) && !block.includes('\n')) {
      const m = /^(\d+)\. (.*)$/.exec(block);
      out.push({ type: 'item', n: Number(m[1]), lines: linesOf(m[2], markdown) });
    } else if (markdown && block.split('\n').every((l) => l.startsWith('- '))) {
      for (const l of block.split('\n')) out.push({ type: 'bullet', lines: linesOf(l.slice(2), markdown) });
    } else {
      out.push({ type: 'para', lines: linesOf(block, markdown) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Model → HTML page
// ---------------------------------------------------------------------------------------------

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlLines(lines) {
  return lines
    .map((line) =>
      line
        .map((r) => {
          let s = escapeHtml(r.text);
          if (r.i) s = `<em>${s}</em>`;
          if (r.b) s = `<strong>${s}</strong>`;
          return s;
        })
        .join(''),
    )
    .join('<br>\n');
}

function htmlBody(blocks) {
  const out = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.type === 'table') {
      out.push('<table class="doc-header" border="0" cellpadding="0" cellspacing="0" width="100%">');
      for (const row of b.rows) {
        out.push('  <tr>' + row.map((cell) => `<td valign="top" align="center"><p align="center">${htmlLines(cell)}</p></td>`).join('') + '</tr>');
      }
      out.push('</table>');
    } else if (b.type === 'heading') out.push(`<h1>${htmlLines(b.lines)}</h1>`);
    else if (b.type === 'item') {
      const items = [];
      const start = b.n;
      for (; k < blocks.length && blocks[k].type === 'item'; k++) items.push(`  <li><p>${htmlLines(blocks[k].lines)}</p></li>`);
      k--;
      out.push(`<ol${start === 1 ? '' : ` start="${start}"`}>`, ...items, '</ol>');
    } else if (b.type === 'bullet') {
      const items = [];
      for (; k < blocks.length && blocks[k].type === 'bullet'; k++) items.push(`  <li>${htmlLines(blocks[k].lines)}</li>`);
      k--;
      out.push('<ul>', ...items, '</ul>');
    } else out.push(`<p>${htmlLines(b.lines)}</p>`);
  }
  return out.join('\n');
}

function htmlPage(title, blocks) {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - Cổng thông tin văn bản</title>
<link rel="stylesheet" href="/css/site.css">
<style>.doc-header td { text-align: center } #menu li { display: inline }</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date());</script>
</head>
<body>
<header id="top">
  <div class="logo"><a href="/">CỔNG THÔNG TIN VĂN BẢN PHÁP LUẬT</a></div>
  <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm văn bản"><button>Tìm</button></form>
</header>
<nav id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản pháp luật</a></li><li><a href="/cong-van">Công văn</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/cong-van">Công văn</a> › ${escapeHtml(title)}</div>
<div id="wrapper">
<div class="main-content">
<div class="toolbar"><a href="#">In văn bản</a> | <a href="#">Tải về</a> | <a href="#">Chia sẻ</a></div>
<div class="content1">
${htmlBody(blocks)}
</div>
</div>
<aside class="sidebar"><h3>Văn bản liên quan</h3><ul><li><a href="#">Quyết định 22/2013/QĐ-TTg hỗ trợ người có công</a></li><li><a href="#">Thông tư 09/2013/TT-BXD</a></li></ul></aside>
</div>
<footer><p>© Cổng thông tin văn bản pháp luật. Địa chỉ: 1 Phố Bất Kỳ, Hà Nội. Điện thoại: 024 0000 0000.</p></footer>
<script src="/js/site.js"></script>
<script>document.querySelectorAll('a').forEach(function (a) { a.rel = 'noopener'; });</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Model → WordprocessingML
// ---------------------------------------------------------------------------------------------

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run; `font` = { name, encode } writes the text in a legacy font's bytes (one char per byte). */
function wRun(r, font) {
  const props = [];
  if (font) props.push(`<w:rFonts w:ascii="${font.name}" w:hAnsi="${font.name}" w:cs="${font.name}"/>`);
  if (r.b) props.push('<w:b/>');
  if (r.i) props.push('<w:i/>');
  const text = font ? font.encode(r.text) : r.text;
  return `<w:r>${props.length ? `<w:rPr>${props.join('')}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function wLines(lines, font) {
  return lines.map((line) => line.map((r) => wRun(r, font)).join('')).join('<w:r><w:br/></w:r>');
}

function wPara(lines, { style, center, numId, font } = {}) {
  const props = [];
  if (style) props.push(`<w:pStyle w:val="${style}"/>`);
  if (numId) props.push(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
  if (center) props.push('<w:jc w:val="center"/>');
  return `<w:p>${props.length ? `<w:pPr>${props.join('')}</w:pPr>` : ''}${wLines(lines, font)}</w:p>`;
}

/**
 * The body. Numbered items become Word numbering (numId 1, "%1." decimal) with no number in their text;
 * their numbering restarts (numId 2, 3… overriding the start) when a list does not start at 1.
 * A paragraph of several lines becomes one Word paragraph per line, as typed in Word; a table cell's
 * lines are one paragraph with line breaks. `fonts` = { body, caps } for the legacy-font file.
 */
function docxBody(blocks, fonts) {
  const out = [];
  const fontFor = (lines) => (fonts ? (lines.every((l) => l.every((r) => r.text === r.text.toUpperCase())) ? fonts.caps : fonts.body) : undefined);
  for (const b of blocks) {
    if (b.type === 'table') {
      const cols = Math.max(...b.rows.map((r) => r.length));
      const grid = Array.from({ length: cols }, () => `<w:gridCol w:w="${Math.floor(9000 / cols)}"/>`).join('');
      const rows = b.rows
        .map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="${Math.floor(9000 / cols)}" w:type="dxa"/></w:tcPr>${wPara(cell, { center: true, font: fontFor(cell) })}</w:tc>`).join('')}</w:tr>`)
        .join('');
      out.push(`<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`);
    } else if (b.type === 'heading') out.push(wPara(b.lines, { style: 'Heading1', center: true, font: fontFor(b.lines) }));
    else if (b.type === 'item') out.push(wPara(b.lines, { numId: 1, font: fontFor(b.lines) }));
    else if (b.type === 'bullet') out.push(wPara([[{ text: '- ', b: false, i: false }, ...b.lines[0]]], { font: fontFor(b.lines) }));
    else for (const line of b.lines) out.push(wPara([line], { font: fontFor([line]) }));
  }
  return out.join('\n');
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function documentXml(blocks, fonts) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>
${docxBody(blocks, fonts)}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>
</w:body></w:document>
`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>
`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>
`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
`;

/** A zip archive (deflate, fixed date 2024-01-01 so the output is reproducible). */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  const time = 0;
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, nameBytes, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

function docx(blocks, fonts) {
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
    ['word/document.xml', documentXml(blocks, fonts)],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/numbering.xml', NUMBERING],
  ]);
}

// ---------------------------------------------------------------------------------------------

/** Text → the characters of its TCVN3 bytes (what Word shows in .VnTime: one byte, one character). */
const tcvn3Chars = (text) => Buffer.from(encodeLegacy(text, 'tcvn3')).toString('latin1');
const LEGACY = { body: { name: '.VnTime', encode: tcvn3Chars }, caps: { name: '.VnTimeH', encode: (t) => tcvn3Chars(t.toLowerCase()) } };

const SOURCES = [
  ['seed-6764.txt', 'Số 6764/SYT-VP khắc phục tình trạng nghỉ việc, thôi việc'],
  ['corpus-001-congvan.txt', 'Công văn 3722/VPCP-CN'],
  ['corpus-002-thongbao.txt', 'Thông báo treo cờ Tổ quốc'],
  ['corpus-020-congvan.md', 'Công văn 2214/BXD-QLN'],
];

mkdirSync(OUT, { recursive: true });
const written = [];
for (const [name, title] of SOURCES) {
  const text = readFileSync(join(GOLDEN, name), 'utf8');
  // seed-6764.txt is markdown in a .txt file (emphasis, hard breaks, a numbered list): read it as such.
  const markdown = name.endsWith('.md') || name.startsWith('seed-');
  const blocks = model(text, markdown);
  const base = name.replace(/\.(txt|md)$/, '');
  written.push([`${base}.docx`, docx(blocks)], [`${base}.html`, Buffer.from(htmlPage(title, blocks), 'utf8')]);
  if (name === 'seed-6764.txt') written.push([`${base}.vntime.docx`, docx(blocks, LEGACY)]);
}
for (const [file, bytes] of written) {
  const path = join(OUT, file);
  writeFileSync(path, bytes);
  console.log(`${relative(ROOT, path)}  ${bytes.length} bytes`);
}
