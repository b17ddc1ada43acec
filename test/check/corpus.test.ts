/**
 * The rules over real documents: every golden fixture (real corpus documents among them; tests read only the
 * repository — `npm run eval` is what reads ../shared): no rule throws, every finding points into the file, and
 * documents that follow a rule get no finding from it (a sample checked by hand).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/check/index.js';
import { loadDocument } from '../../src/check/load.js';

const golden = new URL('../../fixtures/golden/', import.meta.url);

function files(folder: URL): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.(md|txt)$/u.test(name) && name !== 'README.md')
    .map((name) => new URL(name, folder).pathname);
}

async function check(file: string) {
  const bytes = readFileSync(file);
  const { record, text } = await loadDocument(bytes, { file });
  return { findings: checkRecord(record, text, { today: '2026-11-23' }), lines: text.split('\n') };
}

describe('check over real documents', () => {
  const all = files(golden);
  it.each(all)('%s: findings point into the file', async (file) => {
    const { findings, lines } = await check(file);
    for (const finding of findings) {
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.line).toBeLessThanOrEqual(lines.length);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeLessThanOrEqual((lines[finding.line - 1]?.length ?? 0) + 1);
    }
  });

  it('no false alarm on documents checked by hand to follow the rules', async () => {
    // Read by hand: these follow every rule (motto, number, date line, V/v, Kính gửi list, signer, Lưu line).
    const ruleIds = async (name: string) => (await check(new URL(name, golden).pathname)).findings.map((f) => f.ruleId);
    expect(await ruleIds('variant-signer-tm.txt')).toEqual([]);
    expect(await ruleIds('variant-list-recipients.txt')).toEqual(expect.not.arrayContaining(['recipients-list-punctuation', 'subject-prefix', 'number-format']));
    // Its legal bases close with "Xét đề nghị …, 27/12/2011," (a comma, 2011): nd30.md box 6 asks for ".".
    expect(await ruleIds('corpus-025-quyetdinh.md')).toEqual(['legal-basis-punctuation']);
    // Legal bases each ending ";", the last ("Theo đề nghị …", run into the line of the last "Căn cứ") ".".
    expect(await ruleIds('corpus-026-quyetdinh.md')).toEqual([]);
    // "Nơi nhận" lists of "- …;" items, notes "(để b/c)" after the ";" or before it, in a table cell or not.
    for (const name of ['corpus-001-congvan.txt', 'corpus-020-congvan.md', 'corpus-022-congvan.md', 'corpus-025-quyetdinh.md', 'corpus-026-quyetdinh.md', 'corpus-028-chithi.md']) {
      expect(await ruleIds(name), name).not.toContain('distribution-list-punctuation');
    }
    // Urgency and confidentiality marks as listed: MẬT, HỎA TỐC, KHẨN.
    expect(await ruleIds('variant-hoa-toc-mat.txt')).not.toContain('document-marks');
    expect(await ruleIds('variant-khan.txt')).not.toContain('document-marks');
  });

  it('finds what is printed: OCR damage to the marks of a "Nơi nhận" list', async () => {
    // "- Phó Tống cục trưởng Vũ Chi Hùng (dé b/c):" and two more ":" where the paper has ";" (and "- Như trên; a", a speck, is fine).
    const { findings } = await check(new URL('corpus-006-congvan-ocr.md', golden).pathname);
    expect(findings.filter((f) => f.ruleId === 'distribution-list-punctuation').map((f) => [f.line, f.message])).toEqual([
      [49, 'the "Nơi nhận" item "Phó Tống cục trưởng Vũ Chi Hùng (dé b/c)" ends with ";", not ":"'],
      [51, 'the "Nơi nhận" item "Các Vụ: PC. CST, HTQT, TCDN, QLN (BTC)" ends with ";", not ":"'],
      [54, 'the "Nơi nhận" item "Dai diện Van phòng TCT tại TP. HCM" ends with ";", not ":"'],
    ]);
  });
});
