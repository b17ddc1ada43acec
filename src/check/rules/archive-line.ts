import type { Rule, RuleFinding } from '../types.js';
import { at, span, closingMark } from '../text.js';

export const rule: Rule = {
  id: 'archive-line',
  description: '"Nơi nhận" ends with "- Lưu: VT, …." (the records office first), as its last line',
  source: 'box 9b',
  severity: 'warning',
  check(record, text) {
    if (record.archive === null) {
      if (record.distribution.length === 0) return []; // distribution-present reports it
      const last = `/distribution/${record.distribution.length - 1}`;
      return [{ ...at(record, last), message: 'the "Nơi nhận" list has no "Lưu: VT, …" line' }];
    }
    const findings: RuleFinding[] = [];
    const where = at(record, '/archive');
    if (!/^(VT|Văn thư)(?![\p{L}\d])/u.test(record.archive.holders[0] ?? '')) findings.push({ ...where, message: `"Lưu: ${record.archive.holders.join(', ')}" does not name the records office (VT) first` });
    const archive = span(record, '/archive');
    if (archive) {
      const later = record.distribution.some((_, i) => (span(record, `/distribution/${i}`)?.start.offset ?? -1) > archive.start.offset);
      if (later) findings.push({ ...where, message: 'the "Lưu:" line is the last line of "Nơi nhận"' });
    }
    const written = closingMark(record, '/archive', text);
    if (written !== null && written !== '.') findings.push({ ...where, message: 'the "Lưu:" line ends with "."' });
    return findings;
  },
};
