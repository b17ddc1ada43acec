import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docxToMarkdown } from '../../src/read/docx.js';
import { encodeLegacy } from '../../src/encoding/index.js';
import { CongvanError } from '../../src/errors.js';
import { parseDispatch } from '../../src/pipeline.js';
import type { DispatchRecord } from '../../src/schema/record.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

function fields(record: DispatchRecord): Omit<DispatchRecord, 'source' | 'positions' | 'messages'> {
  const { source: _source, positions: _positions, messages: _messages, ...rest } = record;
  return rest;
}

/** A zip archive; `sizes` overrides the uncompressed size written for an entry (a lying directory). */
function zip(files: Record<string, string | Uint8Array>, sizes: Record<string, number> = {}): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const size = sizes[name] ?? data.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    local.push(head, nameBytes, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(central.reduce((n, b) => n + b.length, 0), 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, ...central, end]));
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A .docx of `body` (WordprocessingML paragraphs), with numbering.xml and styles.xml when given. */
function docx(body: string, parts: { numbering?: string; styles?: string } = {}): Uint8Array {
  const rels = [
    parts.styles ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '',
    parts.numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
  ].join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  };
  if (parts.styles) files['word/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${parts.styles}</w:styles>`;
  if (parts.numbering) files['word/numbering.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`;
  return zip(files);
}

const p = (text: string, props = '', runProps = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const numbered = (text: string, numId: number, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const lvl = (ilvl: number, format: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const font = (name: string) => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}"/>`;
/** Text → the characters Word shows for its bytes in a legacy font (one byte, one character). */
const legacyChars = (text: string, encoding: 'tcvn3' | 'vni') => Buffer.from(encodeLegacy(text, encoding)).toString('latin1');

async function expectError(bytes: Uint8Array, code: string, message: RegExp) {
  const error = await docxToMarkdown(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CongvanError);
  expect((error as CongvanError).code).toBe(code);
  expect((error as CongvanError).message).toMatch(message);
  expect((error as CongvanError).message).not.toContain('\n');
}

describe('docxToMarkdown', () => {
  it('writes a table as a pipe table, bold as **bold**', async () => {
    const cell = (text: string) => `<w:tc>${text}</w:tc>`;
    const bold = (t: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t>${escape(t)}</w:t></w:r>`;
    const { markdown } = await docxToMarkdown(
      docx(`<w:tbl><w:tr>${cell(`<w:p>${bold('BỘ Y TẾ')}<w:r><w:br/><w:t>-------</w:t></w:r></w:p>`)}${cell(`<w:p>${bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</w:p>`)}</w:tr>` +
        `<w:tr>${cell(p('Số: 12/BYT-KH'))}${cell(p('Hà Nội, ngày 1 tháng 2 năm 2024'))}</w:tr></w:tbl>`),
    );
    expect(markdown).toBe('| **BỘ Y TẾ**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| - | - |\n| Số: 12/BYT-KH | Hà Nội, ngày 1 tháng 2 năm 2024 |\n');
  });

  it('keeps Word numbers as printed: 1., a), I., nested I.1., start overrides; bullets stay a list', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2.')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '•')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const { markdown, notes } = await docxToMarkdown(
      docx(
        numbered('Một', 1) + numbered('con a', 1, 1) + numbered('con b', 1, 1) + numbered('Hai', 1) + numbered('con a của hai', 1, 1) +
          p('Đoạn giữa.') + numbered('Phần một', 2) + numbered('mục', 2, 1) + numbered('Phần hai', 2) + numbered('mục', 2, 1) +
          numbered('chấm', 3) + numbered('Năm', 4) + numbered('Sáu', 4),
        { numbering },
      ),
    );
    expect(markdown.split('\n\n')).toEqual([
      '1\\. Một', 'a) con a', 'b) con b', '2\\. Hai', 'a) con a của hai', 'Đoạn giữa.',
      'I. Phần một', 'I.1. mục', 'II. Phần hai', 'II.1. mục', '- chấm', '5\\. Năm', '6\\. Sáu\n',
    ]);
    expect(notes).toContain('wrote the numbers of 11 numbered paragraphs from the Word numbering');
  });

  it('follows numbering set by a paragraph style', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = '<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>';
    const { markdown } = await docxToMarkdown(docx(p('đầu', '<w:pStyle w:val="Muc"/>') + p('sau', '<w:pStyle w:val="Muc"/>'), { numbering, styles }));
    expect(markdown).toBe('a) đầu\n\nb) sau\n');
  });

  it('converts runs in legacy fonts: .VnTime (TCVN3), .VnTimeH (capitals), VNI-Times, and a style default font', async () => {
    const styles = `<w:docDefaults><w:rPrDefault><w:rPr>${font('.VnArial')}</w:rPr></w:rPrDefault></w:docDefaults>`;
    const { markdown, notes } = await docxToMarkdown(
      docx(
        p(legacyChars('Kính gửi: Sở Y tế Đồng Nai', 'tcvn3'), '', font('.VnTime')) +
          p(legacyChars('cộng hòa xã hội chủ nghĩa việt nam', 'tcvn3'), '', font('.VnTimeH')) +
          p(legacyChars('Thủ tướng Chính phủ', 'vni'), '', font('VNI-Times')) +
          p(legacyChars('Độc lập - Tự do', 'tcvn3')) +
          p('Times New Roman: không đổi', '', font('Times New Roman')),
        { styles },
      ),
    );
    expect(markdown).toBe('Kính gửi: Sở Y tế Đồng Nai\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nThủ tướng Chính phủ\n\nĐộc lập - Tự do\n\nTimes New Roman: không đổi\n');
    expect(notes).toEqual(['converted 1 run in .VnTime (TCVN3)', 'converted 1 run in .VnTimeH (TCVN3)', 'converted 1 run in VNI-Times (VNI)', 'converted 1 run in .VnArial (TCVN3)']);
  });

  it('says a damaged file is damaged, in one line', async () => {
    const good = fixture('formats/corpus-001-congvan.docx');
    await expectError(good.subarray(0, good.length - 200), 'unreadable-input', /^the \.docx file is damaged: /);
    await expectError(good.subarray(0, 2000), 'unreadable-input', /^the \.docx file is damaged: /);
    await expectError(new TextEncoder().encode('not a zip at all, just text'), 'unreadable-input', /^the \.docx file is damaged: it is not a zip archive/);
    await expectError(zip({ 'hello.txt': 'hi' }), 'unreadable-input', /has no word\/document\.xml/);
    const corrupt = Buffer.from(good);
    const at = corrupt.indexOf('word/document.xml') + 'word/document.xml'.length;
    corrupt.fill(0x55, at, at + 40);
    await expectError(corrupt, 'unreadable-input', /^the \.docx file is damaged: /);
  });

  it('refuses a document.xml over the limit (10 MB) before inflating it, and a zip bomb that lies about its size', async () => {
    await expectError(zip({ 'word/document.xml': '<w:document/>' }, { 'word/document.xml': 60 * 1024 * 1024 }), 'unreadable-input', /too large to read: word\/document\.xml is 60 MB/);
    const bomb = new Uint8Array(51 * 1024 * 1024).fill(0x20);
    await expectError(zip({ 'word/document.xml': bomb }, { 'word/document.xml': 1000 }), 'unreadable-input', /too large to read: word\/document\.xml is over 10 MB/);
  });

  it('refuses XML with a DTD (entity expansion)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document ${NS}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    await expectError(zip({ 'word/document.xml': xml }), 'unreadable-input', /declares a DTD/);
  });
});

/** The documents of fixtures/formats and the golden file each was made from (scripts/make-format-fixtures.js). */
const DOCUMENTS = [
  ['seed-6764.docx', 'seed-6764.txt'],
  ['seed-6764.vntime.docx', 'seed-6764.txt'],
  ['corpus-001-congvan.docx', 'corpus-001-congvan.txt'],
  ['corpus-002-thongbao.docx', 'corpus-002-thongbao.txt'],
  ['corpus-020-congvan.docx', 'corpus-020-congvan.md'],
] as const;

describe('a .docx gives the record of the original text', () => {
  for (const [file, original] of DOCUMENTS) {
    it(`${file} ≡ ${original}`, async () => {
      const { markdown, notes } = await docxToMarkdown(fixture(`formats/${file}`));
      if (file.startsWith('seed-')) expect(notes).toContain('wrote the numbers of 8 numbered paragraphs from the Word numbering');
      if (file.includes('vntime')) expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/^converted \d+ runs in \.VnTime \(TCVN3\)$/), expect.stringMatching(/^converted \d+ runs in \.VnTimeH \(TCVN3\)$/)]));
      const want = parseDispatch(readFileSync(new URL(`../../fixtures/golden/${original}`, import.meta.url), 'utf8'), { file: original });
      const got = parseDispatch(markdown, { format: 'markdown' });
      expect(fields(got)).toEqual(fields(want));
    });
  }
});
