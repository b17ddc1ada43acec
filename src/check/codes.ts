/** Type abbreviations (Phụ lục III, plus the legal-document codes of Luật 80/2015) and the code of a number. */
import { DOC_TYPES, TYPE_CODES } from '../extract/patterns.js';
import type { DispatchRecord } from '../schema/record.js';

export const KNOWN_CODES: ReadonlySet<string> = TYPE_CODES;

/** Type name (sentence case) → its abbreviation. */
export const CODE_BY_NAME = new Map<string, string>(DOC_TYPES.filter(([, code]) => code !== null).map(([name, code]) => [name, code as string]));

export function isCongVan(record: DispatchRecord): boolean {
  return record.docType === null || record.docType.name === null || record.docType.name === 'Công văn';
}

/** The groups of the code as printed: "15/QĐ-BNV" → ["QĐ", "BNV"], "30/2020/NĐ-CP" → ["NĐ", "CP"]. */
export function codeGroups(record: DispatchRecord): string[] | null {
  const raw = record.number?.raw.normalize('NFC').replace(/\s+/gu, '');
  if (!raw) return null;
  const slash = raw.lastIndexOf('/');
  if (slash < 0 || /^\d+-/u.test(raw)) return null; // party documents: "171-KL/TW"
  const code = raw.slice(slash + 1);
  return code === '' ? null : code.split('-').filter((group) => group !== '');
}
