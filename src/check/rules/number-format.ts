import type { Rule } from '../types.js';
import { at } from '../text.js';

const CODE = String.raw`[\p{L}\d]+(?:-[\p{L}\d]+)*`;
/** "15/QĐ-BNV", "05/BNV-VP", "30/2020/NĐ-CP", party documents "171-KL/TW". */
const FORMS = [new RegExp(String.raw`^\d+(?:/\d{4})?/${CODE}$`, 'u'), new RegExp(String.raw`^\d+-\p{L}+/${CODE}$`, 'u')];

export const rule: Rule = {
  id: 'number-format',
  description: 'The number is digits, "/", then the code, its groups joined by "-" without spaces ("15/QĐ-BNV")',
  source: 'box 3',
  severity: 'error',
  check(record) {
    const raw = record.number?.raw.normalize('NFC').trim();
    // A number left blank ("Số: /TB-UBND") is filled in when the document is registered.
    if (!raw || raw.startsWith('/')) return [];
    const where = at(record, '/number');
    if (/\s/u.test(raw)) return [{ ...where, message: `the number "${raw}" contains spaces: write "${raw.replace(/\s+/gu, '')}"` }];
    if (!FORMS.some((form) => form.test(raw))) return [{ ...where, message: `the number "${raw}" is not digits, "/" and a code whose groups are joined by "-"` }];
    return [];
  },
};
