import type { Rule } from '../types.js';
import { at } from '../text.js';

export const rule: Rule = {
  id: 'number-zero-pad',
  description: 'Numbers below 10 are written with a leading zero ("05/BNV-VP")',
  source: 'box 3',
  severity: 'warning',
  check(record) {
    const seq = record.number?.seq;
    if (!seq || !/^\d$/u.test(seq)) return [];
    return [{ ...at(record, '/number'), message: `the number ${seq} is below 10: write "0${seq}"` }];
  },
};
