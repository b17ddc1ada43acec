/**
 * The bounds of the .docx reader (DOCX_LIMITS in src/read/docx.ts), each tried with a hostile file built here
 * with JSZip (nothing large is committed): the number of zip entries, ZIP64, the size of word/document.xml and
 * of any one part, the size of all the XML parts together (stated or inflated), elements nested deeper than
 * the limit, a DTD — the billion laughs — wherever it hides, and parts that mammoth must never inflate.
 * Through the command line, each refusal is one line on stderr and exit status 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { CongvanError } from '../../src/errors.js';
import { DOCX_LIMITS, docxToMarkdown } from '../../src/read/docx.js';
import { congvan } from '../cli/run.js';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels = (target = 'word/document.xml') =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const documentXml = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') => `${prolog}<w:document ${NS}><w:body>${body}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const DISPATCH = [p('SỞ Y TẾ'), p('Số: 12/SYT-VP'), p('V/v kiểm tra'), p('Đồng Nai, ngày 12 tháng 10 năm 2022'), p('Kính gửi: Các đơn vị trực thuộc.')].join('');

/** A .docx: the given parts over a minimal package (content types, relationships, a document). */
async function docx(parts: Record<string, string | Uint8Array> = {}, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  const all: Record<string, string | Uint8Array> = { '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': rels(), 'word/document.xml': documentXml(DISPATCH), ...parts };
  for (const [name, content] of Object.entries(all)) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression, compressionOptions: { level: 9 } });
}

/** Writes `size` as the uncompressed size of entry `name` in the zip directory (an entry that lies about its size). */
function stateSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(bytes);
  const wanted = Buffer.from(name);
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const length = out.readUInt16LE(at + 28);
    if (length === wanted.length && out.subarray(at + 46, at + 46 + length).equals(wanted)) {
      out.writeUInt32LE(size, at + 24);
      return new Uint8Array(out);
    }
  }
  throw new Error(`no entry ${name}`);
}

/** The billion laughs: ten entities, each ten of the one before: &lol9; is 10⁹ "lol". */
function laughs(prolog = ''): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>${prolog}<!DOCTYPE lolz [${entities.join('')}]><w:document ${NS}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
}

/** `depth` nested elements in all: w:document, w:body, then `<open>` pairs, then a paragraph (p, r, t). */
const nested = (pairs: number, open: string, close: string) => `${open.repeat(pairs)}${p('Số: 12/SYT-VP')}${close.repeat(pairs)}`;

async function refusal(bytes: Uint8Array): Promise<CongvanError> {
  const error = await docxToMarkdown(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CongvanError);
  const congvanError = error as CongvanError;
  expect(congvanError.code).toBe('unreadable-input');
  expect(congvanError.message).not.toContain('\n');
  return congvanError;
}

const MB = 1024 * 1024;
const filler = (bytes: number) => p('x'.repeat(1000)).repeat(Math.ceil(bytes / 1050));

describe('DOCX_LIMITS', () => {
  it('are 10,000 entries, 10 MB for one XML part, 20 MB for all of them, elements 256 deep', () => {
    expect(DOCX_LIMITS).toEqual({ entries: 10_000, part: 10 * MB, total: 20 * MB, depth: 256 });
  });

  it('read an ordinary document', async () => {
    const { markdown } = await docxToMarkdown(await docx());
    expect(markdown).toContain('Số: 12/SYT-VP');
  });
});

describe('zip entries', () => {
  it('refuses more than 10,000 entries, and a ZIP64 archive', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < DOCX_LIMITS.entries; i++) many[`word/media/image${i}.png`] = '';
    expect((await refusal(await docx(many, 'STORE'))).message).toBe(`the .docx file is too large to read: ${DOCX_LIMITS.entries + 3} zip entries (the limit is ${DOCX_LIMITS.entries})`);

    const zip64 = Buffer.from(await docx());
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 8);
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
    expect((await refusal(new Uint8Array(zip64))).message).toBe('the .docx file is too large to read: it is a ZIP64 archive');
  }, 60_000);

  it('reads 10,000 entries', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < DOCX_LIMITS.entries - 3; i++) many[`word/media/image${i}.png`] = '';
    expect((await docxToMarkdown(await docx(many, 'STORE'))).markdown).toContain('Số: 12/SYT-VP');
  }, 60_000);
});

describe('sizes', () => {
  it('refuses a word/document.xml over 10 MB, by its stated size before inflating it', async () => {
    const big = await docx({ 'word/document.xml': documentXml(filler(DOCX_LIMITS.part)) });
    expect((await refusal(big)).message).toMatch(/^the \.docx file is too large to read: word\/document\.xml is 10\.\d MB uncompressed \(the limit is 10 MB for one part\)$/);
  });

  it('refuses a word/document.xml that states a small size and inflates past 10 MB, as soon as it does', async () => {
    const bomb = stateSize(await docx({ 'word/document.xml': documentXml(filler(30 * MB)) }), 'word/document.xml', 4096);
    expect((await refusal(bomb)).message).toBe('the .docx file is too large to read: word/document.xml is over 10 MB uncompressed (the limit for one part)');
  });

  it('bounds any XML part, in any folder, the same way', async () => {
    const styles = await docx({ 'word/styles.xml': `<w:styles ${NS}>${'<w:style w:styleId="a"/>'.repeat((11 * MB) / 24)}</w:styles>` });
    expect((await refusal(styles)).message).toMatch(/^the \.docx file is too large to read: word\/styles\.xml is 1\d(?:\.\d)? MB uncompressed/);
    const elsewhere = stateSize(await docx({ 'customXml/item1.xml': `<x>${'y'.repeat(12 * MB)}</x>` }), 'customXml/item1.xml', 10);
    expect((await refusal(elsewhere)).message).toMatch(/customXml\/item1\.xml is over 10 MB/);
  });

  it('refuses XML parts that come to more than 20 MB together: stated, or inflated from sizes that lie', async () => {
    const part = (name: string) => `<w:${name} ${NS}>${filler(7 * MB)}</w:${name}>`;
    const parts = { 'word/document.xml': documentXml(filler(7 * MB)), 'word/footnotes.xml': part('footnotes'), 'word/endnotes.xml': part('endnotes') };
    expect((await refusal(await docx(parts))).message).toMatch(/^the \.docx file is too large to read: its XML parts come to 2\d(?:\.\d)? MB uncompressed \(the limit is 20 MB for all of them\)$/);
    let lying = await docx(parts);
    for (const name of Object.keys(parts)) lying = stateSize(lying, name, 1000);
    expect((await refusal(lying)).message).toMatch(/^the \.docx file is too large to read: its XML parts come to over 20 MB uncompressed \(the limit for all of them\), word\/\S+ among them$/);
  });

  it('never inflates a part that is not XML: a media entry of garbage that claims 4 GB is left alone', async () => {
    const bytes = stateSize(await docx({ 'word/media/image1.png': new Uint8Array(64).fill(0xff) }, 'STORE'), 'word/media/image1.png', 0xfffffffe);
    // The entry holds 64 bytes, not the 4 GB it claims: reading it would fail (and 4 GB would not fit).
    const broken = Buffer.from(bytes);
    const numbering = `<w:numbering ${NS}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const withNumbering = await docx({ 'word/media/image1.png': new Uint8Array(64).fill(0xff), 'word/numbering.xml': numbering, 'word/document.xml': documentXml(`${DISPATCH}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Việc một.</w:t></w:r></w:p>`) }, 'STORE');
    expect((await docxToMarkdown(new Uint8Array(broken))).markdown).toContain('Số: 12/SYT-VP');
    // With Word numbering the document is rewritten: still only the checked XML parts go to mammoth.
    const { markdown } = await docxToMarkdown(stateSize(withNumbering, 'word/media/image1.png', 0xfffffffe));
    expect(markdown).toMatch(/^1\\?\. Việc một\.$/mu);
  });
});

describe('nesting', () => {
  it('refuses 100,000 nested paragraphs, and 100,000 nested runs, before mammoth reads them', async () => {
    const paragraphs = await docx({ 'word/document.xml': documentXml(`${'<w:p>'.repeat(100_000)}${'</w:p>'.repeat(100_000)}`) });
    expect((await refusal(paragraphs)).message).toBe(`the .docx file is refused: word/document.xml has elements nested more than ${DOCX_LIMITS.depth} deep`);
    const runs = await docx({ 'word/document.xml': documentXml(`<w:p>${'<w:r>'.repeat(100_000)}<w:t>x</w:t>${'</w:r>'.repeat(100_000)}</w:p>`) });
    expect((await refusal(runs)).message).toBe(`the .docx file is refused: word/document.xml has elements nested more than ${DOCX_LIMITS.depth} deep`);
  });

  it('reads elements nested 255 deep, refuses 257', async () => {
    // w:document, w:body, 125 content controls (w:sdt, w:sdtContent), w:p, w:r, w:t: 255 levels.
    const deep = await docx({ 'word/document.xml': documentXml(nested(125, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>')) });
    expect((await docxToMarkdown(deep)).markdown).toContain('Số: 12/SYT-VP');
    const deeper = await docx({ 'word/document.xml': documentXml(nested(126, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>')) });
    expect((await refusal(deeper)).message).toMatch(/nested more than 256 deep$/);
  });

  it('counts neither comments, CDATA, processing instructions, self-closed elements nor ">" and "/>" inside quoted values', async () => {
    const noise = `<!-- <w:p><w:p> --><![CDATA[<w:p><w:p>]]><?pi <w:p> ?>${'<w:bookmarkStart w:id="0" w:name="a>b/>"/>'.repeat(300)}`;
    const bytes = await docx({ 'word/document.xml': documentXml(`${noise}${nested(120, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>')}`) });
    expect((await docxToMarkdown(bytes)).markdown).toContain('Số: 12/SYT-VP');
  });
});

describe('entity expansion', () => {
  it('refuses the billion laughs in word/document.xml, in one line', async () => {
    expect((await refusal(await docx({ 'word/document.xml': laughs() }))).message).toBe(
      'the .docx file is refused: word/document.xml declares a DTD ("<!DOCTYPE": entity expansion), which Word never writes',
    );
  });

  it('refuses a DTD wherever it is: after 5 KB of comment, in styles.xml, in a part the package names as its main document', async () => {
    expect((await refusal(await docx({ 'word/document.xml': laughs(`<!--${' '.repeat(5000)}-->`) }))).message).toMatch(/word\/document\.xml declares a DTD/);
    const styles = `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles ${NS}/>`;
    expect((await refusal(await docx({ 'word/styles.xml': styles }))).message).toMatch(/word\/styles\.xml declares a DTD/);
    const elsewhere = await docx({ '_rels/.rels': rels('evil/main.xml'), 'evil/main.xml': laughs() });
    expect((await refusal(elsewhere)).message).toMatch(/evil\/main\.xml declares a DTD/);
    expect((await refusal(await docx({ 'word/document.xml': `<!ENTITY x "y">${documentXml(DISPATCH, '')}` }))).message).toMatch(/declares a DTD \("<!ENTITY/);
  });
});

describe('through the command line', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'congvan-docx-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['laughs.docx', async () => docx({ 'word/document.xml': laughs() }), 'the .docx file is refused: word/document.xml declares a DTD ("<!DOCTYPE": entity expansion), which Word never writes'],
    ['deep.docx', async () => docx({ 'word/document.xml': documentXml(`${'<w:p>'.repeat(100_000)}${'</w:p>'.repeat(100_000)}`) }), 'the .docx file is refused: word/document.xml has elements nested more than 256 deep'],
    ['bomb.docx', async () => stateSize(await docx({ 'word/document.xml': documentXml(filler(30 * MB)) }), 'word/document.xml', 4096), 'the .docx file is too large to read: word/document.xml is over 10 MB uncompressed (the limit for one part)'],
  ])('%s: exit 2, one line, within 10 s', async (name, make, message) => {
    writeFileSync(path.join(folder, name), await make());
    const started = Date.now();
    const result = congvan(['parse', name], { cwd: folder });
    expect(result).toEqual({ status: 2, stdout: '', stderr: `congvan: ${name}: ${message}\n` });
    expect((Date.now() - started) / 1000).toBeLessThan(10);
  }, 60_000);
});
