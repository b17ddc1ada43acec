import type { Rule, RuleFinding } from '../types.js';
import { at, isPartyDocument, span } from '../text.js';

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
    // A party document may name its party office instead ("Lưu Văn phòng Tỉnh ủy").
    if (!/^(VT|Văn thư)(?![\p{L}\d])/u.test(record.archive.holders[0] ?? '') && !isPartyDocument(record, text)) findings.push({ ...where, message: `"Lưu: ${record.archive.holders.join(', ')}" does not name the records office (VT) first` });
    const archive = span(record, '/archive');
    if (archive) {
      const later = record.distribution.some((_, i) => (span(record, `/distribution/${i}`)?.start.offset ?? -1) > archive.start.offset);
      if (later) findings.push({ ...where, message: 'the "Lưu:" line is the last line of "Nơi nhận"' });
    }
    if (archive && archiveMark(text, archive.start.offset, record.archive.holders.at(-1) ?? '') !== '.') findings.push({ ...where, message: 'the "Lưu:" line ends with "."' });
    return findings;
  },
};

/**
 * The mark after the last holder of the "Lưu:" line (a copy count "(2b)" skipped): drafter initials or a
 * flattened signature column may follow on the same line ("- Lưu: VT, ĐMDN (2b). Trung Anh").
 */
function archiveMark(text: string, start: number, lastHolder: string): string {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).normalize('NFC');
  const at = lastHolder === '' ? -1 : line.lastIndexOf(lastHolder);
  const rest = at < 0 ? '' : line.slice(at + lastHolder.length);
  return /^[ \t*_\\]*(?:\([^()\n]{0,12}\)[ \t*_\\]*)?([^\s*_|])?/u.exec(rest)?.[1] ?? '';
}
