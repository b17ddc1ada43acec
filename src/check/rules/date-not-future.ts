import type { Rule } from '../types.js';
import { at } from '../text.js';

export const rule: Rule = {
  id: 'date-not-future',
  description: 'The date of the document is not later than today',
  source: 'box 4',
  severity: 'error',
  check(record, _text, context) {
    const value = record.date?.value;
    if (!value || value <= context.today) return [];
    return [{ ...at(record, ['/date/value', '/date/place']), message: `the document is dated ${value}, after today (${context.today})` }];
  },
};
