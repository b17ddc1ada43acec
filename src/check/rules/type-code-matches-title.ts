import type { Rule } from '../types.js';
import { at } from '../text.js';
import { CODE_BY_NAME, KNOWN_CODES, codeGroups, isCongVan } from '../codes.js';

/** Type codes that are never an issuer's abbreviation. */
const UNAMBIGUOUS = new Set(['QĐ', 'NQ', 'KH', 'BC', 'HD', 'TB', 'QyĐ', 'CTr', 'GM', 'NĐ', 'TTLT']);

export const rule: Rule = {
  id: 'type-code-matches-title',
  description: 'The type abbreviation in the code matches the type named in the title (QUYẾT ĐỊNH → QĐ); a công văn has none',
  source: 'box 3, Phụ lục III',
  severity: 'error',
  check(record) {
    const groups = codeGroups(record);
    if (!groups || groups.length < 2) return [];
    const first = groups[0]!;
    const where = at(record, ['/docType/name', '/number']);
    if (isCongVan(record)) {
      // Many type codes are also issuer or unit codes ("CT" Cục Thuế, "TTr" Thanh tra): only unambiguous ones count.
      if (UNAMBIGUOUS.has(first) && record.docType?.name === 'Công văn') {
        return [{ ...where, message: `a công văn carries no type abbreviation, but the code starts with "${first}"` }];
      }
      return [];
    }
    const expected = CODE_BY_NAME.get(record.docType!.name!);
    if (!expected || !KNOWN_CODES.has(first) || first === expected) return [];
    return [{ ...where, message: `the title names a ${record.docType!.name!.toLocaleLowerCase('vi')} (${expected}) but the code says "${first}"` }];
  },
};
