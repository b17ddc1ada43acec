import type { Rule } from '../types.js';
import { at, lastLine } from '../text.js';

export const rule: Rule = {
  id: 'distribution-present',
  description: 'The document has a "Nơi nhận:" list',
  source: 'box 9b',
  severity: 'warning',
  check(record, text) {
    if (record.distribution.length > 0 || record.archive !== null) return [];
    return [{ ...at(record, ['/signer/name', '/signer/title'], lastLine(text)), message: 'no "Nơi nhận:" list of the recipients' }];
  },
};
