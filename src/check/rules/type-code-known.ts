import type { Rule } from '../types.js';
import { at } from '../text.js';
import { KNOWN_CODES, codeGroups, isCongVan } from '../codes.js';
import { fold } from '../../extract/patterns.js';

const BY_FOLDED = new Map([...KNOWN_CODES].map((code) => [fold(code), code]));

export const rule: Rule = {
  id: 'type-code-known',
  description: 'The type abbreviation in the code is one of Phụ lục III, in its exact case (QĐ, QyĐ, CTr, TTr…)',
  source: 'Phụ lục III',
  severity: 'error',
  check(record) {
    const groups = codeGroups(record);
    if (!groups || groups.length < 2) return [];
    const first = groups[0]!;
    if (KNOWN_CODES.has(first)) return [];
    const where = at(record, '/number');
    const meant = BY_FOLDED.get(fold(first));
    if (meant) return [{ ...where, message: `the type code "${first}" is written "${meant}" (Phụ lục III keeps its case and diacritics)` }];
    // A công văn's code starts with the issuer: only documents of a named type must start with a type code.
    if (isCongVan(record)) return [];
    return [{ ...where, message: `"${first}" is not a type abbreviation of Phụ lục III` }];
  },
};
