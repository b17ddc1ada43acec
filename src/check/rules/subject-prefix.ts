import type { Rule } from '../types.js';
import { at, span } from '../text.js';
import { isCongVan } from '../codes.js';

export const rule: Rule = {
  id: 'subject-prefix',
  description: 'A công văn\'s subject (trích yếu) starts with "V/v"',
  source: 'box 5b',
  severity: 'warning',
  check(record, text) {
    const position = span(record, '/subject');
    if (!position || record.subject === null || !isCongVan(record) || record.docType?.name !== 'Công văn') return [];
    const lineStart = text.lastIndexOf('\n', position.start.offset - 1) + 1;
    const near = text.slice(Math.max(lineStart, position.start.offset - 24), Math.min(position.end.offset, position.start.offset + 24)).normalize('NFC');
    const where = at(record, '/subject');
    if (/V\/v/u.test(near)) return [];
    if (/v\s*[/.]\s*v/iu.test(near)) return [{ ...where, message: 'the subject prefix is written "V/v"' }];
    if (/về việc/iu.test(near)) return [{ ...where, message: 'a công văn\'s subject starts with "V/v", not "Về việc"' }];
    return [{ ...where, message: 'the subject of a công văn starts with "V/v"' }];
  },
};
