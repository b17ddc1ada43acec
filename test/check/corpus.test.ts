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
    expect(await ruleIds('corpus-025-quyetdinh.md')).toEqual([]);
    expect(await ruleIds('corpus-026-quyetdinh.md')).toEqual([]);
  });
});
